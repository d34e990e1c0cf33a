/**
 * /meshbackup/catalog, /status and /audit between real libp2p nodes (TCP +
 * Noise + yamux on 127.0.0.1) in one process; in-memory storage behind them.
 */
import { randomBytes } from 'node:crypto'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMeshNode } from '../../agent/mesh/node.js'
import { encode, pb } from '../../proto/index.js'
import { auditProtocol, auditShard, PROTOCOL_ID as AUDIT_PROTOCOL_ID } from '../../protocol/audit/index.js'
import {
  catalogProtocol,
  catalogSigningPayload,
  getCatalog,
  listCatalogs,
  MemoryCatalogs,
  PROTOCOL_ID as CATALOG_PROTOCOL_ID,
  putCatalog,
  replicateCatalog,
  signCatalog,
  verifyCatalog
} from '../../protocol/catalog/index.js'
import { getStatus, statusProtocol } from '../../protocol/status/index.js'
import { encodeShardHeader, makeShardHeader } from '../../store/shard-format.js'
import type { MeshBaseServices } from '../../agent/mesh/node.js'
import type { AuditProtocol, AuditShardRef, HeldBlock } from '../../protocol/audit/index.js'
import type { CatalogProtocol, CatalogRecord } from '../../protocol/catalog/index.js'
import type { AgentStatusFields, StatusProtocol } from '../../protocol/status/index.js'
import type { Libp2p, PeerId, PrivateKey, Stream, StreamCloseEvent } from '@libp2p/interface'

const MiB = 1024 * 1024

