/**
 * The responder: registers /meshbackup/catalog/1.0.0, admits a member's
 * stream when a request slot is free (RequestAdmission: a few at a time, one
 * per peer; a stream waits paused, unread, at most the request timeout), serves one
 * request per stream through serveRequest (membership check, bounded read,
 * request timeout) and dispatches it to the handler for its type.
 */
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
import { RequestAdmission } from './admission.js'
import {
  MAX_BODY_BYTES,
  MAX_CONCURRENT_REQUESTS,
  MAX_INBOUND_STREAMS,
  MAX_LIST_ENTRIES,
  MAX_OWNERS,
  MAX_REQUESTS_PER_PEER,
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
import { anySignal } from '../common/stream-io.js'
import { asError, describe } from '../common/errors.js'
import type { RequestContext } from '../common/unary.js'
import type { Connection, Stream, StreamCloseEvent } from '@libp2p/interface'


export class CatalogProtocolService extends RegisteredProtocol<CatalogProtocolComponents, CatalogSettings> implements CatalogProtocol {
  private readonly admission: RequestAdmission
  /** Puts that add an owner, one after another (the owner limit is checked and used in one step). */
  private addingOwners: Promise<unknown> = Promise.resolve()

  constructor (components: CatalogProtocolComponents, init: CatalogProtocolInit = {}) {
    const maxBodyBytes = init.maxBodyBytes ?? MAX_BODY_BYTES
    const maxOwners = init.maxOwners ?? MAX_OWNERS
    if (!(maxOwners >= 1 && maxOwners <= MAX_LIST_ENTRIES)) throw new RangeError(`maxOwners must be 1..${MAX_LIST_ENTRIES}, got ${maxOwners}`)
    super(PROTOCOL_ID, components, {
      maxBodyBytes,
      maxMessageBytes: maxBodyBytes + MESSAGE_OVERHEAD_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS,
      maxOwners,
      maxConcurrentRequests: init.maxConcurrentRequests ?? MAX_CONCURRENT_REQUESTS,
      maxRequestsPerPeer: init.maxRequestsPerPeer ?? MAX_REQUESTS_PER_PEER
    })
    this.admission = new RequestAdmission(this.settings.maxConcurrentRequests, this.settings.maxRequestsPerPeer)
  }

  readonly [Symbol.toStringTag] = 'meshbackup/catalog'

  /** One inbound stream, one operation. Never throws. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
    // unread until admitted: a paused stream grants no more window, so its sender is held back
    // (a stream nobody reads still takes in, and buffers, all its sender sends)
    pauseQuietly(stream)
    const release = await this.admit(stream, connection)
    if (release === false) return
    try {
      if (stream.readStatus === 'paused') stream.resume()
      await this.serve(stream, connection)
    } finally {
      release?.()
    }
  }

  /**
   * Wait for a request slot for a member's stream: its release, undefined for
   * a non-member (serveRequest resets its stream at once, no slot taken), or
   * false when no slot came within the request timeout (the stream is reset).
   */
  private async admit (stream: Stream, connection: Connection): Promise<(() => void) | undefined | false> {
    const peer = connection.remotePeer
    let member = false
    try { member = await this.components.isMember(peer) } catch { member = false }
    if (!member) return undefined
    const closed = new AbortController()
    const onClose = (evt: StreamCloseEvent): void => { closed.abort(evt.error ?? new Error('stream closed while waiting')) }
    stream.addEventListener('close', onClose)
    try {
      return await this.admission.acquire(peer.toString(), anySignal(AbortSignal.timeout(this.settings.requestTimeoutMs), closed.signal))
    } catch (err) {
      this.log.error('resetting catalog stream from %p: no request slot within %d ms - %s', peer, this.settings.requestTimeoutMs, describe(err))
      stream.abort(asError(err))
      return false
    } finally {
      stream.removeEventListener('close', onClose)
    }
  }

  private async serve (stream: Stream, connection: Connection): Promise<void> {
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
    return { ...ctx, components: this.components, settings: this.settings, addingOwner: async (fn) => await this.addingOwner(fn) }
  }

  private async addingOwner<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.addingOwners.then(fn, fn)
    this.addingOwners = run.catch(() => {})
    return await run
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

function pauseQuietly (stream: Stream): void {
  try { stream.pause() } catch { /* closing already: serveRequest finds out */ }
}
