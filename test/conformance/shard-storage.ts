/**
 * The conformance suite of ShardStorage (protocol/shard/index.ts), the
 * responder's side of the shard protocol: every implementation passes the same
 * cases (as every restic backend passes internal/backend/test, every kopia
 * storage VerifyStorage). Call describeShardStorage(name, factory) from a test
 * file; `factory` makes a fresh, empty storage for each case.
 *
 * What a storage promises: a put verifies length and hash and stores all or
 * nothing, a second put of the same shard is a no-op, reads serve any range
 * within the shard byte for byte, a shard not held is ShardNotFoundError, and
 * refusals are the protocol's named errors (matched on `.name`, as the wire
 * table matches them).
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_SHARD_BYTES, toHeaderFields } from '../../protocol/shard/index.js'
import type { ShardHeaderFields, ShardRef, ShardStorage } from '../../protocol/shard/index.js'
import { BLOCK_SIZE, makeShardHeader } from '../../store/shard-format.js'

export interface ShardStorageSubject {
  storage: ShardStorage
  /** Peer ids (as strings) allowed to store here; shards are stored under the sender's name. */
  peers: [string, string]
  /** Bytes each peer may store, when the storage has a quota. */
  quotaBytes?: number
  /** Called after the case (remove temp folders…). */
  cleanup?: () => Promise<void>
}

export interface TestShard {
  header: ShardHeaderFields
  data: Uint8Array
  ref: ShardRef
}

/** A shard of `length` random bytes with its header (64 KiB blocks). */
export function testShard (owner: string, length: number, index = 0, packId: Uint8Array = randomBytes(32)): TestShard {
  const data = new Uint8Array(randomBytes(length))
  const header = toHeaderFields(makeShardHeader({ owner, packId, index, k: 4, m: 2, packLength: length * 4 }, data), MAX_SHARD_BYTES)
  return { header, data, ref: { owner, packId: header.packId, index } }
}

export async function * slices (data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.byteLength; at += size) yield data.subarray(at, Math.min(at + size, data.byteLength))
}

async function collect (source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = []
  for await (const part of source) parts.push(part)
  return Buffer.concat(parts)
}

/** Every entry of `owner`, page by page (`limit` per page), as "hex.index". */
async function listAll (storage: ShardStorage, owner: string, limit: number, signal: AbortSignal): Promise<string[]> {
  const out: string[] = []
  let after: string | undefined
  for (let pages = 0; pages < 100; pages++) {
    const page = await storage.list(owner, after, limit, { signal })
    expect(page.entries.length).toBeLessThanOrEqual(limit)
    out.push(...page.entries.map(e => `${Buffer.from(e.packId).toString('hex')}.${e.index}`))
    if (page.next === undefined) return out
    after = page.next
  }
  throw new Error('list did not end after 100 pages')
}

