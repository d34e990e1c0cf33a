/**
 * Boundary conversions: decoded protobuf messages → validated domain values
 * (ShardHeaderFields, ShardRef) and back. Everything a peer sends passes here
 * before a handler or the storage sees it.
 */
import { pb } from '../../proto/index.js'
import { int64 as commonInt64 } from '../../proto/int64.js'
import {
  MAX_CURSOR_LENGTH,
  MAX_HEADER_BYTES,
  MAX_OWNER_LENGTH,
  MAX_SHARDS_PER_PACK,
  PACK_ID_BYTES,
  SHARD_HASH_BYTES
} from './constants.js'
import { InvalidShardRequestError, ShardTooLargeError } from './errors.js'
import type { ShardHeaderFields, ShardRef } from './index.js'

const SHA256_BYTES = 32

/** A 64-bit protobuf integer as a JS number (common/int64.ts); InvalidShardRequestError beyond Number.MAX_SAFE_INTEGER. */
export function int64 (value: unknown, what: string): number {
  return commonInt64(value, what, invalid)
}

const invalid = (message: string): Error => new InvalidShardRequestError(message)

function bytes (value: Uint8Array | null | undefined): Uint8Array {
  return value ?? new Uint8Array(0)
}

function checkOwner (owner: string): void {
  if (owner.length === 0 || owner.length > MAX_OWNER_LENGTH) {
    throw new InvalidShardRequestError(`owner must be 1..${MAX_OWNER_LENGTH} characters, got ${owner.length}`)
  }
}

function checkPackId (packId: Uint8Array): void {
  if (packId.byteLength !== PACK_ID_BYTES) {
    throw new InvalidShardRequestError(`pack id must be ${PACK_ID_BYTES} bytes, got ${packId.byteLength}`)
  }
}

function checkUint32 (value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new InvalidShardRequestError(`${what} is not a 32-bit unsigned integer`)
  }
}

/** Validate a shard reference (owner, pack id, index). */
export function toShardRef (ref: pb.ShardRef.$Properties | null | undefined): ShardRef {
  if (ref == null) {
    throw new InvalidShardRequestError('missing shard ref')
  }
  const owner = ref.owner ?? ''
  const packId = bytes(ref.packId)
  const index = ref.index ?? 0
  checkOwner(owner)
  checkPackId(packId)
  if (index >= MAX_SHARDS_PER_PACK) {
    throw new InvalidShardRequestError(`shard index ${index} is out of range`)
  }
  return { owner, packId, index }
}

/** Validate a list cursor. */
export function toCursor (after: string | null | undefined): string | undefined {
  if (after == null || after === '') return undefined
  if (after.length > MAX_CURSOR_LENGTH) {
    throw new InvalidShardRequestError(`cursor is longer than ${MAX_CURSOR_LENGTH} characters`)
  }
  return after
}

/**
 * Validate a decoded ShardHeader: identity fields, k/m/index, lengths within
 * `maxShardBytes`, digest sizes, and block hashes consistent with block size.
 */
export function toHeaderFields (header: pb.ShardHeader.$Properties | null | undefined, maxShardBytes: number): ShardHeaderFields {
  if (header == null) {
    throw new InvalidShardRequestError('missing shard header')
  }
  const fields: ShardHeaderFields = {
    version: header.version ?? 0,
    owner: header.owner ?? '',
    packId: bytes(header.packId),
    index: header.index ?? 0,
    k: header.k ?? 0,
    m: header.m ?? 0,
    packLength: int64(header.packLength, 'pack length'),
    shardLength: header.shardLength ?? 0,
    shardHash: bytes(header.shardHash),
    blockSize: header.blockSize ?? 0,
    blockHashes: bytes(header.blockHashes)
  }
  checkOwner(fields.owner)
  checkPackId(fields.packId)
  checkUint32(fields.k, 'k')
  checkUint32(fields.m, 'm')
  if (fields.k < 1 || fields.k + fields.m > MAX_SHARDS_PER_PACK) {
    throw new InvalidShardRequestError(`k=${fields.k} m=${fields.m} is not a valid code`)
  }
  if (fields.index >= fields.k + fields.m) {
    throw new InvalidShardRequestError(`shard index ${fields.index} is not below k+m=${fields.k + fields.m}`)
  }
  if (fields.packLength < 0) {
    throw new InvalidShardRequestError('pack length is not a non-negative integer')
  }
  if (fields.shardLength > maxShardBytes) {
    throw new ShardTooLargeError(`shard of ${fields.shardLength} bytes is over the limit of ${maxShardBytes}`)
  }
  if (fields.shardHash.byteLength !== SHARD_HASH_BYTES) {
    throw new InvalidShardRequestError(`shard hash must be ${SHARD_HASH_BYTES} bytes, got ${fields.shardHash.byteLength}`)
  }
  if (fields.blockSize === 0) {
    if (fields.blockHashes.byteLength !== 0) {
      throw new InvalidShardRequestError('block hashes without a block size')
    }
  } else {
    const blocks = Math.ceil(fields.shardLength / fields.blockSize)
    if (fields.blockHashes.byteLength !== blocks * SHA256_BYTES) {
      throw new InvalidShardRequestError(`expected ${blocks} block hashes for block size ${fields.blockSize}, got ${fields.blockHashes.byteLength / SHA256_BYTES}`)
    }
  }
  if (pb.ShardHeader.encode(fields).len > MAX_HEADER_BYTES) {
    throw new InvalidShardRequestError(`shard header is over ${MAX_HEADER_BYTES} bytes`)
  }
  return fields
}

/** Wire form of a header (copies nothing; the fields are already plain). */
export function fromHeaderFields (fields: ShardHeaderFields): pb.ShardHeader.$Properties {
  return { ...fields }
}
