/**
 * The responder: registers /meshbackup/status/1.0.0 and answers one request
 * per stream (membership check, bounded read, request timeout; see
 * common/unary.ts serveRequest) with the components' getStatus(), checked
 * against the limits before it leaves.
 */
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
import { MAX_INBOUND_STREAMS, MAX_MESSAGE_BYTES, MAX_OUTBOUND_STREAMS, PROTOCOL_ID, REQUEST_TIMEOUT_MS } from './constants.js'
import { StatusInternalError, toWireError } from './errors.js'
import { fromAgentStatus } from './status.js'
import type { StatusProtocol, StatusProtocolComponents, StatusProtocolInit } from './index.js'
import type { RequestContext } from '../common/unary.js'
import type { Connection, Stream } from '@libp2p/interface'


/** StatusProtocolInit with every default filled in. */
interface StatusSettings {
  requestTimeoutMs: number
  maxMessageBytes: number
  maxInboundStreams: number
  maxOutboundStreams: number
}

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
    await serveRequest(stream, connection, this.log, {
      requestType: pb.StatusRequest,
      what: 'status request',
      maxMessageBytes: this.settings.maxMessageBytes,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      isMember: this.components.isMember,
      dispatch: async (ctx) => this.answer(ctx),
      toWire: toWireError,
      respondError: async (ctx, wire) => ctx.channel.write(pb.StatusResponse, { error: wire }, { signal: ctx.signal })
    })
  }

  /** StatusRequest (empty) → the components' getStatus(), checked against the limits → status. */
  private async answer (ctx: RequestContext): Promise<void> {
    const fields = await this.components.getStatus()
    const status = fromAgentStatus(fields, (m) => new StatusInternalError(`own status out of limits: ${m}`))
    await ctx.channel.write(pb.StatusResponse, { status }, { signal: ctx.signal })
  }
}
