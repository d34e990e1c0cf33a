/**
 * /meshbackup/shard/1.0.0 over in-memory stream pairs (unit tier; the node
 * tier, over TCP + Noise + yamux, is test/mesh/shard-protocol.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { MemoryShardStorage } from '../../test/mesh/memory-storage.js'
import { MemoryNetwork, readMessage, sendMessage, streamEnd, varintPrefix } from '../common/test-support/memory-node.js'
import { fromHeaderFields } from './header.js'
import {
  deleteShard,
  deleteSigningPayload,
  getShard,
  getShardRange,
  hasShards,
  listShards,
  MAX_HAS_REFS,
  PROTOCOL_ID,
  putShard,
  shardProtocol
} from './index.js'
import type { MemoryNode } from '../common/test-support/memory-node.js'
import type { ShardHeaderFields, ShardProtocol, ShardRef } from './index.js'
import { makeShard } from '../../test/fixtures/shard.js'

const KiB = 1024
const MiB = 1024 * KiB
const signal = (): AbortSignal => AbortSignal.timeout(5_000)


const refOf = (h: ShardHeaderFields): ShardRef => ({ owner: h.owner, packId: h.packId, index: h.index })

async function collect (source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of source) chunks.push(chunk)
  return Buffer.concat(chunks)
}

describe('shard protocol (in memory)', () => {
  let net: MemoryNetwork
  let server: MemoryNode
  let client: MemoryNode
  let storage: MemoryShardStorage
  let service: ShardProtocol
  let owner: string
  /** The signature verifyDelete accepts. */
  const GOOD_SIGNATURE = Uint8Array.from([7, 7, 7])

  beforeEach(async () => {
    net = new MemoryNetwork()
    server = await net.node()
    client = await net.node()
    owner = client.peerId.toString()
    storage = new MemoryShardStorage({ quotaBytes: 8 * MiB })
    service = shardProtocol({ requestTimeoutMs: 300, idleTimeoutMs: 300, maxShardBytes: 4 * MiB })({
      registrar: server,
      storage,
      verifyDelete: async (request) => Buffer.from(request.signature).equals(GOOD_SIGNATURE) &&
        Buffer.from(request.payload).equals(deleteSigningPayload(request.ref, request.timeMs))
    })
    await service.start()
  })

  afterEach(async () => {
    await service.stop()
    server.abortAll()
    client.abortAll()
  })

  it('puts, gets (whole and a range), has, lists and deletes a shard', async () => {
    const s = makeShard(owner, 3 * MiB + 123, 2)
    expect(await putShard(client, server.peerId, s.header, s.data, { signal: signal(), chunkBytes: 256 * KiB })).toEqual({ existed: false })
    expect(storage.shards.size).toBe(1)
    // the same shard again sends no bytes
    const before = storage.bytesConsumed
    expect(await putShard(client, server.peerId, s.header, s.data, { signal: signal() })).toEqual({ existed: true })
    expect(storage.bytesConsumed).toBe(before)

    const got = await getShard(client, server.peerId, refOf(s.header), { signal: signal() })
    expect(Buffer.from(got.data).equals(s.data)).toBe(true)
    const range = await getShardRange(client, server.peerId, refOf(s.header), MiB + 5, 1000, { signal: signal() })
    expect(range).toMatchObject({ offset: MiB + 5, length: 1000 })
    expect((await collect(range.data)).equals(s.data.subarray(MiB + 5, MiB + 1005))).toBe(true)
    const tail = await getShardRange(client, server.peerId, refOf(s.header), 3 * MiB, 0, { signal: signal() })
    expect(tail.length).toBe(123)
    expect((await collect(tail.data)).byteLength).toBe(123)

    const other = { ...refOf(s.header), index: 3 }
    expect(await hasShards(client, server.peerId, [refOf(s.header), other], { signal: signal() })).toEqual([true, false])
    const page = await listShards(client, server.peerId, owner, {}, { signal: signal() })
    expect(page.entries).toHaveLength(1)
    expect(page.entries[0]).toMatchObject({ index: 2, length: 3 * MiB + 123 })
    expect(page.next).toBeUndefined()

    const auth = { timeMs: Date.now(), signature: GOOD_SIGNATURE }
    expect(await deleteShard(client, server.peerId, refOf(s.header), auth, { signal: signal() })).toBe(true)
    expect(await deleteShard(client, server.peerId, refOf(s.header), auth, { signal: signal() })).toBe(false)
    await expect(getShard(client, server.peerId, refOf(s.header), { signal: signal() })).rejects.toMatchObject({ name: 'ShardNotFoundError' })
  })

  it('refuses bad bytes, a short source, a delete not signed and a put over quota, and stores nothing', async () => {
    const s = makeShard(owner, 1 * MiB)
    const tampered = Uint8Array.from(s.data)
    tampered[1000] ^= 0xff
    await expect(putShard(client, server.peerId, s.header, tampered, { signal: signal() })).rejects.toMatchObject({ name: 'ShardHashMismatchError', code: 4 })
    await expect(putShard(client, server.peerId, s.header, s.data.subarray(0, 1000), { signal: signal() })).rejects.toMatchObject({ name: 'ShardLengthMismatchError' })
    expect(storage.shards.size).toBe(0)

    await putShard(client, server.peerId, s.header, s.data, { signal: signal() })
    await expect(deleteShard(client, server.peerId, refOf(s.header), { timeMs: Date.now(), signature: Uint8Array.from([1]) }, { signal: signal() }))
      .rejects.toMatchObject({ name: 'DeleteRefusedError', code: 6 })
    expect(storage.shards.size).toBe(1)

    const quota = [makeShard(owner, 4 * MiB, 1), makeShard(owner, 4 * MiB, 2)]
    await putShard(client, server.peerId, quota[0].header, quota[0].data, { signal: signal() })
    await expect(putShard(client, server.peerId, quota[1].header, quota[1].data, { signal: signal() })).rejects.toMatchObject({ name: 'QuotaExceededError', code: 3 })
    expect(storage.shards.size).toBe(2)
  })

  it('refuses a shard over maxShardBytes, too many refs, and a message over the limit unread', async () => {
    const big = makeShard(owner, 4 * MiB + 1)
    await expect(putShard(client, server.peerId, big.header, big.data, { signal: signal() })).rejects.toMatchObject({ name: 'ShardTooLargeError', code: 7 })
    const refs = Array.from({ length: MAX_HAS_REFS + 1 }, (_, index) => ({ owner, packId: new Uint8Array(32), index: index % 200 }))
    await expect(hasShards(client, server.peerId, refs, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidShardRequestError', code: 1 })

    const stream = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    stream.send(varintPrefix(256 * KiB + 1))
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')
    expect(storage.putCalls).toBe(0)
  })

  it('resets a silent requester, and names a stalled transfer ShardTimeoutError', async () => {
    const silentRequester = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    expect((await streamEnd(silentRequester))?.name).toBe('StreamResetError')

    // a put whose bytes stop halfway: the responder's idle timer resets the stream, nothing is stored
    const s = makeShard(owner, 1 * MiB)
    async function * stalls (): AsyncGenerator<Uint8Array> {
      yield s.data.subarray(0, 512 * KiB)
      await new Promise(resolve => setTimeout(resolve, 600))
      yield s.data.subarray(512 * KiB)
    }
    await expect(putShard(client, server.peerId, s.header, stalls(), { signal: signal() })).rejects.toMatchObject({ name: 'StreamResetError' })
    expect(storage.shards.size).toBe(0)

    // a responder that announces a range and then goes silent
    const staller = await net.node()
    await staller.handle(PROTOCOL_ID, (stream) => {
      void (async () => {
        await readMessage(stream, pb.ShardRequest)
        await sendMessage(stream, pb.ShardResponse, { get: { header: fromHeaderFields(s.header), offset: 0, length: s.header.shardLength } })
        stream.send(s.data.subarray(0, 1000))
      })()
    })
    const range = await getShardRange(client, staller.peerId, refOf(s.header), 0, 0, { signal: signal(), idleTimeoutMs: 100 })
    await expect(collect(range.data)).rejects.toMatchObject({ name: 'ShardTimeoutError' })

    // and one that never answers the request
    const silent = await net.node()
    await silent.handle(PROTOCOL_ID, () => {})
    await expect(hasShards(client, silent.peerId, [refOf(s.header)], { signal: signal(), requestTimeoutMs: 100 })).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('resets garbage, answers a request naming no operation with BAD_REQUEST, refuses a range it did not ask for', async () => {
    const garbage = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    garbage.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
    expect((await streamEnd(garbage))?.name).toBe('StreamResetError')

    const empty = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    await sendMessage(empty, pb.ShardRequest, {})
    expect((await readMessage(empty, pb.ShardResponse)).error).toMatchObject({ code: 1, message: 'request names no operation' })

    const s = makeShard(owner, 10 * KiB)
    const liar = await net.node()
    await liar.handle(PROTOCOL_ID, (stream) => {
      void (async () => {
        await readMessage(stream, pb.ShardRequest)
        await sendMessage(stream, pb.ShardResponse, { get: { header: fromHeaderFields(s.header), offset: 5, length: 10 } })
      })()
    })
    await expect(getShardRange(client, liar.peerId, refOf(s.header), 0, 10, { signal: signal() })).rejects.toMatchObject({ name: 'ShardProtocolError' })

    const overrun = await net.node()
    await overrun.handle(PROTOCOL_ID, (stream) => {
      void (async () => {
        await readMessage(stream, pb.ShardRequest)
        await sendMessage(stream, pb.ShardResponse, { get: { header: fromHeaderFields(s.header), offset: 0, length: 10 } })
        stream.send(s.data.subarray(0, 20))
      })()
    })
    const range = await getShardRange(client, overrun.peerId, refOf(s.header), 0, 10, { signal: signal() })
    await expect(collect(range.data)).rejects.toMatchObject({ name: 'ShardProtocolError' })
  })
})
