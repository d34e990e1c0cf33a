import { diagnose } from './diagnose.js'
import { fits, initialState } from './feasibility.js'
import { onlyRules, policyTargets } from './targets.js'
import type { Targets } from './targets.js'
import { evaluate } from './evaluate.js'
import { buildView } from './mesh-view.js'
import type { MeshView } from './mesh-view.js'
import { selectPeers } from './select.js'
import type { PlacementPolicy, PlaceRequest, PlaceResult, RuleName } from './types.js'
import { validatePolicy } from './validate-policy.js'

/** Rules a degraded placement may break, cheapest first: site diversity is the last resort. */
const BREAKABLE: ReadonlyArray<{ rule: Exclude<RuleName, 'copies'>, cost: number }> = [
  { rule: 'media', cost: 1 },
  { rule: 'offsite', cost: 2 },
  { rule: 'siteDiversity', cost: 4 }
]

/**
 * Chooses a peer for every shard of a pack (kept shards stay where they are).
 * Every enabled rule is met whenever the eligible peers allow it; otherwise the
 * result says why not — unless `allowDegraded`, which places every shard on
 * distinct peers anyway, breaking as few rules as possible.
 */
export function place (req: PlaceRequest): PlaceResult {
  validatePolicy(req.policy)
  const view = buildView(req)
  const failure = diagnose(view, req.policy, req.shardBytes)
  let targets: Targets = policyTargets(req.policy)
  if (failure !== null) {
    if (req.allowDegraded !== true || view.candidates.length < view.slots.length) return failure
    targets = relaxedTargets(view, req.policy)
  }
  const assignment = selectPeers(view, targets)
  if (assignment === null) throw new Error('placement: targets judged feasible could not be met (bug)')
  return { ok: true, assignment, verdict: evaluate(assignment, req.peers, req.owner, req.policy) }
}

/**
 * The targets of a degraded placement: drop the fewest enabled rules that make
 * the rest possible (among equals, media before offsite before site diversity),
 * then hold each dropped rule as close to the policy as possible — site
 * diversity first (the smallest per-site cap: spread as evenly as the up sites
 * allow), then offsite, then media.
 */
function relaxedTargets (view: MeshView, policy: PlacementPolicy): Targets {
  const full = policyTargets(policy)
  const state = initialState(view)
  const enabled = BREAKABLE.filter(b => policy[b.rule])
  const drops: Array<{ rules: RuleName[], size: number, cost: number }> = []
  for (let mask = 0; mask < 1 << enabled.length; mask++) {
    const dropped = enabled.filter((_, i) => (mask & (1 << i)) !== 0)
    drops.push({ rules: dropped.map(d => d.rule), size: dropped.length, cost: dropped.reduce((a, d) => a + d.cost, 0) })
  }
  drops.sort((a, b) => a.size - b.size || a.cost - b.cost)
  for (const drop of drops) {
    const kept = enabled.map(e => e.rule).filter(r => !drop.rules.includes(r))
    const t = onlyRules(full, kept)
    if (!fits(view, state, t)) continue
    if (drop.rules.includes('siteDiversity')) {
      let cap = Math.max(full.cap + 1, 1)
      while (cap < view.n && !fits(view, state, { ...t, cap })) cap++
      t.cap = cap
    }
    if (drop.rules.includes('offsite')) {
      let offsite = full.offsite - 1
      while (offsite > 0 && !fits(view, state, { ...t, offsite })) offsite--
      t.offsite = Math.max(0, offsite)
    }
    if (drop.rules.includes('media')) {
      let media = full.media - 1
      while (media > 0 && !fits(view, state, { ...t, media })) media--
      t.media = Math.max(0, media)
    }
    if (fits(view, state, t)) return t
  }
  return { cap: Infinity, offsite: 0, media: 0 }
}
