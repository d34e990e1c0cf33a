/**
 * The conformance suite of ShardPeer (agent/repository/shard-peer.ts): a local
 * shard store and a remote agent behave the same to the blob loader, the
 * repairer and the checker, down to the class of each failure
 * (store/shard-errors.ts). Call describeShardPeer(name, factory) from a test
 * file; `factory` makes a fresh peer holding nothing for each case.
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shardFailureAction } from '../../agent/repair/shard-failure.js'
import type { ShardPeer } from '../../agent/repository/shard-peer.js'
import type { pb } from '../../proto/index.js'
import { ShardCorruptError, ShardLengthError, ShardNotFoundError, ShardStoreFullError } from '../../store/shard-errors.js'
import { BLOCK_SIZE, makeShardHeader } from '../../store/shard-format.js'

export interface ShardPeerSubject {
  peer: ShardPeer
  /** The owner the peer stores shards for (a remote agent takes only its sender's). */
  owner: string
  /** Flip one byte of the stored shard's data where it is kept. */
  damage: (owner: string, packId: Uint8Array, index: number, offset: number) => Promise<void>
  /** Most bytes the peer takes (a capacity or a quota), when it has a limit. */
  limitBytes?: number
  cleanup?: () => Promise<void>
}

interface Shard {
  header: pb.IShardHeader
  data: Uint8Array
  packId: Uint8Array
  index: number
}

function shardOf (owner: string, length: number, index = 0): Shard {
  const data = new Uint8Array(randomBytes(length))
  const packId = new Uint8Array(randomBytes(32))
  return { header: makeShardHeader({ owner, packId, index, k: 4, m: 2, packLength: length * 4 }, data), data, packId, index }
}

