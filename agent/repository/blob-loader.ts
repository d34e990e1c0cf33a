/**
 * Blob loader: the read side. Finds a blob in the index, reads its byte range
 * straight from the data shards (the code is systematic: data shards are the
 * pack itself); when a peer is missing, slow or returns a shard that fails its
 * hash, the same byte range is read from any k other shards and rebuilt.
 * Every blob is then decrypted (AEAD tag checked), decompressed and its id
 * recomputed (HMAC) before it is handed out.
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { decompressBlob } from '../compress.js'
import { open } from '../crypto/aead.js'
import { blobId } from '../crypto/keys.js'
import { SHARD_ALIGN, createErasureCode, joinShards } from '../erasure/index.js'
import type { ErasureCode } from '../erasure/index.js'
import { packIdOf } from '../pack/pack.js'
import { shardFailureAction } from '../repair/shard-failure.js'
import type { ShardFailure } from '../repair/shard-failure.js'
import { PeerUnreachableError } from '../../store/shard-errors.js'
import type { Repository } from './repository.js'

export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError'
}

/** Fewer than k good shards of a pack could be read. */
export class PackUnavailableError extends Error {
  override name = 'PackUnavailableError'
}

export class BlobCorruptError extends Error {
  override name = 'BlobCorruptError'
}

export interface LoaderEvents {
  /**
   * A shard could not be used (missing peer, read error, bad hash), with the
   * shard peer's error; shardFailureAction(failure.error) says whether it is
   * repair material.
   */
  onShardFailure?: (failure: ShardFailure) => void
}

/** Reads shorter than this are served from a cached window of the shard. */
const WINDOW_SMALL_READ = 256 * 1024
/** Window size (a multiple of the 64 KiB verification block) and how many are kept (16 MiB). */
const WINDOW = 1024 * 1024
const WINDOW_CACHE = 16

export class BlobLoader {
  private readonly packs = new Map<string, pb.PackRecord>()
  /** "packId:index" of shards that failed a read: later reads rebuild around them. */
  private readonly badShards = new Map<string, string>()
  /** Packs rebuilt from parity at least once (stats.packDecodes). */
  private readonly rebuiltPacks = new Set<string>()
  private readonly codes = new Map<string, ErasureCode>()
  /** Cached shard windows for small reads, most recently used last. */
  private readonly windows = new Map<string, Promise<Uint8Array>>()
  readonly stats = { rangeReads: 0, packDecodes: 0, shardFailures: 0 }

  constructor (private readonly repo: Repository, private readonly events: LoaderEvents = {}) {}

  async record (id: Uint8Array): Promise<pb.BlobRecord> {
    const rec = await this.repo.index.getBlob(id)
    if (rec === undefined) throw new BlobNotFoundError(`blob ${hex(id).slice(0, 16)} is not in the index`)
    return rec
  }

  /** Load and verify one blob. */
  async load (id: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const rec = await this.record(id)
    const pack = await this.packRecord(rec.packId)
    const sealed = await this.readPackRange(pack, rec.offset, rec.length, options)
    let plain: Uint8Array
    try {
      plain = open(this.repo.keys.dataKey, sealed, id)
    } catch (err) {
      throw new BlobCorruptError(`blob ${hex(id).slice(0, 16)}: ${(err as Error).message}`)
    }
    const data = await decompressBlob(plain, rec.compression, rec.rawLength)
    if (!Buffer.from(blobId(this.repo.keys.idKey, data)).equals(id)) {
      throw new BlobCorruptError(`blob ${hex(id).slice(0, 16)}: content does not match its id`)
    }
    return data
  }

  async packRecord (packId: Uint8Array): Promise<pb.PackRecord> {
    const h = hex(packId)
    let p = this.packs.get(h)
    if (p === undefined) {
      p = await this.repo.index.getPack(packId)
      if (p === undefined) throw new BlobNotFoundError(`pack ${h.slice(0, 16)} is not in the index`)
      this.packs.set(h, p)
    }
    return p
  }

  private locationOf (pack: pb.PackRecord, index: number): string | undefined {
    return pack.locations.find(l => l.index === index)?.store ?? undefined
  }

