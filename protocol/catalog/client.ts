/**
 * The requester side of /meshbackup/catalog/1.0.0. Each function opens one
 * stream to `peer` (a PeerId or multiaddr(s)), runs one operation and throws
 * the named error (errors.ts) the responder answered with.
 */
import { pb } from '../../proto/index.js'
import {
  MAX_BODY_BYTES,
  MAX_LIST_ENTRIES,
  MAX_OUTBOUND_STREAMS,
  MESSAGE_OVERHEAD_BYTES,
  PROTOCOL_ID,
  REPLICATE_CONCURRENCY,
  REQUEST_TIMEOUT_MS
} from './constants.js'
import { CatalogProtocolError, CatalogRefusedError, CatalogSignatureError, CatalogTimeoutError, fromWireError } from './errors.js'
import { fromCatalogRecord, toCatalogRecord, toListEntry } from './record.js'
import { verifyCatalog } from './signature.js'
import { callUnary } from '../common/unary.js'
import type { CatalogListEntry, CatalogRecord } from './index.js'
import type { ProtocolDialer } from '../common/unary.js'
import type { DialTarget } from '@libp2p/interface'

/** What the client needs from a libp2p node. */
export type CatalogDialer = ProtocolDialer

export interface CatalogClientOptions {
  /** Aborts the whole operation (required: every wait needs a way out). */
  signal: AbortSignal
  /** Time for the whole exchange, in ms. Default REQUEST_TIMEOUT_MS (30 s). */
  requestTimeoutMs?: number
  /** Largest body accepted from get(), in bytes. Default MAX_BODY_BYTES (16 MiB). */
  maxBodyBytes?: number
  /** Concurrent outbound catalog streams per connection. Default MAX_OUTBOUND_STREAMS (8). */
  maxOutboundStreams?: number
}

export interface ReplicateOptions extends CatalogClientOptions {
  /** Peers put to at the same time. Default REPLICATE_CONCURRENCY (16). */
  concurrency?: number
}

/** One peer's outcome of replicateCatalog(). */
export type ReplicateResult =
  | { peer: DialTarget, ok: true, existed: boolean }
  | { peer: DialTarget, ok: false, error: Error }

type Result = NonNullable<pb.CatalogResponse['result']>

const protocolError = (message: string): Error => new CatalogProtocolError(message)
const timeoutError = (message: string): Error => new CatalogTimeoutError(message)

/** Run one request and insist on a response of kind `expected`; an error response throws its named error. */
async function unary<K extends Result> (node: CatalogDialer, peer: DialTarget, request: pb.CatalogRequest.$Properties, expected: K, options: CatalogClientOptions): Promise<NonNullable<pb.CatalogResponse[K]>> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES
  const response = await callUnary(node, peer, PROTOCOL_ID, pb.CatalogRequest, request, pb.CatalogResponse, `catalog ${expected} response`, {
    signal: options.signal,
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    maxMessageBytes: maxBodyBytes + MESSAGE_OVERHEAD_BYTES,
    maxOutboundStreams: options.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS,
    protocolError,
    timeoutError,
    refusedError: (message) => new CatalogRefusedError(message)
  })
  if (response.result === 'error') {
    throw fromWireError(response.error ?? {})
  }
  const body = response[expected]
  if (response.result !== expected || body == null) {
    throw new CatalogProtocolError(`expected a ${expected} response, got ${response.result ?? 'nothing'}`)
  }
  return body as NonNullable<pb.CatalogResponse[K]>
}

/**
 * The latest record of `owner` held by `peer`, or undefined when it holds
 * none. The record is checked: it must be `owner`'s and carry the owner's
 * valid signature (CatalogSignatureError / CatalogProtocolError otherwise).
 * Whether it is the newest version in the mesh is for the caller to judge.
 */
export async function getCatalog (node: CatalogDialer, peer: DialTarget, owner: string, options: CatalogClientOptions): Promise<CatalogRecord | undefined> {
  const response = await unary(node, peer, { get: { owner } }, 'get', options)
  if (response.record == null) return undefined
  const record = toCatalogRecord(response.record, options.maxBodyBytes ?? MAX_BODY_BYTES, protocolError)
  if (record.owner !== owner) {
    throw new CatalogProtocolError(`asked for the catalog of ${owner}, got ${record.owner}'s`)
  }
  if (!(await verifyCatalog(record))) {
    throw new CatalogSignatureError(`catalog v${record.version} of ${owner} from the peer is not signed by its owner`)
  }
  return record
}

/**
 * Store `record` on `peer`. Returns whether the identical record was already
 * held. Throws CatalogStaleVersionError (a newer version is held),
 * CatalogConflictError (a different record of that version is held),
 * CatalogSignatureError, CatalogTooLargeError or InvalidCatalogRequestError.
 */
export async function putCatalog (node: CatalogDialer, peer: DialTarget, record: CatalogRecord, options: CatalogClientOptions): Promise<{ existed: boolean }> {
  const response = await unary(node, peer, { put: { record: fromCatalogRecord(record) } }, 'put', options)
  return { existed: response.existed === true }
}

/** Owners whose records `peer` holds, with versions (for anti-entropy). */
export async function listCatalogs (node: CatalogDialer, peer: DialTarget, options: CatalogClientOptions): Promise<CatalogListEntry[]> {
  const response = await unary(node, peer, { list: {} }, 'list', options)
  const entries = response.entries ?? []
  if (entries.length > MAX_LIST_ENTRIES) {
    throw new CatalogProtocolError(`peer listed ${entries.length} owners, over the limit of ${MAX_LIST_ENTRIES}`)
  }
  return entries.map(e => toListEntry(e, protocolError))
}

/**
 * Put `record` to every peer of `peers`, `concurrency` at a time. Never
 * throws for a peer's failure: every peer gets a result, in the order given
 * (only the caller's abort throws).
 */
export async function replicateCatalog (node: CatalogDialer, peers: DialTarget[], record: CatalogRecord, options: ReplicateOptions): Promise<ReplicateResult[]> {
  const results: ReplicateResult[] = new Array(peers.length)
  const concurrency = Math.max(1, options.concurrency ?? REPLICATE_CONCURRENCY)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < peers.length) {
      const i = next++
      const peer = peers[i]
      try {
        const { existed } = await putCatalog(node, peer, record, options)
        results[i] = { peer, ok: true, existed }
      } catch (err) {
        results[i] = { peer, ok: false, error: err instanceof Error ? err : new Error(String(err)) }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, peers.length) }, worker))
  options.signal.throwIfAborted()
  return results
}

/** The client functions as one object. */
export const CatalogClient = {
  get: getCatalog,
  put: putCatalog,
  list: listCatalogs,
  replicate: replicateCatalog
} as const
