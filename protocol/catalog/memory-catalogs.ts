/**
 * MemoryCatalogs: a CatalogStorage in memory, for tests and tools (the agent
 * keeps its catalogs on disk: store/catalog-db.ts). put() compares and
 * replaces in one synchronous step, so concurrent puts cannot let an older
 * version win.
 */
import { sameRecord } from './record.js'
import type { CatalogListEntry, CatalogPutResult, CatalogRecord, CatalogStorage } from './index.js'

export class MemoryCatalogs implements CatalogStorage {
  /** The held records by owner. */
  readonly records = new Map<string, CatalogRecord>()

  async get (owner: string, _options?: { signal: AbortSignal }): Promise<CatalogRecord | undefined> {
    return this.records.get(owner)
  }

  async put (record: CatalogRecord, _options?: { signal: AbortSignal }): Promise<CatalogPutResult> {
    const held = this.records.get(record.owner)
    if (held != null) {
      if (record.version < held.version) return { result: 'stale', heldVersion: held.version }
      if (record.version === held.version) return sameRecord(held, record) ? { result: 'same' } : { result: 'conflict' }
    }
    // copy: the caller's buffers may be reused
    this.records.set(record.owner, { ...record, body: Uint8Array.from(record.body), signature: Uint8Array.from(record.signature) })
    return { result: 'stored' }
  }

  async list (_options?: { signal: AbortSignal }): Promise<CatalogListEntry[]> {
    return [...this.records.values()].map(r => ({ owner: r.owner, version: r.version, timeMs: r.timeMs }))
  }
}