  /** Bytes [offset, offset+length) of a pack, from the data shards that hold them. */
  async readPackRange (pack: pb.PackRecord, offset: number, length: number, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const sl = pack.shardLength
    const parts: Array<Promise<Uint8Array>> = []
    for (let pos = offset, end = offset + length; pos < end;) {
      const i = Math.floor(pos / sl)
      const inShard = pos - i * sl
      const take = Math.min(sl - inShard, end - pos)
      parts.push(this.readShardRange(pack, i, inShard, take, options))
      pos += take
    }
    this.stats.rangeReads += parts.length
    const got = await Promise.all(parts)
    return got.length === 1 ? got[0] : Buffer.concat(got)
  }

  /**
   * A small read (a small file's blob) fetches the whole aligned window of the
   * shard around it, kept in a small cache: blobs are packed in backup order,
   * which is restore order, so the next small blobs come from memory instead of
   * one network round trip each. Large reads go straight to the peer.
   */
  private async readShardRange (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    if (length >= WINDOW_SMALL_READ) return await this.fetchShardRange(pack, index, offset, length, options)
    const start = Math.floor(offset / WINDOW) * WINDOW
    const end = Math.min(start + WINDOW, pack.shardLength)
    if (offset + length > end) return await this.fetchShardRange(pack, index, offset, length, options)
    const key = `${hex(pack.id)}:${index}:${start}`
    let w = this.windows.get(key)
    if (w === undefined) {
      w = this.fetchShardRange(pack, index, start, end - start, options)
      w.catch(() => this.windows.delete(key))
      this.windows.set(key, w)
      while (this.windows.size > WINDOW_CACHE) this.windows.delete(this.windows.keys().next().value as string)
    } else {
      // most recently used last
      this.windows.delete(key)
      this.windows.set(key, w)
    }
    const bytes = await w
    return bytes.subarray(offset - start, offset - start + length)
  }

  /**
   * Bytes of data shard `index`: from its peer, or — when that shard is
   * missing, slow or bad — rebuilt from the same range of any k other shards.
   * The code works column by column, so a byte range needs only that range of
   * k shards, never the whole pack.
   */
  private async fetchShardRange (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    const key = `${hex(pack.id)}:${index}`
    if (!this.badShards.has(key)) {
      try {
        return await this.fetchRetrying(pack, index, offset, length, options)
      } catch (err) {
        if (options.signal?.aborted === true) throw err
        this.markBad(key, err as Error)
      }
    }
    return await this.rebuildRange(pack, index, offset, length, options)
  }

  private async rebuildRange (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    const { k, m } = pack
    const h = hex(pack.id)
    // the kernel works on whole SHARD_ALIGN columns; shard lengths are multiples of it
    const from = Math.floor(offset / SHARD_ALIGN) * SHARD_ALIGN
    const to = Math.min(pack.shardLength, Math.ceil((offset + length) / SHARD_ALIGN) * SHARD_ALIGN)
    // Data shards first, then parity; shards known bad are skipped.
    const order = [...Array(k + m).keys()].filter(i => i !== index && !this.badShards.has(`${h}:${i}`))
    const { slices, good, reasons } = await this.readAnyK(pack, order, async i => {
      try {
        return await this.fetchRetrying(pack, i, from, to - from, options)
      } catch (err) {
        if (options.signal?.aborted !== true) this.markBad(`${h}:${i}`, err as Error)
        throw err
      }
    })
    options.signal?.throwIfAborted()
    if (good < k) {
      const why = [...Array(k + m).keys()].map(i => this.badShards.has(`${h}:${i}`) ? `shard ${i}: ${this.badShards.get(`${h}:${i}`) ?? ''}` : undefined).filter(x => x !== undefined)
      throw new PackUnavailableError(`pack ${h.slice(0, 16)} cannot be read: only ${good} of the ${k} shards needed are available (${[...new Set([...why, ...reasons])].join('; ')})`)
    }
    if (!this.rebuiltPacks.has(h)) { this.rebuiltPacks.add(h); this.stats.packDecodes++ }
    const all = this.codeFor(k, m).reconstruct(slices)
    return all[index].subarray(offset - from, offset - from + length)
  }

