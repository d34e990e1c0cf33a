import { describe, expect, it } from 'vitest'
import type { pb } from '../../proto/index.js'
import type { IndexDb } from '../../store/index-db.js'
import { Compliance } from './compliance.js'
import { LivePlacement } from './live-placement.js'

const GiB = 2 ** 30
const policy = { k: 4, m: 2, copies: true, media: true, offsite: true, siteDiversity: true }
const PEERS = [
  { id: 'hq-2', site: 'hq', media: 'nas' },
  { id: 'br-1', site: 'branch', media: 'disk' },
  { id: 'br-2', site: 'branch', media: 'nas' },
  { id: 'dc-1', site: 'dc', media: 'ssd' },
  { id: 'dc-2', site: 'dc', media: 'object' }
]

const id = (n: number): Uint8Array => new Uint8Array(32).fill(n)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Just enough of an IndexDb: two snapshots over two packs. */
function fakeIndex (): IndexDb {
  const packs = new Map<string, pb.PackRecord>([
    // pack 1: 2+2+2 over three sites, every peer up
    [hex(id(1)), { id: id(1), k: 4, m: 2, locations: ['self', 'hq-2', 'br-1', 'br-2', 'dc-1', 'dc-2'].map((store, index) => ({ store, index })) } as unknown as pb.PackRecord],
    // pack 2: the same, but one shard sits on a peer nobody knows (lost)
    [hex(id(2)), { id: id(2), k: 4, m: 2, locations: ['self', 'hq-2', 'br-1', 'br-2', 'dc-1', 'gone'].map((store, index) => ({ store, index })) } as unknown as pb.PackRecord]
  ])
  const snaps = [
    { id: id(10), snapshot: { timeMs: 1_000, paths: ['/srv'], tags: [] }, packs: [id(1)] },
    { id: id(11), snapshot: { timeMs: 2_000, paths: ['/srv'], tags: [] }, packs: [id(1), id(2)] }
  ]
  return {
    listSnapshots: async () => snaps.map(s => ({ id: s.id, snapshot: s.snapshot })),
    getSnapshotPacks: async (sid: Uint8Array) => snaps.find(s => hex(s.id) === hex(sid))?.packs,
    getPack: async (pid: Uint8Array | string) => packs.get(typeof pid === 'string' ? pid : hex(pid))
  } as unknown as IndexDb
}

function compliance (): Compliance {
  const table = Object.assign(new EventTarget(), {
    list: () => PEERS.map(p => ({ peerId: p.id, site: p.site, media: p.media, capacity: 10 * GiB, free: 10 * GiB, up: true, lastBackupMs: 0 }))
  })
  const placement = new LivePlacement({ selfId: 'self', self: { site: 'hq', media: 'disk', capacity: 10 * GiB, policy }, freeBytes: () => GiB, peerTable: table, upMembers: () => PEERS.map(p => p.id) })
  return new Compliance({
    selfId: 'self',
    index: fakeIndex(),
    placement,
    peerTable: table,
    catalogs: { list: async () => [{ owner: 'br-1' }], describe: async () => ({ host: 'branch-one', site: 'branch', snapshots: 3 }) },
    upMembers: () => PEERS.map(p => p.id),
    self: () => ({ host: 'hq-one', site: 'hq', lastBackupMs: 2_000 })
  })
}

describe('Compliance', () => {
  it('judges each snapshot by the worst of its packs, counts packs once, and lists shards per site', async () => {
    const r = await compliance().report()
    expect(r.snapshots.map(s => [s.short, s.state, s.packs])).toEqual([[hex(id(10)).slice(0, 8), 'compliant', 1], [hex(id(11)).slice(0, 8), 'degraded', 2]])
    expect(r.owners).toEqual([{ owner: 'self', packs: { compliant: 1, degraded: 1, 'at-risk': 0 } }])
    expect(r.sites).toEqual([
      { site: '?', shards: 1, peers: 1, up: 0 },
      { site: 'branch', shards: 4, peers: 2, up: 2 },
      { site: 'dc', shards: 3, peers: 2, up: 2 },
      { site: 'hq', shards: 4, peers: 2, up: 2 }
    ])
    expect(r.without).toBeNull()
  })

  it('answers what-if: without a whole site the 2+2+2 pack breaks site diversity but stays recoverable', async () => {
    const r = await compliance().report({ sites: ['dc'] })
    expect(r.without).toEqual({ sites: ['dc'] })
    expect(r.snapshots[0].state).toBe('degraded')
    expect(r.snapshots[0].rules.copies).toBe(false)
    expect(r.sites.find(s => s.site === 'dc')?.up).toBe(0)
    // without two sites fewer than k shards are left
    expect((await compliance().report({ sites: ['dc', 'branch'] })).snapshots[0].state).toBe('at-risk')
  })

  it('summarises this owner for its heartbeat and lists every owner known here', async () => {
    const c = compliance()
    const summary = await c.ownSummary()
    expect({ ...summary, computedMs: 0 }).toEqual({ compliant: 1, degraded: 1, atRisk: 0, snapshots: 2, lastSnapshotMs: 2_000, computedMs: 0 })
    expect(await c.ownSummary()).toBe(summary) // cached until something changes
    c.invalidate()
    expect(await c.ownSummary()).not.toBe(summary)
    const owners = await c.owners()
    expect(owners.map(o => [o.id, o.self, o.host, o.packs])).toEqual(expect.arrayContaining([
      ['self', true, 'hq-one', { compliant: 1, degraded: 1, atRisk: 0 }],
      ['br-1', false, 'branch-one', null]
    ]))
  })
})
