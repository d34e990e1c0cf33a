/** The auditor side of /meshbackup/audit/1.0.0. */
import { pb } from '../../proto/index.js'
import { MAX_BLOCK_BYTES, MAX_HEADER_BYTES, MAX_OUTBOUND_STREAMS, MESSAGE_OVERHEAD_BYTES, PROTOCOL_ID, REQUEST_TIMEOUT_MS, SHARD_HASH_BYTES } from './constants.js'
import { AuditProtocolError, AuditRefusedError, AuditTimeoutError, fromWireError } from './errors.js'
import { callUnary } from '../common/unary.js'
import { verifyAuditBlock } from './verify.js'
import type { AuditShardRef } from './index.js'
import type { ProtocolDialer } from '../common/unary.js'
import type { DialTarget } from '@libp2p/interface'

/** What the client needs from a libp2p node. */
export type AuditDialer = ProtocolDialer

export interface AuditClientOptions {
  /** Aborts the audit; the only thing that makes auditShard() throw. */
  signal: AbortSignal
  /** Time for the whole exchange, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Largest block accepted, in bytes. Default MAX_BLOCK_BYTES (4 MiB). */
  maxBlockBytes?: number
  /** Concurrent outbound audit streams per connection. Default MAX_OUTBOUND_STREAMS (8). */
  maxOutboundStreams?: number
}

/**
 * Why an audit failed:
 * - `missing`: the peer says it does not hold the shard;
 * - `corrupt`: it answered, but the header or block does not check out
 *   (wrong shard hash, bad block hash or length, invalid header);
 * - `timeout`: no answer within the request timeout;
 * - `refused`: the peer refused the request (an error response, or a reset,
 *   e.g. when it does not count us as a member);
 * - `error`: anything else (unreachable, malformed answer…).
 */
export type AuditFailureReason = 'missing' | 'corrupt' | 'timeout' | 'refused' | 'error'

export type AuditResult = { ok: true } | { ok: false, reason: AuditFailureReason, message: string }

/**
 * Ask `peer` to prove it holds block `block` of the shard `ref`, whose shard
 * hash the auditor knows to be `expectedShardHash`. Returns `{ ok: true }`
 * only for a verified block; every failure of the peer is a result, not a
 * throw. Throws only for the caller's abort, or a RangeError for an expected
 * hash that is not 32 bytes (a bug of the caller).
 */
export async function auditShard (node: AuditDialer, peer: DialTarget, ref: AuditShardRef, block: number, expectedShardHash: Uint8Array, options: AuditClientOptions): Promise<AuditResult> {
  if (expectedShardHash.byteLength !== SHARD_HASH_BYTES) {
    throw new RangeError(`expected shard hash must be ${SHARD_HASH_BYTES} bytes, got ${expectedShardHash.byteLength}`)
  }
  const maxBlockBytes = options.maxBlockBytes ?? MAX_BLOCK_BYTES
  let response: pb.AuditResponse
  try {
    response = await callUnary(node, peer, PROTOCOL_ID, pb.AuditRequest, { owner: ref.owner, packId: ref.packId, index: ref.index, block }, pb.AuditResponse, 'audit response', {
      signal: options.signal,
      requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      maxMessageBytes: MAX_HEADER_BYTES + maxBlockBytes + MESSAGE_OVERHEAD_BYTES,
      maxOutboundStreams: options.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS,
      protocolError: (message) => new AuditProtocolError(message),
      timeoutError: (message) => new AuditTimeoutError(message),
      refusedError: (message) => new AuditRefusedError(message)
    })
  } catch (err) {
    if (options.signal.aborted) throw options.signal.reason
    const e = err instanceof Error ? err : new Error(String(err))
    const reason: AuditFailureReason = e.name === 'AuditTimeoutError'
      ? 'timeout'
      : e.name === 'AuditRefusedError' ? 'refused' : 'error'
    return { ok: false, reason, message: `${e.name}: ${e.message}` }
  }
  if (response.error != null) {
    const e = fromWireError(response.error)
    return { ok: false, reason: 'refused', message: `${e.name}: ${e.message}` }
  }
  if (!response.ok) {
    return { ok: false, reason: 'missing', message: 'the peer does not hold the shard' }
  }
  if (response.header.byteLength > MAX_HEADER_BYTES || response.blockData.byteLength > maxBlockBytes) {
    return { ok: false, reason: 'error', message: 'the answer is over the size limits' }
  }
  return verifyAuditBlock(ref, block, expectedShardHash, response.header, response.blockData)
}
