/**
 * An in-memory ShardStorage for tests and benchmarks: verifies length and
 * hashes as the disk store does (with block hashes, every block and the shard
 * hash over the block hash list, store/shard-format.ts; without, blockSize 0,
 * the SHA-256 of the data), charges each member's usage on commit for
 * a simple quota (no reservations),
 * and can run in `discard` mode (verify, count, keep nothing).
 */
import { createHash } from 'node:crypto'
import { ShardConflictError, ShardHashMismatchError, ShardLengthMismatchError, ShardNotFoundError } from '../../protocol/shard/index.js'
import type { ShardHeaderFields, ShardListPage, ShardRef, ShardStorage } from '../../protocol/shard/index.js'
import { BlockHasher } from '../../store/shard-format.js'

interface Held {
  header: ShardHeaderFields
  data: Uint8Array
}

export interface MemoryShardStorageInit {
  /** Bytes each peer may store; default unlimited. */
  quotaBytes?: number
  /** Verify and count but keep nothing (benchmarks). */
  discard?: boolean
  /** Skip the SHA-256 check (benchmark analysis only: what verification costs). */
  skipHash?: boolean
  /** Wait this long after each received chunk (a slow disk), in ms. */
  delayPerChunkMs?: number
}

function key (ref: ShardRef): string {
  return `${ref.owner}\u0000${Buffer.from(ref.packId).toString('hex')}.${String(ref.index).padStart(3, '0')}`
}

function hashMatches (hash: BlockHasher | ReturnType<typeof createHash>, header: ShardHeaderFields): boolean {
  if (hash instanceof BlockHasher) {
    const { blockHashes, shardHash } = hash.digest()
    return Buffer.from(blockHashes).equals(header.blockHashes) && Buffer.from(shardHash).equals(header.shardHash)
  }
  return hash.digest().equals(header.shardHash)
}

export class MemoryShardStorage implements ShardStorage {
  readonly shards = new Map<string, Held>()
  readonly usage = new Map<string, number>()
  /** Calls of put() and bytes put() consumed, for assertions. */
  putCalls = 0
  bytesConsumed = 0
  bytesStored = 0
  private readonly quotaBytes: number
  private readonly discard: boolean
  private readonly delayPerChunkMs: number
  private readonly skipHash: boolean

  constructor (init: MemoryShardStorageInit = {}) {
    this.quotaBytes = init.quotaBytes ?? Number.POSITIVE_INFINITY
    this.discard = init.discard ?? false
    this.delayPerChunkMs = init.delayPerChunkMs ?? 0
    this.skipHash = init.skipHash ?? false
  }

  async put (header: ShardHeaderFields, data: AsyncIterable<Uint8Array>, options: { signal: AbortSignal, peer: string }): Promise<{ existed: boolean }> {
    this.putCalls++
    const hash = header.blockSize > 0 ? new BlockHasher(header.blockSize) : createHash('sha256')
    const chunks: Uint8Array[] = []
    let length = 0
    for await (const chunk of data) {
      options.signal.throwIfAborted()
      if (!this.skipHash) hash.update(chunk)
      length += chunk.byteLength
      this.bytesConsumed += chunk.byteLength
      if (!this.discard) chunks.push(Uint8Array.from(chunk))
      if (this.delayPerChunkMs > 0) await new Promise(resolve => setTimeout(resolve, this.delayPerChunkMs))
    }
    if (length !== header.shardLength) {
      throw new ShardLengthMismatchError(`got ${length} bytes, header says ${header.shardLength}`)
    }
    if (!this.skipHash && !hashMatches(hash, header)) {
      throw new ShardHashMismatchError('shard data does not match header.shard_hash')
    }
    this.bytesStored += length
    if (this.discard) return { existed: false }
    const k = key(header)
    const held = this.shards.get(k)
    if (held != null) {
      if (Buffer.from(held.header.shardHash).equals(header.shardHash)) return { existed: true }
      throw new ShardConflictError('a different shard is held under this ref')
    }
    this.shards.set(k, { header: { ...header }, data: Buffer.concat(chunks) })
    this.usage.set(options.peer, (this.usage.get(options.peer) ?? 0) + length)
    return { existed: false }
  }

  async getHeader (ref: ShardRef): Promise<ShardHeaderFields | undefined> {
    return this.shards.get(key(ref))?.header
  }

  async * read (ref: ShardRef, offset: number, length: number, options: { signal: AbortSignal }): AsyncIterable<Uint8Array> {
    const held = this.shards.get(key(ref))
    if (held == null) throw new ShardNotFoundError(`shard ${ref.index} is not held here`)
    const step = 256 * 1024
    for (let at = offset; at < offset + length; at += step) {
      options.signal.throwIfAborted()
      yield held.data.subarray(at, Math.min(at + step, offset + length))
    }
  }

  async has (refs: ShardRef[]): Promise<boolean[]> {
    return refs.map(ref => this.shards.has(key(ref)))
  }

  async list (owner: string, after: string | undefined, limit: number): Promise<ShardListPage> {
    const prefix = `${owner}\u0000`
    const keys = [...this.shards.keys()].filter(k => k.startsWith(prefix)).sort()
      .filter(k => after == null || k.slice(prefix.length) > after)
    const page = keys.slice(0, limit)
    const entries = page.map(k => {
      const h = (this.shards.get(k) as Held).header
      return { packId: h.packId, index: h.index, length: h.shardLength }
    })
    return keys.length > limit ? { entries, next: page[page.length - 1].slice(prefix.length) } : { entries }
  }

  async delete (ref: ShardRef): Promise<boolean> {
    return this.shards.delete(key(ref))
  }

  async quotaAllows (peer: string, bytes: number): Promise<boolean> {
    return (this.usage.get(peer) ?? 0) + bytes <= this.quotaBytes
  }
}
