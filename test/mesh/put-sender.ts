/**
 * A separate process that starts a put of a 16 MiB shard to an agent and
 * sends it slowly, so that a test can kill -9 it mid-transfer.
 * Usage: MESHBACKUP_TOKEN=INVITE node dist/test/mesh/put-sender.js MESH_DIR AGENT_MULTIADDR [BYTES]
 * (the invite admits the sender as a new member; without it, the mesh directory's secret alone)
 * Prints "SENDING <pack id hex> <peer id>" once the first MiB is out.
 */
import '../../agent/polyfill.js'
import { randomBytes } from 'node:crypto'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { putShard } from '../../protocol/shard/index.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { memberNode } from './member-node.js'

const [meshDir, addr, size] = process.argv.slice(2)
const m = await memberNode(process.env.MESHBACKUP_TOKEN ?? meshDir)
await m.join(addr)
const data = randomBytes(Number(size ?? 16 * 1024 * 1024))
const packId = randomBytes(32)
const header = makeShardHeader({ owner: m.peerId, packId, index: 0, k: 4, m: 2, packLength: data.length * 4 }, data)
async function * slow (): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < data.length; off += 1024 * 1024) {
    yield data.subarray(off, off + 1024 * 1024)
    if (off === 0) process.stdout.write(`SENDING ${packId.toString('hex')} ${m.peerId}\n`)
    await new Promise(resolve => setTimeout(resolve, 500))
  }
}
const pid = peerIdFromString(multiaddr(addr).getComponents().find(c => c.name === 'p2p')?.value as string)
await putShard(m.node, pid, header as never, slow(), { signal: AbortSignal.timeout(120_000) })
process.stdout.write('DONE\n')
await m.stop()
