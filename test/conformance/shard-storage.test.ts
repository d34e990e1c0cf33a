/** Every ShardStorage passes the conformance suite: the agent's (over the disk store) and the in-memory one of the tests. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MeshShardStorage } from '../../agent/mesh/shard-storage.js'
import { ShardStore } from '../../store/shard-store.js'
import { MemoryShardStorage } from '../mesh/memory-storage.js'
import { describeShardStorage } from './shard-storage.js'

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
