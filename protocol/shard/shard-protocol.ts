/**
 * The responder: registers /meshbackup/shard/1.0.0, reads one request per
 * stream (bounded size, request timeout), dispatches it to the handler for its
 * type, and turns failures into either an error response (a refusal the peer
 * should hear about) or a stream reset (a broken stream or a malformed request).
 */
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import {
  HIGH_WATER_BYTES,
  IDLE_TIMEOUT_MS,
  LOW_WATER_BYTES,
  MAX_INBOUND_STREAMS,
  MAX_MESSAGE_BYTES,
  MAX_OUTBOUND_STREAMS,
  MESSAGE_READER_BUFFER_BYTES,
  MAX_SHARD_BYTES,
  PROTOCOL_ID,
  REQUEST_TIMEOUT_MS,
  SEND_CHUNK_BYTES
} from './constants.js'
import { asError, describe } from '../common/errors.js'
import { messageChannel } from '../common/stream-io.js'
import { InvalidShardRequestError, SHARD_STREAM_ERRORS, toWireError } from './errors.js'
import { handleDelete } from './handlers/delete.js'
import { handleGet } from './handlers/get.js'
import { handleHas } from './handlers/has.js'
import { handleList } from './handlers/list.js'
import { handlePut } from './handlers/put.js'
import type { HandlerContext, ShardSettings } from './context.js'
import type { ShardProtocol, ShardProtocolComponents, ShardProtocolInit } from './index.js'
import type { Connection, Stream, StreamCloseEvent } from '@libp2p/interface'


export class ShardProtocolService extends RegisteredProtocol<ShardProtocolComponents, ShardSettings> implements ShardProtocol {
  constructor (components: ShardProtocolComponents, init: ShardProtocolInit = {}) {
    const settings: ShardSettings = {
      maxShardBytes: init.maxShardBytes ?? MAX_SHARD_BYTES,
      maxMessageBytes: init.maxMessageBytes ?? MAX_MESSAGE_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      idleTimeoutMs: init.idleTimeoutMs ?? IDLE_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS,
      highWaterBytes: init.highWaterBytes ?? HIGH_WATER_BYTES,
      lowWaterBytes: init.lowWaterBytes ?? LOW_WATER_BYTES,
      sendChunkBytes: init.sendChunkBytes ?? SEND_CHUNK_BYTES
    }
    if (settings.lowWaterBytes > settings.highWaterBytes) {
      throw new RangeError('lowWaterBytes must not exceed highWaterBytes')
    }
    super(PROTOCOL_ID, components, settings)
  }

  readonly [Symbol.toStringTag] = 'meshbackup/shard'

  /** One inbound stream, one operation. Never throws: failures end the stream. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
    const streamLog = this.log.newScope(`${connection.remotePeer.toString().slice(-6)}:${stream.id}`)
    const requestSignal = AbortSignal.timeout(this.settings.requestTimeoutMs)
    const streamAbort = new AbortController()
    const onClose = (evt: StreamCloseEvent): void => {
      if (evt.error != null) streamAbort.abort(evt.error)
    }
    stream.addEventListener('close', onClose)

    const channel = messageChannel(stream, { maxMessageBytes: this.settings.maxMessageBytes, maxBufferBytes: MESSAGE_READER_BUFFER_BYTES, errors: SHARD_STREAM_ERRORS })
    const ctx: HandlerContext = {
      stream,
      channel,
      remotePeer: connection.remotePeer,
      components: this.components,
      settings: this.settings,
      log: streamLog,
      requestSignal,
      streamSignal: streamAbort.signal,
      sendingBytes: false
    }

    try {
      let request: pb.ShardRequest
      try {
        request = await channel.read(pb.ShardRequest, 'shard request', { signal: requestSignal })
      } catch (err) {
        // garbage, an oversized length prefix, a truncated message or silence
        streamLog.error('resetting stream from %p: bad request - %s', connection.remotePeer, describe(err))
        stream.abort(asError(err))
        return
      }

      try {
        await this.dispatch(ctx, request)
        // waits until the peer has taken every queued byte (a get may be read slowly)
        await stream.close({ signal: AbortSignal.timeout(this.settings.idleTimeoutMs) })
      } catch (err) {
        await this.fail(ctx, err)
      }
    } finally {
      stream.removeEventListener('close', onClose)
    }
  }

  private async dispatch (ctx: HandlerContext, request: pb.ShardRequest): Promise<void> {
    switch (request.op) {
      case 'put': return handlePut(ctx, request.put ?? {})
      case 'get': return handleGet(ctx, request.get ?? {})
      case 'has': return handleHas(ctx, request.has ?? {})
      case 'list': return handleList(ctx, request.list ?? {})
      case 'remove': return handleDelete(ctx, request.remove ?? {})
      default: throw new InvalidShardRequestError('request names no operation')
    }
  }

  /** Answer a refusal with an error response, or reset a broken stream. */
  private async fail (ctx: HandlerContext, err: unknown): Promise<void> {
    const { stream, log: streamLog } = ctx
    const name = (err as Error | undefined)?.name ?? 'Error'
    const wire = ctx.sendingBytes || stream.writeStatus !== 'writable' || stream.status !== 'open' ? undefined : toWireError(err)
    if (wire == null) {
      streamLog.error('resetting %s stream from %p - %s', ctx.stream.protocol, ctx.remotePeer, describe(err))
      stream.abort(asError(err))
      return
    }
    streamLog('refusing request from %p: %s (code %d) - %s', ctx.remotePeer, name, wire.code, describe(err))
    try {
      const signal = AbortSignal.timeout(this.settings.requestTimeoutMs)
      await ctx.channel.write(pb.ShardResponse, { error: wire }, { signal })
      // the peer may still be sending (a refused put): drop its bytes, keep granting window
      if (stream.readStatus === 'paused') stream.resume()
      if (stream.readStatus === 'readable') {
        await stream.closeRead({ signal })
      }
      await stream.close({ signal })
    } catch (closeErr) {
      streamLog.error('could not send error response - %s', describe(closeErr))
      stream.abort(asError(closeErr))
    }
  }
}
