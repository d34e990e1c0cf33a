/**
 * Gossip heartbeats and the peer table between real libp2p nodes (TCP + Noise
 * + yamux on 127.0.0.1, @libp2p/gossipsub 17) in one process.
 *
 * How gossipsub joins a mesh node: createMeshNode's `services` takes
 * `pubsub: meshGossipsub()` (agent/mesh/heartbeat.ts), a gossipsub factory
 * with the small-mesh settings of MESH_GOSSIPSUB_DEFAULTS.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { heartbeatTopic, HeartbeatService, meshGossipsub } from '../../agent/mesh/heartbeat.js'
import { checkProof, membershipProof, newMembership } from '../../agent/mesh/membership.js'
import { createMeshNode } from '../../agent/mesh/node.js'
import { PeerTable } from '../../agent/mesh/peer-table.js'
import { encode, pb } from '../../proto/index.js'
import { PeerTableDb } from '../../store/peer-table-db.js'
import type { LocalHeartbeatInfo } from '../../agent/mesh/heartbeat.js'
import type { Membership } from '../../agent/mesh/membership.js'
import type { MeshBaseServices } from '../../agent/mesh/node.js'
import type { PeerRecord, PeerTableStore } from '../../agent/mesh/peer-table.js'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, PrivateKey } from '@libp2p/interface'

const INTERVAL_SECONDS = 0.3
const DOWN_AFTER_SECONDS = 1.2

type Node = Libp2p<MeshBaseServices & { pubsub: GossipSub }>

interface Agent {
  key: PrivateKey
  node: Node
  table: PeerTable
  heartbeat: HeartbeatService
  info: LocalHeartbeatInfo
}

function seed (n: number): Uint8Array {
  return new Uint8Array(32).fill(n)
}

async function waitFor (what: string, check: () => boolean, timeoutMs = 10_000): Promise<number> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  return Date.now() - start
}

function infoOf (i: number): LocalHeartbeatInfo {
  return {
    site: ['office-berlin', 'dc-frankfurt', 'cloud'][i % 3],
    media: ['ssd', 'disk', 'object'][i % 3],
    capacity: (i + 1) * 2 ** 40,
    used: i * 1000,
    free: (i + 1) * 2 ** 40 - i * 1000,
    version: '0.1.0',
    shards: i * 7,
    lastBackupMs: 1_763_000_000_000 + i,
    addrs: []
  }
}

describe('gossip heartbeats and the peer table', () => {
  let membership: Membership
  let agents: Agent[] = []
  const extra: Array<{ stop: () => Promise<void> }> = []
  let dirs: string[] = []

  async function startAgent (i: number, options: { proof?: Uint8Array, store?: PeerTableStore } = {}): Promise<Agent> {
    const key = await generateKeyPairFromSeed('Ed25519', seed(20 + i))
    const node = await createMeshNode({
      privateKey: key,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: { pubsub: meshGossipsub() }
    })
    const table = new PeerTable({ downAfterSeconds: DOWN_AFTER_SECONDS, tickSeconds: 0.1 }, { store: options.store })
    await table.start()
    const info = { ...infoOf(i), addrs: node.getMultiaddrs().map(a => a.toString()) }
    const heartbeat = new HeartbeatService({
      peerId: node.peerId,
      pubsub: node.services.pubsub,
      peerTable: table,
      localInfo: () => info,
      membershipProof: options.proof ?? membershipProof(membership, node.peerId.toString()),
      checkProof: (peerId, proof) => checkProof(membership, peerId, proof)
    }, { meshId: membership.meshId, intervalSeconds: INTERVAL_SECONDS })
    return { key, node, table, heartbeat, info }
  }

  async function stopAgent (agent: Agent): Promise<void> {
    await agent.heartbeat.stop()
    await agent.table.stop()
    await agent.node.stop()
  }

  /** Connect every pair (the roster does this in the agent). */
  async function connectAll (list: Agent[]): Promise<void> {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        await list[i].node.dial(list[j].node.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })
      }
    }
  }

  const sees = (a: Agent, b: Agent): PeerRecord | undefined => a.table.get(b.node.peerId.toString())

  beforeEach(async () => {
    membership = newMembership()
    agents = await Promise.all([0, 1, 2].map(async i => startAgent(i)))
    await connectAll(agents)
    await Promise.all(agents.map(async a => a.heartbeat.start()))
  })

  afterEach(async () => {
    await Promise.all([...agents.map(stopAgent), ...extra.map(async e => e.stop())])
    agents = []
    extra.length = 0
    await Promise.all(dirs.map(async d => rm(d, { recursive: true, force: true })))
    dirs = []
  })

  it('three agents see each other up, with site, media and capacity', async () => {
    const ms = await waitFor('every agent to see the two others up', () =>
      agents.every(a => agents.every(b => a === b || sees(a, b)?.up === true)))
    for (const a of agents) {
      expect(a.table.get(a.node.peerId.toString())).toBeUndefined()
      for (const [j, b] of agents.entries()) {
        if (a === b) continue
        const record = sees(a, b)
        expect(record).toMatchObject({ ...infoOf(j), addrs: b.info.addrs, up: true, peerId: b.node.peerId.toString() })
        expect(Date.now() - (record?.lastSeenMs ?? 0)).toBeLessThan(2_000)
      }
    }
    expect(agents.every(a => a.heartbeat.stats.rejected === 0)).toBe(true)
    // changes propagate as peer:update
    const updates: PeerRecord[] = []
    agents[0].table.addEventListener('peer:update', (evt) => { updates.push(evt.detail) })
    agents[1].info.free = 12345
    await waitFor('the new free space to arrive', () => sees(agents[0], agents[1])?.free === 12345)
    expect(updates.map(u => u.free)).toContain(12345)
    expect(ms).toBeLessThan(5_000)
  })

  it('marks a stopped agent down within the threshold', async () => {
    await waitFor('all up', () => agents.every(a => agents.every(b => a === b || sees(a, b)?.up === true)))
    const [a, b, gone] = agents
    const downs: Array<{ at: number, peer: string }> = []
    for (const x of [a, b]) x.table.addEventListener('peer:down', (evt) => { downs.push({ at: Date.now(), peer: evt.detail.peerId }) })
    const stoppedAt = Date.now()
    await stopAgent(gone)
    agents = [a, b]
    await waitFor('both to mark it down', () => sees(a, gone)?.up === false && sees(b, gone)?.up === false, 5_000)
    expect(downs.map(d => d.peer)).toEqual([gone.node.peerId.toString(), gone.node.peerId.toString()])
    for (const d of downs) {
      // down after DOWN_AFTER_SECONDS of silence (+ one 100 ms tick, + scheduling slack)
      expect(d.at - stoppedAt).toBeLessThanOrEqual(DOWN_AFTER_SECONDS * 1000 + 600)
      expect(d.at - stoppedAt).toBeGreaterThanOrEqual(DOWN_AFTER_SECONDS * 1000 - INTERVAL_SECONDS * 1000 - 100)
    }
    // the others stay up
    expect(sees(a, b)?.up).toBe(true)
    expect(sees(b, a)?.up).toBe(true)
  })

  it('rejects heartbeats with a bad membership proof or a borrowed peer id', async () => {
    const rogue = await startAgent(5, { proof: new Uint8Array(randomBytes(32)) })
    extra.push({ stop: async () => stopAgent(rogue) })
    await connectAll([...agents, rogue])
    await rogue.heartbeat.start()
    await waitFor('the rogue heartbeats to be rejected', () => agents.every(a => a.heartbeat.stats.rejected >= 2))
    for (const a of agents) expect(sees(a, rogue)).toBeUndefined()
    // the rogue itself accepts the members' heartbeats (its checkProof is the real one)
    await waitFor('the rogue to see members', () => agents.every(a => sees(rogue, a)?.up === true))

    // a heartbeat claiming a member's peer id, with that member's genuine proof:
    // gossipsub signs it as the rogue, so `from` gives it away
    const victim = agents[0].node.peerId.toString()
    const before = agents.map(a => a.heartbeat.stats.rejected)
    await rogue.node.services.pubsub.publish(heartbeatTopic(membership.meshId), encode(pb.Heartbeat, {
      peerId: victim,
      site: 'evil',
      media: 'evil',
      timeMs: Date.now(),
      membershipProof: membershipProof(membership, victim)
    }))
    await waitFor('the impersonation to be rejected', () => agents.slice(1).every((a, i) => a.heartbeat.stats.rejected > before[i + 1]))
    for (const a of agents.slice(1)) expect(sees(a, agents[0])?.site).toBe('office-berlin')
  })

  it('ignores stale heartbeats', async () => {
    const late = await startAgent(6)
    extra.push({ stop: async () => stopAgent(late) })
    // its clock is an hour behind
    const skewed = new HeartbeatService({
      peerId: late.node.peerId,
      pubsub: late.node.services.pubsub,
      peerTable: late.table,
      localInfo: () => late.info,
      membershipProof: membershipProof(membership, late.node.peerId.toString()),
      checkProof: (peerId, proof) => checkProof(membership, peerId, proof)
    }, { meshId: membership.meshId, intervalSeconds: INTERVAL_SECONDS, now: () => Date.now() - 3_600_000 })
    extra.push({ stop: async () => skewed.stop() })
    await connectAll([...agents, late])
    await skewed.start()
    await waitFor('stale heartbeats to be ignored', () => agents.every(a => a.heartbeat.stats.ignored >= 2))
    for (const a of agents) expect(sees(a, late)).toBeUndefined()
  })

  it('keeps the table across a restart (LevelDB), peers loaded as down until heard again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mb-peer-table-'))
    dirs.push(dir)
    let db = new Level<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
    await db.open()
    const old = agents[0]
    await stopAgent(old)
    // agent 0 restarts with a persistent table
    agents[0] = await startAgent(0, { store: new PeerTableDb(db.sublevel<string, Uint8Array>('mesh', { valueEncoding: 'view' })) })
    await connectAll(agents)
    await agents[0].heartbeat.start()
    await waitFor('agent 0 to see the others', () => agents.slice(1).every(b => sees(agents[0], b)?.up === true))
    const before = agents.slice(1).map(b => sees(agents[0], b))

    // stop everything of agent 0, close and reopen the database
    await stopAgent(agents[0])
    await db.close()
    db = new Level<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
    await db.open()
    try {
      const store = new PeerTableDb(db.sublevel<string, Uint8Array>('mesh', { valueEncoding: 'view' }))
      const reloaded = new PeerTable({ downAfterSeconds: DOWN_AFTER_SECONDS }, { store })
      await reloaded.start()
      const ups: string[] = []
      reloaded.addEventListener('peer:up', (evt) => { ups.push(evt.detail.peerId) })
      expect(reloaded.list()).toHaveLength(2)
      for (const [i, b] of agents.slice(1).entries()) {
        const record = reloaded.get(b.node.peerId.toString())
        expect(record).toMatchObject({ ...infoOf(i + 1), addrs: b.info.addrs, up: false })
        expect(record?.lastSeenMs).toBeGreaterThanOrEqual(before[i]?.lastSeenMs ?? Infinity)
      }

      // heard again → up again
      const node = await createMeshNode({ privateKey: old.key, listen: ['/ip4/127.0.0.1/tcp/0'], services: { pubsub: meshGossipsub() } })
      const heartbeat = new HeartbeatService({
        peerId: node.peerId,
        pubsub: node.services.pubsub,
        peerTable: reloaded,
        localInfo: () => infoOf(0),
        membershipProof: membershipProof(membership, node.peerId.toString()),
        checkProof: (peerId, proof) => checkProof(membership, peerId, proof)
      }, { meshId: membership.meshId, intervalSeconds: INTERVAL_SECONDS })
      agents[0] = { key: old.key, node, table: reloaded, heartbeat, info: infoOf(0) }
      await connectAll(agents)
      await heartbeat.start()
      await waitFor('the reloaded peers to come up', () => reloaded.upPeers().length === 2)
      expect(ups.sort()).toEqual(agents.slice(1).map(b => b.node.peerId.toString()).sort())
      await stopAgent(agents[0])
      agents = agents.slice(1)
    } finally {
      await db.close()
    }
  })
})
