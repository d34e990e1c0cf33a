/**
 * The catalogs this agent keeps: the latest signed catalog record of every
 * owner in the mesh (its own included), in LevelDB under `cat:<owner>`.
 * Loaded into memory at open; a put compares versions and replaces in one
 * synchronous step (so concurrent puts cannot let an older version win) and
 * then writes through to LevelDB.
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

export type CatalogPut =
  | { result: 'stored' }
  | { result: 'same' }
  | { result: 'stale', heldVersion: number }
  | { result: 'conflict' }

const MAX_RECORD = 17 * 1024 * 1024

export class CatalogDb {
  private readonly records = new Map<string, StoredCatalog>()

  constructor (private readonly db: Level<string, Uint8Array>) {}

  async open (): Promise<void> {
    for await (const [k, v] of this.db.iterator({ gt: PREFIX.catalog, lt: prefixEnd(PREFIX.catalog), keyEncoding: 'utf8', valueEncoding: 'view' })) {
      const r = decode(pb.CatalogRecord, v, MAX_RECORD, k)
      this.records.set(r.owner, { owner: r.owner, version: Number(r.version), body: r.body, timeMs: Number(r.timeMs), signature: r.signature })
    }
  }

  async get (owner: string): Promise<StoredCatalog | undefined> {
    return this.records.get(owner)
  }

  async put (record: StoredCatalog): Promise<CatalogPut> {
    const held = this.records.get(record.owner)
    if (held !== undefined) {
      if (record.version < held.version) return { result: 'stale', heldVersion: held.version }
      if (record.version === held.version) {
        const same = Buffer.from(held.body).equals(record.body) && Buffer.from(held.signature).equals(record.signature) && held.timeMs === record.timeMs
        return same ? { result: 'same' } : { result: 'conflict' }
      }
    }
    const copy = { ...record, body: Uint8Array.from(record.body), signature: Uint8Array.from(record.signature) }
    this.records.set(record.owner, copy)
    await this.db.put(PREFIX.catalog + record.owner, encode(pb.CatalogRecord, copy), { keyEncoding: 'utf8', valueEncoding: 'view' })
    return { result: 'stored' }
  }

  async list (): Promise<Array<{ owner: string, version: number, timeMs: number }>> {
    return [...this.records.values()].map(r => ({ owner: r.owner, version: r.version, timeMs: r.timeMs }))
  }
}
