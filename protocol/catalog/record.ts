/**
 * Boundary conversions: decoded protobuf messages → validated domain values
 * (CatalogRecord, CatalogListEntry) and back. Everything a peer sends passes
 * here before a handler, the storage or a caller sees it.
 */
import { MAX_OWNER_LENGTH, SIGNATURE_BYTES } from './constants.js'
import { CatalogTooLargeError } from './errors.js'
import { int64 } from '../../proto/int64.js'
import { ownerPublicKey } from './signature.js'
import type { CatalogListEntry, CatalogRecord } from './index.js'
import type { pb } from '../../proto/index.js'

type Fail = (message: string) => Error

/** Check an owner string's length (any string may be asked for). */
export function checkOwner (owner: string | null | undefined, fail: Fail): string {
  const value = owner ?? ''
  if (value.length === 0 || value.length > MAX_OWNER_LENGTH) {
    throw fail(`owner must be 1..${MAX_OWNER_LENGTH} characters, got ${value.length}`)
  }
  return value
}

/**
 * Validate a decoded CatalogRecord: owner a canonical Ed25519 peer id, version
 * ≥ 1, body within `maxBodyBytes` (CatalogTooLargeError), a 64-byte signature.
 * The signature itself is checked by verifyCatalog.
 */
export function toCatalogRecord (record: pb.CatalogRecord.$Properties | null | undefined, maxBodyBytes: number, fail: Fail): CatalogRecord {
  if (record == null) throw fail('missing catalog record')
  const owner = checkOwner(record.owner, fail)
  if (ownerPublicKey(owner) == null) throw fail('owner is not a canonical Ed25519 peer id')
  const version = int64(record.version, 'version', fail)
  if (version < 1) throw fail('version must be at least 1')
  const timeMs = int64(record.timeMs, 'time', fail)
  const body = record.body ?? new Uint8Array(0)
  if (body.byteLength > maxBodyBytes) {
    throw new CatalogTooLargeError(`catalog body of ${body.byteLength} bytes is over the limit of ${maxBodyBytes}`)
  }
  const signature = record.signature ?? new Uint8Array(0)
  if (signature.byteLength !== SIGNATURE_BYTES) throw fail(`signature must be ${SIGNATURE_BYTES} bytes, got ${signature.byteLength}`)
  return { owner, version, timeMs, body, signature }
}

/** Wire form of a record. */
export function fromCatalogRecord (record: CatalogRecord): pb.CatalogRecord.$Properties {
  return { owner: record.owner, version: record.version, body: record.body, timeMs: record.timeMs, signature: record.signature }
}

/** Validate one entry of a list answer. */
export function toListEntry (entry: pb.CatalogListEntry.$Properties, fail: Fail): CatalogListEntry {
  const owner = checkOwner(entry.owner, fail)
  return { owner, version: int64(entry.version, 'version', fail), timeMs: int64(entry.timeMs, 'time', fail) }
}

/** Same record, byte for byte? */
export function sameRecord (a: CatalogRecord, b: CatalogRecord): boolean {
  return a.owner === b.owner && a.version === b.version && a.timeMs === b.timeMs &&
    view(a.body).equals(b.body) && view(a.signature).equals(b.signature)
}

function view (bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
