/**
 * Request/response plumbing shared by the protocols with one request and one
 * response per stream (catalog, status, audit): built on the MessageChannel
 * of stream-io.ts (a maximum on every length prefix, decoding through
 * proto/index.ts).
 *
 * - serveRequest: the responder side of one stream — membership check, one
 *   bounded read under the request timeout, dispatch, and either the handler's
 *   response, an error response (a refusal the peer should hear about) or a
 *   stream reset (a non-member, a malformed or oversized request, silence);
 * - callUnary: the requester side — dial, write, close the write end, read one
 *   bounded response; errors become the protocol's named errors.
 */
import { PREFIX_ROOM_BYTES } from './constants.js'
import { asError, BROKEN_STREAM_ERRORS, describe } from './errors.js'
import { anySignal, messageChannel } from './stream-io.js'
import type { Decoder, Encoder, MessageChannel } from './stream-io.js'
import type { WireErrorFields } from './wire-errors.js'
import type { Connection, DialProtocolOptions, DialTarget, Logger, PeerId, Stream, StreamCloseEvent } from '@libp2p/interface'

/** What a client needs from a libp2p node. */
export interface ProtocolDialer {
  dialProtocol: (peer: DialTarget, protocols: string | string[], options?: DialProtocolOptions) => Promise<Stream>
}

/** Is `peer` a member of the mesh? Non-members' streams are reset unanswered. */
export type IsMember = (peer: PeerId) => boolean | Promise<boolean>

/** What a handler gets for one inbound request. */
export interface RequestContext {
  stream: Stream
  channel: MessageChannel
  remotePeer: PeerId
  log: Logger
  /** Aborts after the request timeout, or when the stream is reset. */
  signal: AbortSignal
}

export interface ServeRequestOptions<Req> {
  /** Decoder of the request message. */
  requestType: Decoder<Req>
  /** Name of the request for error messages, e.g. 'catalog request'. */
  what: string
  maxMessageBytes: number
  requestTimeoutMs: number
  isMember: IsMember
  /** Answer the request (write the response). Throw to refuse. */
  dispatch: (ctx: RequestContext, request: Req) => Promise<void>
  /**
   * The wire form of a refusal, or undefined for an error after which the
   * stream is reset instead (a broken stream, a malformed request).
   */
  toWire: (err: unknown) => WireErrorFields | undefined
  /** Write `wire` as the protocol's error response. */
  respondError: (ctx: RequestContext, wire: WireErrorFields) => Promise<void>
}

/**
 * Serve one inbound stream: one request, one answer. Never throws; failures
 * end the stream (reset, or an error response then close).
 */
export async function serveRequest<Req> (stream: Stream, connection: Connection, log: Logger, options: ServeRequestOptions<Req>): Promise<void> {
  const remotePeer = connection.remotePeer
  const streamLog = log.newScope(`${remotePeer.toString().slice(-6)}:${stream.id}`)
  const streamAbort = new AbortController()
  const onClose = (evt: StreamCloseEvent): void => {
    if (evt.error != null) streamAbort.abort(evt.error)
  }
  stream.addEventListener('close', onClose)
  const signal = anySignal(AbortSignal.timeout(options.requestTimeoutMs), streamAbort.signal)
  try {
    let member = false
    try {
      member = await options.isMember(remotePeer)
    } catch (err) {
      streamLog.error('membership check of %p failed - %s', remotePeer, describe(err))
    }
    if (!member) {
      streamLog.error('resetting %s stream from %p: not a member of the mesh', stream.protocol, remotePeer)
      stream.abort(new Error('not a member of the mesh'))
      return
    }

    const channel = messageChannel(stream, { maxMessageBytes: options.maxMessageBytes, maxBufferBytes: options.maxMessageBytes + PREFIX_ROOM_BYTES })
    const ctx: RequestContext = { stream, channel, remotePeer, log: streamLog, signal }
    let request: Req
    try {
      request = await channel.read(options.requestType, options.what, { signal })
    } catch (err) {
      // garbage, an oversized length prefix, a truncated message or silence
      streamLog.error('resetting %s stream from %p: bad request - %s', stream.protocol, remotePeer, describe(err))
      stream.abort(asError(err))
      return
    }

    try {
      await options.dispatch(ctx, request)
      await stream.close({ signal: AbortSignal.timeout(options.requestTimeoutMs) })
    } catch (err) {
      const wire = stream.writeStatus === 'writable' && stream.status === 'open' ? options.toWire(err) : undefined
      if (wire == null) {
        streamLog.error('resetting %s stream from %p - %s', stream.protocol, remotePeer, describe(err))
        stream.abort(asError(err))
        return
      }
      streamLog('refusing request from %p: code %d - %s', remotePeer, wire.code, describe(err))
      try {
        const errorSignal = AbortSignal.timeout(options.requestTimeoutMs)
        await options.respondError({ ...ctx, signal: errorSignal }, wire)
        await stream.close({ signal: errorSignal })
      } catch (closeErr) {
        streamLog.error('could not send error response - %s', describe(closeErr))
        stream.abort(asError(closeErr))
      }
    }
  } finally {
    stream.removeEventListener('close', onClose)
  }
}

export interface CallUnaryOptions {
  /** Aborts the whole operation. */
  signal: AbortSignal
  requestTimeoutMs: number
  maxMessageBytes: number
  maxOutboundStreams: number
  /** The protocol's named error for a malformed, oversized or truncated response. */
  protocolError: (message: string) => Error
  /** The protocol's named error for a response that did not come in time. */
  timeoutError: (message: string) => Error
  /** The protocol's named error for a stream the peer reset (it does not count us as a member, or found the request malformed). */
  refusedError: (message: string) => Error
}

/**
 * Open a stream to `peer`, send `request`, close the write end and read one
 * response of `responseType`. The caller's abort rethrows its reason; the
 * request timeout throws `timeoutError`, a malformed response `protocolError`,
 * a reset by the peer (e.g. it does not count us as a member) `refusedError`;
 * anything else (a failed dial) is rethrown as it is.
 */
export async function callUnary<Req, Res> (node: ProtocolDialer, peer: DialTarget, protocol: string, requestType: Encoder<Req>, request: Req, responseType: Decoder<Res>, what: string, options: CallUnaryOptions): Promise<Res> {
  const timeout = AbortSignal.timeout(options.requestTimeoutMs)
  const signal = anySignal(options.signal, timeout)
  let stream: Stream | undefined
  try {
    stream = await node.dialProtocol(peer, protocol, { signal, maxOutboundStreams: options.maxOutboundStreams })
    const channel = messageChannel(stream, { maxMessageBytes: options.maxMessageBytes, maxBufferBytes: options.maxMessageBytes + PREFIX_ROOM_BYTES })
    await channel.write(requestType, request, { signal })
    await stream.close({ signal })
    return await channel.read(responseType, what, { signal })
  } catch (err) {
    const resetByPeer = stream?.status === 'reset'
    stream?.abort(asError(err))
    if (options.signal.aborted) throw options.signal.reason
    if (resetByPeer) throw options.refusedError(`the peer reset the ${protocol} stream (not a member, or a request it could not take) - ${describe(err)}`)
    if (timeout.aborted) throw options.timeoutError(`no ${what} within ${options.requestTimeoutMs} ms`)
    const name = (err as Error | undefined)?.name ?? ''
    if (BROKEN_STREAM_ERRORS.has(name)) throw options.protocolError((err as Error).message)
    throw err
  }
}
