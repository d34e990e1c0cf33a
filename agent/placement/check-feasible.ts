import { diagnose } from './diagnose.js'
import { buildView } from './mesh-view.js'
import type { FeasibleResult, OwnerInfo, PeerInfo, PlacementPolicy } from './types.js'
import { validatePolicy } from './validate-policy.js'

/** Can the live mesh satisfy the policy at all (for a fresh pack)? Same messages as place(). */
export function checkFeasible (peers: PeerInfo[], owner: OwnerInfo, policy: PlacementPolicy, shardBytes: number = 0): FeasibleResult {
  validatePolicy(policy)
  const view = buildView({ peers, owner, policy, shardBytes })
  return diagnose(view, policy, shardBytes) ?? { ok: true }
}
