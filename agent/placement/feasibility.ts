import type { MeshView } from './mesh-view.js'
import type { Targets } from './targets.js'

/** A placement in progress: what is used and what is left. */
export interface State {
  /** Shards per site so far (kept + chosen). */
  used: Int32Array
  /** Eligible peers not yet chosen, per site; and those on other media. */
  avail: Int32Array
  availOther: Int32Array
  /** Shards so far outside the owner's site / on other media. */
  offsite: number
  media: number
  /** Shards still to place. */
  left: number
}

export function initialState (view: MeshView): State {
  return {
    used: view.used.slice(),
    avail: view.avail.slice(),
    availOther: view.availOther.slice(),
    offsite: view.keptOffsite,
    media: view.keptOtherMedia,
    left: view.slots.length
  }
}

/**
 * How many of the remaining shards fit under the targets (`total`), and the
 * most of them that can sit on other media (`other`). Sites are independent
 * except for the owner's, which may take at most left − (offsite still needed);
 * within a site, peers on other media are never worse, so the best choice takes
 * them first: other = Σ min(room_s, other_s). Returns null when a site is
 * already over the cap or too few shards are left to reach the offsite target.
 */
export function capacity (view: MeshView, state: State, targets: Targets): { total: number, other: number } | null {
  const needOffsite = Math.max(0, targets.offsite - state.offsite)
  const ownerRoom = state.left - needOffsite
  if (ownerRoom < 0) return null
  let total = 0
  let other = 0
  const { used, avail, availOther } = state
  for (let s = 0; s < avail.length; s++) {
    const room = targets.cap - used[s]
    if (room < 0) return null
    let a = avail[s] < room ? avail[s] : room
    if (s === view.ownerSite && ownerRoom < a) a = ownerRoom
    total += a
    other += a < availOther[s] ? a : availOther[s]
  }
  return { total, other }
}

/** Can the remaining shards be placed to the targets? Exact (see capacity). */
export function fits (view: MeshView, state: State, targets: Targets): boolean {
  const needMedia = Math.max(0, targets.media - state.media)
  if (needMedia > state.left) return false
  const c = capacity(view, state, targets)
  return c !== null && c.total >= state.left && c.other >= needMedia
}
