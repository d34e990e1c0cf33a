/**
 * The WAL archive: segments PostgreSQL's archive_command pushes, stored in the
 * owner's repository, and fetched back by restore_command.
 *
 * Words: a *batch* is the segments pushed within FLUSH_MS of the first, and
 * those that arrive while the batch before commits (group commit), up to
 * MAX_BATCH of them: written to a staging directory and backed up as one
 * snapshot through the ordinary pipeline (so small files share packs: never a
 * pack per segment). The snapshot is tagged `pg-wal`, `pg-cluster:<name>` and
 * one `wal:<file name>:<sha-256>` per file, so lookups read only the index.
 * A push is answered once its batch's snapshot is committed, i.e. its packs
 * are stored to policy; an identical file pushed again is answered at once;
 * a different file under a stored name is a WalConflictError. PostgreSQL
 * archives one file at a time: `wal-push` pushes the files marked ready after
 * it too (read-ahead, as pgBackRest and WAL-G do), which is what fills batches.
 */
import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { backup } from '../backup/archiver.js'
import type { IndexDb } from '../../store/index-db.js'
import type { Repository } from '../repository/repository.js'
import { dumpFile } from '../restore/dump.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { walFileKind } from './wal-names.js'

/** A batch is committed at most this long after its first segment arrived, in ms. */
export const FLUSH_MS = 50
/** At most this many files in one batch. */
export const MAX_BATCH = 16
/** Largest WAL file accepted, in bytes (PostgreSQL's largest wal_segment_size is 1 GiB; 64 MiB here). */
export const MAX_WAL_FILE_BYTES = 64 * 1024 * 1024

export const WAL_TAG = 'pg-wal'

export class WalConflictError extends Error {
  override name = 'WalConflictError'
}

export class WalNotFoundError extends Error {
  override name = 'WalNotFoundError'
}

export class WalIntegrityError extends Error {
  override name = 'WalIntegrityError'
}

export interface WalArchiveComponents {
  index: IndexDb
  /** Runs fn with the repository open (one repository operation at a time). */
  withRepository: <T>(fn: (repo: Repository) => Promise<T>) => Promise<T>
  /** After a batch's snapshot is committed (catalog, announce). */
  afterCommit: (repo: Repository) => Promise<void>
  /** Where batches are staged (emptied after each). */
  stagingDir: string
  /** The cluster name (tag pg-cluster:<name>). */
  cluster: string
  /** Successes and failures, for status and metrics. */
  onPushed?: (files: number) => void
  onFailed?: () => void
}

export interface WalPushResult {
  name: string
  /** false: an identical file was already stored. */
  stored: boolean
  bytes: number
  /** The snapshot (batch) holding it. */
  snapshot: string
}

export interface StoredWal { name: string, sha256: string, snapshot: SnapshotInfo }

interface Pending { name: string, bytes: Uint8Array, sha256: string, resolve: (r: WalPushResult) => void, reject: (err: Error) => void }

function sha256Hex (b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex')
}

export class WalArchive {
  private pending: Pending[] = []
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()
  private batchSeq = 0
  /** Newest successful push, ms since the epoch (0: none since start). */
  lastSuccessMs = 0
  failures = 0

  constructor (private readonly c: WalArchiveComponents) {}

  get clusterTag (): string { return `pg-cluster:${this.c.cluster}` }

  /** Every stored WAL file of this cluster by name (the newest copy of each). */
  async stored (): Promise<Map<string, StoredWal>> {
    const out = new Map<string, StoredWal>()
    for (const s of await listSnapshots({ index: this.c.index })) {
      if (!s.tags.includes(WAL_TAG) || !s.tags.includes(this.clusterTag)) continue
      for (const t of s.tags) {
        if (!t.startsWith('wal:')) continue
        const [, name, sha256] = t.split(':')
        if (name !== undefined && sha256 !== undefined) out.set(name, { name, sha256, snapshot: s })
      }
    }
    return out
  }

  /** For status and metrics: the newest archived file's time (this run's pushes, else the newest batch's snapshot) and the failures since start. */
  async figures (): Promise<{ cluster: string, lastSuccessMs: number, failures: number }> {
    let newest = this.lastSuccessMs
    for (const w of (await this.stored()).values()) newest = Math.max(newest, w.snapshot.time.getTime())
    return { cluster: this.c.cluster, lastSuccessMs: newest, failures: this.failures }
  }

