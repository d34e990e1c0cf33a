/**
 * The auditor's checks of an answer (client side; uses the shard format of
 * store/shard-format.ts): the header decodes and is consistent (its
 * shard_hash is the SHA-256 of its block hashes), it names the asked shard,
 * its shard_hash is the one the auditor expects, and the block has the right
 * length and hashes to the header's block hash.
 */
import { timingSafeEqual } from 'node:crypto'
import { HASH_BYTES, decodeShardHeader, verifyBlocks } from '../../store/shard-format.js'
import type { AuditShardRef } from './index.js'

/** Why a block failed its check (the message says how). */
export interface AuditVerifyFailure { ok: false, reason: 'corrupt', message: string }

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b)
}

/**
 * Check a held block against the expected shard hash. Returns `{ ok: true }`
 * or a 'corrupt' failure; never throws.
 */
export function verifyAuditBlock (ref: AuditShardRef, block: number, expectedShardHash: Uint8Array, headerBytes: Uint8Array, data: Uint8Array): { ok: true } | AuditVerifyFailure {
  const corrupt = (message: string): AuditVerifyFailure => ({ ok: false, reason: 'corrupt', message })
  if (expectedShardHash.byteLength !== HASH_BYTES) {
    throw new RangeError(`expected shard hash must be ${HASH_BYTES} bytes`)
  }
  let header
  try {
    header = decodeShardHeader(headerBytes)
  } catch (err) {
    return corrupt(`header held is not valid: ${(err as Error).message}`)
  }
  if (header.owner !== ref.owner || !equal(header.packId, ref.packId) || header.index !== ref.index) {
    return corrupt('header held names a different shard')
  }
  if (!equal(header.shardHash, expectedShardHash)) {
    return corrupt('shard hash of the header held differs from the expected one')
  }
  const blocks = Math.ceil(header.shardLength / header.blockSize)
  if (block >= blocks) {
    return corrupt(`block ${block} is past the end of a ${blocks}-block shard`)
  }
  const length = Math.min(header.blockSize, header.shardLength - block * header.blockSize)
  if (data.byteLength !== length) {
    return corrupt(`block ${block} is ${data.byteLength} bytes, expected ${length}`)
  }
  try {
    verifyBlocks(header, block, data)
  } catch (err) {
    return corrupt((err as Error).message)
  }
  return { ok: true }
}
