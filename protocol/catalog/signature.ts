/**
 * Catalog signatures: Ed25519 by the owner's libp2p identity key over
 *
 *   "meshbackup catalog v1\0" || owner || u64be(version) || i64be(time_ms) || body
 *
 * where owner is the canonical peer id string (UTF-8). The verifying key comes
 * from the owner's peer id itself (an Ed25519 peer id embeds its public key),
 * so any peer can check a record without a key directory.
 */
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { CATALOG_SIGNATURE_DOMAIN } from './constants.js'
import type { CatalogRecord } from './index.js'
import type { PrivateKey, PublicKey } from '@libp2p/interface'

const DOMAIN = CATALOG_SIGNATURE_DOMAIN

/** The fields a signature covers. */
export interface CatalogSignedFields {
  owner: string
  version: number
  timeMs: number
  body: Uint8Array
}

/** The exact bytes signed for a catalog record. */
export function catalogSigningPayload (fields: CatalogSignedFields): Uint8Array {
  if (!Number.isSafeInteger(fields.version) || fields.version < 0) throw new RangeError('catalog version must be a non-negative safe integer')
  if (!Number.isSafeInteger(fields.timeMs)) throw new RangeError('catalog time must be a safe integer')
  const owner = new TextEncoder().encode(fields.owner)
  const out = new Uint8Array(DOMAIN.byteLength + owner.byteLength + 16 + fields.body.byteLength)
  let at = 0
  out.set(DOMAIN, at); at += DOMAIN.byteLength
  out.set(owner, at); at += owner.byteLength
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  view.setBigUint64(at, BigInt(fields.version)); at += 8
  view.setBigInt64(at, BigInt(fields.timeMs)); at += 8
  out.set(fields.body, at)
  return out
}

/** The owner's public key from its peer id, or undefined when `owner` is not a canonical Ed25519 peer id. */
export function ownerPublicKey (owner: string): PublicKey | undefined {
  try {
    const id = peerIdFromString(owner)
    if (id.type !== 'Ed25519' || id.toString() !== owner) return undefined
    return id.publicKey
  } catch {
    return undefined
  }
}

/**
 * Sign a new catalog record with the owner's identity key. The owner is the
 * key's peer id; `timeMs` defaults to now.
 */
export async function signCatalog (privateKey: PrivateKey, fields: { version: number, body: Uint8Array, timeMs?: number }): Promise<CatalogRecord> {
  if (privateKey.type !== 'Ed25519') throw new TypeError(`catalogs are signed with an Ed25519 identity, got ${privateKey.type}`)
  const owner = peerIdFromPrivateKey(privateKey).toString()
  const unsigned = { owner, version: fields.version, timeMs: fields.timeMs ?? Date.now(), body: fields.body }
  const signature = await privateKey.sign(catalogSigningPayload(unsigned))
  return { ...unsigned, signature }
}

/** Is `record` signed by its owner? False for any malformed record; never throws. */
export async function verifyCatalog (record: CatalogRecord): Promise<boolean> {
  try {
    const key = ownerPublicKey(record.owner)
    if (key == null || record.signature.byteLength !== 64) return false
    return await key.verify(catalogSigningPayload(record), record.signature)
  } catch {
    return false
  }
}
