/**
 * /meshbackup/shard/1.0.0 between real libp2p nodes (TCP + Noise + yamux on
 * 127.0.0.1) in one process, with an in-memory storage behind the responder.
 */
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { AbstractMessageStream } from '@libp2p/utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMeshNode } from '../../agent/mesh/node.js'
import {
  deleteShard,
  deleteSigningPayload,
  getShard,
  getShardRange,
  hasShards,
  listShards,
  PROTOCOL_ID,
  putShard,
  shardProtocol
} from '../../protocol/shard/index.js'
import { MemoryShardStorage } from './memory-storage.js'
import type { MeshBaseServices } from '../../agent/mesh/node.js'
import type { ShardHeaderFields, ShardProtocol, ShardRef, VerifyDelete } from '../../protocol/shard/index.js'
import type { Libp2p, PrivateKey, Stream, StreamCloseEvent } from '@libp2p/interface'
import { makeShard } from '../fixtures/shard.js'

const MiB = 1024 * 1024

function seed (n: number): Uint8Array {
  return new Uint8Array(32).fill(n)
}

function refOf (header: ShardHeaderFields): ShardRef {
  return { owner: header.owner, packId: header.packId, index: header.index }
}

async function collect (source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of source) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** Resolves with the close event's error (undefined for a clean close). */
async function closed (stream: Stream): Promise<Error | undefined> {
  if (stream.status === 'reset' || stream.status === 'aborted') {
    return Object.assign(new Error(`stream ${stream.status}`), { name: 'StreamResetError' })
  }
  if (stream.status !== 'open') return undefined
  return new Promise(resolve => {
    stream.addEventListener('close', (evt: StreamCloseEvent) => { resolve(evt.error) }, { once: true })
  })
}

type Node = Libp2p<MeshBaseServices & { shard: ShardProtocol }>

