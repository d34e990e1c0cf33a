import type { Connection, PeerId } from '@libp2p/interface'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryNetwork } from '../../protocol/common/test-support/memory-node.js'
import type { MemoryNode } from '../../protocol/common/test-support/memory-node.js'
import { BanList } from './bans.js'
import { MembershipGate } from './membership-gate.js'
import { newMembership } from './membership.js'
import type { Membership } from './membership.js'

/** A MemoryNode with connections: enough of a libp2p node for the gate. */
class FakeNode extends EventTarget {
  readonly connections = new Map<string, Array<Connection & { status: string }>>()
  constructor (readonly mem: MemoryNode) { super() }
  get peerId (): PeerId { return this.mem.peerId }
  handle: MemoryNode['handle'] = async (p, h) => { await this.mem.handle(p, h) }
  unhandle: MemoryNode['unhandle'] = async p => { await this.mem.unhandle(p) }
  dialProtocol: MemoryNode['dialProtocol'] = async (peer, protocols, options) => await this.mem.dialProtocol(peer, protocols, options)
  getConnections (peer?: PeerId): Connection[] {
    return (this.connections.get(peer?.toString() ?? '') ?? []).filter(c => c.status === 'open')
  }

  /** Open a connection from this node to `other` (both ends see connection:open). */
  connect (other: FakeNode): void {
    const end = (from: FakeNode, to: FakeNode, direction: 'inbound' | 'outbound'): Connection & { status: string } => {
      const c = { remotePeer: to.peerId, direction, status: 'open', close: async () => { c.status = 'closed' } } as unknown as Connection & { status: string }
      from.connections.set(to.peerId.toString(), [...(from.connections.get(to.peerId.toString()) ?? []), c])
      return c
    }
    const out = end(this, other, 'outbound')
    const inb = end(other, this, 'inbound')
    other.dispatchEvent(new CustomEvent('connection:open', { detail: inb }))
    this.dispatchEvent(new CustomEvent('connection:open', { detail: out }))
  }
}

const log = pino({ level: 'silent' })
const gates: MembershipGate[] = []
afterEach(async () => { for (const g of gates.splice(0)) await g.stop() })

async function agent (net: MemoryNetwork, membership: Membership | undefined, start = true, existing?: FakeNode): Promise<{ node: FakeNode, gate: MembershipGate, bans: BanList, joined: string[] }> {
  const node = existing ?? new FakeNode(await net.node())
  const bans = new BanList()
  const gate = new MembershipGate({ node: node as never, membership, bans, log }, { proofDeadlineMs: 300 })
  const joined: string[] = []
  gate.onMember(p => joined.push(p.toString()))
  if (start) { await gate.start(); gates.push(gate) }
  return { node, gate, bans, joined }
}

async function until (what: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}

