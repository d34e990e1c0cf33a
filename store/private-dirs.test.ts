/**
 * The index and the shard store keep their folders to their owner (0700)
 * whatever the umask, also when an older version left them 0755: a folder
 * nobody else may enter keeps the files in it from other users, however
 * LevelDB (which follows the umask) made them.
 */
import { randomBytes } from 'node:crypto'
import { chmod, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexDb } from './index-db.js'
import { makeShardHeader } from './shard-format.js'
import { ShardStore } from './shard-store.js'

let dir: string
let umask: number

// umask 0 while each test runs: a folder made without a mode would be 0777
beforeEach(async () => { umask = process.umask(0); dir = await mkdtemp(join(tmpdir(), 'mb-private-')) })
afterEach(async () => { process.umask(umask); await rm(dir, { recursive: true, force: true }) })

async function modeOf (path: string): Promise<number> {
  return (await lstat(path)).mode & 0o777
}

describe('private folders', () => {
  it('the index folder is 0700 when created and when found 0755', async () => {
    const fresh = new IndexDb(join(dir, 'a', 'index'))
    await fresh.open()
    await fresh.close()
    expect(await modeOf(join(dir, 'a', 'index'))).toBe(0o700)

    const old = join(dir, 'b', 'index')
    await mkdir(old, { recursive: true })
    await chmod(old, 0o755)
    const db = new IndexDb(old)
    await db.open()
    await db.close()
    expect(await modeOf(old)).toBe(0o700)
  })

  it('the shard store root and every folder under it are 0700; shards 0600', async () => {
    const root = join(dir, 'shards')
    await mkdir(root)
    await chmod(root, 0o755)
    const s = new ShardStore(root)
    await s.open()
    const data = randomBytes(10_000)
    await s.put(makeShardHeader({ owner: 'owner0123456789', packId: randomBytes(32), index: 1, k: 4, m: 2, packLength: data.length * 4 }, data), data)
    expect(await modeOf(root)).toBe(0o700)
    const modes = new Map<string, number>()
    for (const rel of await readdir(root, { recursive: true })) modes.set(rel, await modeOf(join(root, rel)))
    expect(modes.size).toBe(3) // owner folder, fan-out folder, shard
    for (const [rel, mode] of modes) {
      const st = await lstat(join(root, rel))
      expect([rel, mode]).toEqual([rel, st.isDirectory() ? 0o700 : 0o600])
    }
  })
})
