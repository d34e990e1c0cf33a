/**
 * Blob loader: the read side. Finds a blob in the index, reads its byte range
 * straight from the data shards (the code is systematic: data shards are the
 * pack itself); when a peer is missing, slow or returns a shard that fails its
 * hash, the same byte range is read from any k other shards and rebuilt.
 * Every blob is then decrypted (AEAD tag checked), decompressed and its id
 * recomputed (HMAC) before it is handed out.
 *
 * Reads are hedged (the tail-at-scale idea): a read still unanswered after a
 * few times the usual latency (a frozen or overloaded peer keeps its TCP
 * connection up and answers nothing) starts the rebuild from other shards
 * beside it; the first to succeed wins and the other is aborted. A peer that
 * lost a hedge is read around for a while, so one frozen peer costs one
 * hedge delay, not one timeout per blob.
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
/** A read unanswered after HEDGE_FACTOR × the usual latency (within these bounds, ms) is hedged. */
export const HEDGE_MIN_MS = 500
export const HEDGE_MAX_MS = 5_000
const HEDGE_FACTOR = 4
/** A peer whose read lost to a hedge is read around for this long, in ms. */
export const SLOW_PEER_MS = 30_000

/** Aborted by the loader itself (a hedge won): no shard failure. */
class HedgeLostError extends Error {
  override name = 'HedgeLostError'
}

/** The first of `tries` to succeed (tries are started by the caller); rejects with the first error when all fail. */
async function firstSuccess<T> (tries: Array<Promise<T>>): Promise<T> {
  return await new Promise<T>((resolve, reject) => {
    let failed = 0
    let first: unknown
    for (const t of tries) {
      t.then(resolve, err => {
        if (failed++ === 0) first = err
        if (failed === tries.length) reject(first)
      })
    }
  })
}

