/**
 * The LevelDB index: blobs → packs → shard locations, snapshots and key files.
 * Key layout: see keys.ts. It is a cache of what the packs themselves hold
 * (index segments are also written into packs), so it can be rebuilt.
 *
 * Random awaited gets run at ~23k/s here, so lookups are batched (getMany) and
 * the dedup set of blob ids is kept in memory.
 */
import { readdirSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import { Level } from 'level'
import { pb, decode, encode, limits } from '../proto/index.js'
import { META, PREFIX, hex, prefixEnd } from './keys.js'
import type { MetaName } from './keys.js'

/** The index directory's mode: its owner only. */
const PRIVATE_DIR_MODE = 0o700

export class IndexError extends Error {
  override name = 'IndexError'
}

/** The repository settings as `meta:config` holds them (agent/repository validates them). */
export interface RepositorySettings {
  k: number
  m: number
  chunker: { min: number, avg: number, max: number }
  packBytes: number
}

/** One shard of a pack on a peer, as the meta lists record it (pack id hex). */
export interface ShardRef {
  peer: string
  pack: string
  index: number
}

function isString (v: unknown): v is string {
  return typeof v === 'string'
}

function isShardRef (v: unknown): v is ShardRef {
  const r = v as ShardRef
  return typeof v === 'object' && v !== null && typeof r.peer === 'string' && typeof r.pack === 'string' && Number.isInteger(r.index)
}

/**
 * LevelDB finds its files through CURRENT; without it, it would start an
 * empty index over the old one. Throws IndexError when `path` holds LevelDB
 * files but no CURRENT.
 */
function refuseWithoutCurrent (path: string): void {
  let files: string[]
  try { files = readdirSync(path) } catch { return }
  if (files.includes('CURRENT') || !files.some(f => /^MANIFEST-\d+$/.test(f) || f.endsWith('.ldb'))) return
  const newest = files.filter(f => /^MANIFEST-\d+$/.test(f)).sort((a, b) => Number(a.slice(9)) - Number(b.slice(9))).at(-1) ?? 'MANIFEST-…'
  throw new IndexError(`the index at ${path} is damaged: its CURRENT file is missing (nothing was changed). ` +
    `Put it back with: echo ${newest} > ${path}/CURRENT (the newest MANIFEST file), or recover the index from the mesh (meshbackup init --recover into a new directory)`)
}

export class IndexDb {
  private readonly db: Level<string, Uint8Array>

  constructor (readonly path: string) {
    // before the Level is made: it starts opening (and creating) on its own right after
    refuseWithoutCurrent(path)
    this.db = new Level<string, Uint8Array>(path, { keyEncoding: 'utf8', valueEncoding: 'view' })
  }

  /** The underlying LevelDB, for stores that keep their own key prefix (see keys.ts). */
  get level (): Level<string, Uint8Array> {
    return this.db
  }

  /**
   * Open (creating) the index. Its directory is made private first (0700, also
   * when an older version left it 0755): LevelDB creates its files with the
   * process umask, so the directory is what keeps them from other users.
   */
  async open (): Promise<void> {
    await mkdir(this.path, { recursive: true, mode: PRIVATE_DIR_MODE })
    await chmod(this.path, PRIVATE_DIR_MODE)
    try {
      await this.db.open()
    } catch (err) {
      const cause = (err as { cause?: Error & { code?: string } }).cause
      // classic-level: LEVEL_DATABASE_NOT_OPEN caused by LEVEL_LOCKED
      if (cause?.code === 'LEVEL_LOCKED' || (err as { code?: string }).code === 'LEVEL_LOCKED') {
        throw new IndexError(`the index at ${this.path} is in use by another process`)
      }
      throw new IndexError(`cannot open the index at ${this.path}: ${(cause ?? err as Error).message}`)
    }
  }

  async close (): Promise<void> {
    await this.db.close()
  }

  // ---- meta (names: META in keys.ts) --------------------------------------

  /** A raw `meta:` value; callers use the typed accessors below. */
  private async getMeta (name: MetaName): Promise<string | undefined> {
    const v = await this.db.get(PREFIX.meta + name)
    return v === undefined ? undefined : Buffer.from(v).toString('utf8')
  }

  private async putMeta (name: MetaName, value: string): Promise<void> {
    await this.db.put(PREFIX.meta + name, Buffer.from(value, 'utf8'))
  }

  private async getJson<T> (name: MetaName, check: (v: unknown) => v is T): Promise<T | undefined> {
    const raw = await this.getMeta(name)
    if (raw === undefined) return undefined
    let v: unknown
    try {
      v = JSON.parse(raw)
    } catch {
      throw new IndexError(`${PREFIX.meta}${name}: not JSON`)
    }
    if (!check(v)) throw new IndexError(`${PREFIX.meta}${name}: unexpected value`)
    return v
  }

  private async getList<T> (name: MetaName, check: (v: unknown) => v is T): Promise<T[]> {
    return await this.getJson(name, (v): v is T[] => Array.isArray(v) && v.every(check)) ?? []
  }

  /** The repository id (`meta:repo`); undefined while no repository was created. */
  async getRepoId (): Promise<string | undefined> {
    return await this.getMeta(META.repoId)
  }

  /** The repository settings (`meta:config`). */
  async getConfig (): Promise<RepositorySettings | undefined> {
    return await this.getJson(META.config, (v): v is RepositorySettings => typeof v === 'object' && v !== null && !Array.isArray(v))
  }

  async setConfig (config: RepositorySettings): Promise<void> {
    await this.putMeta(META.config, JSON.stringify(config))
  }

  /**
   * Write a repository's first records in one batch: its key files, settings
   * and id (so an index with an id has a whole repository).
   */
  async createRepository (repoId: string, keyFiles: Array<{ id: string, file: pb.IKeyFile }>, config: RepositorySettings): Promise<void> {
    await this.db.batch([
      ...keyFiles.map(f => ({ type: 'put' as const, key: PREFIX.key + f.id, value: encode(pb.KeyFile, f.file) })),
      { type: 'put', key: PREFIX.meta + META.config, value: Buffer.from(JSON.stringify(config), 'utf8') },
      { type: 'put', key: PREFIX.meta + META.repoId, value: Buffer.from(repoId, 'utf8') }
    ])
  }

  /** The packs holding index segments, in the order they are applied (hex ids, `meta:index-packs`). */
  async getIndexPacks (): Promise<string[]> {
    return await this.getList(META.indexPacks, isString)
  }

  async setIndexPacks (packs: string[]): Promise<void> {
    await this.putMeta(META.indexPacks, JSON.stringify(packs))
  }

  /** Append to `meta:index-packs` (callers serialise their appends). */
  async appendIndexPacks (packs: string[]): Promise<void> {
    if (packs.length === 0) return
    await this.setIndexPacks([...await this.getIndexPacks(), ...packs])
  }

  /** Shards of pruned packs still to delete (`meta:prune-pending`). */
  async getPrunePending (): Promise<ShardRef[]> {
    return await this.getList(META.prunePending, isShardRef)
  }

  async setPrunePending (shards: ShardRef[]): Promise<void> {
    await this.putMeta(META.prunePending, JSON.stringify(shards))
  }

  /** Repaired packs whose placements are in no index segment yet (hex ids, `meta:repair-unindexed`). */
  async getRepairUnindexed (): Promise<string[]> {
    return await this.getList(META.repairUnindexed, isString)
  }

  async setRepairUnindexed (packs: string[]): Promise<void> {
    await this.putMeta(META.repairUnindexed, JSON.stringify(packs))
  }

  /** Old copies of shards repair moved, deleted when their peer is back (`meta:surplus`). */
  async getSurplus (): Promise<ShardRef[]> {
    return await this.getList(META.surplus, isShardRef)
  }

  async setSurplus (shards: ShardRef[]): Promise<void> {
    await this.putMeta(META.surplus, JSON.stringify(shards))
  }

  // ---- keys ------------------------------------------------------------------

  async putKeyFile (id: string, file: pb.IKeyFile): Promise<void> {
    await this.db.put(PREFIX.key + id, encode(pb.KeyFile, file))
  }

  async deleteKeyFile (id: string): Promise<void> {
    await this.db.del(PREFIX.key + id)
  }

  /** Every key file with its id and its stored bytes (whose hash the id is). */
  async listKeyFiles (): Promise<Array<{ id: string, file: pb.KeyFile, bytes: Uint8Array }>> {
    const out: Array<{ id: string, file: pb.KeyFile, bytes: Uint8Array }> = []
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.key, lt: prefixEnd(PREFIX.key) })) {
      out.push({ id: k.slice(PREFIX.key.length), file: decode(pb.KeyFile, v, limits.keyFile, `key file ${k}`), bytes: v })
    }
    return out
  }

  // ---- blobs and packs -------------------------------------------------------

  /** Every blob id in the index, hex: the in-memory dedup set. */
  async loadBlobIds (): Promise<Set<string>> {
    const ids = new Set<string>()
    for await (const k of this.db.keys({ gt: PREFIX.blob, lt: prefixEnd(PREFIX.blob) })) {
      ids.add(k.slice(PREFIX.blob.length))
    }
    return ids
  }

  /** Commit a pack and its blobs in one batch (crash-consistent). */
  async putPack (pack: pb.IPackRecord, blobs: pb.IBlobRecord[]): Promise<void> {
    const ops: Array<{ type: 'put', key: string, value: Uint8Array }> = [
      { type: 'put', key: PREFIX.pack + hex(pack.id as Uint8Array), value: encode(pb.PackRecord, pack) }
    ]
    for (const b of blobs) {
      ops.push({ type: 'put', key: PREFIX.blob + hex(b.id as Uint8Array), value: encode(pb.BlobRecord, b) })
    }
    await this.db.batch(ops)
  }

  async getPack (id: Uint8Array | string): Promise<pb.PackRecord | undefined> {
    const key = PREFIX.pack + (typeof id === 'string' ? id : hex(id))
    const v = await this.db.get(key)
    return v === undefined ? undefined : decode(pb.PackRecord, v, limits.record, key)
  }

  async listPacks (): Promise<pb.PackRecord[]> {
    const out: pb.PackRecord[] = []
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.pack, lt: prefixEnd(PREFIX.pack) })) {
      out.push(decode(pb.PackRecord, v, limits.record, k))
    }
    return out
  }

  /** Look up many blobs at once; undefined where unknown. */
  async getBlobs (ids: Uint8Array[]): Promise<Array<pb.BlobRecord | undefined>> {
    if (ids.length === 0) return []
    const keys = ids.map(id => PREFIX.blob + hex(id))
    const values = await this.db.getMany(keys)
    return values.map((v, i) => v === undefined ? undefined : decode(pb.BlobRecord, v, limits.record, keys[i]))
  }

  async getBlob (id: Uint8Array): Promise<pb.BlobRecord | undefined> {
    return (await this.getBlobs([id]))[0]
  }

  /** Every blob record, in key order (streamed: the index can be large). */
  async * blobRecords (): AsyncGenerator<pb.BlobRecord> {
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.blob, lt: prefixEnd(PREFIX.blob) })) {
      yield decode(pb.BlobRecord, v, limits.record, k)
    }
  }

  /** Drop packs and blob records, with the shards left to delete, in one batch (prune). */
  async removePacks (packs: Uint8Array[], blobs: Uint8Array[], meta: { prunePending?: ShardRef[] } = {}): Promise<void> {
    const ops: Array<{ type: 'del', key: string } | { type: 'put', key: string, value: Uint8Array }> = [
      ...packs.map(id => ({ type: 'del' as const, key: PREFIX.pack + hex(id) })),
      ...blobs.map(id => ({ type: 'del' as const, key: PREFIX.blob + hex(id) }))
    ]
    if (meta.prunePending !== undefined) {
      ops.push({ type: 'put', key: PREFIX.meta + META.prunePending, value: Buffer.from(JSON.stringify(meta.prunePending), 'utf8') })
    }
    if (ops.length > 0) await this.db.batch(ops)
  }

  // ---- snapshots -------------------------------------------------------------

  /** Record the packs a snapshot needs (so compliance needs no keys). */
  async putSnapshotPacks (id: Uint8Array, packs: Uint8Array[]): Promise<void> {
    await this.db.put(PREFIX.snapshotPacks + hex(id), Buffer.concat(packs))
  }

  async getSnapshotPacks (id: Uint8Array): Promise<Uint8Array[] | undefined> {
    const v = await this.db.get(PREFIX.snapshotPacks + hex(id))
    if (v === undefined) return undefined
    const out: Uint8Array[] = []
    for (let i = 0; i + 32 <= v.byteLength; i += 32) out.push(v.subarray(i, i + 32))
    return out
  }

  async putSnapshot (id: Uint8Array, snapshot: pb.ISnapshot): Promise<void> {
    await this.db.put(PREFIX.snapshot + hex(id), encode(pb.SnapshotRecord, { id, snapshot }))
  }

  async deleteSnapshot (id: Uint8Array): Promise<void> {
    await this.db.del(PREFIX.snapshot + hex(id))
  }

  /** Drop snapshots and the packs they listed, in one batch (forget). */
  async deleteSnapshots (ids: Uint8Array[]): Promise<void> {
    if (ids.length === 0) return
    await this.db.batch(ids.flatMap(id => [
      { type: 'del' as const, key: PREFIX.snapshot + hex(id) },
      { type: 'del' as const, key: PREFIX.snapshotPacks + hex(id) }
    ]))
  }

  /** All snapshots, oldest first. */
  async listSnapshots (): Promise<Array<{ id: Uint8Array, snapshot: pb.Snapshot }>> {
    const out: Array<{ id: Uint8Array, snapshot: pb.Snapshot }> = []
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.snapshot, lt: prefixEnd(PREFIX.snapshot) })) {
      const rec = decode(pb.SnapshotRecord, v, limits.snapshot, k)
      if (rec.snapshot == null) throw new IndexError(`${k}: empty snapshot record`)
      out.push({ id: rec.id, snapshot: rec.snapshot as pb.Snapshot })
    }
    out.sort((a, b) => Number(a.snapshot.timeMs) - Number(b.snapshot.timeMs))
    return out
  }
}
