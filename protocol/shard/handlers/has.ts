/** has: ShardHasRequest (≤ MAX_HAS_REFS refs) → one boolean per ref. */
import { pb } from '../../../proto/index.js'
import { MAX_HAS_REFS } from '../constants.js'
import { InvalidShardRequestError, ShardInternalError } from '../errors.js'
import { toShardRef } from '../header.js'
import type { HandlerContext } from '../context.js'

export async function handleHas (ctx: HandlerContext, request: pb.ShardHasRequest.$Properties): Promise<void> {
  const refs = request.refs ?? []
  if (refs.length > MAX_HAS_REFS) {
    throw new InvalidShardRequestError(`has: ${refs.length} refs is over the limit of ${MAX_HAS_REFS}`)
  }
  const present = await ctx.components.storage.has(refs.map(toShardRef), { signal: ctx.requestSignal })
  if (present.length !== refs.length) {
    throw new ShardInternalError(`storage answered ${present.length} of ${refs.length} refs`)
  }
  await ctx.channel.write(pb.ShardResponse, { has: { present } }, { signal: ctx.requestSignal })
}
