import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, writeFile, mkdir, open as openFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ShardCorruptError, ShardNotFoundError, ShardStoreFullError } from './shard-errors.js'
import { BLOCK_SIZE, makeShardHeader, validateShardHeader } from './shard-format.js'
import { ShardStore } from './shard-store.js'

const OWNER = 'owner0123456789'
let dir: string

beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-store-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

function shard (len: number, index = 0): { header: ReturnType<typeof makeShardHeader>, data: Buffer } {
  const data = randomBytes(len)
  return { header: makeShardHeader({ owner: OWNER, packId: randomBytes(32), index, k: 4, m: 2, packLength: len * 4 }, data), data }
}

async function* slices (data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let o = 0; o < data.length; o += size) yield data.subarray(o, o + size)
}

describe('shard store', () => {
  it('stores a streamed shard and serves verified ranges', async () => {
    const s = new ShardStore(dir)
    await s.open()
    const { header, data } = shard(3 * BLOCK_SIZE + 123, 2)
    await s.put(header, slices(data, 10_000))
    expect(await s.has(OWNER, header.packId as Uint8Array, 2)).toBe(true)
    expect(Buffer.from(await s.read(OWNER, header.packId as Uint8Array, 2, 0, data.length))).toEqual(data)
    expect(Buffer.from(await s.read(OWNER, header.packId as Uint8Array, 2, BLOCK_SIZE - 5, 10))).toEqual(data.subarray(BLOCK_SIZE - 5, BLOCK_SIZE + 5))
    expect(Buffer.from(await s.read(OWNER, header.packId as Uint8Array, 2, data.length - 1, 1))).toEqual(data.subarray(data.length - 1))
    await expect(s.read(OWNER, header.packId as Uint8Array, 2, data.length, 1)).rejects.toThrow(RangeError)
    await expect(s.read(OWNER, header.packId as Uint8Array, 2, 0, 1, { expectHash: randomBytes(32) })).rejects.toThrow(ShardCorruptError)
    const { header: h2, data: d2 } = await s.readShard(OWNER, header.packId as Uint8Array, 2)
    expect(Buffer.from(d2)).toEqual(data)
    expect(h2.index).toBe(2)
  })

  it('refuses data that does not match its hash, too long or too short, and stores nothing', async () => {
    const s = new ShardStore(dir)
    await s.open()
    const { header, data } = shard(100_000)
    const bad = Buffer.from(data); bad[5000] ^= 1
    await expect(s.put(header, bad)).rejects.toThrow(/does not match/)
    await expect(s.put(header, Buffer.concat([data, Buffer.from('x')]))).rejects.toThrow(/longer/)
    await expect(s.put(header, data.subarray(1))).rejects.toThrow(/header declares/)
    expect(await s.has(OWNER, header.packId as Uint8Array, 0)).toBe(false)
    expect(s.usedBytes()).toBe(0)
    const files = await readdir(join(dir, OWNER), { recursive: true })
    expect(files.filter(f => f.includes('.tmp-'))).toEqual([])
  })

  it('counts concurrent puts of the same shard once, and a delete racing them right', async () => {
    const s = new ShardStore(dir)
    await s.open()
    const { header, data } = shard(3 * BLOCK_SIZE)
    await Promise.all([s.put(header, slices(data, 5000)), s.put(header, slices(data, 7000)), s.put(header, data)])
    const once = s.usedBytes()
    expect(s.usage().get(OWNER)).toEqual({ shards: 1, bytes: once })
    const again = new ShardStore(dir)
    await again.open()
    expect(again.usedBytes()).toBe(once)
    await Promise.all([again.put(header, data), again.delete(OWNER, header.packId as Uint8Array, 0)])
    expect(again.usedBytes()).toBe(await again.has(OWNER, header.packId as Uint8Array, 0) ? once : 0)
  })

  it('refuses inconsistent headers', () => {
    const { header } = shard(1000)
    expect(() => validateShardHeader({ ...header, shardHash: randomBytes(32) })).toThrow(/block hashes/)
    expect(() => validateShardHeader({ ...header, owner: '../etc' })).toThrow(/owner/)
    expect(() => validateShardHeader({ ...header, index: 6 })).toThrow(/index/)
    expect(() => validateShardHeader({ ...header, packId: randomBytes(3) })).toThrow(/pack id/)
    expect(() => validateShardHeader({ ...header, shardLength: 1e12 })).toThrow(/length/)
  })

  it('detects a flipped bit on disk when reading', async () => {
    const s = new ShardStore(dir)
    await s.open()
    const { header, data } = shard(200_000)
    await s.put(header, data)
    const p = s.pathOf(OWNER, header.packId as Uint8Array, 0)
    const fh = await openFile(p, 'r+')
    const { size } = await fh.stat()
    await fh.write(Buffer.from([0xaa]), 0, 1, size - 100)
    await fh.close()
    await expect(s.read(OWNER, header.packId as Uint8Array, 0, 0, 10)).resolves.toBeDefined() // other block
    await expect(s.read(OWNER, header.packId as Uint8Array, 0, data.length - 200, 200)).rejects.toThrow(ShardCorruptError)
  })

  it('is full at its capacity, lists by owner in pages, deletes, and cleans temp files on open', async () => {
    const s = new ShardStore(dir, { capacity: 250_000 })
    await s.open()
    const a = shard(100_000)
    const b = shard(100_000)
    await s.put(a.header, a.data)
    await s.put(b.header, b.data)
    const c = shard(100_000)
    await expect(s.put(c.header, c.data)).rejects.toThrow(ShardStoreFullError)
    const page1 = await s.list(OWNER, undefined, 1)
    const after = `${Buffer.from(page1[0].packId).toString('hex')}.${page1[0].index}`
    const page2 = await s.list(OWNER, after, 10)
    expect(page1.length + page2.length).toBe(2)
    expect(await s.list('nobody')).toEqual([])
    expect(await s.delete(OWNER, a.header.packId as Uint8Array, 0)).toBe(true)
    expect(await s.delete(OWNER, a.header.packId as Uint8Array, 0)).toBe(false)
    await expect(s.readShard(OWNER, a.header.packId as Uint8Array, 0)).rejects.toThrow(ShardNotFoundError)
    // a crash mid-put leaves a temp file: open() removes it
    await mkdir(join(dir, OWNER, 'ab'), { recursive: true })
    await writeFile(join(dir, OWNER, 'ab', '.tmp-deadbeef'), 'partial')
    const again = new ShardStore(dir)
    await again.open()
    expect((await readdir(join(dir, OWNER, 'ab'))).length).toBe(0)
    expect(again.usedBytes()).toBeGreaterThan(100_000)
  })

  it('opens past stray files and directories, counts and lists only shards, and names the strays', async () => {
    const s = new ShardStore(dir)
    await s.open()
    const a = shard(1000)
    await s.put(a.header, a.data)
    // what an operator or a tool may leave: a file beside the owners, a file beside the fans, a non-fan directory, a junk file in a fan
    await writeFile(join(dir, 'README.txt'), 'notes')
    await writeFile(join(dir, OWNER, 'stray.txt'), 'x')
    await mkdir(join(dir, OWNER, 'backup-copy'))
    const fan = (await readdir(join(dir, OWNER))).find(n => /^[0-9a-f]{2}$/.test(n)) as string
    await writeFile(join(dir, OWNER, fan, 'junk~'), 'y')
    const again = new ShardStore(dir)
    await again.open()
    expect(again.usage().get(OWNER)?.shards).toBe(1)
    expect(again.strayCount).toBe(4)
    expect(again.strays.map(p => p.slice(dir.length + 1)).sort()).toEqual(['README.txt', `${OWNER}/${fan}/junk~`, `${OWNER}/backup-copy`, `${OWNER}/stray.txt`].sort())
    expect((await again.list(OWNER)).map(x => x.index)).toEqual([0])
    expect(await again.owners()).toEqual([OWNER])
  })
})