describe('shard protocol over libp2p', () => {
  let ownerKey: PrivateKey
  let owner: string
  let storage: MemoryShardStorage
  let server: Node
  let client: Libp2p<MeshBaseServices>
  const signal = (): AbortSignal => AbortSignal.timeout(20_000)

  beforeEach(async () => {
    ownerKey = await generateKeyPairFromSeed('Ed25519', seed(9))
    owner = 'owner-' + Buffer.from(ownerKey.publicKey.raw).toString('hex').slice(0, 16)
    storage = new MemoryShardStorage({ quotaBytes: 64 * MiB })
    // owner-signature check: Ed25519 over deleteSigningPayload, by the owner's key
    const verifyDelete: VerifyDelete = async (request) => {
      if (request.ref.owner !== owner) return false
      return ownerKey.publicKey.verify(request.payload, request.signature)
    }
    server = await createMeshNode({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed(1)),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        shard: (c) => shardProtocol({ requestTimeoutMs: 5_000, idleTimeoutMs: 5_000 })({ registrar: c.registrar, storage, verifyDelete })
      }
    })
    client = await createMeshNode({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed(2)),
      listen: ['/ip4/127.0.0.1/tcp/0']
    })
  })

  afterEach(async () => {
    await client?.stop()
    await server?.stop()
  })

  const target = (): ReturnType<Node['getMultiaddrs']> => server.getMultiaddrs()

  it('puts a shard and gets it back whole and in ranges, byte for byte', async () => {
    const { header, data } = makeShard(owner, 3 * MiB + 12345)
    expect(await putShard(client, target(), header, data, { signal: signal() })).toEqual({ existed: false })
    expect(storage.bytesStored).toBe(data.byteLength)

    const whole = await getShard(client, target(), refOf(header), { signal: signal() })
    expect(Buffer.from(whole.data).equals(data)).toBe(true)
    expect(Buffer.from(whole.header.shardHash).equals(header.shardHash)).toBe(true)

    for (const [offset, length] of [[0, 1], [1, 100_000], [65_536, 65_536], [2 * MiB + 7, MiB], [data.byteLength - 10, 0], [data.byteLength - 10, 1000]]) {
      const range = await getShardRange(client, target(), refOf(header), offset, length, { signal: signal() })
      const expected = data.subarray(offset, length === 0 ? undefined : offset + length)
      expect(range.offset).toBe(offset)
      expect(range.length).toBe(expected.byteLength)
      expect((await collect(range.data)).equals(expected)).toBe(true)
    }

    // putting the identical shard again is accepted as already held, without sending it
    const calls = storage.putCalls
    let pulled = false
    async function * again (): AsyncGenerator<Uint8Array> { pulled = true; yield data }
    expect(await putShard(client, target(), header, again(), { signal: signal() })).toEqual({ existed: true })
    expect(pulled).toBe(false)
    expect(storage.putCalls).toBe(calls)
    // a different shard under the same ref is a conflict, refused before bytes flow
    const other = makeShard(owner, 1000)
    await expect(putShard(client, target(), { ...other.header, packId: header.packId, index: header.index }, other.data, { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardConflictError' })
  })

  it('moves a 16 MiB shard both ways, from an async source, and several in parallel', async () => {
    const big = makeShard(owner, 16 * MiB, 1)
    async function * slices (): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < big.data.byteLength; at += 300_000) yield big.data.subarray(at, at + 300_000)
    }
    await putShard(client, target(), big.header, slices(), { signal: signal() })
    const back = await getShard(client, target(), refOf(big.header), { signal: signal() })
    expect(Buffer.from(back.data).equals(big.data)).toBe(true)

    const small = [0, 1, 2, 3].map(i => makeShard(owner, 2 * MiB + i, i))
    await Promise.all(small.map(async s => putShard(client, target(), s.header, s.data, { signal: signal() })))
    const got = await Promise.all(small.map(async s => getShard(client, target(), refOf(s.header), { signal: signal() })))
    got.forEach((g, i) => { expect(Buffer.from(g.data).equals(small[i].data)).toBe(true) })
  })

  it('pauses the stream for a slow storage instead of buffering the shard', async () => {
    const slow = new MemoryShardStorage({ delayPerChunkMs: 2 })
    const node = await createMeshNode({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed(4)),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        shard: (c) => shardProtocol({ highWaterBytes: 1 * MiB, lowWaterBytes: 256 * 1024 })({ registrar: c.registrar, storage: slow, verifyDelete: async () => false })
      }
    })
    const pause = vi.spyOn(AbstractMessageStream.prototype, 'pause')
    try {
      const big = makeShard(owner, 16 * MiB)
      await putShard(client, node.getMultiaddrs(), big.header, big.data, { signal: signal() })
      expect(pause).toHaveBeenCalled()
      expect(slow.bytesStored).toBe(16 * MiB)
      const back = await getShard(client, node.getMultiaddrs(), refOf(big.header), { signal: signal() })
      expect(Buffer.from(back.data).equals(big.data)).toBe(true)
    } finally {
      pause.mockRestore()
      await node.stop()
    }
  })

  it('answers has, lists by owner in pages, and deletes with the owner signature', async () => {
    const shards = Array.from({ length: 5 }, (_, i) => makeShard(owner, 1000 + i, i % 6))
    for (const s of shards) await putShard(client, target(), s.header, s.data, { signal: signal() })
    const other = makeShard('someone-else', 10)
    await putShard(client, target(), other.header, other.data, { signal: signal() })
    const missing = makeShard(owner, 10)

    expect(await hasShards(client, target(), [refOf(shards[0].header), refOf(missing.header), refOf(shards[4].header)], { signal: signal() }))
      .toEqual([true, false, true])

    const seen: string[] = []
    let after: string | undefined
    let pages = 0
    do {
      const page = await listShards(client, target(), owner, { after, limit: 2 }, { signal: signal() })
      expect(page.entries.length).toBeLessThanOrEqual(2)
      for (const e of page.entries) seen.push(`${Buffer.from(e.packId).toString('hex')}/${e.index}/${e.length}`)
      after = page.next
      pages++
    } while (after != null)
    expect(pages).toBe(3)
    expect(seen.sort()).toEqual(shards.map(s => `${Buffer.from(s.header.packId).toString('hex')}/${s.header.index}/${s.header.shardLength}`).sort())
    await expect(listShards(client, target(), owner, { limit: 1001 }, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidShardRequestError' })

    const ref = refOf(shards[0].header)
    const timeMs = Date.now()
    const signature = await ownerKey.sign(deleteSigningPayload(ref, timeMs))
    expect(await deleteShard(client, target(), ref, { timeMs, signature }, { signal: signal() })).toBe(true)
    expect(await hasShards(client, target(), [ref], { signal: signal() })).toEqual([false])
    // deleting again: signed fine, but nothing held
    expect(await deleteShard(client, target(), ref, { timeMs, signature }, { signal: signal() })).toBe(false)
  })

  it('refuses a forged delete and keeps the shard', async () => {
    const s = makeShard(owner, 5000)
    await putShard(client, target(), s.header, s.data, { signal: signal() })
    const ref = refOf(s.header)
    const mallory = await generateKeyPairFromSeed('Ed25519', seed(66))
    const timeMs = Date.now()
    const forged = await mallory.sign(deleteSigningPayload(ref, timeMs))
    await expect(deleteShard(client, target(), ref, { timeMs, signature: forged }, { signal: signal() }))
      .rejects.toMatchObject({ name: 'DeleteRefusedError' })
    // a genuine signature over a different time does not cover this request either
    const replayed = await ownerKey.sign(deleteSigningPayload(ref, timeMs - 1))
    await expect(deleteShard(client, target(), ref, { timeMs, signature: replayed }, { signal: signal() }))
      .rejects.toMatchObject({ name: 'DeleteRefusedError' })
    expect(await hasShards(client, target(), [ref], { signal: signal() })).toEqual([true])
  })

  it('refuses bytes that do not match the header hash and stores nothing', async () => {
    const s = makeShard(owner, 2 * MiB)
    const tampered = Uint8Array.from(s.data)
    tampered[MiB] ^= 0xff
    await expect(putShard(client, target(), s.header, tampered, { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardHashMismatchError' })
    expect(storage.shards.size).toBe(0)
    expect(await hasShards(client, target(), [refOf(s.header)], { signal: signal() })).toEqual([false])
    // a source shorter than the header says never reaches the storage as a shard
    await expect(putShard(client, target(), s.header, s.data.subarray(0, 1000), { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardLengthMismatchError' })
    expect(storage.shards.size).toBe(0)
  })

  it('refuses a put over quota before any byte flows', async () => {
    const s = makeShard(owner, 1000)
    s.header.shardLength = 65 * MiB // over the 64 MiB quota (and still under no size limit? no: too large)
    await expect(putShard(client, target(), s.header, s.data, { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardTooLargeError' })

    const first = makeShard(owner, 30 * 1024)
    await putShard(client, target(), first.header, first.data, { signal: signal() })
    storage.usage.set(client.peerId.toString(), 64 * MiB - 1000)
    const over = makeShard(owner, 20 * 1024)
    let pulled = false
    async function * source (): AsyncGenerator<Uint8Array> {
      pulled = true
      yield over.data
    }
    const callsBefore = storage.putCalls
    await expect(putShard(client, target(), over.header, source(), { signal: signal() }))
      .rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(pulled).toBe(false)
    expect(storage.putCalls).toBe(callsBefore)
    expect(await hasShards(client, target(), [refOf(over.header)], { signal: signal() })).toEqual([false])
  })

  it('answers a get of a missing shard with a not-found error', async () => {
    const s = makeShard(owner, 10)
    await expect(getShard(client, target(), refOf(s.header), { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardNotFoundError' })
    await expect(getShardRange(client, target(), refOf(s.header), 5, 5, { signal: signal() }))
      .rejects.toMatchObject({ name: 'ShardNotFoundError' })
  })

  it('resets streams carrying garbage, oversized or truncated messages and keeps serving', async () => {
    const s = makeShard(owner, 4096)
    await putShard(client, target(), s.header, s.data, { signal: signal() })
    const probe = async (): Promise<void> => {
      expect(await hasShards(client, target(), [refOf(s.header)], { signal: signal() })).toEqual([true])
    }

    const cases: Array<[string, Uint8Array, boolean]> = [
      // a 5-byte message that is not a ShardRequest (field 15, wire type 7)
      ['garbage', Uint8Array.from([0x05, 0x7f, 0xff, 0xff, 0xff, 0xff]), false],
      // a length prefix of 100 MiB
      ['oversized', Uint8Array.from([0x80, 0x80, 0x80, 0x32, 0x00]), false],
      // a length prefix of varint bytes that never ends
      ['endless varint', new Uint8Array(16).fill(0xff), false],
      // says 100 bytes, sends 10, closes
      ['truncated', Uint8Array.from([100, ...new Uint8Array(10)]), true],
      // an empty message: a request with no operation (answered, not reset)
      ['empty request', Uint8Array.from([0x00]), true]
    ]
    for (const [what, bytes, closeWrite] of cases) {
      const stream = await client.dialProtocol(target(), PROTOCOL_ID, { signal: signal() })
      const done = closed(stream)
      stream.send(bytes)
      if (closeWrite) await stream.close()
      const err = await done
      if (what === 'empty request') {
        expect(err, what).toBeUndefined()
      } else {
        expect(err?.name, what).toBe('StreamResetError')
      }
      await probe()
    }
  })

  it('times out silent requests and caps concurrent inbound streams', async () => {
    const node = await createMeshNode({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed(5)),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        shard: (c) => shardProtocol({ requestTimeoutMs: 400, maxInboundStreams: 2 })({ registrar: c.registrar, storage, verifyDelete: async () => false })
      }
    })
    try {
      const start = Date.now()
      const silent = await Promise.all([0, 1].map(async () => client.dialProtocol(node.getMultiaddrs(), PROTOCOL_ID, { signal: signal() })))
      const ends = silent.map(closed)
      // a third concurrent stream is over the cap: refused at negotiation or reset right after
      const third = await client.dialProtocol(node.getMultiaddrs(), PROTOCOL_ID, { signal: signal() })
        .then(async (stream) => closed(stream), (err: Error) => err)
      expect(third?.name).toMatch(/StreamResetError|TooManyInboundProtocolStreamsError|ProtocolError|UnsupportedProtocolError/)
      const errors = await Promise.all(ends)
      expect(errors.map(e => e?.name)).toEqual(['StreamResetError', 'StreamResetError'])
      expect(Date.now() - start).toBeGreaterThanOrEqual(350)
      // and it keeps serving
      expect(await hasShards(client, node.getMultiaddrs(), [{ owner, packId: new Uint8Array(32), index: 0 }], { signal: signal() })).toEqual([false])
    } finally {
      await node.stop()
    }
  })

  it('drops connections from peers outside the roster', async () => {
    const guarded = await createMeshNode({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed(3)),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      roster: { allows: (peer) => peer.equals(server.peerId) }
    })
    try {
      // the dialer may see its side of the upgrade finish before the guarded
      // node's gater drops it: what matters is that nothing runs over it
      await client.dial(guarded.getMultiaddrs(), { signal: signal() }).catch(() => undefined)
      await expect(client.services.ping.ping(guarded.getMultiaddrs(), { signal: signal() })).rejects.toThrow()
      const deadline = Date.now() + 5_000
      while (client.getConnections(guarded.peerId).some(c => c.status === 'open') && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 20))
      }
      expect(client.getConnections(guarded.peerId).filter(c => c.status === 'open')).toHaveLength(0)
      const conn = await server.dial(guarded.getMultiaddrs(), { signal: signal() })
      expect(conn.status).toBe('open')
    } finally {
      await guarded.stop()
    }
  })
})
