/**
 * The responder: registers /meshbackup/audit/1.0.0 and answers one request
 * per stream (membership check, bounded read, request timeout).
 */
import { logger } from '@libp2p/logger'
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
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
import type { AuditSettings } from './context.js'
import type { AuditProtocol, AuditProtocolComponents, AuditProtocolInit } from './index.js'
import type { Connection, Stream } from '@libp2p/interface'

const log = logger('meshbackup:protocol:audit')

/** Requests are small: refuse anything bigger than this before reading it, in bytes. */
const MAX_REQUEST_BYTES = 1024

export class AuditProtocolService extends RegisteredProtocol<AuditProtocolComponents, AuditSettings> implements AuditProtocol {
  constructor (components: AuditProtocolComponents, init: AuditProtocolInit = {}) {
    const maxBlockBytes = init.maxBlockBytes ?? MAX_BLOCK_BYTES
    super(PROTOCOL_ID, components, {
      maxBlockBytes,
      maxMessageBytes: MAX_HEADER_BYTES + maxBlockBytes + MESSAGE_OVERHEAD_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    })
  }

  readonly [Symbol.toStringTag] = 'meshbackup/audit'

  /** One inbound stream, one audit. Never throws. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
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
