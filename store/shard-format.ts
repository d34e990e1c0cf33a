/**
 * Shard headers and their hashes.
 *
 * A shard's data is cut into blocks of `block_size` bytes (64 KiB); the header
 * lists the SHA-256 of every block, and `shard_hash` is the SHA-256 of that list.
 * So one 32-byte hash (kept by the owner in its index) pins the whole shard, and
 * any byte range can be checked by reading only the blocks that cover it — range
 * reads for restore and random-block audits need no full read.
 */
import { createHash } from 'node:crypto'
import { pb, decode, encode, limits, MAX_SHARDS_PER_PACK, MAX_SHARD_BYTES } from '../proto/index.js'
import { ShardCorruptError } from './shard-errors.js'

export const BLOCK_SIZE = 64 * 1024
export const HASH_BYTES = 32
export const SHARD_MAGIC = Buffer.from('MBS1')

export type ShardHeader = pb.IShardHeader

/** Incremental block hasher: feed data in any slices. */
export class BlockHasher {
  private readonly hashes: Buffer[] = []
  private current = createHash('sha256')
  private inBlock = 0
  length = 0

  constructor (private readonly blockSize = BLOCK_SIZE) {}

  update (data: Uint8Array): void {
    let off = 0
    while (off < data.byteLength) {
      const take = Math.min(this.blockSize - this.inBlock, data.byteLength - off)
      this.current.update(data.subarray(off, off + take))
      this.inBlock += take
      off += take
      if (this.inBlock === this.blockSize) {
        this.hashes.push(this.current.digest())
        this.current = createHash('sha256')
        this.inBlock = 0
      }
    }
    this.length += data.byteLength
  }

  /** Block hashes concatenated, and the shard hash over them. */
  digest (): { blockHashes: Uint8Array, shardHash: Uint8Array } {
    if (this.inBlock > 0 || this.hashes.length === 0) {
      this.hashes.push(this.current.digest())
      this.inBlock = 0
    }
    const blockHashes = Buffer.concat(this.hashes)
    return { blockHashes, shardHash: createHash('sha256').update(blockHashes).digest() }
  }
}

export interface ShardHeaderInit {
  owner: string
  packId: Uint8Array
  index: number
  k: number
  m: number
  packLength: number
}

/** Build the header for a shard's data. */
export function makeShardHeader (init: ShardHeaderInit, data: Uint8Array): pb.IShardHeader {
  const h = new BlockHasher()
  h.update(data)
  const { blockHashes, shardHash } = h.digest()
  return {
    version: 1,
    owner: init.owner,
    packId: init.packId,
    index: init.index,
    k: init.k,
    m: init.m,
    packLength: init.packLength,
    shardLength: data.byteLength,
    shardHash,
    blockSize: BLOCK_SIZE,
    blockHashes
  }
}

const OWNER_RE = /^[A-Za-z0-9_-]{1,128}$/

/** Check a header's fields and its internal hash consistency. */
export function validateShardHeader (h: pb.IShardHeader): void {
  const fail = (why: string): never => { throw new ShardCorruptError(`invalid shard header: ${why}`) }
  if (h.version !== 1) fail(`version ${String(h.version)}`)
  if (typeof h.owner !== 'string' || !OWNER_RE.test(h.owner)) fail('bad owner')
  if (h.packId == null || h.packId.byteLength !== 32) fail('pack id must be 32 bytes')
  const k = h.k ?? 0
  const m = h.m ?? 0
  if (k < 1 || k + m > MAX_SHARDS_PER_PACK) fail(`k=${k} m=${m}`)
  if ((h.index ?? -1) < 0 || (h.index ?? 0) >= k + m) fail(`index ${String(h.index)}`)
  const len = Number(h.shardLength ?? 0)
  if (len < 1 || len > MAX_SHARD_BYTES) fail(`shard length ${len}`)
  const bs = h.blockSize ?? 0
  if (bs < 4096 || bs > 16 * 1024 * 1024) fail(`block size ${bs}`)
  const blocks = Math.ceil(len / bs)
  if (h.blockHashes == null || h.blockHashes.byteLength !== blocks * HASH_BYTES) fail('block hash list has the wrong length')
  if (h.shardHash == null || h.shardHash.byteLength !== HASH_BYTES) fail('shard hash must be 32 bytes')
  const root = createHash('sha256').update(h.blockHashes as Uint8Array).digest()
  if (!root.equals(h.shardHash as Uint8Array)) fail('shard hash does not match the block hashes')
  const packLength = Number(h.packLength ?? 0)
  if (packLength < 0 || packLength > len * k) fail(`pack length ${packLength}`)
}

/** Verify the blocks of `data`, which starts at block `firstBlock` of the shard. */
export function verifyBlocks (h: pb.IShardHeader, firstBlock: number, data: Uint8Array): void {
  const bs = h.blockSize as number
  const hashes = h.blockHashes as Uint8Array
  for (let off = 0, b = firstBlock; off < data.byteLength; off += bs, b++) {
    const got = createHash('sha256').update(data.subarray(off, Math.min(off + bs, data.byteLength))).digest()
    if (!got.equals(hashes.subarray(b * HASH_BYTES, (b + 1) * HASH_BYTES))) {
      throw new ShardCorruptError(`shard ${h.owner ?? ''}/${Buffer.from(h.packId as Uint8Array).toString('hex').slice(0, 16)}.${h.index ?? 0}: block ${b} does not match its hash`)
    }
  }
}

export function encodeShardHeader (h: pb.IShardHeader): Uint8Array {
  return encode(pb.ShardHeader, h)
}

export function decodeShardHeader (bytes: Uint8Array): pb.ShardHeader {
  const h = decode(pb.ShardHeader, bytes, limits.shardHeader, 'shard header')
  validateShardHeader(h)
  return h
}
