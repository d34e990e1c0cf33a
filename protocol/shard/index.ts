/**
 * protocol/shard — `/meshbackup/shard/1.0.0`: moving erasure-coded shards
 * between agents.
 *
 * Words: a *shard* is one of the k+m Reed-Solomon pieces of a pack, named by a
 * ShardRef (owner, pack id, index) and described by a ShardHeader (proto/
 * format.proto) that carries its length and SHA-256. The *responder* holds
 * shards for others in a ShardStorage; the *requester* is the owner (or a
 * restoring/repairing agent) using the client functions in client.ts.
 *
 * Ideas:
 * - one operation per stream (put, get, has, list, delete); control messages
 *   are length-prefixed protobuf (proto/wire.proto), shard bytes travel raw
 *   right after the message announcing them, with backpressure both ways;
 * - a put is accepted (quota, size) before any byte flows, and stored only if
 *   the bytes match the header's length and hash (the storage checks, and
 *   commits atomically); a delete only if `verifyDelete` approves it;
 * - limits on every read, a timeout on every wait, streams per connection
 *   capped; a malformed request resets that stream only.
 * - no policy here: who may store how much, and what makes a delete signature
 *   valid, are the components' business.
 */
import { ShardProtocolService } from './shard-protocol.js'
import type { ProtocolRegistrar, ProtocolComponentsBase } from '../common/registered-protocol.js'
import type { PeerId } from '@libp2p/interface'

export { PROTOCOL_ID, MAX_HAS_REFS, MAX_LIST_LIMIT, MAX_SHARD_BYTES, MAX_MESSAGE_BYTES } from './constants.js'
export * from './errors.js'
export * from './client.js'
export { deleteSigningPayload } from './delete-signature.js'
export { toHeaderFields } from './header.js'

/** A shard's header as plain validated values (see meshbackup.ShardHeader). */
export interface ShardHeaderFields {
  version: number
  /** Owner identity (repository id or peer id). */
  owner: string
  /** SHA-256 of the pack, 32 bytes. */
  packId: Uint8Array
  /** 0..k+m-1; below k are data shards. */
  index: number
  k: number
  m: number
  /** Bytes of the pack before padding. */
  packLength: number
  /** Bytes of shard data. */
  shardLength: number
  /** SHA-256 of the shard data, 32 bytes. */
  shardHash: Uint8Array
  /** Block size for range reads and audits; 0 = no block hashes. */
  blockSize: number
  /** SHA-256 of each block, concatenated. */
  blockHashes: Uint8Array
}

/** Names one shard. */
export interface ShardRef {
  owner: string
  packId: Uint8Array
  index: number
}

export interface ShardListEntry {
  packId: Uint8Array
  index: number
  /** shard_length in bytes. */
  length: number
}

export interface ShardListPage {
  entries: ShardListEntry[]
  /** Opaque cursor of the next page; undefined when this is the last one. Under MAX_CURSOR_LENGTH characters. */
  next?: string
}

/**
 * What the protocol needs from the shard store (store/ implements it). Errors
 * are matched on `.name` (errors.ts): QuotaExceededError, ShardHashMismatchError,
 * ShardLengthMismatchError, ShardConflictError, ShardNotFoundError and
 * ShardTooLargeError reach the peer as their wire codes; anything else as a
 * generic internal error.
 */
