import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encode, pb } from '../proto/index.js'
import { CatalogDb } from './catalog-db.js'
import type { StoredCatalog } from './catalog-db.js'
import { IndexDb } from './index-db.js'
import { PREFIX } from './keys.js'

const MiB = 1024 * 1024

// owners are opaque strings to the store (the protocol checks them)
function record (owner: string, version: number, bodyBytes = 100, timeMs = 1_700_000_000_000 + version): StoredCatalog {
  return { owner, version, timeMs, body: new Uint8Array(randomBytes(bodyBytes)), signature: new Uint8Array(randomBytes(64)) }
}

/** Every Uint8Array reachable from `root`'s own fields, skipping `skip` (the LevelDB handle). */
function bytesReachable (root: object, skip: unknown): number {
  const seen = new Set<unknown>()
  let total = 0
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || v === skip || seen.has(v)) return
    seen.add(v)
    if (ArrayBuffer.isView(v)) { total += v.byteLength; return }
    if (v instanceof Map) { for (const [k, x] of v) { walk(k); walk(x) }; return }
    if (v instanceof Promise) return
    for (const x of Object.values(v)) walk(x)
  }
  walk(root)
  return total
}

let dir: string
let index: IndexDb
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-catalogs-'))
  index = new IndexDb(join(dir, 'i'))
  await index.open()
})
afterEach(async () => {
  await index.close()
  await rm(dir, { recursive: true, force: true })
})

describe('CatalogDb', () => {
  it('keeps the newest record per owner; stale, same and conflicting puts are told apart', async () => {
    const db = new CatalogDb(index.level)
    await db.open()
    const v2 = record('owner-a', 2)
    expect(await db.put(v2)).toEqual({ result: 'stored' })
    expect(await db.put({ ...v2, body: Uint8Array.from(v2.body) })).toEqual({ result: 'same' })
    expect(await db.put(record('owner-a', 1))).toEqual({ result: 'stale', heldVersion: 2 })
    expect(await db.put(record('owner-a', 2))).toEqual({ result: 'conflict' })
    const v3 = record('owner-a', 3, 10)
    expect(await db.put(v3)).toEqual({ result: 'stored' })
    expect(Buffer.from((await db.get('owner-a'))?.body ?? []).equals(v3.body)).toBe(true)
    expect(await db.get('nobody')).toBeUndefined()
    expect(await db.list()).toEqual([{ owner: 'owner-a', version: 3, timeMs: v3.timeMs }])
  })

  it('concurrent puts of one owner end with the newest version', async () => {
    const db = new CatalogDb(index.level)
    await db.open()
    const versions = [5, 3, 9, 1, 7, 9, 2]
    const results = await Promise.all(versions.map(async v => await db.put(record('owner-a', v, 1000, 1))))
    expect(results.filter(r => r.result === 'stored').length).toBeGreaterThanOrEqual(1)
    expect((await db.get('owner-a'))?.version).toBe(9)
    expect(db.entry('owner-a')?.version).toBe(9)
  })

  it('survives a reopen, reads records from disk and holds no bodies in memory', async () => {
    const db = new CatalogDb(index.level)
    await db.open()
    const owners = Array.from({ length: 8 }, (_, i) => `owner-${i}`)
    for (const o of owners) await db.put(record(o, 1, 2 * MiB))
    // 16 MiB of bodies written; what the object holds is the index alone
    expect(bytesReachable(db, index.level)).toBe(0)
    expect(db.entry('owner-3')).toEqual({ owner: 'owner-3', version: 1, timeMs: 1_700_000_000_001, bodyBytes: 2 * MiB })

    const again = new CatalogDb(index.level)
    await again.open()
    expect(again.size).toBe(8)
    expect((await again.list()).map(e => e.owner).sort()).toEqual(owners)
    expect(bytesReachable(again, index.level)).toBe(0)

    // get() reads LevelDB, not a copy taken at open or put
    const changed = record('owner-3', 1, 5)
    await index.level.put(PREFIX.catalog + 'owner-3', encode(pb.CatalogRecord, changed), { keyEncoding: 'utf8', valueEncoding: 'view' })
    expect(Buffer.from((await again.get('owner-3'))?.body ?? []).equals(changed.body)).toBe(true)
    expect(bytesReachable(again, index.level)).toBe(0)
  })

  it('removes an owner, on disk too', async () => {
    const db = new CatalogDb(index.level)
    await db.open()
    await db.put(record('owner-a', 4))
    await db.put(record('owner-b', 1))
    expect(await db.remove('owner-a')).toBe(true)
    expect(await db.remove('owner-a')).toBe(false)
    expect(await db.get('owner-a')).toBeUndefined()
    expect(db.entry('owner-a')).toBeUndefined()
    expect(await index.level.get(PREFIX.catalog + 'owner-a', { keyEncoding: 'utf8', valueEncoding: 'view' })).toBeUndefined()
    const reopened = new CatalogDb(index.level)
    await reopened.open()
    expect((await reopened.list()).map(e => e.owner)).toEqual(['owner-b'])
    // a removed owner starts over: any version is new
    expect(await reopened.put(record('owner-a', 1))).toEqual({ result: 'stored' })
  })
})
