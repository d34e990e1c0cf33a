/**
 * put: ShardPutRequest → (size, duplicate and quota checked) put_ready → raw
 * bytes → the storage verifies length and SHA-256 and commits → put_done.
 * A shard already held with the same hash is answered with put_done{existed}
 * at once (a retried put sends no bytes); a different one with the same ref is
 * a conflict.
 */
import { pb } from '../../../proto/index.js'
import { QuotaExceededError, SHARD_STREAM_ERRORS, ShardConflictError } from '../errors.js'
import { toHeaderFields } from '../header.js'
import { receiveBytes } from '../../common/stream-io.js'
import type { HandlerContext } from '../context.js'

export async function handlePut (ctx: HandlerContext, request: pb.ShardPutRequest.$Properties): Promise<void> {
  const { components, settings, log } = ctx
  const header = toHeaderFields(request.header, settings.maxShardBytes)
  const peer = ctx.remotePeer.toString()

  const held = await components.storage.getHeader(header, { signal: ctx.requestSignal })
  if (held != null) {
    if (held.shardLength !== header.shardLength || !Buffer.from(held.shardHash).equals(header.shardHash)) {
      throw new ShardConflictError(`a different shard ${header.index} of this pack is already held`)
    }
    await ctx.channel.write(pb.ShardResponse, { putDone: { existed: true } }, { signal: ctx.requestSignal })
    return
  }
  if (!(await components.storage.quotaAllows(peer, header.shardLength, { signal: ctx.requestSignal }))) {
    throw new QuotaExceededError(`over quota: may not store ${header.shardLength} more bytes`)
  }
  await ctx.channel.write(pb.ShardResponse, { putReady: {} }, { signal: ctx.requestSignal })

  const start = Date.now()
  const { stream: raw, buffered } = ctx.channel.unwrap()
  const data = receiveBytes(raw, header.shardLength, {
    buffered,
    signal: ctx.streamSignal,
    idleTimeoutMs: settings.idleTimeoutMs,
    highWaterBytes: settings.highWaterBytes,
    lowWaterBytes: settings.lowWaterBytes,
    errors: SHARD_STREAM_ERRORS
  })
  const { existed } = await components.storage.put(header, data, { signal: ctx.streamSignal, peer })
  log('stored shard %d of pack %s for %s (%d bytes in %d ms%s)', header.index, hex(header.packId), header.owner,
    header.shardLength, Date.now() - start, existed ? ', already held' : '')
  await ctx.channel.write(pb.ShardResponse, { putDone: { existed } }, { signal: AbortSignal.timeout(settings.requestTimeoutMs) })
}

function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('hex')
}
