/** Every ShardStorage passes the conformance suite: the agent's (over the disk store) and the in-memory one of the tests. */
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MeshShardStorage } from '../../agent/mesh/shard-storage.js'
import type { ShardStorage } from '../../protocol/shard/index.js'
import { ShardStore } from '../../store/shard-store.js'
import { MemoryShardStorage } from '../mesh/memory-storage.js'
import { describeShardStorage, slices, testShard } from './shard-storage.js'

const PEERS: [string, string] = ['member-a', 'member-b']
const QUOTA = 1024 * 1024

describeShardStorage('MemoryShardStorage', async () => ({ storage: new MemoryShardStorage(), peers: PEERS }))

describeShardStorage('MemoryShardStorage with a quota', async () => ({ storage: new MemoryShardStorage({ quotaBytes: QUOTA }), peers: PEERS, quotaBytes: QUOTA }))

describeShardStorage('MeshShardStorage over the disk ShardStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mb-conf-storage-'))
  const store = new ShardStore(dir)
  await store.open()
  return {
    storage: new MeshShardStorage(store, { quotaPerMember: QUOTA, isMember: id => PEERS.includes(id) }),
    peers: PEERS,
    quotaBytes: QUOTA,
    cleanup: async () => { await rm(dir, { recursive: true, force: true }) }
  }
})

describe('MeshShardStorage: a shard whose header is damaged on disk', () => {
  it('is as good as missing: getHeader undefined (a get is answered not found), its bytes are not served, and a put replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mb-conf-storage-'))
    try {
      const store = new ShardStore(dir)
      await store.open()
      const storage: ShardStorage = new MeshShardStorage(store, { quotaPerMember: 0, isMember: () => true })
      const s = testShard(PEERS[0], 3000)
      const signal = AbortSignal.timeout(10_000)
      await storage.put(s.header, slices(s.data, 1000), { signal, peer: PEERS[0] })
      // the header starts after "MBS1" and its u32 length: garble it
      const fh = await open(store.pathOf(s.ref.owner, s.ref.packId, s.ref.index), 'r+')
      await fh.write(Buffer.alloc(16, 0xff), 0, 16, 8)
      await fh.close()
      expect(await storage.getHeader(s.ref, { signal })).toBeUndefined()
      await expect((async () => { for await (const _ of storage.read(s.ref, 0, 1, { signal })) { /* nothing */ } })()).rejects.toMatchObject({ name: 'ShardCorruptError' })
      expect(await storage.put(s.header, slices(s.data, 1000), { signal, peer: PEERS[0] })).toEqual({ existed: false })
      expect(await storage.getHeader(s.ref, { signal })).toMatchObject({ shardLength: 3000 })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