  /** Stores one WAL file; resolves once its batch is committed. */
  async push (name: string, bytes: Uint8Array): Promise<WalPushResult> {
    walFileKind(name)
    if (bytes.byteLength > MAX_WAL_FILE_BYTES) throw new WalConflictError(`${name}: ${bytes.byteLength} bytes, more than the ${MAX_WAL_FILE_BYTES} a WAL file may have`)
    const sha256 = sha256Hex(bytes)
    const have = (await this.stored()).get(name)
    if (have !== undefined) {
      if (have.sha256 !== sha256) { this.fail(); throw new WalConflictError(`${name} is already archived with different contents (sha-256 ${have.sha256.slice(0, 16)}…, pushed ${sha256.slice(0, 16)}…): refusing to overwrite it`) }
      this.lastSuccessMs = Date.now()
      return { name, stored: false, bytes: bytes.byteLength, snapshot: have.snapshot.idHex }
    }
    const queued = this.pending.find(p => p.name === name)
    if (queued !== undefined && queued.sha256 !== sha256) throw new WalConflictError(`${name} is being archived with different contents: refusing the second one`)
    return await new Promise<WalPushResult>((resolve, reject) => {
      this.pending.push({ name, bytes, sha256, resolve, reject })
      if (this.pending.length >= MAX_BATCH) this.flushSoon(0)
      else this.flushSoon(FLUSH_MS)
    })
  }

  private fail (): void {
    this.failures++
    this.c.onFailed?.()
  }

  private flushSoon (ms: number): void {
    if (this.timer !== undefined && ms > 0) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.flushing = this.flushing.then(async () => { await this.flush() })
    }, ms)
  }

  /** Commits the pending files as one batch (one snapshot). */
  private async flush (): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH)
    if (this.pending.length > 0) this.flushSoon(0)
    if (batch.length === 0) return
    // one copy per name (an identical second push waits for the same batch)
    const files = new Map<string, Pending[]>()
    for (const p of batch) files.set(p.name, [...(files.get(p.name) ?? []), p])
    const dir = join(this.c.stagingDir, `${Date.now()}-${process.pid}-${this.batchSeq++}`)
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      for (const [name, ps] of files) await writeFile(join(dir, name), ps[0].bytes, { mode: 0o600 })
      const snapshot = await this.c.withRepository(async repo => {
        const res = await backup(repo, { paths: [dir], type: 'full', tags: [WAL_TAG, this.clusterTag, ...[...files.values()].map(ps => `wal:${ps[0].name}:${ps[0].sha256}`)] })
        if (res.warnings.length > 0) throw new Error(`the WAL batch was not read whole: ${res.warnings.join('; ')}`)
        await this.c.afterCommit(repo)
        return Buffer.from(res.id).toString('hex')
      })
      this.lastSuccessMs = Date.now()
      this.c.onPushed?.(files.size)
      for (const ps of files.values()) for (const p of ps) p.resolve({ name: p.name, stored: true, bytes: p.bytes.byteLength, snapshot })
    } catch (err) {
      this.fail()
      for (const p of batch) p.reject(err as Error)
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => {})
    }
  }

  /** A stored WAL file's bytes, checked against the sha-256 it was stored with. */
  async fetch (name: string): Promise<Uint8Array> {
    walFileKind(name)
    const have = (await this.stored()).get(name)
    if (have === undefined) throw new WalNotFoundError(`${name} is not in the WAL archive of cluster ${this.c.cluster}`)
    const chunks: Uint8Array[] = []
    let size = 0
    await this.c.withRepository(async repo => {
      await dumpFile(repo, have.snapshot, async b => {
        size += b.byteLength
        if (size > MAX_WAL_FILE_BYTES) throw new WalIntegrityError(`${name}: more than ${MAX_WAL_FILE_BYTES} bytes stored`)
        chunks.push(Buffer.from(b))
      }, { path: join(have.snapshot.paths[0] ?? '/', name) })
    })
    const bytes = Buffer.concat(chunks)
    if (sha256Hex(bytes) !== have.sha256) throw new WalIntegrityError(`${name}: the restored bytes do not match the sha-256 it was archived with`)
    return bytes
  }

  /** Waits for the batches under way (stop). */
  async stop (): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const left = this.pending.splice(0)
    for (const p of left) p.reject(new Error('the agent is stopping'))
    await this.flushing
  }
}
