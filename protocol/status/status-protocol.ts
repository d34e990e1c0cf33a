/**
 * The responder: registers /meshbackup/status/1.0.0 and answers one request
 * per stream (membership check, bounded read, request timeout).
 */
import { logger } from '@libp2p/logger'
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
import { MAX_INBOUND_STREAMS, MAX_MESSAGE_BYTES, MAX_OUTBOUND_STREAMS, PROTOCOL_ID, REQUEST_TIMEOUT_MS } from './constants.js'
import { toWireError } from './errors.js'
import { handleStatus } from './handlers/status.js'
import type { StatusProtocol, StatusProtocolComponents, StatusProtocolInit } from './index.js'
import type { StatusSettings } from './context.js'
import type { Connection, Stream } from '@libp2p/interface'

const log = logger('meshbackup:protocol:status')

export class StatusProtocolService extends RegisteredProtocol<StatusProtocolComponents, StatusSettings> implements StatusProtocol {
  constructor (components: StatusProtocolComponents, init: StatusProtocolInit = {}) {
    super(PROTOCOL_ID, components, {
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxMessageBytes: init.maxMessageBytes ?? MAX_MESSAGE_BYTES,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    })
  }

  readonly [Symbol.toStringTag] = 'meshbackup/status'

  /** One inbound stream, one status. Never throws. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
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
