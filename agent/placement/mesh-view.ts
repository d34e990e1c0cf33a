import { PlacementInputError } from './errors.js'
import { Rendezvous } from './rendezvous.js'
import type { OwnerInfo, PeerInfo, PlacementPolicy } from './types.js'

/** An eligible peer, with its site and media as small integers. */
export interface Candidate {
  id: string
  site: number
  media: number
  /** Media differs from the owner's. */
  otherMedia: boolean
  /** Rendezvous weight: capacity, or free space when no capacity is reported. */
  weight: number
  /** Rendezvous seed words (filled only by place()). */
  w0: number
  w1: number
}

/**
 * One pack's placement problem: the eligible pool counted per site and the
 * shards already kept. Sites and media are numbered; `ownerSite` is -1 when no
 * peer of the table (nor kept shard) is on the owner's site.
 */
export interface MeshView {
  k: number
  m: number
  n: number
  siteNames: string[]
  mediaNames: string[]
  ownerSite: number
  ownerMedia: number
  ownerSiteName: string
  ownerMediaName: string
  candidates: Candidate[]
  /** Per site: eligible peers, and those of them on other media. */
  avail: Int32Array
  availOther: Int32Array
  /** Per site / per media: kept shards. */
  used: Int32Array
  mediaUsed: Int32Array
  /** Kept shards outside the owner's site / on media other than the owner's. */
  keptOffsite: number
  keptOtherMedia: number
  /** Kept peer ids that hold more than one kept shard. */
  keptTwice: string[]
  /** Shard indices to place, ascending. */
  slots: number[]
  /** Kept peers per index; the rest undefined. */
  assignment: Array<string | undefined>
  /** Up peers (≠ owner, not holding a kept shard): all, avoided, without room. */
  upPeers: number
  upAvoided: number
  upWithoutRoom: number
}

export interface ViewInput {
  peers: PeerInfo[]
  owner: OwnerInfo
  policy: PlacementPolicy
  shardBytes: number
  keep?: Map<number, string>
  avoid?: Set<string>
  packId?: Uint8Array
}

/** Builds the placement problem for one pack (the policy is already validated). */
export function buildView (input: ViewInput): MeshView {
  const { peers, owner, policy, keep, avoid } = input
  const shardBytes = input.shardBytes > 0 ? input.shardBytes : 0
  const { k, m } = policy
  const n = k + m
  const siteIndex = new Map<string, number>()
  const mediaIndex = new Map<string, number>()
  const siteOf = (name: string): number => {
    let i = siteIndex.get(name)
    if (i === undefined) { i = siteIndex.size; siteIndex.set(name, i) }
    return i
  }
  const mediaOf = (name: string): number => {
    let i = mediaIndex.get(name)
    if (i === undefined) { i = mediaIndex.size; mediaIndex.set(name, i) }
    return i
  }
  const ownerMedia = mediaOf(owner.media)

  const byId = new Map<string, PeerInfo>()
  for (const peer of peers) {
    if (!byId.has(peer.id)) byId.set(peer.id, peer)
  }

  const assignment: Array<string | undefined> = new Array<string | undefined>(n).fill(undefined)
  const keptPeers = new Set<string>()
  const keptTwice: string[] = []
  const keptSites: number[] = []
  const keptMedia: number[] = []
  let keptOffsite = 0
  let keptOtherMedia = 0
  if (keep !== undefined) {
    for (const [index, peerId] of keep) {
      if (!Number.isInteger(index) || index < 0 || index >= n) {
        throw new PlacementInputError(`kept shard index ${String(index)} is outside 0..${n - 1}`)
      }
      assignment[index] = peerId
      if (keptPeers.has(peerId)) {
        if (!keptTwice.includes(peerId)) keptTwice.push(peerId)
        continue
      }
      keptPeers.add(peerId)
      const peer = byId.get(peerId)
      // A kept peer missing from the table counts nowhere: not offsite, not other media.
      if (peer === undefined) continue
      keptSites.push(siteOf(peer.site))
      keptMedia.push(mediaOf(peer.media))
      if (peer.site !== owner.site) keptOffsite++
      if (peer.media !== owner.media) keptOtherMedia++
    }
  }

  const candidates: Candidate[] = []
  let upPeers = 0
  let upAvoided = 0
  let upWithoutRoom = 0
  for (const peer of byId.values()) {
    if (!peer.up || peer.id === owner.id || keptPeers.has(peer.id)) continue
    upPeers++
    if (avoid?.has(peer.id) === true) { upAvoided++; continue }
    if (!(peer.free >= shardBytes)) { upWithoutRoom++; continue }
    const weight = peer.capacity > 0 && Number.isFinite(peer.capacity)
      ? peer.capacity
      : (peer.free > 0 && Number.isFinite(peer.free) ? peer.free : 1)
    candidates.push({
      id: peer.id,
      site: siteOf(peer.site),
      media: mediaOf(peer.media),
      otherMedia: peer.media !== owner.media,
      weight,
      w0: 0,
      w1: 0
    })
  }
  if (input.packId !== undefined) {
    const rendezvous = new Rendezvous(input.packId)
    for (const c of candidates) {
      const [w0, w1] = rendezvous.seed(c.id)
      c.w0 = w0
      c.w1 = w1
    }
  }

  const sites = siteIndex.size
  const avail = new Int32Array(sites)
  const availOther = new Int32Array(sites)
  const used = new Int32Array(sites)
  const mediaUsed = new Int32Array(mediaIndex.size)
  for (const c of candidates) {
    avail[c.site]++
    if (c.otherMedia) availOther[c.site]++
  }
  for (const s of keptSites) used[s]++
  for (const x of keptMedia) mediaUsed[x]++

  const slots: number[] = []
  for (let i = 0; i < n; i++) if (assignment[i] === undefined) slots.push(i)

  return {
    k,
    m,
    n,
    siteNames: [...siteIndex.keys()],
    mediaNames: [...mediaIndex.keys()],
    ownerSite: siteIndex.get(owner.site) ?? -1,
    ownerMedia,
    ownerSiteName: owner.site,
    ownerMediaName: owner.media,
    candidates,
    avail,
    availOther,
    used,
    mediaUsed,
    keptOffsite,
    keptOtherMedia,
    keptTwice,
    slots,
    assignment,
    upPeers,
    upAvoided,
    upWithoutRoom
  }
}
