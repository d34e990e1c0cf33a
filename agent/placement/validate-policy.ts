import { MAX_SHARDS_PER_PACK } from '../../proto/limits.js'
import { PlacementInputError } from './errors.js'
import type { PlacementPolicy } from './types.js'

/** Throws PlacementInputError unless k ≥ 1, m ≥ 0 are integers and k + m ≤ MAX_SHARDS_PER_PACK (255, what the code can do; policies are held to MAX_POLICY_SHARDS earlier, in the config and repository settings). */
export function validatePolicy (policy: PlacementPolicy): void {
  const { k, m } = policy
  if (!Number.isInteger(k) || k < 1) throw new PlacementInputError(`policy k must be an integer ≥ 1, got ${String(k)}`)
  if (!Number.isInteger(m) || m < 0) throw new PlacementInputError(`policy m must be an integer ≥ 0, got ${String(m)}`)
  if (k + m > MAX_SHARDS_PER_PACK) throw new PlacementInputError(`policy k+m must be ≤ ${MAX_SHARDS_PER_PACK}, got ${k + m}`)
}
