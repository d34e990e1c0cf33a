/**
 * An insider (a member with an invite, test/mesh/member-node.ts) sends
 * malformed, truncated, oversized and random messages to the storage peer's
 * shard, catalog, status, audit and member protocols. After every batch the
 * target is still up, its RSS stays under a bound, it still serves the
 * origin (restores identical, check clean) and the origin's shards on it are
 * unchanged.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { PROTOCOL_ID as AUDIT } from '../../../protocol/audit/index.js'
import { PROTOCOL_ID as CATALOG } from '../../../protocol/catalog/index.js'
import { PROTOCOL_ID as MEMBER } from '../../../protocol/member/index.js'
import { PROTOCOL_ID as SHARD } from '../../../protocol/shard/index.js'
import { PROTOCOL_ID as STATUS } from '../../../protocol/status/index.js'
import { memberNode } from '../../mesh/member-node.js'
import type { MemberNode } from '../../mesh/member-node.js'
import { allServe, backup, checkClean, restoresIdentical, shardFiles } from '../invariants.js'
import type { Taken } from '../invariants.js'
import { rng } from '../rng.js'
import type { Rng } from '../rng.js'
import { TrialFailure } from '../types.js'
import type { FaultCase } from '../types.js'
import { mesh3, NAMES3, sourceTree } from '../world.js'

interface World { taken: Taken[], t: MemberNode, target: PeerId, owner: string, rss0: number, sent: number }

const PROTOCOLS = [SHARD, CATALOG, STATUS, AUDIT, MEMBER]
/** Messages a trial sends, and the RSS the target may grow to over its size after start-up. */
const MESSAGES = 300
const RSS_GROWTH_BOUND = 256 * 1024 * 1024

function varint (n: number): Buffer {
  const out: number[] = []
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128) }
  out.push(n)
  return Buffer.from(out)
}

/** One hostile message: random bytes, a huge length prefix, a prefix promising more than comes, or a plausible prefix with garbage. */
function message (r: Rng): Buffer {
  switch (r.int(0, 4)) {
    case 0: return randomBytes(r.int(0, 4096))
    case 1: return Buffer.concat([varint(r.pick([2 ** 31, 2 ** 40, 0xffffffff, 64 * 1024 * 1024 + 1])), randomBytes(r.int(0, 64))])
    case 2: return Buffer.concat([varint(r.int(10, 100_000)), randomBytes(r.int(0, 8))])
    case 3: { const body = randomBytes(r.int(1, 2048)); return Buffer.concat([varint(body.length), body]) }
    default: return Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])
  }
}

async function rssOf (pid: number): Promise<number> {
  const m = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))
  return m === null ? 0 : Number(m[1]) * 1024
}

async function sendOne (w: World, protocol: string, bytes: Buffer): Promise<void> {
  let stream
  try {
    stream = await w.t.node.dialProtocol(w.target, protocol, { signal: AbortSignal.timeout(10_000) })
  } catch { return } // refused: fine
  const drained = (async () => {
    stream.send(bytes)
    await stream.close().catch(() => {})
    try { for await (const _ of stream) { /* the answer, if any: an error */ } } catch { /* reset: fine */ }
  })()
  let timer: NodeJS.Timeout | undefined
  await Promise.race([drained, new Promise<void>(resolve => { timer = setTimeout(resolve, 10_000) })])
  clearTimeout(timer)
  stream.abort(new Error('fuzz: done'))
  w.sent++
}

export const fuzzShard: FaultCase<World> = {
  name: 'fuzz-shard',
  what: `an insider sends ${MESSAGES} malformed/truncated/oversized/random messages a trial to every protocol of a peer`,
  trials: 20,
  quickTrials: 1,
  async setup (h) {
    await mesh3(h)
    const src = await sourceTree(h, 'src', 512 * 1024)
    const { taken } = await backup(h, 'a', src, ['--degraded'])
    const t = await memberNode(await h.invite('a'))
    const bAddr = (await h.status('b')).self.addrs.find(x => x.startsWith('/ip4/127.0.0.1/')) as string
    await t.join(bAddr)
    const pid = h.get('b').proc?.pid as number
    return { taken: [taken], t, target: peerIdFromString(h.get('b').peerId as string), owner: h.get('a').peerId as string, rss0: await rssOf(pid), sent: 0 }
  },
  async teardown (w) { await w.t.stop() },
  async trial (h, w, seed) {
    const r = rng(seed)
    const before = await shardFiles(h, ['b'], w.owner)
    const queue = Array.from({ length: MESSAGES }, () => ({ protocol: r.pick(PROTOCOLS), bytes: message(r) }))
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let m = queue.shift(); m !== undefined; m = queue.shift()) await sendOne(w, m.protocol, m.bytes)
    }))
    const b = h.get('b').proc
    if (b === undefined || b.exitCode !== null) throw new TrialFailure(`the fuzzed agent b exited: ${h.get('b').log.slice(-400)}`)
    const rss = await rssOf(b.pid as number)
    if (rss - w.rss0 > RSS_GROWTH_BOUND) throw new TrialFailure(`b's RSS grew from ${w.rss0 >> 20} MiB to ${rss >> 20} MiB`)
    if ((await shardFiles(h, ['b'], w.owner)) !== before) throw new TrialFailure('the origin\'s shards on b changed under fuzzing')
    await checkClean(h, 'a')
    await restoresIdentical(h, 'a', w.taken)
    await allServe(h, NAMES3)
  }
}
