/** Placement speed: µs per pack placed, on a large and a usual mesh (all 3-2-1 rules on). */
import { createHash } from 'node:crypto'
import { DEFAULT_POLICY, place } from '../../agent/placement/index.js'
import type { OwnerInfo, PeerInfo, PlacementPolicy } from '../../agent/placement/index.js'
import { rng } from '../fixtures/rng.js'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

function mesh (r: () => number, count: number, sites: number): PeerInfo[] {
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1))
  return Array.from({ length: count }, (_, i) => ({
    id: `peer-${i}`, site: `site-${int(0, sites - 1)}`, media: ['disk', 'ssd', 'nas'][int(0, 2)], capacity: int(1, 16) * 256 * GiB, free: 100 * GiB, up: true
  }))
}

function usPerPlacement (peers: PeerInfo[], policy: PlacementPolicy, count: number): number {
  const owner: OwnerInfo = { id: 'owner', site: 'site-0', media: 'disk' }
  const id = (s: string): Uint8Array => new Uint8Array(createHash('sha256').update(s).digest())
  for (let i = 0; i < 200; i++) place({ packId: id(`warm${i}`), shardBytes: MiB, owner, peers, policy })
  const start = process.hrtime.bigint()
  for (let i = 0; i < count; i++) {
    const res = place({ packId: id(`bench${i}`), shardBytes: MiB, owner, peers, policy })
    if (!res.ok) throw new Error(res.reason)
  }
  return Number(process.hrtime.bigint() - start) / 1000 / count
}

export function benchPlacement (count = 2000): { placement_us_200_peers_rs14_6: number, placement_us_50_peers_rs4_2: number } {
  const r = rng(5)
  return {
    placement_us_200_peers_rs14_6: usPerPlacement(mesh(r, 200, 10), { ...DEFAULT_POLICY, k: 14, m: 6 }, count),
    placement_us_50_peers_rs4_2: usPerPlacement(mesh(r, 50, 5), DEFAULT_POLICY, count)
  }
}
