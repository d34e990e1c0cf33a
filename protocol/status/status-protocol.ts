/**
 * The responder: registers /meshbackup/status/1.0.0 and answers one request
 * per stream (membership check, bounded read, request timeout).
 */
import { logger } from '@libp2p/logger'
import { pb } from '../../proto/index.js'
import { MAX_INBOUND_STREAMS, MAX_MESSAGE_BYTES, MAX_OUTBOUND_STREAMS, PROTOCOL_ID, REQUEST_TIMEOUT_MS } from './constants.js'
import { toWireError } from './errors.js'
import { handleStatus } from './handlers/status.js'
import { serveRequest } from './stream-io.js'
import type { StatusProtocol, StatusProtocolComponents, StatusProtocolInit } from './index.js'
import type { StatusSettings } from './context.js'
import type { Connection, Stream } from '@libp2p/interface'

const log = logger('meshbackup:protocol:status')

export class StatusProtocolService implements StatusProtocol {
  readonly protocol = PROTOCOL_ID
  private readonly components: StatusProtocolComponents
  private readonly settings: StatusSettings
  private started = false

  constructor (components: StatusProtocolComponents, init: StatusProtocolInit = {}) {
    this.components = components
    this.settings = {
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxMessageBytes: init.maxMessageBytes ?? MAX_MESSAGE_BYTES,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    }
    this.handleStream = this.handleStream.bind(this)
  }

  readonly [Symbol.toStringTag] = 'meshbackup/status'

  async start (): Promise<void> {
    if (this.started) return
    await this.components.registrar.handle(this.protocol, this.handleStream, {
      maxInboundStreams: this.settings.maxInboundStreams,
      maxOutboundStreams: this.settings.maxOutboundStreams
    })
    this.started = true
  }

  async stop (): Promise<void> {
    if (!this.started) return
    await this.components.registrar.unhandle(this.protocol)
    this.started = false
  }

  isStarted (): boolean {
    return this.started
  }

  /** One inbound stream, one status. Never throws. */
  async handleStream (stream: Stream, connection: Connection): Promise<void> {
    await serveRequest(stream, connection, log, {
      requestType: pb.StatusRequest,
      what: 'status request',
      maxMessageBytes: this.settings.maxMessageBytes,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      isMember: this.components.isMember,
      dispatch: async (ctx, request) => handleStatus({ ...ctx, components: this.components, settings: this.settings }, request),
      toWire: toWireError,
      respondError: async (ctx, wire) => ctx.channel.write(pb.StatusResponse, { error: wire }, { signal: ctx.signal })
    })
  }
}
