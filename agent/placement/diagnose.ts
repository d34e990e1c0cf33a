import { capacity, fits, initialState } from './feasibility.js'
import { onlyRules, policyTargets } from './targets.js'
import type { Targets } from './targets.js'
import { formatBytes } from '../util/format.js'
import type { MeshView } from './mesh-view.js'
import type { Infeasible, PlacementPolicy, RuleName } from './types.js'

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

/**
 * Why the policy cannot be met for this view, or null when it can. Each reason
 * names the missing domain ("needs 3 sites, 2 are up: hq, branch-a"); `missing`
 * names the rules. Rules are tested alone first; only when each is possible
 * alone but they are not together are combinations reported.
 */
export function diagnose (view: MeshView, policy: PlacementPolicy, shardBytes: number): Infeasible | null {
  const { k, m, n } = view
  const reasons: string[] = []
  const missing = new Set<RuleName>()
  const state = initialState(view)
  const left = state.left
  const pool = view.candidates.length
  const repair = left < n
  const owner = view.ownerSiteName
  const ownerMedia = view.ownerMediaName

  if (policy.copies && m < 2) {
    reasons.push(`copies: needs m ≥ 2 parity shards, the policy has m=${m}`)
    missing.add('copies')
  }
  for (const id of view.keptTwice) {
    reasons.push(`copies: peer ${id} holds more than one kept shard`)
    missing.add('copies')
  }

  // Every shard on its own peer: not a switchable rule, reported as copies.
  if (pool < left) {
    const room = shardBytes > 0 ? ` with room for a ${formatBytes(shardBytes, 'compact')} shard` : ''
    const besides = repair ? ` besides the ${plural(n - left, 'peer', 'peers')} holding kept shards` : ''
    const extra: string[] = []
    if (view.upWithoutRoom > 0) extra.push(`${view.upWithoutRoom} more ${view.upWithoutRoom === 1 ? 'is' : 'are'} full`)
    if (view.upAvoided > 0) extra.push(`${view.upAvoided} more ${view.upAvoided === 1 ? 'is' : 'are'} avoided`)
    reasons.push(`needs ${plural(left, 'peer', 'peers')}${room}${besides}, ${pool} ${pool === 1 ? 'is' : 'are'} up` +
      (extra.length > 0 ? ` (${extra.join(', ')})` : ''))
    missing.add('copies')
  }

  const loose: Targets = { cap: Infinity, offsite: 0, media: 0 }
  const full = policyTargets(policy)
  const single: RuleName[] = []

  if (policy.siteDiversity) {
    if (m < 1) {
      reasons.push(`site diversity: needs m ≥ 1 parity shard, the policy has m=0`)
      single.push('siteDiversity')
    } else {
      const over = view.siteNames.filter((_, s) => view.used[s] > m)
      for (const site of over) {
        reasons.push(`site diversity: site ${site} already holds ${plural(view.used[view.siteNames.indexOf(site)], 'kept shard', 'kept shards')} (at most m=${m})`)
      }
      if (over.length > 0) {
        single.push('siteDiversity')
      } else {
        const c = capacity(view, state, { ...loose, cap: m })
        const total = c?.total ?? 0
        if (total < Math.min(left, pool)) {
          const upSites = view.siteNames.filter((_, s) => view.avail[s] > 0 || view.used[s] > 0)
          const needSites = Math.ceil(n / m)
          if (upSites.length < needSites) {
            reasons.push(`needs ${needSites} sites, ${upSites.length} ${upSites.length === 1 ? 'is' : 'are'} up` +
              (upSites.length > 0 ? `: ${upSites.join(', ')}` : ''))
          } else {
            const fit = view.siteNames
              .map((site, s) => ({ site, fit: Math.max(0, Math.min(view.avail[s], m - view.used[s])) }))
              .filter(x => x.fit > 0)
              .map(x => `${x.site} ${x.fit}`)
            reasons.push(`needs ${plural(left, 'shard', 'shards')} at most m=${m} per site${repair ? ' (counting kept shards)' : ''}, ` +
              `the up peers fit only ${total}` + (fit.length > 0 ? `: ${fit.join(', ')}` : ''))
          }
          single.push('siteDiversity')
        }
      }
    }
  }

  if (policy.offsite) {
    const need = k - view.keptOffsite
    const elsewhere = view.siteNames.reduce((sum, _, s) => s === view.ownerSite ? sum : sum + view.avail[s], 0)
    if (need > left) {
      reasons.push(`offsite: ${plural(n - left - view.keptOffsite, 'kept shard is', 'kept shards are')} not off the owner's site ${owner}, ` +
        `so at most ${view.keptOffsite + left} can be (need k=${k})`)
      single.push('offsite')
    } else if (need > 0 && elsewhere < need) {
      reasons.push(`needs ${plural(need, repair ? 'more shard' : 'shard', repair ? 'more shards' : 'shards')} off the owner's site ${owner}, ` +
        `only ${plural(elsewhere, 'peer is', 'peers are')} up elsewhere`)
      single.push('offsite')
    }
  }

  if (policy.media) {
    const need = k - view.keptOtherMedia
    const other = view.availOther.reduce((a, b) => a + b, 0)
    if (need > left) {
      reasons.push(`media: ${plural(n - left - view.keptOtherMedia, 'kept shard is', 'kept shards are')} on ${ownerMedia} or lost, ` +
        `so at most ${view.keptOtherMedia + left} can be on other media (need k=${k})`)
      single.push('media')
    } else if (need > 0 && other < need) {
      if (other === 0 && pool > 0) {
        reasons.push(`needs media other than ${ownerMedia}: every up peer is on ${ownerMedia}`)
      } else {
        reasons.push(`needs ${plural(need, repair ? 'more shard' : 'shard', repair ? 'more shards' : 'shards')} on media other than ${ownerMedia}, ` +
          `only ${plural(other, 'up peer is', 'up peers are')} on other media`)
      }
      single.push('media')
    }
  }
  for (const rule of single) missing.add(rule)

  // Each rule is possible alone: are they together?
  if (single.length === 0 && pool >= left && !fits(view, state, full)) {
    const enabled = (['siteDiversity', 'offsite', 'media'] as const).filter(r => policy[r])
    const combos: RuleName[][] = []
    for (let a = 0; a < enabled.length; a++) {
      for (let b = a + 1; b < enabled.length; b++) combos.push([enabled[a], enabled[b]])
    }
    const failing = combos.filter(combo => !fits(view, state, onlyRules(full, combo)))
    const report = failing.length > 0 ? failing : [enabled]
    for (const combo of report) {
      const t = onlyRules(full, combo)
      const c = capacity(view, state, t)
      const terms = combo.filter(r => r !== 'media').map(r => r === 'siteDiversity'
        ? `at most m=${m} per site`
        : `${k - view.keptOffsite} off the owner's site ${owner}`)
      if (combo.includes('media')) {
        reasons.push(`needs ${plural(k - view.keptOtherMedia, 'shard', 'shards')} on media other than ${ownerMedia}, ` +
          `only ${c?.other ?? 0} fit with ${terms.join(' and ')}`)
      } else {
        reasons.push(`needs ${plural(left, 'shard', 'shards')} with ${terms.join(' and ')}, only ${c?.total ?? 0} fit`)
      }
      for (const rule of combo) missing.add(rule)
    }
  }

  if (missing.size === 0) return null
  return { ok: false, reason: reasons.join('; '), missing: [...missing] }
}
