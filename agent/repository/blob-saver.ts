/**
 * Blob saver: the dedup → compress → encrypt → pack stage of the backup path.
 *
 * `save()` computes the blob id (HMAC) at once and returns it; blobs already in
 * the index (or already queued in this run) are skipped. New blobs are
 * compressed on the thread pool and sealed with bounded concurrency, appended to
 * the open pack of their kind (data, or metadata: trees, snapshots, index), and
 * full packs go to the PackUploader. Every stage waits when the next one is
 * busy, so memory stays bounded whatever the input size.
 *
 * With a WorkerPool, blobs of POOL_MIN_BYTES or more are hashed and compressed on
 * its worker threads (each sent as a private copy, transferred): the same HMAC and
 * zstd, so the same ids and packs; smaller ones stay on this thread, where the
 * hand-off would cost more than the work.
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { compressBlob } from '../compress.js'
import { blobId } from '../crypto/keys.js'
import { PackWriter } from '../pack/pack.js'
import type { WorkerPool } from '../workers/pool.js'
import { Semaphore } from '../util/semaphore.js'
import { PackUploader } from './pack-uploader.js'
import type { UploadedPack } from './pack-uploader.js'
import type { Repository } from './repository.js'

/** Blobs at least this large go to the worker pool, when there is one. */
export const POOL_MIN_BYTES = 16 * 1024

/** A private copy of `data` whose whole ArrayBuffer can be transferred. */
function ownCopy (data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data)
}

export interface SaveResult {
  id: Uint8Array
  /** False when the blob was already stored (dedup). */
  added: boolean
}

export interface SaverStats {
  blobsNew: number
  bytesAdded: number
  bytesStored: number
  packsNew: number
}

type Kind = 'data' | 'meta'

export class BlobSaver {
  private readonly pending = new Set<string>()
  private readonly writers: Record<Kind, PackWriter>
  private readonly slots: Semaphore
  private readonly running = new Set<Promise<void>>()
  private failure: Error | undefined
  /** Settles once the pack being cut has an upload slot. */
  private cutting: Promise<void> | undefined
  readonly uploader: PackUploader
  readonly stats: SaverStats = { blobsNew: 0, bytesAdded: 0, bytesStored: 0, packsNew: 0 }

  /**
   * @param known hex ids of every blob in the index (the dedup set); updated as packs commit
   * @param concurrency blobs compressed and sealed at once
   * @param pool worker threads for hashing and compression (none: this thread and libuv's pool)
   */
  constructor (private readonly repo: Repository, private readonly known: Set<string>, concurrency = 2, private readonly pool?: WorkerPool) {
    this.slots = new Semaphore(concurrency)
    this.uploader = new PackUploader(repo, (p: UploadedPack) => {
      for (const b of p.blobs) {
        const h = hex(b.id as Uint8Array)
        this.known.add(h)
        this.pending.delete(h)
      }
      this.stats.bytesStored += p.storedBytes
      this.stats.packsNew++
    })
    this.writers = { data: this.newWriter('data'), meta: this.newWriter('meta') }
  }

  /**
   * Data packs are built in the uploader's pooled buffers; metadata packs
   * (trees, snapshots, index segments) are mostly small, so theirs grow.
   */
  private newWriter (kind: Kind): PackWriter {
    return kind === 'data' ? new PackWriter(n => this.uploader.packBuffer(n)) : new PackWriter()
  }

  has (id: Uint8Array): boolean {
    const h = hex(id)
    return this.known.has(h) || this.pending.has(h)
  }

  async save (type: pb.BlobType, data: Uint8Array): Promise<SaveResult> {
    this.throwIfFailed()
    const id = await this.blobId(data)
    const h = hex(id)
    if (this.known.has(h) || this.pending.has(h)) return { id, added: false }
    this.pending.add(h)
    await this.slots.acquire()
    const p = this.process(type, id, data)
      .catch(err => { this.failure ??= err as Error })
      .finally(() => { this.slots.release(); this.running.delete(p) })
    this.running.add(p)
    return { id, added: true }
  }

  private async blobId (data: Uint8Array): Promise<Uint8Array> {
    if (this.pool === undefined || data.byteLength < POOL_MIN_BYTES) return blobId(this.repo.keys.idKey, data)
    const copy = ownCopy(data)
    return await this.pool.run<Uint8Array>('blobId', [this.repo.keys.idKey, copy], [copy.buffer])
  }

  private async compress (data: Uint8Array): Promise<Awaited<ReturnType<typeof compressBlob>>> {
    const pool = this.pool
    if (pool === undefined || data.byteLength < POOL_MIN_BYTES || !this.zstdOnWorkers) return await compressBlob(data)
    return await compressBlob(data, async (d, level) => {
      const copy = ownCopy(d)
      return await pool.run<Uint8Array>('zstdCompress', [copy, level], [copy.buffer])
    })
  }

  /**
   * zstd stays on libuv's pool: the addon has no synchronous call, so on a worker
   * it hops to the same pool again (measured: +~5 CPU-s per GB in `npm run bench
   * -- --local`); the worker op is there for a synchronous codec.
   */
  private readonly zstdOnWorkers = false

  /** Close open packs and wait until everything saved so far is committed. */
  async flush (): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running])
    this.throwIfFailed()
    for (const kind of ['data', 'meta'] as const) {
      if (this.writers[kind].count > 0) await this.cut(kind)
    }
    await this.uploader.drain()
  }

  private throwIfFailed (): void {
    if (this.failure !== undefined) throw this.failure
  }

  private async process (type: pb.BlobType, id: Uint8Array, data: Uint8Array): Promise<void> {
    const c = await this.compress(data)
    const kind: Kind = type === pb.BlobType.BLOB_DATA ? 'data' : 'meta'
    // While a full pack waits for an upload slot, the next one is not filled:
    // at most one pack is filled or waits beside the uploads (memory bound).
    while (true) {
      while (this.cutting !== undefined) await this.cutting
      const w = this.writers[kind]
      if (w.fits(c.data.byteLength) || kind === 'meta') break
      await this.cut(kind)
    }
    const w = this.writers[kind]
    const before = w.bytes
    w.seal(this.repo.keys.dataKey, { id, type, plain: c.data, rawLength: data.byteLength, compression: c.compression })
    this.stats.blobsNew++
    this.stats.bytesAdded += w.bytes - before
    if (w.bytes >= this.repo.config.packBytes) await this.cut(kind)
  }

  private async cut (kind: Kind): Promise<void> {
    const w = this.writers[kind]
    this.writers[kind] = this.newWriter(kind)
    const submitted = this.uploader.submit(() => w.finish(this.repo.keys.dataKey, this.repo.config.k))
    const gate = submitted.then(() => {}, () => {})
    this.cutting = gate
    try {
      await submitted
    } finally {
      if (this.cutting === gate) this.cutting = undefined
    }
  }
}
