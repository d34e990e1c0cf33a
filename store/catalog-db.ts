/**
 * The catalogs this agent keeps: the latest signed catalog record of every
 * owner in the mesh (its own included), in LevelDB under `cat:<owner>`, one
 * record per owner.
 *
 * Records live on disk only: memory holds a small index (owner → version,
 * time, body size), built at open() by reading the records one at a time, and
 * get() reads the record from LevelDB. Puts and removes run one after another,
 * so a put compares versions with the held record and replaces it in one step
 * (concurrent puts cannot let an older version win).
 */
import type { Level } from 'level'
import { pb, decode, encode } from '../proto/index.js'
import { PREFIX, prefixEnd } from './keys.js'

export interface StoredCatalog {
  owner: string
  version: number
  body: Uint8Array
  timeMs: number
  signature: Uint8Array
}

/** What memory holds of one owner's record. */
export interface CatalogIndexEntry {
  owner: string
  version: number
  timeMs: number
  /** Size of the record's body, in bytes. */
  bodyBytes: number
}

export type CatalogPut =
  | { result: 'stored' }
  | { result: 'same' }
  | { result: 'stale', heldVersion: number }
  | { result: 'conflict' }

/** Largest stored CatalogRecord, in bytes: a 16 MiB body (the catalog protocol's MAX_BODY_BYTES) and its fields. */
const MAX_RECORD = 17 * 1024 * 1024

const KEY = { keyEncoding: 'utf8', valueEncoding: 'view' } as const

export class CatalogDb {
  private readonly index = new Map<string, CatalogIndexEntry>()
  /** Puts and removes, in order. */
  private writing: Promise<unknown> = Promise.resolve()

  constructor (private readonly db: Level<string, Uint8Array>) {}

  /** Build the index from the records on disk (read one at a time; no body is kept). */
  async open (): Promise<void> {
    this.index.clear()
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.catalog, lt: prefixEnd(PREFIX.catalog), ...KEY })) {
      const r = fromWire(decode(pb.CatalogRecord, v, MAX_RECORD, k))
      this.index.set(r.owner, indexEntry(r))
    }
  }

  /** The record held for `owner`, read from disk. */
  async get (owner: string): Promise<StoredCatalog | undefined> {
    if (!this.index.has(owner)) return undefined
    const key = PREFIX.catalog + owner
    const v = await this.db.get(key, KEY)
    return v === undefined ? undefined : fromWire(decode(pb.CatalogRecord, v, MAX_RECORD, key))
  }

  /** The index entry of `owner` (no body), or undefined. */
  entry (owner: string): CatalogIndexEntry | undefined {
    const e = this.index.get(owner)
    return e === undefined ? undefined : { ...e }
  }

  /** Owners held. */
  get size (): number {
    return this.index.size
  }

  /** Store `record` if its version is above the held one's (compared and replaced in one step). */
  async put (record: StoredCatalog): Promise<CatalogPut> {
    return await this.serial(async () => {
      const held = this.index.get(record.owner)
      if (held !== undefined) {
        if (record.version < held.version) return { result: 'stale', heldVersion: held.version }
        if (record.version === held.version) {
          const disk = await this.get(record.owner)
          return disk !== undefined && sameRecord(disk, record) ? { result: 'same' } : { result: 'conflict' }
        }
      }
      await this.db.put(PREFIX.catalog + record.owner, encode(pb.CatalogRecord, record), KEY)
      this.index.set(record.owner, indexEntry(record))
      return { result: 'stored' }
    })
  }

  /** Forget `owner`'s record (it left the mesh). Whether one was held. */
  async remove (owner: string): Promise<boolean> {
    return await this.serial(async () => {
      const had = this.index.has(owner)
      await this.db.del(PREFIX.catalog + owner, KEY)
      this.index.delete(owner)
      return had
    })
  }

  /** Owners, versions and times held (from the index). */
  async list (): Promise<Array<{ owner: string, version: number, timeMs: number }>> {
    return [...this.index.values()].map(e => ({ owner: e.owner, version: e.version, timeMs: e.timeMs }))
  }

  private async serial<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn, fn)
    this.writing = run.catch(() => {})
    return await run
  }
}

function fromWire (r: pb.CatalogRecord): StoredCatalog {
  return { owner: r.owner, version: Number(r.version), body: r.body, timeMs: Number(r.timeMs), signature: r.signature }
}

function indexEntry (r: StoredCatalog): CatalogIndexEntry {
  return { owner: r.owner, version: r.version, timeMs: r.timeMs, bodyBytes: r.body.byteLength }
}

function sameRecord (a: StoredCatalog, b: StoredCatalog): boolean {
  return a.version === b.version && a.timeMs === b.timeMs && view(a.body).equals(view(b.body)) && view(a.signature).equals(view(b.signature))
}

function view (bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