export class BlobLoader {
  private readonly packs = new Map<string, pb.PackRecord>()
  /** "packId:index" of shards that failed a read: later reads rebuild around them. */
  private readonly badShards = new Map<string, string>()
  /** Packs rebuilt from parity at least once (stats.packDecodes). */
  private readonly rebuiltPacks = new Set<string>()
  private readonly codes = new Map<string, ErasureCode>()
  /** Cached shard windows for small reads, most recently used last. */
  private readonly windows = new Map<string, Promise<Uint8Array>>()
  /** Peers that lost a hedge: read around until the time (ms). */
  private readonly slowPeers = new Map<string, number>()
  /** Moving average of a successful shard read's latency, ms. */
  private latencyMs = 0
  readonly stats = { rangeReads: 0, packDecodes: 0, shardFailures: 0, hedges: 0, hedgesWon: 0 }

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
    if (this.badShards.has(key) || this.isSlow(this.locationOf(pack, index))) return await this.rebuildRange(pack, index, offset, length, options)
    const direct = new AbortController()
    const directSignal = options.signal === undefined ? direct.signal : AbortSignal.any([options.signal, direct.signal])
    const read = this.fetchRetrying(pack, index, offset, length, { signal: directSignal }).catch((err: unknown) => {
      if (options.signal?.aborted === true || direct.signal.aborted) throw err
      this.markBad(key, err as Error)
      return undefined // not answered: rebuild
    })
    const settledInTime = await Promise.race([read.then(() => true), this.delay(this.hedgeDelayMs(), options.signal).then(() => false)])
    if (settledInTime) {
      const bytes = await read
      return bytes ?? await this.rebuildRange(pack, index, offset, length, options)
    }
    // late: rebuild beside it; the first to succeed wins, the other is aborted
    this.stats.hedges++
    const rebuild = new AbortController()
    const rebuildSignal = options.signal === undefined ? rebuild.signal : AbortSignal.any([options.signal, rebuild.signal])
    const rebuilt = this.rebuildRange(pack, index, offset, length, { signal: rebuildSignal }).then(bytes => {
      this.stats.hedgesWon++
      this.markSlow(this.locationOf(pack, index))
      direct.abort(new HedgeLostError('a rebuild from other shards answered first'))
      return bytes
    })
    const directOk = read.then(bytes => {
      if (bytes === undefined) throw new Error('direct read failed')
      rebuild.abort(new HedgeLostError('the direct read answered first'))
      return bytes
    })
    try {
      return await firstSuccess([directOk, rebuilt])
    } catch (err) {
      // both failed: the rebuild's reason says more (which shards are missing)
      throw await rebuilt.then(() => err, (e: unknown) => e)
    }
  }

  private isSlow (store: string | undefined): boolean {
    if (store === undefined) return false
    const until = this.slowPeers.get(store)
    if (until === undefined) return false
    if (until > Date.now()) return true
    this.slowPeers.delete(store)
    return false
  }

  private markSlow (store: string | undefined): void {
    if (store !== undefined) this.slowPeers.set(store, Date.now() + SLOW_PEER_MS)
  }

  /** How long a read may take before it is hedged: a few times the usual latency, bounded. */
  hedgeDelayMs (): number {
    return Math.min(HEDGE_MAX_MS, Math.max(HEDGE_MIN_MS, Math.round(HEDGE_FACTOR * this.latencyMs)))
  }

  private async delay (ms: number, signal?: AbortSignal): Promise<void> {
    await new Promise<void>(resolve => {
      const t = setTimeout(resolve, ms)
      signal?.addEventListener('abort', () => { clearTimeout(t); resolve() }, { once: true })
    })
  }

  private async rebuildRange (pack: pb.PackRecord, index: number, offset: number, length: number, options: { signal?: AbortSignal }): Promise<Uint8Array> {
    const { k, m } = pack
    const h = hex(pack.id)
    // the kernel works on whole SHARD_ALIGN columns; shard lengths are multiples of it
    const from = Math.floor(offset / SHARD_ALIGN) * SHARD_ALIGN
    const to = Math.min(pack.shardLength, Math.ceil((offset + length) / SHARD_ALIGN) * SHARD_ALIGN)
    // Data shards first, then parity; shards known bad are skipped.
    const order = [...Array(k + m).keys()].filter(i => i !== index && !this.badShards.has(`${h}:${i}`))
      .sort((a, b) => Number(this.isSlow(this.locationOf(pack, a))) - Number(this.isSlow(this.locationOf(pack, b))))
    const { slices, good, reasons } = await this.readAnyK(pack, order, async (i, signal) => {
      try {
        return await this.fetchRetrying(pack, i, from, to - from, { signal })
      } catch (err) {
        // a straggler aborted because k others answered is no failure of its shard
        if (!signal.aborted) this.markBad(`${h}:${i}`, err as Error)
        throw err
      }
    }, options.signal)
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
      if (options.signal?.aborted !== true) this.shardFailed(pack, index, store ?? '?', err instanceof Error ? err : new Error(String(err)))
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
    const { slices: shards, good, reasons } = await this.readAnyK(pack, [...Array(k + m).keys()], async (index, signal) => await this.fetchShardRangeFromPeer(pack, index, 0, pack.shardLength, { signal }), options.signal)
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
   * Read shards in `order` until k were read: k at once, another for each that
   * fails, and another each time a hedge delay passes without k answers (a
   * frozen peer); once k are read the stragglers are aborted. Returns the k+m
   * slots (undefined where not read).
   */
  private async readAnyK (pack: pb.PackRecord, order: number[], read: (index: number, signal: AbortSignal) => Promise<Uint8Array>, outer?: AbortSignal): Promise<{ slices: Array<Uint8Array | undefined>, good: number, reasons: string[] }> {
    const { k, m } = pack
    const slices: Array<Uint8Array | undefined> = new Array(k + m).fill(undefined)
    const reasons: string[] = []
    const stragglers = new AbortController()
    const signal = outer === undefined ? stragglers.signal : AbortSignal.any([outer, stragglers.signal])
    let good = 0
    let next = 0
    let running = 0
    await new Promise<void>(resolve => {
      let timer: NodeJS.Timeout | undefined
      const finish = (): void => {
        clearTimeout(timer)
        stragglers.abort(new HedgeLostError('k shards were read'))
        resolve()
      }
      const start = (): void => {
        if (next >= order.length) return
        const index = order[next++]
        running++
        const begun = Date.now()
        read(index, signal).then(bytes => {
          if (good >= k) return
          slices[index] = bytes
          good++
          this.noteLatency(Date.now() - begun)
        }, err => {
          if (!signal.aborted) reasons.push(`shard ${index}: ${(err as Error).message}`)
          if (good + running - 1 < k) start() // one fewer on the way: ask another
        }).finally(() => {
          running--
          if (good >= k || (running === 0 && next >= order.length) || outer?.aborted === true) finish()
        })
      }
      const hedge = (): void => {
        timer = setTimeout(() => {
          if (good >= k || next >= order.length) return
          this.stats.hedges++
          start()
          hedge()
        }, this.hedgeDelayMs())
        timer.unref?.()
      }
      for (let i = 0; i < k && next < order.length; i++) start()
      if (running === 0) { finish(); return }
      hedge()
    })
    return { slices, good, reasons }
  }

  private noteLatency (ms: number): void {
    this.latencyMs = this.latencyMs === 0 ? ms : 0.8 * this.latencyMs + 0.2 * ms
  }
}
