/** The local shard peer (a disk store) passes the ShardPeer conformance suite; the remote one is in remote-shard-peer.node.test.ts. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalShardPeer } from '../../agent/repository/shard-peer.js'
import { ShardStore } from '../../store/shard-store.js'
import { damageShardFile } from './damage.js'
import { describeShardPeer } from './shard-peer.js'
import type { ShardPeerSubject } from './shard-peer.js'

const OWNER = 'owner-local'

async function localPeer (capacity?: number): Promise<ShardPeerSubject> {
  const dir = await mkdtemp(join(tmpdir(), 'mb-conf-peer-'))
  const store = new ShardStore(dir, { capacity })
  await store.open()
  return {
    peer: new LocalShardPeer('local', store),
    owner: OWNER,
    damage: async (owner, packId, index, offset) => { await damageShardFile(store, owner, packId, index, offset) },
    limitBytes: capacity,
    cleanup: async () => { await rm(dir, { recursive: true, force: true }) }
  }
}

describeShardPeer('LocalShardPeer over the disk ShardStore', async () => await localPeer())

describeShardPeer('LocalShardPeer over a disk ShardStore with a capacity', async () => await localPeer(1024 * 1024))