export function describeShardPeer (name: string, factory: () => Promise<ShardPeerSubject>): void {
  describe(`ShardPeer conformance: ${name}`, () => {
    let subject: ShardPeerSubject
    let peer: ShardPeer
    let owner: string
    const signal = (): AbortSignal => AbortSignal.timeout(20_000)
    const read = async (s: Shard, offset: number, length: number, expectHash?: Uint8Array): Promise<Buffer> =>
      Buffer.from(await peer.read(owner, s.packId, s.index, offset, length, { signal: signal(), expectHash }))

    beforeEach(async () => {
      subject = await factory()
      peer = subject.peer
      owner = subject.owner
    })
    afterEach(async () => { await subject.cleanup?.() })

    it('puts a shard; getHeader and a verified read give it back; delete removes it', async () => {
      const s = shardOf(owner, 2 * BLOCK_SIZE + 500, 3)
      await peer.put(s.header, s.data, { signal: signal() })
      const header = await peer.getHeader(owner, s.packId, s.index, { signal: signal() })
      expect(Buffer.from(header?.shardHash ?? []).equals(s.header.shardHash as Uint8Array)).toBe(true)
      expect(Number(header?.shardLength)).toBe(s.data.byteLength)
      expect((await read(s, 0, s.data.byteLength, s.header.shardHash as Uint8Array)).equals(s.data)).toBe(true)
      expect(await peer.delete(owner, s.packId, s.index, { signal: signal() })).toBe(true)
      expect(await peer.getHeader(owner, s.packId, s.index, { signal: signal() })).toBeUndefined()
      expect(await peer.delete(owner, s.packId, s.index, { signal: signal() })).toBe(false)
    })

    it('lists an owner\'s shards in pages, sorted, with their lengths; another owner\'s are not listed', async () => {
      if (peer.list === undefined) throw new Error('a shard peer must list its shards (prune looks for orphans with it)')
      const shards = [shardOf(owner, 700, 0), shardOf(owner, 900, 1), shardOf(owner, 1100, 2)]
      for (const s of shards) await peer.put(s.header, s.data, { signal: signal() })
      const first = await peer.list(owner, { limit: 2 }, { signal: signal() })
      expect(first.entries).toHaveLength(2)
      expect(first.next).toBeDefined()
      const rest = await peer.list(owner, { after: first.next, limit: 2 }, { signal: signal() })
      expect(rest.next).toBeUndefined()
      const all = [...first.entries, ...rest.entries].map(e => `${Buffer.from(e.packId).toString('hex')}.${e.index}`)
      const want = shards.map(s => `${Buffer.from(s.packId).toString('hex')}.${s.index}`).sort()
      expect(all).toEqual(want)
      expect((await peer.list('12D3KooWnobody', {}, { signal: signal() })).entries).toEqual([])
    })

    it('reads ranges at the edges: first and last byte, across blocks, the last partial block, empty at the end', async () => {
      const s = shardOf(owner, 3 * BLOCK_SIZE + 123)
      await peer.put(s.header, s.data, { signal: signal() })
      const len = s.data.byteLength
      const cases: Array<[number, number]> = [[0, 1], [len - 1, 1], [BLOCK_SIZE - 1, 2], [BLOCK_SIZE, BLOCK_SIZE], [BLOCK_SIZE - 10, 2 * BLOCK_SIZE + 20], [3 * BLOCK_SIZE, 123], [0, len], [len, 0]]
      for (const [offset, length] of cases) {
        expect((await read(s, offset, length)).equals(s.data.subarray(offset, offset + length)), `range ${offset}+${length}`).toBe(true)
      }
    })

    it('a range past the end is a RangeError', async () => {
      const s = shardOf(owner, BLOCK_SIZE + 10)
      await peer.put(s.header, s.data, { signal: signal() })
      const len = s.data.byteLength
      await expect(read(s, len - 1, 2)).rejects.toThrow(RangeError)
      await expect(read(s, len + BLOCK_SIZE, 1)).rejects.toThrow(RangeError)
    })

    it('a shard not held: read is ShardNotFoundError (repair material), getHeader undefined, delete false', async () => {
      const s = shardOf(owner, 1000)
      const err = await read(s, 0, 1).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ShardNotFoundError)
      expect(shardFailureAction(err)).toBe('repair')
      expect(await peer.getHeader(owner, s.packId, s.index, { signal: signal() })).toBeUndefined()
      expect(await peer.delete(owner, s.packId, s.index, { signal: signal() })).toBe(false)
    })

    it('a shard with another hash than expected is ShardCorruptError', async () => {
      const s = shardOf(owner, 5000)
      await peer.put(s.header, s.data, { signal: signal() })
      await expect(read(s, 0, 10, new Uint8Array(randomBytes(32)))).rejects.toThrow(ShardCorruptError)
      expect((await read(s, 0, 10, s.header.shardHash as Uint8Array)).equals(s.data.subarray(0, 10))).toBe(true)
    })

    it('a shard damaged where it is kept is ShardCorruptError (repair material) for the damaged block only', async () => {
      const s = shardOf(owner, 3 * BLOCK_SIZE)
      await peer.put(s.header, s.data, { signal: signal() })
      await subject.damage(owner, s.packId, s.index, BLOCK_SIZE + 7)
      const err = await read(s, BLOCK_SIZE, 100).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ShardCorruptError)
      expect(shardFailureAction(err)).toBe('repair')
      await expect(read(s, 0, s.data.byteLength)).rejects.toThrow(ShardCorruptError)
      // the other blocks still verify
      expect((await read(s, 2 * BLOCK_SIZE, BLOCK_SIZE)).equals(s.data.subarray(2 * BLOCK_SIZE))).toBe(true)
    })

    it('refuses a put whose bytes do not match the header (ShardCorruptError) or its length (ShardLengthError), and stores nothing', async () => {
      const s = shardOf(owner, BLOCK_SIZE + 99)
      const wrong = new Uint8Array(s.data)
      wrong[42] ^= 0x80
      await expect(peer.put(s.header, wrong, { signal: signal() })).rejects.toThrow(ShardCorruptError)
      await expect(peer.put(s.header, s.data.subarray(1), { signal: signal() })).rejects.toThrow(ShardLengthError)
      expect(await peer.getHeader(owner, s.packId, s.index, { signal: signal() })).toBeUndefined()
    })

    it('refuses a put past its capacity or quota with ShardStoreFullError', async () => {
      const limit = subject.limitBytes
      if (limit === undefined) return
      const fits = shardOf(owner, Math.floor(limit * 0.6))
      await peer.put(fits.header, fits.data, { signal: signal() })
      const over = shardOf(owner, Math.floor(limit * 0.6))
      await expect(peer.put(over.header, over.data, { signal: signal() })).rejects.toThrow(ShardStoreFullError)
      expect(await peer.getHeader(owner, over.packId, over.index, { signal: signal() })).toBeUndefined()
    })

    it('a second put of the same shard succeeds and the shard reads back', async () => {
      const s = shardOf(owner, 30_000)
      await peer.put(s.header, s.data, { signal: signal() })
      await peer.put(s.header, s.data, { signal: signal() })
      expect((await read(s, 0, s.data.byteLength)).equals(s.data)).toBe(true)
    })

    it('concurrent puts of the same shard all succeed and leave one good copy', async () => {
      const s = shardOf(owner, 2 * BLOCK_SIZE + 1)
      await Promise.all([1, 2, 3].map(async () => { await peer.put(s.header, s.data, { signal: signal() }) }))
      expect((await read(s, 0, s.data.byteLength, s.header.shardHash as Uint8Array)).equals(s.data)).toBe(true)
      expect(await peer.delete(owner, s.packId, s.index, { signal: signal() })).toBe(true)
      expect(await peer.getHeader(owner, s.packId, s.index, { signal: signal() })).toBeUndefined()
    })
  })
}
