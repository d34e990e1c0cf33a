/**
 * RemoteShardPeer passes the ShardPeer conformance suite over two real
 * in-process libp2p nodes on 127.0.0.1 (TCP + Noise + yamux): the responder
 * serves MeshShardStorage over a disk ShardStore, as an agent does. Then what
 * only a remote adds: a peer that went away and a stream cut mid-read are
 * unavailable (try later), never repair material; a header damaged on the
 * remote disk is answered as not held (repair material).
 */
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Libp2p } from '@libp2p/interface'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MeshShardStorage } from '../../agent/mesh/shard-storage.js'
import { createMeshNode } from '../../agent/mesh/node.js'
import { RemoteShardPeer } from '../../agent/mesh/remote-peer.js'
import { shardFailureAction } from '../../agent/repair/shard-failure.js'
import { shardProtocol } from '../../protocol/shard/index.js'
import type { ShardStorage, VerifyDelete } from '../../protocol/shard/index.js'
import { PeerUnreachableError, ShardNotFoundError, ShardUnavailableError } from '../../store/shard-errors.js'
import { BLOCK_SIZE, makeShardHeader } from '../../store/shard-format.js'
import { ShardStore } from '../../store/shard-store.js'
import { damageShardFile } from './damage.js'
import { describeShardPeer } from './shard-peer.js'
import type { ShardPeerSubject } from './shard-peer.js'

interface Pair extends ShardPeerSubject {
  server: Libp2p
  store: ShardStore
}

/** The owner's signature over the delete payload, checked with the sender's own key. */
const verifyDelete: VerifyDelete = async (request, remotePeer) =>
  request.ref.owner === remotePeer.toString() && remotePeer.publicKey !== undefined && await remotePeer.publicKey.verify(request.payload, request.signature)

async function remotePair (init: { quotaPerMember?: number, wrap?: (storage: ShardStorage) => ShardStorage } = {}): Promise<Pair> {
  const dir = await mkdtemp(join(tmpdir(), 'mb-conf-remote-'))
  const store = new ShardStore(dir)
  await store.open()
  const mesh = new MeshShardStorage(store, { quotaPerMember: init.quotaPerMember ?? 0, isMember: () => true })
  const storage = init.wrap?.(mesh) ?? mesh
  const server = await createMeshNode({
    privateKey: await generateKeyPair('Ed25519'),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    services: { shard: (c) => shardProtocol({ requestTimeoutMs: 5_000, idleTimeoutMs: 5_000 })({ registrar: c.registrar, storage, verifyDelete }) }
  })
  const clientKey = await generateKeyPair('Ed25519')
  const client = await createMeshNode({ privateKey: clientKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
  await client.dial(server.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })
  return {
    peer: new RemoteShardPeer('server', client, server.peerId, clientKey),
    owner: client.peerId.toString(),
    damage: async (owner, packId, index, offset) => { await damageShardFile(store, owner, packId, index, offset) },
    limitBytes: init.quotaPerMember,
    server,
    store,
    cleanup: async () => {
      await client.stop()
      await server.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

describeShardPeer('RemoteShardPeer over the shard protocol to MeshShardStorage', async () => await remotePair())

describeShardPeer('RemoteShardPeer to a MeshShardStorage with a quota per member', async () => await remotePair({ quotaPerMember: 1024 * 1024 }))

describe('RemoteShardPeer: failures only a remote adds', () => {
  let pair: Pair | undefined
  afterEach(async () => { await pair?.cleanup?.(); pair = undefined })

  const putOne = async (p: Pair): Promise<{ packId: Uint8Array, data: Uint8Array }> => {
    const data = new Uint8Array(4 * BLOCK_SIZE).map((_, i) => i * 7)
    const packId = new Uint8Array(32).fill(9)
    await p.peer.put(makeShardHeader({ owner: p.owner, packId, index: 1, k: 4, m: 2, packLength: data.byteLength * 4 }, data), data, { signal: AbortSignal.timeout(10_000) })
    return { packId, data }
  }

  beforeEach(() => { pair = undefined })

  it('a peer that went away is PeerUnreachableError: unavailable, read around, not repaired', async () => {
    pair = await remotePair()
    const { packId } = await putOne(pair)
    await pair.server.stop()
    const err = await pair.peer.read(pair.owner, packId, 1, 0, 100, { signal: AbortSignal.timeout(15_000) }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PeerUnreachableError)
    expect(err).toBeInstanceOf(ShardUnavailableError)
    expect(shardFailureAction(err)).toBe('report')
  })

  it('a shard whose header is damaged on the remote disk is answered as not held: ShardNotFoundError, repair material', async () => {
    pair = await remotePair()
    const { packId } = await putOne(pair)
    const fh = await open(pair.store.pathOf(pair.owner, packId, 1), 'r+')
    await fh.write(Buffer.alloc(16, 0xff), 0, 16, 8)
    await fh.close()
    const err = await pair.peer.read(pair.owner, packId, 1, 0, 100, { signal: AbortSignal.timeout(15_000) }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ShardNotFoundError)
    expect(shardFailureAction(err)).toBe('repair')
  })

  it('a stream cut in the middle of a read is ShardUnavailableError: retried, not repaired', async () => {
    let cut = false
    pair = await remotePair({
      wrap: (inner) => ({
        ...bind(inner),
        read: async function * (ref, offset, length, options) {
          if (!cut) { yield * inner.read(ref, offset, length, options); return }
          for await (const chunk of inner.read(ref, offset, length, options)) {
            yield chunk.subarray(0, Math.floor(chunk.byteLength / 2))
            throw new Error('the disk went away')
          }
        }
      })
    })
    const { packId, data } = await putOne(pair)
    cut = true
    const err = await pair.peer.read(pair.owner, packId, 1, 0, data.byteLength, { signal: AbortSignal.timeout(15_000) }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ShardUnavailableError)
    expect(err).not.toBeInstanceOf(PeerUnreachableError)
    expect(shardFailureAction(err)).toBe('retry')
    cut = false
    expect(Buffer.from(await pair.peer.read(pair.owner, packId, 1, 0, data.byteLength, { signal: AbortSignal.timeout(15_000) })).equals(data)).toBe(true)
  })
})

/** A storage's methods bound to it, to override one of them. */
function bind (s: ShardStorage): ShardStorage {
  return {
    put: s.put.bind(s),
    getHeader: s.getHeader.bind(s),
    read: s.read.bind(s),
    has: s.has.bind(s),
    list: s.list.bind(s),
    delete: s.delete.bind(s),
    quotaAllows: s.quotaAllows.bind(s)
  }
}
