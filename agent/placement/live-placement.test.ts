import { describe, expect, it } from 'vitest'
import { LivePlacement, PlacementInfeasibleError } from './live-placement.js'

const GiB = 2 ** 30
const policy = { k: 4, m: 2, copies: true, media: true, offsite: true, siteDiversity: true }

function mesh (peers: Array<{ id: string, site: string, media: string, up?: boolean, connected?: boolean, inviteId?: string, ip?: string }>): LivePlacement {
  return new LivePlacement({
    selfId: 'self',
    self: { site: 'hq', media: 'disk', capacity: 10 * GiB, policy },
    freeBytes: () => 5 * GiB,
    peerTable: { list: () => peers.map(p => ({ peerId: p.id, site: p.site, media: p.media, capacity: 10 * GiB, free: 10 * GiB, up: p.up ?? true, inviteId: p.inviteId })) },
    upMembers: () => peers.filter(p => p.connected ?? true).map(p => p.id),
    remoteAddrs: id => { const ip = peers.find(p => p.id === id)?.ip; return ip === undefined ? [] : [`/ip4/${ip}/tcp/4001`] }
  })
}

const sixPeersThreeSites = [
  { id: 'hq-2', site: 'hq', media: 'nas' },
  { id: 'br-1', site: 'branch', media: 'disk' },
  { id: 'br-2', site: 'branch', media: 'nas' },
  { id: 'dc-1', site: 'dc', media: 'ssd' },
  { id: 'dc-2', site: 'dc', media: 'object' }
]

describe('LivePlacement', () => {
  it('counts this agent as a peer of its own site; a peer is up only when heard from and connected', () => {
    const p = mesh([{ id: 'a', site: 'x', media: 'disk', up: true, connected: false }, { id: 'b', site: 'y', media: 'ssd', up: false }, { id: 'c', site: 'y', media: 'ssd' }])
    expect(p.peers().map(x => [x.id, x.site, x.up, x.free])).toEqual([['self', 'hq', true, 5 * GiB], ['a', 'x', false, 10 * GiB], ['b', 'y', false, 10 * GiB], ['c', 'y', true, 10 * GiB]])
    expect(p.owner).toEqual({ id: '', site: 'hq', media: 'disk' })
  })

  it('places a pack 2+2+2 over three sites and scores it', () => {
    const p = mesh(sixPeersThreeSites)
    const r = p.placer(false)({ packId: new Uint8Array(32).fill(1), shardBytes: 1024, keep: new Map(), avoid: new Set() })
    if (!r.ok) throw new Error(r.reason)
    expect(r.degraded).toBe(false)
    const site = new Map(p.peers().map(x => [x.id, x.site]))
    const perSite = new Map<string, number>()
    for (const id of r.assignment) perSite.set(site.get(id) as string, (perSite.get(site.get(id) as string) ?? 0) + 1)
    expect([...perSite.values()].sort()).toEqual([2, 2, 2])
    expect(new Set(r.assignment).size).toBe(6)
    expect(p.score(r.assignment)).toEqual([0, 0, 0, 0, 0])
    // one shard lost: degraded (state rank 1)
    expect(p.score([undefined, ...r.assignment.slice(1)])[0]).toBe(1)
  })

  it('refuses with a named error when the live mesh cannot meet the policy, unless degraded is asked for', () => {
    const p = mesh(sixPeersThreeSites.slice(0, 3))
    expect(() => p.requireFeasible(false)).toThrow(PlacementInfeasibleError)
    expect(() => p.requireFeasible(false)).toThrow(/--degraded backs up anyway/)
    expect(() => p.requireFeasible(false, false)).toThrow(/nothing was uploaded\)$/)
    expect(() => p.requireFeasible(true)).not.toThrow()
    expect(() => mesh(sixPeersThreeSites).requireFeasible(false)).not.toThrow()
  })

  it('puts at most one shard of a pack on the members of one invite', () => {
    // three sites, but dc-1, dc-2 and x-1 came in on one invite (one operator): they hold one shard between them
    const peers = [
      { id: 'hq-2', site: 'hq', media: 'nas' },
      { id: 'br-1', site: 'branch', media: 'disk' },
      { id: 'br-2', site: 'branch', media: 'nas' },
      { id: 'br-3', site: 'branch', media: 'ssd' },
      { id: 'dc-1', site: 'dc', media: 'ssd', inviteId: 'one' },
      { id: 'dc-2', site: 'dc', media: 'object', inviteId: 'one' },
      { id: 'x-1', site: 'x', media: 'ssd', inviteId: 'one' },
      { id: 'y-1', site: 'y', media: 'ssd' }
    ]
    const p = mesh(peers)
    for (let i = 0; i < 30; i++) {
      const r = p.placer(true)({ packId: new Uint8Array(32).fill(i), shardBytes: 1024, keep: new Map(), avoid: new Set() })
      if (!r.ok) throw new Error(r.reason)
      expect(r.assignment.filter(id => ['dc-1', 'dc-2', 'x-1'].includes(id)).length).toBeLessThanOrEqual(1)
    }
    // the invite's three members count as one peer: 5 left for 6 shards
    expect(() => mesh(peers.filter(x => !['br-3', 'y-1'].includes(x.id))).requireFeasible(false)).toThrow(PlacementInfeasibleError)
  })

  it('spreads over network addresses, unless the policy cannot be met otherwise', () => {
    const peers = sixPeersThreeSites.map((x, i) => ({ ...x, ip: i < 2 ? '10.0.0.1' : `10.0.0.${i + 1}` }))
    const p = mesh([...peers, { id: 'br-3', site: 'branch', media: 'ssd', ip: '10.0.0.9' }])
    for (let i = 0; i < 20; i++) {
      const r = p.placer(false)({ packId: new Uint8Array(32).fill(i), shardBytes: 1024, keep: new Map(), avoid: new Set() })
      if (!r.ok) throw new Error(r.reason)
      expect(r.assignment.filter(id => ['hq-2', 'br-1'].includes(id)).length).toBeLessThanOrEqual(1)
    }
    // every member behind one address (one machine, one NAT): the cap gives way, the pack is placed compliant
    const one = mesh(sixPeersThreeSites.map(x => ({ ...x, ip: '127.0.0.1' })))
    const r = one.placer(false)({ packId: new Uint8Array(32).fill(7), shardBytes: 1024, keep: new Map(), avoid: new Set() })
    expect(r.ok && !r.degraded).toBe(true)
  })
})
