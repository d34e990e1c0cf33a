import { STATE_ORDER } from './constants.js'
import { evaluate } from './evaluate.js'
import type { OwnerInfo, PeerInfo, PlacementPolicy } from './types.js'

/**
 * How far a placement is from the policy, to compare two placements of one
 * pack (repair uses it to move a shard back to a returning peer when that
 * helps): [state rank, broken rules, shards over the per-site cap of m, shards
 * short of k offsite, shards short of k on other media]. Lexicographic, lower
 * is better; [0, 0, 0, 0, 0] is compliant.
 */
export function placementScore (assignment: Array<string | undefined>, peers: PeerInfo[], owner: OwnerInfo, policy: PlacementPolicy): number[] {
  const v = evaluate(assignment, peers, owner, policy)
  const byId = new Map(peers.map(p => [p.id, p]))
  const perSite = new Map<string, number>()
  let offsite = 0
  let otherMedia = 0
  for (const id of assignment) {
    const p = id === undefined ? undefined : byId.get(id)
    if (p === undefined || !p.up) continue
    perSite.set(p.site, (perSite.get(p.site) ?? 0) + 1)
    if (p.site !== owner.site) offsite++
    if (p.media !== owner.media) otherMedia++
  }
  let excess = 0
  if (policy.siteDiversity) for (const n of perSite.values()) excess += Math.max(0, n - policy.m)
  return [
    STATE_ORDER.indexOf(v.state),
    Object.values(v.rules).filter(ok => !ok).length,
    excess,
    policy.offsite ? Math.max(0, policy.k - offsite) : 0,
    policy.media ? Math.max(0, policy.k - otherMedia) : 0
  ]
}

/** Is score `a` strictly better (lower) than `b`? */
export function betterScore (a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x < y
  }
  return false
}
