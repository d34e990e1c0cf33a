import type { PlacementPolicy, RuleName } from './types.js'

/** What a placement must reach, counting kept shards: a per-site cap and two totals. */
export interface Targets {
  /** Most shards per site (Infinity: no site rule). */
  cap: number
  /** Least shards outside the owner's site. */
  offsite: number
  /** Least shards on media other than the owner's. */
  media: number
}

/** The targets of the full policy. */
export function policyTargets (policy: PlacementPolicy): Targets {
  return {
    cap: policy.siteDiversity ? policy.m : Infinity,
    offsite: policy.offsite ? policy.k : 0,
    media: policy.media ? policy.k : 0
  }
}

/** The targets with only the given rules of `full` (the others loose). */
export function onlyRules (full: Targets, rules: readonly RuleName[]): Targets {
  return {
    cap: rules.includes('siteDiversity') ? full.cap : Infinity,
    offsite: rules.includes('offsite') ? full.offsite : 0,
    media: rules.includes('media') ? full.media : 0
  }
}
