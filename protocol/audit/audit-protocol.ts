/**
 * The responder (the holder): registers /meshbackup/audit/1.0.0 and answers
 * one request per stream (membership check, bounded read, request timeout;
 * see common/unary.ts serveRequest): AuditRequest (ref, block) → the
 * components' readBlock → ok + the header as held + the block's bytes, or
 * ok = false when the shard is not held. The holder checks nothing but the
 * request's shape and its own limits: the auditor verifies (verify.ts).
 */
import { pb } from '../../proto/index.js'
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { serveRequest } from '../common/unary.js'
import {
  MAX_BLOCK_BYTES,
  MAX_HEADER_BYTES,
  MAX_INBOUND_STREAMS,
  MAX_OUTBOUND_STREAMS,
  MAX_OWNER_LENGTH,
  MAX_REQUEST_BYTES,
  MAX_SHARDS_PER_PACK,
  PACK_ID_BYTES,
  PROTOCOL_ID,
  REQUEST_TIMEOUT_MS
} from './constants.js'
import { AuditInternalError, InvalidAuditRequestError, toWireError } from './errors.js'
import type { AuditProtocol, AuditProtocolComponents, AuditProtocolInit, AuditShardRef } from './index.js'
import type { RequestContext } from '../common/unary.js'
import type { Connection, Stream } from '@libp2p/interface'


/** AuditProtocolInit with every default filled in. */
interface AuditSettings {
  maxBlockBytes: number
  requestTimeoutMs: number
  maxInboundStreams: number
  maxOutboundStreams: number
}

export class AuditProtocolService extends RegisteredProtocol<AuditProtocolComponents, AuditSettings> implements AuditProtocol {
  constructor (components: AuditProtocolComponents, init: AuditProtocolInit = {}) {
    super(PROTOCOL_ID, components, {
      maxBlockBytes: init.maxBlockBytes ?? MAX_BLOCK_BYTES,
      requestTimeoutMs: init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    })
  }

  readonly [Symbol.toStringTag] = 'meshbackup/audit'

  /** One inbound stream, one audit. Never throws. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
    await serveRequest(stream, connection, this.log, {
      requestType: pb.AuditRequest,
      what: 'audit request',
      maxMessageBytes: MAX_REQUEST_BYTES,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      isMember: this.components.isMember,
      dispatch: async (ctx, request) => this.answer(ctx, request),
      toWire: toWireError,
      respondError: async (ctx, wire) => ctx.channel.write(pb.AuditResponse, { ok: false, error: wire }, { signal: ctx.signal })
    })
  }

  private async answer (ctx: RequestContext, request: pb.AuditRequest): Promise<void> {
    const { ref, block } = toAuditRequest(request)
    const held = await this.components.readBlock(ref, block, { signal: ctx.signal })
    if (held == null) {
      ctx.log('audit of shard %d of %s: not held', ref.index, ref.owner)
      await ctx.channel.write(pb.AuditResponse, { ok: false }, { signal: ctx.signal })
      return
    }
    if (held.header.byteLength > MAX_HEADER_BYTES || held.data.byteLength > this.settings.maxBlockBytes) {
      throw new AuditInternalError(`storage returned a ${held.header.byteLength}-byte header and a ${held.data.byteLength}-byte block, over the limits`)
    }
    await ctx.channel.write(pb.AuditResponse, { ok: true, header: held.header, blockData: held.data }, { signal: ctx.signal })
  }
}

/** Boundary check of an AuditRequest: a valid shard ref and block number (InvalidAuditRequestError otherwise). */
export function toAuditRequest (request: pb.AuditRequest.$Properties): { ref: AuditShardRef, block: number } {
  const owner = request.owner ?? ''
  const packId = request.packId ?? new Uint8Array(0)
  const index = request.index ?? 0
  const block = request.block ?? 0
  if (owner.length === 0 || owner.length > MAX_OWNER_LENGTH) {
    throw new InvalidAuditRequestError(`owner must be 1..${MAX_OWNER_LENGTH} characters, got ${owner.length}`)
  }
  if (packId.byteLength !== PACK_ID_BYTES) {
    throw new InvalidAuditRequestError(`pack id must be ${PACK_ID_BYTES} bytes, got ${packId.byteLength}`)
  }
  if (index >= MAX_SHARDS_PER_PACK) {
    throw new InvalidAuditRequestError(`shard index ${index} is out of range`)
  }
  return { ref: { owner, packId, index }, block }
}

