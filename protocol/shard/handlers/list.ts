/** list: ShardListRequest (owner, after-cursor, limit ≤ MAX_LIST_LIMIT) → one page and the next cursor. */
import { pb } from '../../../proto/index.js'
import { MAX_CURSOR_LENGTH, MAX_LIST_LIMIT, MAX_OWNER_LENGTH } from '../constants.js'
import { InvalidShardRequestError, ShardInternalError } from '../errors.js'
import { toCursor } from '../header.js'
import type { HandlerContext } from '../context.js'

export async function handleList (ctx: HandlerContext, request: pb.ShardListRequest.$Properties): Promise<void> {
  const owner = request.owner ?? ''
  if (owner.length === 0 || owner.length > MAX_OWNER_LENGTH) {
    throw new InvalidShardRequestError(`list: owner must be 1..${MAX_OWNER_LENGTH} characters`)
  }
  const limit = request.limit === 0 || request.limit == null ? MAX_LIST_LIMIT : request.limit
  if (limit > MAX_LIST_LIMIT) {
    throw new InvalidShardRequestError(`list: limit ${limit} is over ${MAX_LIST_LIMIT}`)
  }
  const page = await ctx.components.storage.list(owner, toCursor(request.after), limit, { signal: ctx.requestSignal })
  if (page.entries.length > limit || (page.next ?? '').length > MAX_CURSOR_LENGTH) {
    throw new ShardInternalError(`storage returned ${page.entries.length} entries for limit ${limit} or an oversized cursor`)
  }
  await ctx.channel.write(pb.ShardResponse, {
    list: {
      entries: page.entries.map(e => ({ packId: e.packId, index: e.index, length: e.length })),
      next: page.next ?? ''
    }
  }, { signal: ctx.requestSignal })
}
