import { MAX_SHARDS } from './constants.js'
import { PlacementInputError } from './errors.js'
import type { PlacementPolicy } from './types.js'

/** Throws PlacementInputError unless k ≥ 1, m ≥ 0 are integers and k + m ≤ 256. */
export function validatePolicy (policy: PlacementPolicy): void {
  const { k, m } = policy
  if (!Number.isInteger(k) || k < 1) throw new PlacementInputError(`policy k must be an integer ≥ 1, got ${String(k)}`)
  if (!Number.isInteger(m) || m < 0) throw new PlacementInputError(`policy m must be an integer ≥ 0, got ${String(m)}`)
  if (k + m > MAX_SHARDS) throw new PlacementInputError(`policy k+m must be ≤ ${MAX_SHARDS}, got ${k + m}`)
}
