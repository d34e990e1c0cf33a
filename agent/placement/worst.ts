import { STATE_ORDER } from './constants.js'
import type { PackState } from './types.js'

/** Worst of several pack states (a snapshot takes the worst state of its packs); 'compliant' for none. */
export function worst (states: PackState[]): PackState {
  let rank = 0
  for (const state of states) {
    const r = STATE_ORDER.indexOf(state)
    if (r > rank) rank = r
  }
  return STATE_ORDER[rank]
}
