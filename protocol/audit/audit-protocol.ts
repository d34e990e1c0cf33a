/**
 * The responder: registers /meshbackup/audit/1.0.0 and answers one request
 * per stream (membership check, bounded read, request timeout).
 */
import { logger } from '@libp2p/logger'
import { pb } from '../../proto/index.js'
import {
  MAX_BLOCK_BYTES,
  MAX_HEADER_BYTES,
  MAX_INBOUND_STREAMS,
  MAX_OUTBOUND_STREAMS,
  MESSAGE_OVERHEAD_BYTES,
  PROTOCOL_ID,
  REQUEST_TIMEOUT_MS
} from './constants.js'
import { toWireError } from './errors.js'
import { handleAudit } from './handlers/audit.js'
import { serveRequest } from './stream-io.js'
import type { AuditSettings } from './context.js'
import type { AuditProtocol, AuditProtocolComponents, AuditProtocolInit } from './index.js'
import type { Connection, Stream } from '@libp2p/interface'

const log = logger('meshbackup:protocol:audit')

/** Requests are small: refuse anything bigger than this before reading it, in bytes. */
const MAX_REQUEST_BYTES = 1024

export class AuditProtocolService implements AuditProtocol {
  readonly protocol = PROTOCOL_ID
  private readonly components: AuditProtocolComponents
  private readonly settings: AuditSettings
  private started = false

  constructor (components: AuditProtocolComponents, init: AuditProtocolInit = {}) {
    this.components = components
    const maxBlockBytes = init.maxBlockBytes ?? MAX_BLOCK_BYTES
    this.settings = {
      maxBlockBytes,
      maxMessageBytes: MAX_HEADER_BYTES + maxBlockBytes + MESSAGE_OVERHEAD_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    }
    this.handleStream = this.handleStream.bind(this)
  }

  readonly [Symbol.toStringTag] = 'meshbackup/audit'

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

  /** One inbound stream, one audit. Never throws. */
  async handleStream (stream: Stream, connection: Connection): Promise<void> {
    await serveRequest(stream, connection, log, {
      requestType: pb.AuditRequest,
      what: 'audit request',
      maxMessageBytes: MAX_REQUEST_BYTES,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      isMember: this.components.isMember,
      dispatch: async (ctx, request) => handleAudit({ ...ctx, components: this.components, settings: this.settings }, request),
      toWire: toWireError,
      respondError: async (ctx, wire) => ctx.channel.write(pb.AuditResponse, { ok: false, error: wire }, { signal: ctx.signal })
    })
  }
}