describe('MembershipGate', () => {
  it('two members prove themselves to each other once', async () => {
    const net = new MemoryNetwork()
    const mesh = newMembership()
    const a = await agent(net, mesh)
    const b = await agent(net, mesh)
    a.node.connect(b.node)
    await until(() => a.gate.isMember(b.node.peerId.toString()) && b.gate.isMember(a.node.peerId.toString()))
    expect(a.gate.upMembers()).toEqual([b.node.peerId.toString()])
    expect(b.gate.isConnectedMember(a.node.peerId.toString())).toBe(true)
    expect(a.joined).toEqual([b.node.peerId.toString()])
    expect(b.joined).toEqual([a.node.peerId.toString()])
    // past the deadline nobody is refused
    await new Promise(resolve => setTimeout(resolve, 400))
    expect(a.bans.isBanned(b.node.peerId.toString())).toBe(false)
  })

  it('a peer of another mesh is refused, disconnected and banned by both ends', async () => {
    const net = new MemoryNetwork()
    const a = await agent(net, newMembership())
    const b = await agent(net, newMembership())
    a.node.connect(b.node)
    await until(() => a.bans.isBanned(b.node.peerId.toString()) && b.bans.isBanned(a.node.peerId.toString()))
    expect(a.gate.isMember(b.node.peerId.toString())).toBe(false)
    expect(a.node.getConnections(b.node.peerId)).toEqual([])
    expect(b.node.getConnections(a.node.peerId)).toEqual([])
    expect(a.joined).toEqual([])
  })

  it('a peer that never proves membership is cut off at the deadline', async () => {
    const net = new MemoryNetwork()
    const a = await agent(net, newMembership())
    const silent = await agent(net, undefined, false) // no member protocol at all
    silent.node.connect(a.node)
    expect(a.bans.isBanned(silent.node.peerId.toString())).toBe(false)
    await until(() => a.bans.isBanned(silent.node.peerId.toString()))
    expect(a.node.getConnections(silent.node.peerId)).toEqual([])
  })

  it('re-admits a member that restarted: the dialer proves itself though it still counts the peer as a member', async () => {
    const net = new MemoryNetwork()
    const mesh = newMembership()
    const a = await agent(net, mesh)
    const b = await agent(net, mesh)
    a.node.connect(b.node)
    await until(() => a.gate.isMember(b.node.peerId.toString()) && b.gate.isMember(a.node.peerId.toString()))
    // b restarts: same peer id, a fresh gate that knows nobody; a still counts b as a member
    for (const c of [...a.node.getConnections(b.node.peerId), ...b.node.getConnections(a.node.peerId)]) await c.close()
    await b.gate.stop()
    const b2 = await agent(net, mesh, true, b.node)
    a.node.connect(b.node)
    await until(() => b2.gate.isMember(a.node.peerId.toString()))
    await new Promise(resolve => setTimeout(resolve, 400))
    expect(b2.bans.isBanned(a.node.peerId.toString())).toBe(false)
    expect(a.bans.isBanned(b.node.peerId.toString())).toBe(false)
    expect(b2.node.getConnections(a.node.peerId).length).toBe(1)
  })

  it('a hello that reaches a peer before its member handler is registered is retried, not a refusal', async () => {
    const net = new MemoryNetwork()
    const mesh = newMembership()
    const a = await agent(net, mesh)
    const b = await agent(net, mesh, false) // b's node is up, its gate not started yet (a slow start-up)
    a.node.connect(b.node)
    await new Promise(resolve => setTimeout(resolve, 50))
    await b.gate.start()
    gates.push(b.gate)
    await until(() => a.gate.isMember(b.node.peerId.toString()))
    await new Promise(resolve => setTimeout(resolve, 400))
    expect(a.bans.isBanned(b.node.peerId.toString())).toBe(false)
    expect(a.node.getConnections(b.node.peerId).length).toBe(1)
  })

  it('a listener whose dialer stays silent proves itself; the answer admits the dialer', async () => {
    const net = new MemoryNetwork()
    const mesh = newMembership()
    const a = await agent(net, mesh)
    const b = await agent(net, mesh)
    // an inbound connection at a whose dialer (b) sends no hello: only the listener's own hello can admit it
    const out = { remotePeer: a.node.peerId, direction: 'outbound', status: 'open', close: async () => { out.status = 'closed' } } as unknown as Connection & { status: string }
    const inb = { remotePeer: b.node.peerId, direction: 'inbound', status: 'open', close: async () => { inb.status = 'closed' } } as unknown as Connection & { status: string }
    b.node.connections.set(a.node.peerId.toString(), [out])
    a.node.connections.set(b.node.peerId.toString(), [inb])
    a.node.dispatchEvent(new CustomEvent('connection:open', { detail: inb }))
    await until(() => a.gate.isMember(b.node.peerId.toString()) && b.gate.isMember(a.node.peerId.toString()))
    expect(a.bans.isBanned(b.node.peerId.toString())).toBe(false)
  })
})
