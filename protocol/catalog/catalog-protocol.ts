/**
 * The responder: registers /meshbackup/catalog/1.0.0, serves one request per
 * stream through serveRequest (membership check, bounded read, request
 * timeout) and dispatches it to the handler for its type.
 */
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
import {
  MAX_BODY_BYTES,
  MAX_INBOUND_STREAMS,
  MAX_OUTBOUND_STREAMS,
  MESSAGE_OVERHEAD_BYTES,
  PROTOCOL_ID,
  REQUEST_TIMEOUT_MS
} from './constants.js'
import { InvalidCatalogRequestError, toWireError } from './errors.js'
import { handleGet } from './handlers/get.js'
import { handleList } from './handlers/list.js'
import { handlePut } from './handlers/put.js'
import type { CatalogSettings, HandlerContext } from './context.js'
import type { CatalogProtocol, CatalogProtocolComponents, CatalogProtocolInit } from './index.js'
import type { RequestContext } from '../common/unary.js'
import type { Connection, Stream } from '@libp2p/interface'


export class CatalogProtocolService extends RegisteredProtocol<CatalogProtocolComponents, CatalogSettings> implements CatalogProtocol {
  constructor (components: CatalogProtocolComponents, init: CatalogProtocolInit = {}) {
    const maxBodyBytes = init.maxBodyBytes ?? MAX_BODY_BYTES
    super(PROTOCOL_ID, components, {
      maxBodyBytes,
      maxMessageBytes: maxBodyBytes + MESSAGE_OVERHEAD_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    })
  }

  readonly [Symbol.toStringTag] = 'meshbackup/catalog'

  /** One inbound stream, one operation. Never throws. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
    await serveRequest(stream, connection, this.log, {
      requestType: pb.CatalogRequest,
      what: 'catalog request',
      maxMessageBytes: this.settings.maxMessageBytes,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      isMember: this.components.isMember,
      dispatch: async (ctx, request) => this.dispatch(this.context(ctx), request),
      toWire: toWireError,
      respondError: async (ctx, wire) => ctx.channel.write(pb.CatalogResponse, { error: wire }, { signal: ctx.signal })
    })
  }

  private context (ctx: RequestContext): HandlerContext {
    return { ...ctx, components: this.components, settings: this.settings }
  }

  private async dispatch (ctx: HandlerContext, request: pb.CatalogRequest): Promise<void> {
    switch (request.op) {
      case 'get': return handleGet(ctx, request.get ?? {})
      case 'put': return handlePut(ctx, request.put ?? {})
      case 'list': return handleList(ctx, request.list ?? {})
      default: throw new InvalidCatalogRequestError('request names no operation')
    }
  }
}
