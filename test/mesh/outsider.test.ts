/**
 * Members only (issue 19), with real agent processes on 127.0.0.1:
 * - a node without the mesh secret (none, or another mesh's) gets no
 *   connection at all: no protocol, no gossip, no shard byte;
 * - repeated failed handshakes from one address throttle that address (not a
 *   peer id): a member dialling from there is refused too, members elsewhere
 *   are not;
 * - 50 stalled plain TCP sockets from one host do not lock members out.
 *
 * Other hosts are other loopback addresses (127.0.0.66, .77): Linux routes
 * all of 127.0.0.0/8 to lo. Nothing leaves the machine.
 */
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newMembership } from '../../agent/mesh/membership.js'
import { meshPrologue } from '../../agent/mesh/handshake.js'
import { createMeshNode } from '../../agent/mesh/node.js'
import { PROTOCOL_ID as AUDIT } from '../../protocol/audit/index.js'
import { PROTOCOL_ID as CATALOG } from '../../protocol/catalog/index.js'
import { PROTOCOL_ID as MEMBER } from '../../protocol/member/index.js'
import { PROTOCOL_ID as SHARD } from '../../protocol/shard/index.js'
import { PROTOCOL_ID as STATUS } from '../../protocol/status/index.js'
import { MeshHarness } from './harness.js'
import { memberNode } from './member-node.js'

const h = new MeshHarness()
let aAddr: string

beforeAll(async () => {
  await h.setup()
  await h.mesh([{ name: 'a', site: 'hq' }, { name: 'b', site: 'branch', media: 'ssd' }], { fastHeartbeat: true })
  await h.waitForMembers('a', 1)
  aAddr = (await h.status('a')).self.addrs.find(x => x.startsWith('/ip4/127.0.0.1/')) as string
})

afterAll(async () => { await h.teardown() })

/** A libp2p node with plain Noise, or another mesh's prologue: no secret of this mesh. */
async function outsider (kind: 'no-token' | 'other-mesh', dialFrom?: string): Promise<Awaited<ReturnType<typeof createMeshNode>>> {
  return await createMeshNode({
    privateKey: await generateKeyPair('Ed25519'),
    listen: [],
    prologue: kind === 'other-mesh' ? meshPrologue(newMembership()) : undefined,
    dialFrom
  })
}

/** Time one member node takes to connect to a and prove membership, in ms. */
async function joinTime (dialFrom?: string): Promise<number> {
  const m = await memberNode(await h.invite('a'), { dialFrom })
  const t = Date.now()
  try {
    await m.join(aAddr)
    return Date.now() - t
  } finally {
    await m.stop()
  }
}

describe('an unproven peer gets nothing', () => {
  it('without the token, or with another mesh\'s, no connection and no protocol opens; a token holder does connect', async () => {
    const aPeer = peerIdFromString(h.get('a').peerId as string)
    for (const kind of ['no-token', 'other-mesh'] as const) {
      const node = await outsider(kind)
      try {
        await expect(node.dial(multiaddr(aAddr), { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
        for (const protocol of [SHARD, CATALOG, STATUS, AUDIT, MEMBER, '/meshsub/1.1.0', '/ipfs/id/1.0.0']) {
          await expect(node.dialProtocol(multiaddr(aAddr), protocol, { signal: AbortSignal.timeout(10_000) }), protocol).rejects.toThrow()
        }
        expect(node.getConnections()).toEqual([])
        expect(node.getPeers()).toEqual([])
      } finally {
        await node.stop()
      }
    }
    // nothing of the outsiders reached a's peer table; a says why it refused them
    expect((await h.status('a')).peers.map(p => p.id)).toEqual([h.get('b').peerId])
    expect(h.get('a').log).toMatch(/did not prove mesh membership in its security handshake/)
    // the secret alone does not admit a new identity: it needs an invite record (admissions)
    const secretOnly = await memberNode(h.get('a').dir)
    try {
      await expect(secretOnly.join(aAddr)).rejects.toThrow()
    } finally {
      await secretOnly.stop()
    }
    // with an invite it connects: the refusals above are the prologue's and the admission's doing
    expect(await joinTime()).toBeLessThan(10_000)
    expect(aPeer.toString()).toBe(h.get('a').peerId)
  })

  it('repeated failed handshakes throttle the address: a member from there is refused too, members elsewhere are not', async () => {
    const from = '127.0.0.77'
    for (let i = 0; i < 6; i++) {
      const node = await outsider('no-token', from)
      await expect(node.dial(multiaddr(aAddr), { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
      await node.stop()
    }
    await h.waitFor('a to throttle 127.0.0.77', async () => /refusing connections from this address[^\n]*127\.0\.0\.77|127\.0\.0\.77[^\n]*refusing connections from this address/.test(h.get('a').log), 10_000)
    // by address, not by peer id: a fresh identity with the right secret from there is refused
    await expect(joinTime(from)).rejects.toThrow()
    // a member from another address is not
    expect(await joinTime()).toBeLessThan(10_000)
  })
})

describe('a flood of stalled sockets', () => {
  it('50 stalled plain TCP sockets from one host do not lock members out', async () => {
    const port = Number(multiaddr(aAddr).getComponents().find(c => c.name === 'tcp')?.value)
    const sockets = new Set<Socket>()
    let opened = 0
    let stop = false
    // keep 50 sockets open that never say anything (reopened when a closes one), bounded in count and time
    const open = (): void => {
      if (stop || opened >= 2_000) return
      opened++
      const s = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.66' })
      s.on('error', () => {})
      s.on('close', () => { sockets.delete(s); setTimeout(open, 20) })
      sockets.add(s)
    }
    for (let i = 0; i < 50; i++) open()
    try {
      await new Promise(resolve => setTimeout(resolve, 2_000))
      // members connect as usual while the flood goes on, three times over
      for (let i = 0; i < 3; i++) expect(await joinTime()).toBeLessThan(10_000)
      // and a restarted member rejoins the mesh
      await h.stop('b')
      await h.start('b')
      await h.waitForMembers('b', 1, 30_000)
    } finally {
      stop = true
      for (const s of sockets) s.destroy()
    }
    expect(opened).toBeGreaterThanOrEqual(50)
  })
})