  /** A read from the shard's peer, tried once more after a passing failure (a timeout, a cut stream). */
  private async fetchRetrying (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    try {
      return await this.fetchShardRangeFromPeer(pack, index, offset, length, options)
    } catch (err) {
      if (options.signal?.aborted === true || shardFailureAction(err) !== 'retry') throw err
      await new Promise(resolve => setTimeout(resolve, 200))
      return await this.fetchShardRangeFromPeer(pack, index, offset, length, options)
    }
  }

  /**
   * A shard that is missing, corrupt or on an unreachable peer is skipped from
   * now on (a lasting failure); one that failed for a passing reason (a
   * timeout, a busy peer: shardFailureAction says 'retry') is tried again by
   * the next read.
   */
  private markBad (key: string, err: Error): void {
    if (shardFailureAction(err) !== 'retry') this.badShards.set(key, err.message)
  }

  private codeFor (k: number, m: number): ErasureCode {
    const key = `${k}+${m}`
    let c = this.codes.get(key)
    if (c === undefined) { c = createErasureCode(k, m); this.codes.set(key, c) }
    return c
  }

  private async fetchShardRangeFromPeer (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    const store = this.locationOf(pack, index)
    const peer = store === undefined ? undefined : this.repo.peers.get(store)
    try {
      if (peer === undefined || store === undefined) throw new PeerUnreachableError(`no reachable peer holds shard ${index}`)
      return await peer.read(this.repo.owner, pack.id, index, offset, length, { signal: options.signal, expectHash: pack.shardHashes[index] })
    } catch (err) {
      this.shardFailed(pack, index, store ?? '?', err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }

  private shardFailed (pack: pb.PackRecord, index: number, store: string, error: Error): void {
    this.stats.shardFailures++
    this.events.onShardFailure?.({ packId: pack.id, index, store, error })
  }

  /**
   * Fetch any k good shards and decode the whole pack, checked against its id
   * (for a pack read whole, e.g. an index pack during a recovery; blob reads
   * rebuild only the ranges they need).
   */
  async decodePack (pack: pb.PackRecord, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    this.stats.packDecodes++
    const { k, m } = pack
    // Data shards first (no decoding needed if all are good), then parity.
    const { slices: shards, good, reasons } = await this.readAnyK(pack, [...Array(k + m).keys()], async index => await this.fetchShardRangeFromPeer(pack, index, 0, pack.shardLength, options))
    if (good < k) {
      throw new PackUnavailableError(`pack ${hex(pack.id).slice(0, 16)} cannot be read: only ${good} of the ${k} shards needed are available (${reasons.join('; ')})`)
    }
    const all = good === k && shards.slice(0, k).every(s => s !== undefined) ? shards as Uint8Array[] : this.codeFor(k, m).reconstruct(shards)
    const bytes = joinShards(all.slice(0, k), Number(pack.length))
    if (!Buffer.from(packIdOf(bytes)).equals(pack.id)) {
      throw new PackUnavailableError(`pack ${hex(pack.id).slice(0, 16)}: decoded bytes do not match the pack id`)
    }
    return bytes
  }

  /**
   * Read shards in `order` until k were read: k at once, then as many more as
   * failed. Returns the k+m slots (undefined where not read).
   */
  private async readAnyK (pack: pb.PackRecord, order: number[], read: (index: number) => Promise<Uint8Array>): Promise<{ slices: Array<Uint8Array | undefined>, good: number, reasons: string[] }> {
    const { k, m } = pack
    const slices: Array<Uint8Array | undefined> = new Array(k + m).fill(undefined)
    const reasons: string[] = []
    let good = 0
    for (let start = 0; start < order.length && good < k;) {
      const batch = order.slice(start, start + (k - good))
      start += batch.length
      await Promise.all(batch.map(async index => {
        try {
          slices[index] = await read(index)
          good++
        } catch (err) {
          reasons.push(`shard ${index}: ${(err as Error).message}`)
        }
      }))
    }
    return { slices, good, reasons }
  }
}
