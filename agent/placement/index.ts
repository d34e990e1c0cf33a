/**
 * agent/placement — where the shards of a pack go (pure: no I/O).
 *
 * Words: a pack is erasure-coded into k data + m parity *shards*; any k rebuild
 * it. Each shard goes to a different *peer*; a peer has a *site* (failure
 * domain) and a *media* class. The *owner* never stores its own shards: its own
 * disk is the production copy.
 *
 * Rules (3-2-1 made precise, each switchable in the policy): copies — m ≥ 2 and
 * k+m distinct peers; media — ≥ k shards on media other than the owner's (so
 * ≥ 2 classes); offsite — ≥ k shards outside the owner's site; site diversity —
 * every site holds ≤ m shards (losing any one site leaves ≥ k).
 *
 * Algorithm (select.ts): the eligible peers are up, not the owner, not avoided,
 * with room for a shard and not already holding one of the pack. Shard indices
 * are filled in order; for each, prefer the least loaded site, then the least
 * used media (the production copy counts on the owner's site and media), then
 * the highest weighted rendezvous score weight / −ln(u), u from
 * SHA-256(packId ‖ peerId) expanded per shard index, weight = the peer's
 * *capacity* (stable, so each peer fills in proportion to its size; free space
 * only decides eligibility). A candidate is taken only if the rest can still
 * meet the rules: feasibility.ts decides that exactly in O(sites), because
 * sites are independent but for the owner's, and within a site peers on other
 * media are never worse. So whenever the rules can be met they are; when not,
 * diagnose.ts names the missing domain ("needs 3 sites, 2 are up: hq,
 * branch-a"). With `allowDegraded` the fewest rules are dropped (site diversity
 * last) and each dropped rule is held as close as the mesh allows.
 *
 * States (evaluate.ts): compliant, degraded (≥ k shards reachable but a rule is
 * broken or a shard lost/down), at-risk (< k reachable); a snapshot takes the
 * worst state of its packs (worst.ts). Status lists every owner with its pack
 * counts (owners.ts): only an owner knows its placements, so each reports its
 * own in its heartbeats.
 */
export { place } from './place.js'
export { evaluate } from './evaluate.js'
export { worst } from './worst.js'
export { ownerRows } from './owners.js'
export { betterScore, placementScore } from './score.js'
export { checkFeasible } from './check-feasible.js'
export { DEFAULT_POLICY } from './constants.js'
export { PlacementInputError } from './errors.js'
export type {
  EvaluateOptions,
  FeasibleResult,
  Infeasible,
  OwnerInfo,
  PackState,
  PeerInfo,
  PlaceRequest,
  PlaceResult,
  PlacementPolicy,
  RuleName,
  Verdict
} from './types.js'
export type { OwnerInput, OwnerRow, OwnerSummary, PackCounts } from './owners.js'
