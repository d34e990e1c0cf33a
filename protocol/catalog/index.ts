/**
 * protocol/catalog — `/meshbackup/catalog/1.0.0`: replicating owners' catalog
 * records across the mesh.
 *
 * Words: a *catalog record* is an owner's signed, versioned root record
 * (CatalogRecord in proto/mesh.proto): its `body` is the owner's encoded
 * catalog (key files, snapshot ids, index pack ids), opaque here. The *owner*
 * is a peer id; the record is signed by that peer's Ed25519 identity key
 * (signature.ts), so any member can verify it with the owner's peer id alone.
 * Every member holds the latest record of every owner in a CatalogStorage, so
 * any peer can answer "what snapshots exist" for a fresh-machine restore.
 *
 * Ideas:
 * - one operation per stream (get, put, list), length-prefixed protobuf;
 * - higher version wins: a put is stored only if its signature verifies and
 *   its version is above the held one (the storage decides atomically); the
 *   same record again is accepted as already held; an older version, a
 *   different record of the same version or a bad signature is refused with
 *   its own wire code (errors.ts);
 * - only members are served: a non-member's stream is reset unanswered;
 * - a member puts only its own record (record.owner is the sending peer: the
 *   owner replicates its catalog itself, nobody forwards another's), refused
 *   NOT_OWNER otherwise; one record per owner (the newest), at most
 *   `maxOwners` owners (TOO_MANY_OWNERS past it);
 * - requests are admitted a few at a time (over all peers, and one per peer):
 *   the rest wait unread, so inbound bodies buffered at once stay bounded;
 * - limits on every read (16 MiB body), a timeout on every wait, streams per
 *   connection capped; a malformed request resets that stream only;
 * - clients verify what they get: a record from get() is checked against its
 *   owner's signature before it is returned.
 */
import { CatalogProtocolService } from './catalog-protocol.js'
import type { IsMember } from '../common/unary.js'
import type { ProtocolRegistrar, ProtocolComponentsBase } from '../common/registered-protocol.js'

export { PROTOCOL_ID, MAX_BODY_BYTES, MAX_OWNERS, MAX_CONCURRENT_REQUESTS, MAX_REQUESTS_PER_PEER } from './constants.js'
export * from './errors.js'
export * from './client.js'
export { catalogSigningPayload, signCatalog, verifyCatalog } from './signature.js'
export type { CatalogSignedFields } from './signature.js'
export { MemoryCatalogs } from './memory-catalogs.js'
export type { IsMember } from '../common/unary.js'

/** An owner's signed catalog record as plain validated values. */
export interface CatalogRecord {
  /** The owner's peer id (canonical string of an Ed25519 peer id). */
  owner: string
  /** ≥ 1; higher wins. */
  version: number
  /** The owner's encoded catalog, opaque to the protocol. */
  body: Uint8Array
  /** Signing time, ms since the epoch. */
  timeMs: number
  /** Ed25519 signature over catalogSigningPayload(record), 64 bytes. */
  signature: Uint8Array
}

/** One owner's record as listed (for anti-entropy). */
export interface CatalogListEntry {
  owner: string
  version: number
  timeMs: number
}

/**
 * What CatalogStorage.put did:
 * - `stored`: the record was newer (or the first) and replaced the held one;
 * - `same`: the identical record was already held;
 * - `stale`: a newer version (`heldVersion`) is held, nothing changed;
 * - `conflict`: a different record with the same version is held, nothing changed.
 */
export type CatalogPutResult =
  | { result: 'stored' }
  | { result: 'same' }
  | { result: 'stale', heldVersion: number }
  | { result: 'conflict' }

/**
 * Where a member keeps the latest record of every owner (the agent's is
 * LevelDB-backed; MemoryCatalogs is the in-memory one). Records reach it
 * validated and signature-checked.
 */
export interface CatalogStorage {
  /** The latest record held for `owner`, or undefined. */
  get: (owner: string, options: { signal: AbortSignal }) => Promise<CatalogRecord | undefined>
  /** Store `record` atomically if its version is above the held one's (compare and replace in one step). */
  put: (record: CatalogRecord, options: { signal: AbortSignal }) => Promise<CatalogPutResult>
  /** Owners and versions held. */
  list: (options: { signal: AbortSignal }) => Promise<CatalogListEntry[]>
}

/** Where handlers are registered: a libp2p node or its registrar. */
export interface CatalogRegistrar extends ProtocolRegistrar {}

export interface CatalogProtocolComponents extends ProtocolComponentsBase {
  registrar: CatalogRegistrar
  catalogs: CatalogStorage
  /** Is the remote peer a member of the mesh? Non-members' streams are reset. */
  isMember: IsMember
}

/** Every option is optional; defaults are in constants.ts. */
export interface CatalogProtocolInit {
  /** Largest catalog body accepted, in bytes. Default MAX_BODY_BYTES (16 MiB). */
  maxBodyBytes?: number
  /** Time to read a request and answer it, in ms. Default REQUEST_TIMEOUT_MS (30 s). */
  requestTimeoutMs?: number
  /** Concurrent inbound catalog streams per connection. Default MAX_INBOUND_STREAMS (8). */
  maxInboundStreams?: number
  /** Concurrent outbound catalog streams per connection. Default MAX_OUTBOUND_STREAMS (8). */
  maxOutboundStreams?: number
  /** Owners held at most; a put of a new owner past it is refused (CatalogOwnerLimitError). Default MAX_OWNERS (1,024). */
  maxOwners?: number
  /** Requests served at once over all peers; more wait for a slot. Default MAX_CONCURRENT_REQUESTS (4). */
  maxConcurrentRequests?: number
  /** Requests served at once for one peer; more wait for a slot. Default MAX_REQUESTS_PER_PEER (1). */
  maxRequestsPerPeer?: number
}

/** The responder side of the catalog protocol, a start/stop service. */
export interface CatalogProtocol {
  readonly protocol: string
  start: () => Promise<void>
  stop: () => Promise<void>
  isStarted: () => boolean
}

/**
 * The catalog protocol as a libp2p-style service factory, e.g.
 * `services: { catalog: (c) => catalogProtocol(init)({ registrar: c.registrar, catalogs, isMember }) }`,
 * or call start() yourself with `registrar: node`.
 */
export function catalogProtocol (init: CatalogProtocolInit = {}): (components: CatalogProtocolComponents) => CatalogProtocol {
  return (components) => new CatalogProtocolService(components, init)
}