export interface ShardStorage {
  /**
   * Store a shard for member `options.peer` (a peer id string; its quota is
   * charged): consume `data` (exactly header.shardLength bytes; the iterable
   * throws if the stream breaks or times out), verify the length and SHA-256
   * against the header, and commit atomically. On a mismatch or any throw
   * nothing is stored (and nothing charged). Storing a shard that is already
   * held with the same hash succeeds and returns `{ existed: true }`.
   */
  put: (header: ShardHeaderFields, data: AsyncIterable<Uint8Array>, options: { signal: AbortSignal, peer: string }) => Promise<{ existed: boolean }>
  /** The stored header, or undefined when the shard is not held. */
  getHeader: (ref: ShardRef, options: { signal: AbortSignal }) => Promise<ShardHeaderFields | undefined>
  /** Bytes [offset, offset+length) of a held shard (the range is within the shard). */
  read: (ref: ShardRef, offset: number, length: number, options: { signal: AbortSignal }) => AsyncIterable<Uint8Array>
  /** Which of `refs` are held, in order. */
  has: (refs: ShardRef[], options: { signal: AbortSignal }) => Promise<boolean[]>
  /** One page of the owner's shards, ordered by the storage, starting after `after`. */
  list: (owner: string, after: string | undefined, limit: number, options: { signal: AbortSignal }) => Promise<ShardListPage>
  /** Remove a shard; false when it was not held. */
  delete: (ref: ShardRef, options: { signal: AbortSignal }) => Promise<boolean>
  /**
   * May `peer` (a peer id string) store `bytes` more? Asked before a put's
   * bytes flow; put() then charges the bytes when it commits. Concurrent puts
   * may each be allowed: a store that must be exact reserves here and settles
   * the reservation in put() (commit or throw).
   */
  quotaAllows: (peer: string, bytes: number, options: { signal: AbortSignal }) => Promise<boolean>
}

/** A delete request as received, after validation. */
export interface ShardDeleteRequest {
  ref: ShardRef
  /** Signing time, ms since the epoch (replay window is the verifier's choice). */
  timeMs: number
  signature: Uint8Array
  /** The bytes the signature must cover: deleteSigningPayload(ref, timeMs). */
  payload: Uint8Array
}

/** Is this delete authorised (signed by the owner)? */
export type VerifyDelete = (request: ShardDeleteRequest, remotePeer: PeerId, options: { signal: AbortSignal }) => Promise<boolean>

/** Where handlers are registered: a libp2p node or its registrar. */
export interface ShardRegistrar extends ProtocolRegistrar {}

export interface ShardProtocolComponents extends ProtocolComponentsBase {
  registrar: ShardRegistrar
  storage: ShardStorage
  verifyDelete: VerifyDelete
}

/** Every option is optional; defaults are in constants.ts. */
export interface ShardProtocolInit {
  /** Largest shard accepted, in bytes. Default MAX_SHARD_BYTES (64 MiB, proto/limits.ts). */
  maxShardBytes?: number
  /** Largest control message, in bytes. Default MAX_MESSAGE_BYTES (256 KiB). */
  maxMessageBytes?: number
  /** Time to read a request and answer short operations, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Longest silence in a bulk transfer, reset per message, in ms. Default IDLE_TIMEOUT_MS (30 s). */
  idleTimeoutMs?: number
  /** Concurrent inbound shard streams per connection. Default MAX_INBOUND_STREAMS (16). */
  maxInboundStreams?: number
  /** Concurrent outbound shard streams per connection. Default MAX_OUTBOUND_STREAMS (16). */
  maxOutboundStreams?: number
  /** Pause a receiving stream above this many buffered bytes. Default HIGH_WATER_BYTES (4 MiB). */
  highWaterBytes?: number
  /** …and resume it below this many. Default LOW_WATER_BYTES (1 MiB). */
  lowWaterBytes?: number
  /** Slice size of bulk send() calls, in bytes. Default SEND_CHUNK_BYTES (1 MiB). */
  sendChunkBytes?: number
}

/** The responder side of the shard protocol, a start/stop service. */
export interface ShardProtocol {
  readonly protocol: string
  start: () => Promise<void>
  stop: () => Promise<void>
  isStarted: () => boolean
}

/**
 * The shard protocol as a libp2p-style service factory. Register it as a
 * libp2p service by narrowing the node's components, e.g.
 * `services: { shard: (c) => shardProtocol(init)({ registrar: c.registrar, storage, verifyDelete }) }`,
 * or call start() yourself with `registrar: node`.
 */
export function shardProtocol (init: ShardProtocolInit = {}): (components: ShardProtocolComponents) => ShardProtocol {
  return (components) => new ShardProtocolService(components, init)
}
