import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexDb, IndexError } from './index-db.js'
import { hex, PREFIX } from './keys.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-index-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

describe('LevelDB index', () => {
  it('commits a pack with its blobs and finds them in batches', async () => {
    const db = new IndexDb(join(dir, 'i'))
    await db.open()
    const packId = randomBytes(32)
    const blobs = Array.from({ length: 50 }, (_, i) => ({ id: randomBytes(32), type: 0, packId, offset: i * 10, length: 10, rawLength: 8, compression: 0 }))
    await db.putPack({ id: packId, length: 500, k: 4, m: 2, shardLength: 128, shardHashes: [], locations: [{ index: 0, store: 'a' }], blobCount: 50 }, blobs)
    const got = await db.getBlobs([blobs[3].id, randomBytes(32), blobs[49].id])
    expect(got[0]?.offset).toBe(30)
    expect(got[1]).toBeUndefined()
    expect(got[2]?.offset).toBe(490)
    expect((await db.getPack(packId))?.locations[0].store).toBe('a')
    const ids = await db.loadBlobIds()
    expect(ids.size).toBe(50)
    expect(ids.has(hex(blobs[7].id))).toBe(true)
    await db.close()
    // survives reopening
    const again = new IndexDb(join(dir, 'i'))
    await again.open()
    expect((await again.loadBlobIds()).size).toBe(50)
    await again.close()
  })

  it('lists snapshots oldest first, and says clearly when the index is locked', async () => {
    const db = new IndexDb(join(dir, 'i'))
    await db.open()
    await db.putSnapshot(randomBytes(32), { timeMs: 2000, host: 'b' })
    await db.putSnapshot(randomBytes(32), { timeMs: 1000, host: 'a' })
    expect((await db.listSnapshots()).map(s => s.snapshot.host)).toEqual(['a', 'b'])
    const second = new IndexDb(join(dir, 'i'))
    await expect(second.open()).rejects.toThrow(IndexError)
    await db.close()
  })

  it('keeps each meta: value behind a typed accessor, refuses a damaged one, and removes packs with the pending shards in one batch', async () => {
    const db = new IndexDb(join(dir, 'i'))
    await db.open()
    expect(await db.getRepoId()).toBeUndefined()
    expect(await db.getConfig()).toBeUndefined()
    expect(await db.getIndexPacks()).toEqual([])
    expect(await db.getPrunePending()).toEqual([])
    const config = { k: 3, m: 1, chunker: { min: 1, avg: 2, max: 4 }, packBytes: 65536 }
    await db.createRepository('repo-1', [{ id: 'k1', file: { host: 'h' } }, { id: 'k2', file: { host: 'i' } }], config)
    expect(await db.getRepoId()).toBe('repo-1')
    expect(await db.getConfig()).toEqual(config)
    expect((await db.listKeyFiles()).map(k => [k.id, k.file.host])).toEqual([['k1', 'h'], ['k2', 'i']])

    await db.setIndexPacks(['aa'])
    await db.appendIndexPacks(['bb', 'cc'])
    await db.appendIndexPacks([])
    expect(await db.getIndexPacks()).toEqual(['aa', 'bb', 'cc'])
    await db.setRepairUnindexed(['dd'])
    expect(await db.getRepairUnindexed()).toEqual(['dd'])
    await db.setSurplus([{ peer: 'p', pack: 'ee', index: 2 }])
    expect(await db.getSurplus()).toEqual([{ peer: 'p', pack: 'ee', index: 2 }])

    const packId = randomBytes(32)
    const blob = { id: randomBytes(32), type: 0, packId, offset: 0, length: 10, rawLength: 8, compression: 0 }
    await db.putPack({ id: packId, length: 10, k: 1, m: 0, shardLength: 10, shardHashes: [], locations: [], blobCount: 1 }, [blob])
    await db.removePacks([packId], [blob.id], { prunePending: [{ peer: 'q', pack: hex(packId), index: 0 }] })
    expect(await db.getPack(packId)).toBeUndefined()
    expect(await db.getBlob(blob.id)).toBeUndefined()
    expect(await db.getPrunePending()).toEqual([{ peer: 'q', pack: hex(packId), index: 0 }])
    await db.setPrunePending([])
    expect(await db.getPrunePending()).toEqual([])

    // damaged values, written past the typed accessors
    const raw = async (name: string, value: string): Promise<void> => { await db.level.put(PREFIX.meta + name, Buffer.from(value, 'utf8')) }
    await raw('index-packs', '{"not":"a list"}')
    await expect(db.getIndexPacks()).rejects.toThrow(IndexError)
    await raw('surplus', '[{"peer":"p","pack":"ee"}]')
    await expect(db.getSurplus()).rejects.toThrow(/unexpected value/)
    await raw('config', 'not json')
    await expect(db.getConfig()).rejects.toThrow(/not JSON/)
    await db.close()
  })
})
