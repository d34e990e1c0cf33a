/**
 * delete: ShardDeleteRequest (ref, time, signature) → verifyDelete decides →
 * the storage removes the shard → deleted (false when it was not held).
 */
import { pb } from '../../../proto/index.js'
import { MAX_SIGNATURE_BYTES } from '../constants.js'
import { deleteSigningPayload } from '../delete-signature.js'
import { DeleteRefusedError, InvalidShardRequestError } from '../errors.js'
import { int64, toShardRef } from '../header.js'
import type { HandlerContext } from '../context.js'

export async function handleDelete (ctx: HandlerContext, request: pb.ShardDeleteRequest.$Properties): Promise<void> {
  const ref = toShardRef(request.ref)
  const timeMs = int64(request.timeMs, 'delete time')
  const signature = request.signature ?? new Uint8Array(0)
  if (signature.byteLength === 0 || signature.byteLength > MAX_SIGNATURE_BYTES) {
    throw new InvalidShardRequestError(`delete: signature must be 1..${MAX_SIGNATURE_BYTES} bytes`)
  }
  const payload = deleteSigningPayload(ref, timeMs)
  const allowed = await ctx.components.verifyDelete({ ref, timeMs, signature, payload }, ctx.remotePeer, { signal: ctx.requestSignal })
  if (!allowed) {
    ctx.log('refused delete of shard %d for %s from %p', ref.index, ref.owner, ctx.remotePeer)
    throw new DeleteRefusedError('delete refused: signature not accepted')
  }
  const deleted = await ctx.components.storage.delete(ref, { signal: ctx.requestSignal })
  await ctx.channel.write(pb.ShardResponse, { remove: { deleted } }, { signal: ctx.requestSignal })
}
