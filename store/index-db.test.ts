import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexDb, IndexError } from './index-db.js'
import { hex } from './keys.js'

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
})
