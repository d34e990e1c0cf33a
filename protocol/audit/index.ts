/**
 * protocol/audit — `/meshbackup/audit/1.0.0`: proof that a storage peer still
 * holds a shard, one random block at a time.
 *
 * Words: the *auditor* (the owner, or a repairing agent) names a shard (owner,
 * pack id, index) and a *block* number; the *holder* answers with the shard's
 * header as it stores it (encoded ShardHeader) and that block's bytes. A
 * header lists the SHA-256 of every block and its shard_hash is the SHA-256 of
 * that list (store/shard-format.ts), so the auditor, who keeps the shard hash,
 * can check the block without reading the rest of the shard.
 *
 * Ideas:
 * - one request, one response per stream; a shard that is not held is an
 *   ordinary answer (ok = false), not an error;
 * - the holder does not check anything, the auditor checks everything
 *   (verify.ts): header consistent and naming the asked shard, shard_hash
 *   equal to the expected one, block length and hash;
 * - auditShard() never throws for the peer's failures: it reports
 *   `{ ok: false, reason }` (missing, corrupt, timeout, refused, error) for
 *   the repair engine to act on; only the caller's abort throws;
 * - only members are served; limits on every read, a timeout on every wait.
 */
import { AuditProtocolService } from './audit-protocol.js'
import type { IsMember } from '../common/unary.js'
import type { ProtocolRegistrar, ProtocolComponentsBase } from '../common/registered-protocol.js'

export { PROTOCOL_ID } from './constants.js'
export * from './errors.js'
export * from './client.js'
export { verifyAuditBlock } from './verify.js'

/** Names one shard (same as the shard protocol's ShardRef). */
export interface AuditShardRef {
  owner: string
  /** SHA-256 of the pack, 32 bytes. */
  packId: Uint8Array
  index: number
}

/** A block as held: the encoded ShardHeader stored with the shard and the block's bytes. */
export interface HeldBlock {
  header: Uint8Array
  data: Uint8Array
}

/**
 * Reads one block of a held shard: undefined when the shard is not held;
 * throws an error named InvalidAuditRequestError when `block` is past its end.
 */
export type ReadBlock = (ref: AuditShardRef, block: number, options: { signal: AbortSignal }) => Promise<HeldBlock | undefined>

/** Where handlers are registered: a libp2p node or its registrar. */
export interface AuditRegistrar extends ProtocolRegistrar {}

export interface AuditProtocolComponents extends ProtocolComponentsBase {
  registrar: AuditRegistrar
  /** Is the remote peer a member of the mesh? Non-members' streams are reset. */
  isMember: IsMember
  readBlock: ReadBlock
}

/** Every option is optional; defaults are in constants.ts. */
export interface AuditProtocolInit {
  /** Largest block sent, in bytes. Default MAX_BLOCK_BYTES (4 MiB). */
  maxBlockBytes?: number
  /** Time to read a request and answer it, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Concurrent inbound audit streams per connection. Default MAX_INBOUND_STREAMS (8). */
  maxInboundStreams?: number
  /** Concurrent outbound audit streams per connection. Default MAX_OUTBOUND_STREAMS (8). */
  maxOutboundStreams?: number
}

/** The responder side of the audit protocol, a start/stop service. */
export interface AuditProtocol {
  readonly protocol: string
  start: () => Promise<void>
  stop: () => Promise<void>
  isStarted: () => boolean
}

/**
 * The audit protocol as a libp2p-style service factory, e.g.
 * `services: { audit: (c) => auditProtocol()({ registrar: c.registrar, isMember, readBlock }) }`.
 */
export function auditProtocol (init: AuditProtocolInit = {}): (components: AuditProtocolComponents) => AuditProtocol {
  return (components) => new AuditProtocolService(components, init)
}
