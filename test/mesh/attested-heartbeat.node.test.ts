/**
 * Heartbeats repeat the invite that admitted a member; the receiver keeps the
 * member on the site and media that invite attests, whatever the heartbeat
 * claims (real libp2p nodes with gossipsub on 127.0.0.1, in one process).
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { afterEach, describe, expect, it } from 'vitest'
import { Admissions } from '../../agent/mesh/admissions.js'
import { HeartbeatService, meshGossipsub } from '../../agent/mesh/heartbeat.js'
import { checkProof, membershipProof, newMembership } from '../../agent/mesh/membership.js'
import { createMeshNode } from '../../agent/mesh/node.js'
import { PeerTable } from '../../agent/mesh/peer-table.js'
import type { SavedMembership } from '../../agent/mesh/membership.js'
import type { MeshBaseServices } from '../../agent/mesh/node.js'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p } from '@libp2p/interface'

type Node = Libp2p<MeshBaseServices & { pubsub: GossipSub }>

interface Agent { node: Node, table: PeerTable, heartbeat: HeartbeatService, admissions: Admissions, id: string }

const mesh = newMembership()
const running: Agent[] = []

async function start (opts: { site: string, admission?: Uint8Array }): Promise<Agent> {
  const key = await generateKeyPair('Ed25519')
  const node: Node = await createMeshNode({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'], services: { pubsub: meshGossipsub() } })
  const id = node.peerId.toString()
  const table = new PeerTable({ downAfterSeconds: 5, tickSeconds: 0.1 })
  await table.start()
  const membership: SavedMembership = { ...mesh, admission: opts.admission ?? new Uint8Array(0) }
  const admissions = new Admissions({ selfId: id, identity: key, membership, admins: [], store: { load: async () => [], save: async () => {} }, knownPeer: x => table.get(x) !== undefined })
  await admissions.start()
  const heartbeat = new HeartbeatService({
    peerId: node.peerId,
    pubsub: node.services.pubsub,
    peerTable: table,
    localInfo: () => ({ site: opts.site, media: 'disk', capacity: 1, used: 0, free: 1, version: 't', shards: 0, lastBackupMs: 0, addrs: [] }),
    membershipProof: membershipProof(mesh, id),
    checkProof: (peerId, proof) => checkProof(mesh, peerId, proof),
    admission: admissions.ownAdmission(),
    attest: (peerId, admission) => admissions.attest(peerId, admission)
  }, { meshId: mesh.meshId, intervalSeconds: 0.2 })
  const a = { node, table, heartbeat, admissions, id }
  running.push(a)
  return a
}

async function waitFor (what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

afterEach(async () => {
  for (const a of running.splice(0)) {
    await a.heartbeat.stop()
    await a.table.stop()
    await a.node.stop()
  }
})

describe('attested labels in heartbeats', () => {
  it('a member claiming another site stays on the attested one; a creator\'s claim stands', async () => {
    const creator = await start({ site: 'hq' })
    const { admission, record } = await creator.admissions.issue({ ttlMs: 60_000, singleUse: true, site: 'branch', media: 'nas' })
    const liar = await start({ site: 'made-up', admission })
    await liar.node.dial(creator.node.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })
    await creator.heartbeat.start()
    await liar.heartbeat.start()
    await waitFor('both to hear each other', () => creator.table.get(liar.id)?.up === true && liar.table.get(creator.id)?.up === true)
    expect(creator.table.get(liar.id)).toMatchObject({ site: 'branch', media: 'nas', attestedBy: creator.id, inviteId: record.inviteId })
    // the creator has no invite: its own labels stand, unattested
    const seen = liar.table.get(creator.id)
    expect(seen).toMatchObject({ site: 'hq', media: 'disk' })
    expect(seen?.attestedBy).toBeUndefined()
    // the liar's own record of itself: attested by the creator
    expect(liar.admissions.attestation(liar.id)).toEqual({ inviteId: record.inviteId, issuer: creator.id, site: 'branch', media: 'nas' })
  })

  it('a heartbeat showing a single-use invite of another identity is ignored', async () => {
    const creator = await start({ site: 'hq' })
    const { admission } = await creator.admissions.issue({ ttlMs: 60_000, singleUse: true, site: 'branch', media: 'nas' })
    const first = await start({ site: 'branch', admission })
    const second = await start({ site: 'elsewhere', admission })
    for (const a of [first, second]) await a.node.dial(creator.node.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })
    await creator.heartbeat.start()
    await first.heartbeat.start()
    await waitFor('the first to be heard', () => creator.table.get(first.id)?.up === true)
    const ignored = creator.heartbeat.stats.ignored
    await second.heartbeat.start()
    await waitFor('the second\'s heartbeats to be ignored', () => creator.heartbeat.stats.ignored >= ignored + 3)
    expect(creator.table.get(first.id)?.attestedBy).toBe(creator.id)
    expect(creator.table.get(second.id)).toBeUndefined()
  })
})
