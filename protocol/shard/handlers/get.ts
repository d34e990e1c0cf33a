/**
 * get: ShardGetRequest (ref, offset, length; 0 = to the end) → ShardGetResponse
 * (header and the clamped range) → the range's raw bytes → close.
 */
import { pb } from '../../../proto/index.js'
import { InvalidRangeError, SHARD_STREAM_ERRORS, ShardNotFoundError } from '../errors.js'
import { fromHeaderFields, int64, toShardRef } from '../header.js'
import { sendBytes } from '../../common/stream-io.js'
import type { HandlerContext } from '../context.js'

export async function handleGet (ctx: HandlerContext, request: pb.ShardGetRequest.$Properties): Promise<void> {
  const { components, settings } = ctx
  const ref = toShardRef(request.ref)
  const header = await components.storage.getHeader(ref, { signal: ctx.requestSignal })
  if (header == null) {
    throw new ShardNotFoundError(`shard ${ref.index} of pack ${Buffer.from(ref.packId).toString('hex')} of ${ref.owner} is not held here`)
  }
  const offset = int64(request.offset, 'offset')
  if (offset < 0 || offset > header.shardLength) {
    throw new InvalidRangeError(`offset ${offset} is past the end of the ${header.shardLength}-byte shard`)
  }
  const wanted = int64(request.length, 'length')
  const length = wanted === 0 ? header.shardLength - offset : Math.min(wanted, header.shardLength - offset)

  await ctx.channel.write(pb.ShardResponse, { get: { header: fromHeaderFields(header), offset, length } }, { signal: ctx.requestSignal })
  ctx.sendingBytes = true
  if (length > 0) {
    await sendBytes(ctx.stream, components.storage.read(ref, offset, length, { signal: ctx.streamSignal }), {
      signal: ctx.streamSignal,
      length,
      chunkBytes: settings.sendChunkBytes,
      idleTimeoutMs: settings.idleTimeoutMs,
      errors: SHARD_STREAM_ERRORS
    })
  }
  ctx.log('sent %d bytes at %d of shard %d', length, offset, ref.index)
}
