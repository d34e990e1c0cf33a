/**
 * /meshbackup/catalog/1.0.0 over in-memory stream pairs (unit tier; the node
 * tier is test/mesh/catalog-status-audit.test.ts).
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { MemoryNetwork, readMessage, sendMessage, streamEnd, varintPrefix } from '../common/test-support/memory-node.js'
import {
  catalogProtocol,
  getCatalog,
  listCatalogs,
  MemoryCatalogs,
  PROTOCOL_ID,
  putCatalog,
  replicateCatalog,
  signCatalog
} from './index.js'
import type { MemoryNode } from '../common/test-support/memory-node.js'
import type { CatalogProtocol, CatalogRecord } from './index.js'

const KiB = 1024
const signal = (): AbortSignal => AbortSignal.timeout(5_000)

/** A record with its byte fields as plain arrays (decoded fields are Buffers). */
function plain (record: CatalogRecord | undefined): unknown {
  return record == null ? record : { ...record, body: [...record.body], signature: [...record.signature] }
}

describe('catalog protocol (in memory)', () => {
  let net: MemoryNetwork
  let server: MemoryNode
  let client: MemoryNode
  let catalogs: MemoryCatalogs
  let service: CatalogProtocol
  let members: Set<string>

  beforeEach(async () => {
    net = new MemoryNetwork()
    server = await net.node()
    client = await net.node()
    members = new Set([client.peerId.toString()])
    catalogs = new MemoryCatalogs()
    service = catalogProtocol({ requestTimeoutMs: 300, maxBodyBytes: 64 * KiB })({
      registrar: server,
      catalogs,
      isMember: (peer) => members.has(peer.toString())
    })
    await service.start()
  })

  afterEach(async () => {
    await service.stop()
    server.abortAll()
    client.abortAll()
  })

  it('puts, gets and lists records; higher version wins, stale and forked versions are refused', async () => {
    const owner = client.privateKey
    expect(await getCatalog(client, server.peerId, client.peerId.toString(), { signal: signal() })).toBeUndefined()
    const v1 = await signCatalog(owner, { version: 1, body: Uint8Array.from([1, 2, 3]) })
    expect(await putCatalog(client, server.peerId, v1, { signal: signal() })).toEqual({ existed: false })
    expect(await putCatalog(client, server.peerId, v1, { signal: signal() })).toEqual({ existed: true })
    expect(plain(await getCatalog(client, server.peerId, v1.owner, { signal: signal() }))).toEqual(plain(v1))

    const v2 = await signCatalog(owner, { version: 2, body: Uint8Array.from([4]) })
    const [result] = await replicateCatalog(client, [server.peerId], v2, { signal: signal() })
    expect(result).toMatchObject({ ok: true, existed: false })
    await expect(putCatalog(client, server.peerId, v1, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogStaleVersionError', code: 4 })
    const fork = await signCatalog(owner, { version: 2, body: Uint8Array.from([5]) })
    await expect(putCatalog(client, server.peerId, fork, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogConflictError', code: 5 })
    const forged = { ...v2, body: Uint8Array.from([6]) }
    await expect(putCatalog(client, server.peerId, forged, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError', code: 3 })

    expect(await listCatalogs(client, server.peerId, { signal: signal() })).toEqual([{ owner: v2.owner, version: 2, timeMs: v2.timeMs }])
  })

  it('resets the streams of a non-member, unanswered (CatalogRefusedError), and stores nothing', async () => {
    members.clear()
    const v1 = await signCatalog(client.privateKey, { version: 1, body: Uint8Array.from([1]) })
    await expect(putCatalog(client, server.peerId, v1, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })
    await expect(listCatalogs(client, server.peerId, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })
    expect(catalogs.records.size).toBe(0)
  })

  it('refuses a body over the limit, a message over the limit unread, and an oversized answer', async () => {
    const tooBig = await signCatalog(client.privateKey, { version: 1, body: new Uint8Array(64 * KiB + 1) })
    // within the message limit (body + overhead) but over the body limit: answered TOO_LARGE
    await expect(putCatalog(client, server.peerId, tooBig, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogTooLargeError', code: 6 })
    const huge = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    huge.send(varintPrefix(1024 * KiB))
    expect((await streamEnd(huge))?.name).toBe('StreamResetError')
    expect(catalogs.records.size).toBe(0)

    const fits = await signCatalog(client.privateKey, { version: 1, body: new Uint8Array(32 * KiB) })
    await putCatalog(client, server.peerId, fits, { signal: signal() })
    await expect(getCatalog(client, server.peerId, fits.owner, { signal: signal(), maxBodyBytes: 1 * KiB }))
      .rejects.toMatchObject({ name: 'CatalogProtocolError' })
  })

  it('refuses a record of another owner (NOT_OWNER), and stores nothing but the sender\'s own', async () => {
    const other = await generateKeyPair('Ed25519')
    const theirs = await signCatalog(other, { version: 1, body: new Uint8Array(32 * KiB) })
    await expect(putCatalog(client, server.peerId, theirs, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogNotOwnerError', code: 7 })
    // a member (also listed) forwarding a real owner's record: refused the same way
    members.add(server.peerId.toString())
    const [result] = await replicateCatalog(client, [server.peerId], theirs, { signal: signal() })
    expect(result.ok === false ? result.error.name : 'ok').toBe('CatalogNotOwnerError')
    // a record claiming the sender as owner but signed by another key: a bad signature
    const claimed = { ...await signCatalog(other, { version: 1, body: Uint8Array.from([1]) }), owner: client.peerId.toString() }
    await expect(putCatalog(client, server.peerId, claimed, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError' })
    expect(catalogs.records.size).toBe(0)
    // the sender's own record is taken
    const own = await signCatalog(client.privateKey, { version: 1, body: Uint8Array.from([1]) })
    expect(await putCatalog(client, server.peerId, own, { signal: signal() })).toEqual({ existed: false })
    expect([...catalogs.records.keys()]).toEqual([client.peerId.toString()])
  })

  it('holds at most maxOwners owners: a new owner past it is refused (TOO_MANY_OWNERS), held owners still update', async () => {
    await service.stop()
    service = catalogProtocol({ maxOwners: 2, requestTimeoutMs: 1_000 })({ registrar: server, catalogs, isMember: () => true })
    await service.start()
    const nodes = await Promise.all([0, 1, 2, 3].map(async () => await net.node()))
    const put = async (n: MemoryNode, version: number): Promise<unknown> =>
      await putCatalog(n, server.peerId, await signCatalog(n.privateKey, { version, body: Uint8Array.from([version]) }), { signal: signal() })
    // two new owners at once at the limit of two, then two more at once: exactly two are held
    const first = await Promise.allSettled([put(nodes[0], 1), put(nodes[1], 1), put(nodes[2], 1)])
    expect(first.filter(r => r.status === 'fulfilled')).toHaveLength(2)
    const refused = first.find(r => r.status === 'rejected')
    expect(refused?.status === 'rejected' ? refused.reason : undefined).toMatchObject({ name: 'CatalogOwnerLimitError', code: 8 })
    expect(catalogs.records.size).toBe(2)
    await expect(put(nodes[3], 1)).rejects.toMatchObject({ name: 'CatalogOwnerLimitError' })
    const heldNode = nodes.find(n => catalogs.records.has(n.peerId.toString())) as MemoryNode
    expect(await put(heldNode, 2)).toEqual({ existed: false })
    expect(catalogs.records.get(heldNode.peerId.toString())?.version).toBe(2)
    expect(catalogs.records.size).toBe(2)
    expect(() => catalogProtocol({ maxOwners: 0 })({ registrar: server, catalogs, isMember: () => true })).toThrow(RangeError)
  })

  it('serves one request of a peer at a time and a few over all peers; a stream with no slot in time is reset', async () => {
    await service.stop()
    const a = await net.node()
    const b = await net.node()
    const c = await net.node()
    const own = async (n: MemoryNode, version: number): Promise<CatalogRecord> => await signCatalog(n.privateKey, { version, body: Uint8Array.from([version]) })
    // owners already held (a new owner's put is also serialized with other new owners')
    const slow = new MemoryCatalogs()
    for (const n of [a, b, c]) await slow.put(await own(n, 1))
    // then puts wait until released: requests stay in flight
    let releasePuts: () => void = () => {}
    const gate = new Promise<void>(resolve => { releasePuts = resolve })
    let putsStarted = 0
    const slowPut = slow.put.bind(slow)
    slow.put = async (record, options) => { putsStarted++; await gate; return await slowPut(record, options) }
    service = catalogProtocol({ maxConcurrentRequests: 2, maxRequestsPerPeer: 1, requestTimeoutMs: 2_000 })({ registrar: server, catalogs: slow, isMember: () => true })
    await service.start()
    const puts = [
      putCatalog(a, server.peerId, await own(a, 2), { signal: signal() }),
      putCatalog(a, server.peerId, await own(a, 3), { signal: signal() }),
      putCatalog(b, server.peerId, await own(b, 2), { signal: signal() }),
      putCatalog(c, server.peerId, await own(c, 2), { signal: signal() })
    ]
    await new Promise(resolve => setTimeout(resolve, 200))
    // a's second put waits for a's first; c waits for a slot (two in flight: a and b)
    expect(putsStarted).toBe(2)
    releasePuts()
    const results = await Promise.all(puts)
    expect(results).toEqual([{ existed: false }, { existed: false }, { existed: false }, { existed: false }])
    expect(putsStarted).toBe(4)
    expect(slow.records.get(a.peerId.toString())?.version).toBe(3)

    // a stream that gets no slot within the request timeout is reset, unread
    await service.stop()
    slow.put = async () => { await new Promise(resolve => setTimeout(resolve, 1_500)); return { result: 'stored' } }
    service = catalogProtocol({ maxConcurrentRequests: 1, requestTimeoutMs: 300 })({ registrar: server, catalogs: slow, isMember: () => true })
    await service.start()
    const held = putCatalog(a, server.peerId, await own(a, 4), { signal: signal() })
    const started = Date.now()
    const waiting = await b.dialProtocol(server.peerId, PROTOCOL_ID)
    expect((await streamEnd(waiting))?.name).toBe('StreamResetError')
    expect(Date.now() - started).toBeLessThan(1_200) // before the slot came free
    await expect(held).rejects.toMatchObject({ name: 'CatalogRefusedError' })
  })

  it('resets a silent requester after the request timeout, and times out on a silent responder', async () => {
    const stream = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')

    const silent = await net.node()
    await silent.handle(PROTOCOL_ID, () => {})
    await expect(listCatalogs(client, silent.peerId, { signal: signal(), requestTimeoutMs: 100 }))
      .rejects.toMatchObject({ name: 'CatalogTimeoutError' })
  })

  it('resets garbage, answers a request naming no operation or a bad owner with BAD_REQUEST, checks what it gets', async () => {
    const garbage = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    garbage.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
    expect((await streamEnd(garbage))?.name).toBe('StreamResetError')

    const empty = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    await sendMessage(empty, pb.CatalogRequest, {})
    expect((await readMessage(empty, pb.CatalogResponse)).error).toMatchObject({ code: 1, message: 'request names no operation' })

    const badOwner = await client.dialProtocol(server.peerId, PROTOCOL_ID)
    await sendMessage(badOwner, pb.CatalogRequest, { get: { owner: '' } })
    expect((await readMessage(badOwner, pb.CatalogResponse)).error?.code).toBe(1)

    // a peer that answers get() with another owner's (validly signed) record
    const other = await generateKeyPair('Ed25519')
    const theirs = await signCatalog(other, { version: 1, body: Uint8Array.from([1]) })
    const liar = await net.node()
    await liar.handle(PROTOCOL_ID, (s) => {
      void sendMessage(s, pb.CatalogResponse, { get: { record: theirs } }).then(async () => s.close())
    })
    await expect(getCatalog(client, liar.peerId, client.peerId.toString(), { signal: signal() })).rejects.toMatchObject({ name: 'CatalogProtocolError' })
  })
})