export function describeShardStorage (name: string, factory: () => Promise<ShardStorageSubject>): void {
  describe(`ShardStorage conformance: ${name}`, () => {
    let subject: ShardStorageSubject
    let storage: ShardStorage
    let peer: string
    const signal = (): AbortSignal => AbortSignal.timeout(20_000)
    const put = async (s: TestShard, data: AsyncIterable<Uint8Array> = slices(s.data, 100_000), from = peer): Promise<{ existed: boolean }> =>
      await storage.put(s.header, data, { signal: signal(), peer: from })
    const read = async (ref: ShardRef, offset: number, length: number): Promise<Buffer> =>
      await collect(storage.read(ref, offset, length, { signal: signal() }))
    const held = async (ref: ShardRef): Promise<boolean> => (await storage.has([ref], { signal: signal() }))[0]

    beforeEach(async () => {
      subject = await factory()
      storage = subject.storage
      peer = subject.peers[0]
    })
    afterEach(async () => { await subject.cleanup?.() })

    it('puts a shard, then has, getHeader and read give it back byte for byte', async () => {
      const s = testShard(peer, 3 * BLOCK_SIZE + 1234, 2)
      expect(await put(s)).toEqual({ existed: false })
      expect(await held(s.ref)).toBe(true)
      const header = await storage.getHeader(s.ref, { signal: signal() })
      expect(header).toBeDefined()
      expect(Buffer.from(header?.shardHash ?? []).equals(s.header.shardHash)).toBe(true)
      expect(header?.shardLength).toBe(s.header.shardLength)
      expect(header?.index).toBe(2)
      expect((await read(s.ref, 0, s.data.byteLength)).equals(s.data)).toBe(true)
    })

    it('serves ranges at the edges: first and last byte, across a block boundary, a whole block, empty at the end', async () => {
      const s = testShard(peer, 2 * BLOCK_SIZE + 77)
      await put(s)
      const len = s.data.byteLength
      const cases: Array<[number, number]> = [[0, 1], [len - 1, 1], [BLOCK_SIZE - 1, 2], [BLOCK_SIZE, BLOCK_SIZE], [2 * BLOCK_SIZE, 77], [1, len - 1], [len, 0]]
      for (const [offset, length] of cases) {
        const got = await read(s.ref, offset, length)
        expect(got.equals(s.data.subarray(offset, offset + length)), `range ${offset}+${length}`).toBe(true)
      }
    })

    it('a shard not held: has false, getHeader undefined, read ShardNotFoundError, delete false', async () => {
      const s = testShard(peer, 1000)
      expect(await held(s.ref)).toBe(false)
      expect(await storage.getHeader(s.ref, { signal: signal() })).toBeUndefined()
      await expect(read(s.ref, 0, 1)).rejects.toMatchObject({ name: 'ShardNotFoundError' })
      expect(await storage.delete(s.ref, { signal: signal() })).toBe(false)
    })

    it('refuses bytes that do not match the header hash (ShardHashMismatchError) and stores nothing', async () => {
      const s = testShard(peer, BLOCK_SIZE + 10)
      const other = new Uint8Array(s.data)
      other[BLOCK_SIZE + 3] ^= 0x01
      await expect(put(s, slices(other, 4096))).rejects.toMatchObject({ name: 'ShardHashMismatchError' })
      expect(await held(s.ref)).toBe(false)
      expect(await storage.getHeader(s.ref, { signal: signal() })).toBeUndefined()
    })

    it('refuses fewer or more bytes than the header declares (ShardLengthMismatchError) and stores nothing', async () => {
      const s = testShard(peer, 5000)
      await expect(put(s, slices(s.data.subarray(1), 1000))).rejects.toMatchObject({ name: 'ShardLengthMismatchError' })
      await expect(put(s, slices(Buffer.concat([s.data, Buffer.from('x')]), 1000))).rejects.toMatchObject({ name: 'ShardLengthMismatchError' })
      expect(await held(s.ref)).toBe(false)
    })

    it('a second put of the same shard succeeds as existed and keeps one copy', async () => {
      const s = testShard(peer, 20_000)
      expect(await put(s)).toEqual({ existed: false })
      expect(await put(s)).toEqual({ existed: true })
      expect(await listAll(storage, peer, 10, signal())).toEqual([`${Buffer.from(s.ref.packId).toString('hex')}.0`])
      expect((await read(s.ref, 0, s.data.byteLength)).equals(s.data)).toBe(true)
    })

    it('concurrent puts of the same shard both succeed and leave one good copy', async () => {
      const s = testShard(peer, 2 * BLOCK_SIZE)
      const results = await Promise.all([put(s, slices(s.data, 7000)), put(s, slices(s.data, 9000))])
      expect(results.filter(r => !r.existed).length).toBeGreaterThanOrEqual(1)
      expect(await listAll(storage, peer, 10, signal())).toHaveLength(1)
      expect((await read(s.ref, 0, s.data.byteLength)).equals(s.data)).toBe(true)
    })

    it('lists an owner\'s shards page by page, each once, and no other owner\'s', async () => {
      const packId = randomBytes(32)
      const mine = [
        testShard(peer, 1000, 0, packId), testShard(peer, 1000, 1, packId), testShard(peer, 1000, 5, packId),
        testShard(peer, 1000, 0), testShard(peer, 1000, 3)
      ]
      for (const s of mine) await put(s)
      const other = subject.peers[1]
      await put(testShard(other, 1000), undefined, other)
      const expected = mine.map(s => `${Buffer.from(s.ref.packId).toString('hex')}.${s.ref.index}`).sort()
      for (const limit of [1, 2, 5, 100]) {
        const got = await listAll(storage, peer, limit, signal())
        expect([...got].sort(), `limit ${limit}`).toEqual(expected)
      }
      expect(await listAll(storage, other, 100, signal())).toHaveLength(1)
      // ShardListEntry.length is documented as shard_length; the disk-backed
      // storage lists the file's size (header included): at least the shard's bytes
      const sizes = (await storage.list(peer, undefined, 100, { signal: signal() })).entries.map(e => e.length)
      expect(sizes.every(n => n >= 1000 && n < 1000 + 64 * 1024)).toBe(true)
    })

    it('deletes a shard: gone from has, getHeader, read and list; a second delete is false', async () => {
      const keep = testShard(peer, 3000, 1)
      const s = testShard(peer, 3000, 0, keep.ref.packId)
      await put(keep)
      await put(s)
      expect(await storage.delete(s.ref, { signal: signal() })).toBe(true)
      expect(await storage.has([s.ref, keep.ref], { signal: signal() })).toEqual([false, true])
      expect(await storage.getHeader(s.ref, { signal: signal() })).toBeUndefined()
      await expect(read(s.ref, 0, 1)).rejects.toMatchObject({ name: 'ShardNotFoundError' })
      expect(await listAll(storage, peer, 10, signal())).toEqual([`${Buffer.from(keep.ref.packId).toString('hex')}.1`])
      expect(await storage.delete(s.ref, { signal: signal() })).toBe(false)
    })

    it('answers quota questions: within the quota yes, past it no, and a stored shard counts', async () => {
      const quota = subject.quotaBytes
      if (quota === undefined) {
        // no quota: any amount is allowed
        expect(await storage.quotaAllows(peer, MAX_SHARD_BYTES, { signal: signal() })).toBe(true)
        return
      }
      expect(await storage.quotaAllows(peer, quota, { signal: signal() })).toBe(true)
      expect(await storage.quotaAllows(peer, quota + 1, { signal: signal() })).toBe(false)
      const s = testShard(peer, Math.floor(quota / 2))
      await put(s)
      expect(await storage.quotaAllows(peer, quota, { signal: signal() })).toBe(false)
      expect(await storage.quotaAllows(peer, Math.floor(quota / 4), { signal: signal() })).toBe(true)
      // another member's quota is its own
      expect(await storage.quotaAllows(subject.peers[1], quota, { signal: signal() })).toBe(true)
    })
  })
}
