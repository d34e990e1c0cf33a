/**
 * /meshbackup/audit/1.0.0 over in-memory stream pairs (unit tier; the node
 * tier is test/mesh/catalog-status-audit.test.ts).
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { encodeShardHeader, makeShardHeader } from '../../store/shard-format.js'
import { MemoryNetwork, readMessage, sendMessage, streamEnd, varintPrefix } from '../common/test-support/memory-node.js'
import { auditProtocol, auditShard, PROTOCOL_ID } from './index.js'
import type { MemoryNode } from '../common/test-support/memory-node.js'
import type { AuditProtocol, AuditShardRef, HeldBlock } from './index.js'

const KiB = 1024
const signal = (): AbortSignal => AbortSignal.timeout(5_000)

interface Held { header: Uint8Array, data: Uint8Array, blockSize: number }

describe('audit protocol (in memory)', () => {
  let net: MemoryNetwork
  let holder: MemoryNode
  let auditor: MemoryNode
  let service: AuditProtocol
  let members: Set<string>
  let shards: Map<string, Held>
  const key = (ref: AuditShardRef): string => `${ref.owner}/${Buffer.from(ref.packId).toString('hex')}/${ref.index}`

  function add (length: number, index = 0): { ref: AuditShardRef, shardHash: Uint8Array, held: Held } {
    const data = new Uint8Array(randomBytes(length))
    const ref = { owner: auditor.peerId.toString(), packId: new Uint8Array(randomBytes(32)), index }
    const header = makeShardHeader({ ...ref, k: 4, m: 2, packLength: length * 4 }, data)
    const held = { header: encodeShardHeader(header), data, blockSize: header.blockSize as number }
    shards.set(key(ref), held)
    return { ref, shardHash: header.shardHash as Uint8Array, held }
  }

  const readBlock = async (ref: AuditShardRef, block: number): Promise<HeldBlock | undefined> => {
    const held = shards.get(key(ref))
    if (held == null) return undefined
    const start = block * held.blockSize
    if (start >= held.data.byteLength) {
      throw Object.assign(new Error(`block ${block} is past the end`), { name: 'InvalidAuditRequestError' })
    }
    return { header: held.header, data: held.data.subarray(start, start + held.blockSize) }
  }

  beforeEach(async () => {
    net = new MemoryNetwork()
    holder = await net.node()
    auditor = await net.node()
    members = new Set([auditor.peerId.toString()])
    shards = new Map()
    service = auditProtocol({ requestTimeoutMs: 300, maxBlockBytes: 128 * KiB })({
      registrar: holder,
      isMember: (peer) => members.has(peer.toString()),
      readBlock
    })
    await service.start()
  })

  afterEach(async () => {
    await service.stop()
    holder.abortAll()
    auditor.abortAll()
  })

  it('proves held blocks, a corrupted one is corrupt, an unheld shard missing', async () => {
    const shard = add(3 * 64 * KiB + 100, 1)
    for (const block of [0, 2, 3]) {
      expect(await auditShard(auditor, holder.peerId, shard.ref, block, shard.shardHash, { signal: signal() }), `block ${block}`).toEqual({ ok: true })
    }
    shard.held.data[64 * KiB + 5] ^= 0x01
    expect(await auditShard(auditor, holder.peerId, shard.ref, 1, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'corrupt' })
    const other = { ...shard.ref, index: 2 }
    expect(await auditShard(auditor, holder.peerId, other, 0, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'missing' })
    // the holder's refusal (a block past the end) comes back as refused
    expect(await auditShard(auditor, holder.peerId, shard.ref, 4, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'refused' })
  })

  it('refuses a non-member (stream reset)', async () => {
    const shard = add(1000)
    members.clear()
    expect(await auditShard(auditor, holder.peerId, shard.ref, 0, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'refused' })
  })

  it('refuses a request over 1 KiB before reading it; a block over the holder limit is an internal error, over the auditor limit an error', async () => {
    const stream = await auditor.dialProtocol(holder.peerId, PROTOCOL_ID)
    stream.send(varintPrefix(2 * KiB))
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')

    const big = add(256 * KiB)
    big.held.blockSize = 256 * KiB // the storage hands out more than maxBlockBytes
    const result = await auditShard(auditor, holder.peerId, big.ref, 0, big.shardHash, { signal: signal() })
    expect(result).toMatchObject({ ok: false, reason: 'refused' })
    expect(result.ok ? '' : result.message).toMatch(/AuditInternalError: remote: internal error/)

    const shard = add(64 * KiB)
    expect(await auditShard(auditor, holder.peerId, shard.ref, 0, shard.shardHash, { signal: signal(), maxBlockBytes: 1 * KiB }))
      .toMatchObject({ ok: false, reason: 'error' })
  })

  it('resets a silent auditor after the request timeout, and times out on a silent holder', async () => {
    const stream = await auditor.dialProtocol(holder.peerId, PROTOCOL_ID)
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')

    const silent = await net.node()
    await silent.handle(PROTOCOL_ID, () => {})
    const shard = add(1000)
    expect(await auditShard(auditor, silent.peerId, shard.ref, 0, shard.shardHash, { signal: signal(), requestTimeoutMs: 100 }))
      .toMatchObject({ ok: false, reason: 'timeout' })
  })

  it('resets malformed requests (garbage, a bad ref) and reports a malformed answer as an error', async () => {
    const garbage = await auditor.dialProtocol(holder.peerId, PROTOCOL_ID)
    garbage.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
    expect((await streamEnd(garbage))?.name).toBe('StreamResetError')

    // a well-formed message with a 3-byte pack id is answered with BAD_REQUEST
    const badRef = await auditor.dialProtocol(holder.peerId, PROTOCOL_ID)
    await sendMessage(badRef, pb.AuditRequest, { owner: 'o', packId: Uint8Array.from([1, 2, 3]), index: 0, block: 0 })
    const response = await readMessage(badRef, pb.AuditResponse)
    expect(response).toMatchObject({ ok: false, error: { code: 1 } })
    expect(response.error?.message).toMatch(/pack id must be 32 bytes/)

    const liar = await net.node()
    await liar.handle(PROTOCOL_ID, (s) => {
      s.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
      void s.close()
    })
    const shard = add(1000)
    expect(await auditShard(auditor, liar.peerId, shard.ref, 0, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'error' })
    // and the holder still serves
    expect(await auditShard(auditor, holder.peerId, shard.ref, 0, shard.shardHash, { signal: signal() })).toEqual({ ok: true })
  })
})