function seed (n: number): Uint8Array {
  return new Uint8Array(32).fill(n)
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

/** Shards held by one test server, for readBlock. */
class HeldShards {
  readonly shards = new Map<string, { header: Uint8Array, data: Uint8Array, blockSize: number }>()

  static key (ref: AuditShardRef): string {
    return `${ref.owner}/${Buffer.from(ref.packId).toString('hex')}/${ref.index}`
  }

  add (owner: string, length: number, index = 0): { ref: AuditShardRef, shardHash: Uint8Array, data: Uint8Array } {
    const data = new Uint8Array(randomBytes(length))
    const packId = new Uint8Array(randomBytes(32))
    const header = makeShardHeader({ owner, packId, index, k: 4, m: 2, packLength: length * 4 }, data)
    const ref = { owner, packId, index }
    this.shards.set(HeldShards.key(ref), { header: encodeShardHeader(header), data, blockSize: header.blockSize as number })
    return { ref, shardHash: header.shardHash as Uint8Array, data }
  }

  readBlock = async (ref: AuditShardRef, block: number): Promise<HeldBlock | undefined> => {
    const held = this.shards.get(HeldShards.key(ref))
    if (held == null) return undefined
    const start = block * held.blockSize
    if (start >= held.data.byteLength) {
      throw Object.assign(new Error(`block ${block} is past the end`), { name: 'InvalidAuditRequestError' })
    }
    return { header: held.header, data: held.data.subarray(start, start + held.blockSize) }
  }
}

// a type alias (not an interface) so it satisfies ServiceMap's index signature
type Services = { catalog: CatalogProtocol, status: StatusProtocol, audit: AuditProtocol }
type Node = Libp2p<MeshBaseServices & Services>

function statusOf (peerId: string): AgentStatusFields {
  return {
    peerId,
    site: 'office-berlin',
    media: 'ssd',
    capacity: 8 * 2 ** 40,
    used: 3 * 2 ** 40 + 12345,
    free: 2 ** 53 - 1,
    shardsPerOwner: [
      { owner: 'owner-a', shards: 1200, bytes: 1200 * 4 * MiB },
      { owner: 'owner-b', shards: 0, bytes: 0 }
    ],
    peers: [
      { peerId: 'peer-1', site: 'dc-1', media: 'disk', up: true, capacity: 10 * 2 ** 40, used: 1, lastSeenMs: 1_763_000_000_123, addrs: ['/ip4/10.0.0.1/tcp/7443/p2p/peer-1'] },
      { peerId: 'peer-2', site: 'cloud', media: 'object', up: false, capacity: 0, used: 0, lastSeenMs: 0, addrs: [] }
    ],
    version: '0.1.0',
    uptimeMs: 86_400_000 * 3 + 17,
    lastBackupMs: 1_763_999_999_999,
    addrs: ['/ip4/127.0.0.1/tcp/4001', '/ip6/::1/tcp/4001']
  }
}

describe('catalog, status and audit protocols over libp2p', () => {
  let ownerKey: PrivateKey
  let owner: string
  let client: Libp2p<MeshBaseServices>
  let servers: Node[] = []
  let catalogs: MemoryCatalogs[] = []
  let held: HeldShards[] = []
  let members: Set<string>
  const signal = (): AbortSignal => AbortSignal.timeout(20_000)

  beforeEach(async () => {
    ownerKey = await generateKeyPairFromSeed('Ed25519', seed(9))
    owner = peerIdFromPrivateKey(ownerKey).toString()
    // the client is the owner: a member puts only its own catalog
    const clientKey = ownerKey
    const serverKeys = await Promise.all([11, 12, 13].map(async n => generateKeyPairFromSeed('Ed25519', seed(n))))
    members = new Set([clientKey, ...serverKeys].map(k => peerIdFromPrivateKey(k).toString()))
    const isMember = (peer: PeerId): boolean => members.has(peer.toString())
    catalogs = serverKeys.map(() => new MemoryCatalogs())
    held = serverKeys.map(() => new HeldShards())
    servers = await Promise.all(serverKeys.map(async (privateKey, i) => createMeshNode<Services>({
      privateKey,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        catalog: (c) => catalogProtocol({ requestTimeoutMs: 10_000 })({ registrar: c.registrar, catalogs: catalogs[i], isMember }),
        status: (c) => statusProtocol()({ registrar: c.registrar, isMember, getStatus: async () => statusOf(c.peerId.toString()) }),
        audit: (c) => auditProtocol()({ registrar: c.registrar, isMember, readBlock: held[i].readBlock })
      }
    })))
    client = await createMeshNode({ privateKey: clientKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
  })

  afterEach(async () => {
    await client?.stop()
    await Promise.all(servers.map(async s => s.stop()))
    servers = []
  })

  const target = (i = 0): ReturnType<Node['getMultiaddrs']> => servers[i].getMultiaddrs()

  describe('catalog', () => {
    it('signs and verifies records over the documented payload', async () => {
      const record = await signCatalog(ownerKey, { version: 7, body: new Uint8Array([1, 2, 3]), timeMs: 1_700_000_000_000 })
      expect(record.owner).toBe(owner)
      expect(await verifyCatalog(record)).toBe(true)
      const payload = catalogSigningPayload(record)
      const prefix = Buffer.from('meshbackup catalog v1\0')
      expect(Buffer.from(payload.subarray(0, prefix.byteLength)).equals(prefix)).toBe(true)
      const view = new DataView(payload.buffer, payload.byteOffset + prefix.byteLength + owner.length)
      expect(view.getBigUint64(0)).toBe(7n)
      expect(view.getBigInt64(8)).toBe(1_700_000_000_000n)
      expect([...payload.subarray(payload.byteLength - 3)]).toEqual([1, 2, 3])
      expect(await ownerKey.publicKey.verify(payload, record.signature)).toBe(true)
      expect(await verifyCatalog({ ...record, version: 8 })).toBe(false)
      expect(await verifyCatalog({ ...record, owner: 'not-a-peer-id' })).toBe(false)
    })

    it('puts and gets a record; a newer version replaces it, an older one is refused', async () => {
      expect(await getCatalog(client, target(), owner, { signal: signal() })).toBeUndefined()
      const v1 = await signCatalog(ownerKey, { version: 1, body: new Uint8Array(randomBytes(1000)) })
      expect(await putCatalog(client, target(), v1, { signal: signal() })).toEqual({ existed: false })
      const got = await getCatalog(client, target(), owner, { signal: signal() })
      expect(got?.version).toBe(1)
      expect(Buffer.from(got?.body ?? []).equals(v1.body)).toBe(true)
      expect(got?.timeMs).toBe(v1.timeMs)
      // the identical record again: accepted, already held
      expect(await putCatalog(client, target(), v1, { signal: signal() })).toEqual({ existed: true })

      const v2 = await signCatalog(ownerKey, { version: 2, body: new Uint8Array(randomBytes(5000)) })
      expect(await putCatalog(client, target(), v2, { signal: signal() })).toEqual({ existed: false })
      expect((await getCatalog(client, target(), owner, { signal: signal() }))?.version).toBe(2)

      await expect(putCatalog(client, target(), v1, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogStaleVersionError', code: 4 })
      // same version, different content
      const fork = await signCatalog(ownerKey, { version: 2, body: new Uint8Array([9]) })
      await expect(putCatalog(client, target(), fork, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogConflictError' })
      expect(catalogs[0].records.get(owner)?.version).toBe(2)

      // another owner's record: only from that owner itself, never forwarded
      const other = await generateKeyPairFromSeed('Ed25519', seed(10))
      const theirs = await signCatalog(other, { version: 5, body: new Uint8Array(0) })
      await expect(putCatalog(client, target(), theirs, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogNotOwnerError', code: 7 })
      const otherNode = await createMeshNode({ privateKey: other, listen: ['/ip4/127.0.0.1/tcp/0'] })
      try {
        members.add(otherNode.peerId.toString())
        await putCatalog(otherNode, target(), theirs, { signal: signal() })
      } finally {
        await otherNode.stop()
      }
      const list = await listCatalogs(client, target(), { signal: signal() })
      expect(list.map(e => [e.owner, e.version]).sort()).toEqual([[owner, 2], [peerIdFromPrivateKey(other).toString(), 5]].sort())
    })

    it('refuses forged records: signed by another key, or body changed after signing', async () => {
      const mallory = await generateKeyPairFromSeed('Ed25519', seed(66))
      const genuine = await signCatalog(ownerKey, { version: 3, body: new Uint8Array([1, 2, 3]) })
      const byMallory = await signCatalog(mallory, { version: 3, body: new Uint8Array([6, 6, 6]) })
      // mallory's signature on a record claiming the owner
      const forged: CatalogRecord = { ...byMallory, owner }
      await expect(putCatalog(client, target(), forged, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError', code: 3 })
      const tampered: CatalogRecord = { ...genuine, body: new Uint8Array([1, 2, 4]) }
      await expect(putCatalog(client, target(), tampered, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError' })
      const rolledTime: CatalogRecord = { ...genuine, timeMs: genuine.timeMs + 1 }
      await expect(putCatalog(client, target(), rolledTime, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError' })
      expect(catalogs[0].records.size).toBe(0)

      // a responder that hands out a forged record is caught by the client
      catalogs[1].records.set(owner, tampered)
      await expect(getCatalog(client, target(1), owner, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError' })
    })

    it('resets streams of non-members, unanswered', async () => {
      const outsider = await createMeshNode({ privateKey: await generateKeyPairFromSeed('Ed25519', seed(77)), listen: ['/ip4/127.0.0.1/tcp/0'] })
      try {
        const v1 = await signCatalog(ownerKey, { version: 1, body: new Uint8Array([1]) })
        await expect(putCatalog(outsider, target(), v1, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })
        await expect(getCatalog(outsider, target(), owner, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })
        await expect(listCatalogs(outsider, target(), { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })
        await expect(getStatus(outsider, target(), { signal: signal() })).rejects.toMatchObject({ name: 'StatusRefusedError' })
        expect(catalogs[0].records.size).toBe(0)
        // members still served
        await putCatalog(client, target(), v1, { signal: signal() })
        expect(catalogs[0].records.size).toBe(1)
      } finally {
        await outsider.stop()
      }
    })

    it('takes a 16 MiB body, refuses a larger one, resets malformed streams and keeps serving', async () => {
      const big = await signCatalog(ownerKey, { version: 1, body: new Uint8Array(16 * MiB).fill(7) })
      await putCatalog(client, target(), big, { signal: signal() })
      expect((await getCatalog(client, target(), owner, { signal: signal() }))?.body.byteLength).toBe(16 * MiB)
      const tooBig = await signCatalog(ownerKey, { version: 2, body: new Uint8Array(16 * MiB + 1) })
      await expect(putCatalog(client, target(), tooBig, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogTooLargeError' })

      const probe = async (): Promise<void> => {
        expect((await getCatalog(client, target(), owner, { signal: signal() }))?.version).toBe(1)
      }
      const validPut = encode(pb.CatalogRequest, { put: { record: { owner, version: 9, body: new Uint8Array(10), timeMs: 1, signature: new Uint8Array(64) } } })
      const cases: Array<[string, Uint8Array, boolean, 'reset' | 'answer']> = [
        ['garbage', Uint8Array.from([0x05, 0x7f, 0xff, 0xff, 0xff, 0xff]), false, 'reset'],
        ['oversized length prefix (100 MiB)', Uint8Array.from([0x80, 0x80, 0x80, 0x32, 0x00]), false, 'reset'],
        ['endless varint', new Uint8Array(16).fill(0xff), false, 'reset'],
        ['truncated', Uint8Array.from([100, ...new Uint8Array(10)]), true, 'reset'],
        ['truncated put', Uint8Array.from([...varint(validPut.byteLength), ...validPut.subarray(0, 20)]), true, 'reset'],
        ['empty request', Uint8Array.from([0x00]), true, 'answer']
      ]
      for (const [what, bytes, closeWrite, expected] of cases) {
        const stream = await client.dialProtocol(target(), CATALOG_PROTOCOL_ID, { signal: signal() })
        const done = closed(stream)
        stream.send(bytes)
        if (closeWrite) await stream.close()
        const err = await done
        if (expected === 'answer') expect(err, what).toBeUndefined()
        else expect(err?.name, what).toBe('StreamResetError')
        await probe()
      }
      // a well-formed put with a zeroed signature is refused with a wire error, not a reset
      const unsigned: CatalogRecord = { owner, version: 9, body: new Uint8Array(10), timeMs: 1, signature: new Uint8Array(64) }
      await expect(putCatalog(client, target(), unsigned, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogSignatureError' })
      await probe()
    })

    it('replicates a record to three peers and reports each result', async () => {
      const v4 = await signCatalog(ownerKey, { version: 4, body: new Uint8Array(randomBytes(2048)) })
      // one peer already holds a newer version: that one refuses
      await putCatalog(client, target(2), await signCatalog(ownerKey, { version: 5, body: new Uint8Array(1) }), { signal: signal() })
      const results = await replicateCatalog(client, [target(0), target(1), target(2)], v4, { signal: signal() })
      expect(results.map(r => r.ok)).toEqual([true, true, false])
      const failed = results[2]
      expect(failed.ok === false ? failed.error.name : '').toBe('CatalogStaleVersionError')
      expect(catalogs[0].records.get(owner)?.version).toBe(4)
      expect(catalogs[1].records.get(owner)?.version).toBe(4)
      // again: already held where it was stored
      const again = await replicateCatalog(client, servers.slice(0, 2).map(s => s.peerId), v4, { signal: signal() })
      expect(again).toMatchObject([{ ok: true, existed: true }, { ok: true, existed: true }])
    })
  })

  describe('status', () => {
    it('round-trips every field', async () => {
      const status = await getStatus(client, target(1), { signal: signal() })
      expect(status).toEqual(statusOf(servers[1].peerId.toString()))
    })
  })

  describe('audit', () => {
    it('proves a held block, in the middle and at the short end', async () => {
      const shard = held[0].add(owner, 5 * 64 * 1024 + 1000, 2)
      for (const block of [0, 3, 5]) {
        expect(await auditShard(client, target(), shard.ref, block, shard.shardHash, { signal: signal() }), `block ${block}`).toEqual({ ok: true })
      }
    })

    it('reports a corrupted block as corrupt', async () => {
      const shard = held[0].add(owner, 3 * 64 * 1024)
      shard.data[64 * 1024 + 17] ^= 0x01
      expect(await auditShard(client, target(), shard.ref, 0, shard.shardHash, { signal: signal() })).toEqual({ ok: true })
      expect(await auditShard(client, target(), shard.ref, 1, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'corrupt' })
    })

    it('reports a shard that is not held as missing', async () => {
      const shard = held[0].add(owner, 1000)
      expect(await auditShard(client, target(1), shard.ref, 0, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'missing' })
    })

    it('fails when the held header does not carry the expected shard hash', async () => {
      const shard = held[0].add(owner, 1000)
      const wrong = new Uint8Array(randomBytes(32))
      const result = await auditShard(client, target(), shard.ref, 0, wrong, { signal: signal() })
      expect(result).toMatchObject({ ok: false, reason: 'corrupt' })
      expect(result.ok ? '' : result.message).toMatch(/shard hash/)
    })

    it('reports a block past the end as refused, and a non-member as refused', async () => {
      const shard = held[0].add(owner, 1000)
      expect(await auditShard(client, target(), shard.ref, 1, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'refused' })
      const outsider = await createMeshNode({ privateKey: await generateKeyPairFromSeed('Ed25519', seed(78)), listen: ['/ip4/127.0.0.1/tcp/0'] })
      try {
        expect(await auditShard(outsider, target(), shard.ref, 0, shard.shardHash, { signal: signal() })).toMatchObject({ ok: false, reason: 'refused' })
      } finally {
        await outsider.stop()
      }
      // garbage resets the stream, and the holder keeps serving
      const stream = await client.dialProtocol(target(), AUDIT_PROTOCOL_ID, { signal: signal() })
      const done = closed(stream)
      stream.send(Uint8Array.from([0x80, 0x80, 0x04]))
      expect((await done)?.name).toBe('StreamResetError')
      expect(await auditShard(client, target(), shard.ref, 0, shard.shardHash, { signal: signal() })).toEqual({ ok: true })
    })
  })
})

function varint (value: number): number[] {
  const out: number[] = []
  while (value >= 0x80) { out.push((value % 0x80) | 0x80); value = Math.floor(value / 0x80) }
  out.push(value)
  return out
}
