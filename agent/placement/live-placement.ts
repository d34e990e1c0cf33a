/**
 * Live placement: the placement rules applied to the mesh as it is now. The
 * storage peers are the members as the peer table knows them (up = heard from
 * and connected) plus this agent itself — its own store holds at most one
 * shard of each of its packs like any member, and the rules (offsite, site
 * diversity) count it in its site.
 *
 * Labels: the peer table holds the attested site and media of every member
 * admitted with an invite that names them (heartbeat.ts keeps a member on its
 * attested labels whatever it claims).
 *
 * Caps (caps.ts): the members admitted by one invite hold at most one shard of
 * a pack between them, always; the members connected from one network address
 * (the address we see, not the one announced) too, unless the policy cannot be
 * met otherwise — then that cap is dropped for the pack (a mesh on one machine,
 * or behind one NAT, still backs up).
 */
import type { Placer } from '../repository/repository.js'
import { cappedPeers, hostOf } from './caps.js'
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
  peerTable: { list: () => Array<{ peerId: string, site: string, media: string, capacity: number, free: number, up: boolean, inviteId?: string }> }
  /** Members proven and connected now. */
  upMembers: () => string[]
  /** The invite that admitted this agent (none: it created the mesh). */
  selfInvite?: string
  /** The remote addresses (multiaddrs) of a member's open connections, as seen here. Default: none. */
  remoteAddrs?: (peerId: string) => string[]
}

type PlaceOk = Extract<ReturnType<typeof place>, { ok: true }>

/** Most re-placements spent spreading one pack over addresses. */
const MAX_SPREAD_ROUNDS = 8

/** A pack id for judging the live mesh as a whole (requireFeasible). */
const ANY_PACK = new Uint8Array(32)

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

  /** The groups of a peer for the caps: its invite, and (with `byAddress`) the hosts it is connected from. */
  groupsOf (byAddress: boolean): (id: string) => string[] {
    const invites = new Map<string, string>(this.c.peerTable.list().filter(p => p.inviteId !== undefined && p.inviteId !== '').map(p => [p.peerId, p.inviteId as string]))
    if (this.c.selfInvite !== undefined) invites.set(this.c.selfId, this.c.selfInvite)
    return id => {
      const invite = invites.get(id)
      const groups = invite === undefined ? [] : [`invite:${invite}`]
      if (byAddress && id !== this.c.selfId) {
        for (const host of new Set((this.c.remoteAddrs?.(id) ?? []).map(hostOf))) if (host !== undefined) groups.push(`addr:${host}`)
      }
      return groups
    }
  }

  /** The peers a pack's placement leaves out for the caps (see the file comment). */
  capped (packId: Uint8Array, peers: PeerInfo[], kept: Iterable<string>, byAddress: boolean): Set<string> {
    return cappedPeers(packId, peers.filter(p => p.up), this.groupsOf(byAddress), kept)
  }

  /** The placement policy over the live peers, as backups and repair use it. */
  placer (allowDegraded: boolean): Placer {
    return ({ packId, shardBytes, keep, avoid }) => {
      const peers = this.peers()
      const kept = new Set(keep?.values() ?? [])
      const base = new Set([...(avoid ?? []), ...this.capped(packId, peers, kept, false)])
      const attempt = (out: Set<string>): ReturnType<typeof place> => place({ packId, shardBytes, owner: this.owner, peers, policy: this.policy, keep, avoid: out, allowDegraded })
      let r = attempt(base)
      if (r.ok) r = this.spreadOverAddresses(r, peers, base, kept, attempt)
      return r.ok ? { ok: true, assignment: r.assignment, degraded: r.verdict.state !== 'compliant' } : { ok: false, reason: r.reason }
    }
  }

  /**
   * The soft cap per address: while two shards of the pack sit behind one
   * address, try leaving all but one of those peers out (each in turn); keep a
   * placement only if it is as good (compliant stays compliant). An attempt
   * that would leave fewer live peers than the pack has shards cannot place
   * it and is not tried: behind one address (a test mesh on 127.0.0.1) every
   * attempt would fail, at the cost of a full placement each, for every pack.
   */
  private spreadOverAddresses (first: PlaceOk, peers: PeerInfo[], base: Set<string>, kept: Set<string>, attempt: (out: Set<string>) => ReturnType<typeof place>): PlaceOk {
    const shards = this.policy.k + this.policy.m
    const candidates = peers.filter(p => p.up && !base.has(p.id)).map(p => p.id)
    const groupsOf = this.groupsOf(true)
    const byAddress = (id: string): string[] => groupsOf(id).filter(g => g.startsWith('addr:'))
    let r = first
    const out = new Set(base)
    for (let round = 0; round < MAX_SPREAD_ROUNDS; round++) {
      const members = new Map<string, string[]>()
      for (const id of r.assignment) for (const g of byAddress(id)) members.set(g, [...(members.get(g) ?? []), id])
      const crowded = [...members.values()].find(ids => ids.length > 1 && ids.some(id => !kept.has(id)))
      if (crowded === undefined) return r
      let better: PlaceOk | undefined
      for (const stay of crowded) {
        const leave = crowded.filter(id => id !== stay && !kept.has(id))
        if (candidates.filter(id => !out.has(id) && !leave.includes(id)).length < shards) continue
        const next = attempt(new Set([...out, ...leave]))
        if (next.ok && (next.verdict.state === 'compliant' || r.verdict.state !== 'compliant')) {
          for (const id of leave) out.add(id)
          better = next
          break
        }
      }
      if (better === undefined) return r
      r = better
    }
    return r
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
    const peers = this.peers()
    const capped = this.capped(ANY_PACK, peers, [], false)
    const feasible = checkFeasible(peers.map(p => capped.has(p.id) ? { ...p, up: false } : p), this.owner, this.policy)
    if (!feasible.ok && !degraded) {
      const hint = canDegrade ? '; --degraded backs up anyway and marks the snapshot degraded' : ''
      throw new PlacementInfeasibleError(`the mesh cannot satisfy the placement policy: ${feasible.reason} (nothing was uploaded${hint})`)
    }
  }
}
