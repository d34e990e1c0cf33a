/**
 * /meshbackup/status/1.0.0 over in-memory stream pairs (unit tier; the node
 * tier is test/mesh/catalog-status-audit.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { MemoryNetwork, sendMessage, streamEnd, varintPrefix } from '../common/test-support/memory-node.js'
import { getStatus, MAX_TEXT_LENGTH, PROTOCOL_ID, statusProtocol } from './index.js'
import type { MemoryNode } from '../common/test-support/memory-node.js'
import type { AgentStatusFields, StatusProtocol } from './index.js'

const signal = (): AbortSignal => AbortSignal.timeout(5_000)

function sampleStatus (peerId: string): AgentStatusFields {
  return {
    peerId,
    site: 'home',
    media: 'ssd',
    capacity: 2 ** 40,
    used: 2 ** 33 + 1,
    free: 2 ** 40 - 2 ** 33 - 1,
    shardsPerOwner: [{ owner: 'owner-a', shards: 12, bytes: 48 * 2 ** 20 }],
    peers: [{ peerId: 'peer-b', site: 'office', media: 'hdd', up: true, capacity: 10, used: 3, lastSeenMs: 1_700_000_000_000, addrs: ['/ip4/127.0.0.1/tcp/4001'] }],
    version: '0.1.0',
    uptimeMs: 12_345,
    lastBackupMs: 0,
    addrs: ['/ip4/127.0.0.1/tcp/4002']
  }
}

describe('status protocol (in memory)', () => {
  let net: MemoryNetwork
  let server: MemoryNode
  let client: MemoryNode
  let service: StatusProtocol
  let members: Set<string>
  let status: AgentStatusFields

  beforeEach(async () => {
    net = new MemoryNetwork()
    server = await net.node()
    client = await net.node()
    members = new Set([client.peerId.toString()])
    status = sampleStatus(server.peerId.toString())
    service = statusProtocol({ requestTimeoutMs: 300 })({
      registrar: server,
      getStatus: async () => status,
      isMember: (peer) => members.has(peer.toString())
    })
    await service.start()
  })

  afterEach(async () => {
    await service.stop()
    server.abortAll()
    client.abortAll()
  })

  it('answers a member with its status, every field intact', async () => {
    expect(service.isStarted()).toBe(true)
    expect(await getStatus(client, server.peerId, { signal: signal() })).toEqual(status)
  })

  it('resets the stream of a non-member, which the client reports as StatusRefusedError', async () => {
    members.clear()
    await expect(getStatus(client, server.peerId, { signal: signal() })).rejects.toMatchObject({ name: 'StatusRefusedError' })
  })

  it('refuses an oversized request before reading it, and a response over the client limit', async () => {
    const stream = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    stream.send(varintPrefix(5 * 1024 * 1024))
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')

    await expect(getStatus(client, server.peerId, { signal: signal(), maxMessageBytes: 64 }))
      .rejects.toMatchObject({ name: 'StatusProtocolError' })
  })

  it('answers a status over its own limits with a generic internal error', async () => {
    status = { ...status, site: 'x'.repeat(MAX_TEXT_LENGTH + 1) }
    const err = await getStatus(client, server.peerId, { signal: signal() }).catch((e: Error) => e)
    expect(err).toMatchObject({ name: 'StatusInternalError' })
    expect((err as Error).message).not.toContain('x'.repeat(MAX_TEXT_LENGTH))
  })

  it('resets a silent requester after the request timeout', async () => {
    const stream = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    const started = Date.now()
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  })

  it('gives up on a silent responder with StatusTimeoutError', async () => {
    const silent = await net.node()
    await silent.handle(PROTOCOL_ID, () => {})
    await expect(getStatus(client, silent.peerId, { signal: signal(), requestTimeoutMs: 100 }))
      .rejects.toMatchObject({ name: 'StatusTimeoutError' })
  })

  it('resets a malformed request and reports a malformed response as StatusProtocolError', async () => {
    const stream = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    stream.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f])) // field 1 of wire type 7: not protobuf
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')

    const liar = await net.node()
    await liar.handle(PROTOCOL_ID, (s) => {
      void sendMessage(s, pb.StatusResponse, { status: { peerId: 'p'.repeat(MAX_TEXT_LENGTH + 1) } }).then(async () => s.close())
    })
    await expect(getStatus(client, liar.peerId, { signal: signal() })).rejects.toMatchObject({ name: 'StatusProtocolError' })

    const garbler = await net.node()
    await garbler.handle(PROTOCOL_ID, (s) => {
      s.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
      void s.close()
    })
    await expect(getStatus(client, garbler.peerId, { signal: signal() })).rejects.toMatchObject({ name: 'StatusProtocolError' })
  })
})
