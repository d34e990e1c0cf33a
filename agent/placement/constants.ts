import type { PackState, PlacementPolicy } from './types.js'

/** The 3-2-1 default: RS 4+2 with every rule on. */
export const DEFAULT_POLICY: Readonly<PlacementPolicy> = Object.freeze({
  k: 4, m: 2, copies: true, media: true, offsite: true, siteDiversity: true
})


/** Pack states from best to worst. */
export const STATE_ORDER: readonly PackState[] = ['compliant', 'degraded', 'at-risk']
