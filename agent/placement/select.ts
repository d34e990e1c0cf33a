import { fits, initialState } from './feasibility.js'
import type { Targets } from './targets.js'
import type { MeshView } from './mesh-view.js'
import { rendezvousUniform } from './rendezvous.js'

/**
 * Fills the view's open shard indices, in ascending order, to the targets.
 *
 * For each index: among the candidates not yet chosen prefer the least loaded
 * site, then the least used media (the owner's production copy counts as one
 * shard on its own site and media), then the highest rendezvous score
 * weight / −ln(u(pack, peer, index)); take the first such candidate after which
 * the rest can still be placed to the targets (`fits`, an exact test). If the
 * targets fit at the start, they fit after every step, so the result always
 * meets them. Returns null only when they did not fit at the start.
 */
export function selectPeers (view: MeshView, targets: Targets): string[] | null {
  const state = initialState(view)
  if (!fits(view, state, targets)) return null
  const { candidates, ownerSite, ownerMedia } = view
  const mediaUsed = view.mediaUsed.slice()
  const { used } = state
  const taken = new Uint8Array(candidates.length)
  const refused = new Int32Array(candidates.length).fill(-1)
  const assignment = view.assignment.slice()
  for (const slot of view.slots) {
    for (;;) {
      let best = -1
      let bestSite = Infinity
      let bestMedia = Infinity
      let bestScore = -1
      for (let j = 0; j < candidates.length; j++) {
        if (taken[j] === 1 || refused[j] === slot) continue
        const c = candidates[j]
        const siteLoad = used[c.site] + (c.site === ownerSite ? 1 : 0)
        if (siteLoad > bestSite) continue
        const mediaLoad = mediaUsed[c.media] + (c.media === ownerMedia ? 1 : 0)
        if (siteLoad === bestSite && mediaLoad > bestMedia) continue
        const score = c.weight / -Math.log(rendezvousUniform(c.w0, c.w1, slot))
        if (siteLoad < bestSite || mediaLoad < bestMedia || score > bestScore) {
          best = j
          bestSite = siteLoad
          bestMedia = mediaLoad
          bestScore = score
        }
      }
      if (best < 0) return null
      const c = candidates[best]
      const offsite = c.site !== ownerSite ? 1 : 0
      const other = c.otherMedia ? 1 : 0
      used[c.site]++
      state.avail[c.site]--
      state.availOther[c.site] -= other
      state.offsite += offsite
      state.media += other
      state.left--
      if (fits(view, state, targets)) {
        taken[best] = 1
        mediaUsed[c.media]++
        assignment[slot] = c.id
        break
      }
      used[c.site]--
      state.avail[c.site]++
      state.availOther[c.site] += other
      state.offsite -= offsite
      state.media -= other
      state.left++
      refused[best] = slot
    }
  }
  return assignment as string[]
}
