/**
 * Live placement: the placement rules applied to the mesh as it is now. The
 * storage peers are the members as the peer table knows them (up = heard from
 * and connected) plus this agent itself — its own store holds at most one
 * shard of each of its packs like any member, and the rules (offsite, site
 * diversity) count it in its site.
 */
import type { Placer } from '../repository/repository.js'
import { checkFeasible } from './check-feasible.js'
import { place } from './place.js'
import { placementScore } from './score.js'
import type { OwnerInfo, PeerInfo, PlacementPolicy } from './types.js'

/** The live mesh cannot meet the placement policy (nothing was uploaded). */
export class PlacementInfeasibleError extends Error {
  override name = 'PlacementInfeasibleError'
}

export interface LivePlacementComponents {
  selfId: string
  /** This agent's labels and capacity, and the owner's policy. */
  self: { site: string, media: string, capacity: number, policy: PlacementPolicy }
  /** Free bytes of this agent's store. */
  freeBytes: () => number
  peerTable: { list: () => Array<{ peerId: string, site: string, media: string, capacity: number, free: number, up: boolean }> }
  /** Members proven and connected now. */
  upMembers: () => string[]
}

export class LivePlacement {
  constructor (private readonly c: LivePlacementComponents) {}

  get policy (): PlacementPolicy {
    return this.c.self.policy
  }

  /** The owner as placement sees it (no id: its own store is an eligible peer). */
  get owner (): OwnerInfo {
    return { id: '', site: this.c.self.site, media: this.c.self.media }
  }

  /** Every storage peer with its labels and whether it is up now. */
  peers (): PeerInfo[] {
    const connected = new Set(this.c.upMembers())
    const { site, media, capacity } = this.c.self
    return [
      { id: this.c.selfId, site, media, capacity, free: Math.max(0, this.c.freeBytes()), up: true },
      ...this.c.peerTable.list().map(p => ({ id: p.peerId, site: p.site, media: p.media, capacity: p.capacity, free: p.free, up: p.up && connected.has(p.peerId) }))
    ]
  }

  /** The placement policy over the live peers, as backups and repair use it. */
  placer (allowDegraded: boolean): Placer {
    return ({ packId, shardBytes, keep, avoid }) => {
      const r = place({ packId, shardBytes, owner: this.owner, peers: this.peers(), policy: this.policy, keep, avoid, allowDegraded })
      return r.ok ? { ok: true, assignment: r.assignment, degraded: r.verdict.state !== 'compliant' } : { ok: false, reason: r.reason }
    }
  }

  /** How well an assignment meets the policy (repair prefers better). */
  score (assignment: Array<string | undefined>): number[] {
    return placementScore(assignment, this.peers(), this.owner, this.policy)
  }

  /**
   * Throws PlacementInfeasibleError when the live mesh cannot meet the policy
   * and `degraded` was not asked for (`canDegrade`: whether the caller can).
   */
  requireFeasible (degraded: boolean, canDegrade = true): void {
    const feasible = checkFeasible(this.peers(), this.owner, this.policy)
    if (!feasible.ok && !degraded) {
      const hint = canDegrade ? '; --degraded backs up anyway and marks the snapshot degraded' : ''
      throw new PlacementInfeasibleError(`the mesh cannot satisfy the placement policy: ${feasible.reason} (nothing was uploaded${hint})`)
    }
  }
}
