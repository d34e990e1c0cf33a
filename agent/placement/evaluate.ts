import { validatePolicy } from './validate-policy.js'
import type { EvaluateOptions, OwnerInfo, PackState, PeerInfo, PlacementPolicy, Verdict } from './types.js'

/**
 * Judges an existing placement: which rules hold and the pack's state.
 *
 * A shard is reachable when its peer is in the table, up, and not excluded by
 * the what-if `without` (sites or peers treated as down). Rules are judged over
 * the reachable shards only; a rule the policy switches off counts as holding.
 * compliant: every enabled rule holds and every shard is reachable; degraded:
 * ≥ k reachable but not compliant; at-risk: < k reachable.
 */
export function evaluate (
  assignment: Array<string | undefined>,
  peers: PeerInfo[],
  owner: OwnerInfo,
  policy: PlacementPolicy,
  options: EvaluateOptions = {}
): Verdict {
  validatePolicy(policy)
  const { k, m } = policy
  const n = k + m
  const downSites = new Set(options.without?.sites ?? [])
  const downPeers = new Set(options.without?.peers ?? [])
  const byId = new Map<string, PeerInfo>()
  for (const peer of peers) {
    if (!byId.has(peer.id)) byId.set(peer.id, peer)
  }

  const perPeer = new Map<string, number>()
  const perSite = new Map<string, number>()
  const media = new Set<string>([owner.media])
  let reachable = 0
  let offsite = 0
  let otherMedia = 0
  for (let i = 0; i < n; i++) {
    const id = assignment[i]
    if (id === undefined) continue
    const peer = byId.get(id)
    if (peer === undefined || !peer.up || downPeers.has(id) || downSites.has(peer.site)) continue
    reachable++
    perPeer.set(id, (perPeer.get(id) ?? 0) + 1)
    perSite.set(peer.site, (perSite.get(peer.site) ?? 0) + 1)
    media.add(peer.media)
    if (peer.site !== owner.site) offsite++
    if (peer.media !== owner.media) otherMedia++
  }

  const problems: string[] = []
  if (reachable < k) problems.push(`at risk: only ${reachable} of ${n} shards reachable (need k=${k})`)

  let copies = true
  if (policy.copies) {
    if (m < 2) {
      copies = false
      problems.push(`copies: m=${m} parity ${m === 1 ? 'shard' : 'shards'} (needs m ≥ 2)`)
    }
    if (reachable < n) {
      copies = false
      problems.push(`copies: ${reachable} of ${n} shards reachable`)
    }
    for (const [id, count] of perPeer) {
      if (count > 1) {
        copies = false
        problems.push(`copies: peer ${id} holds ${count} shards`)
      }
    }
  } else if (reachable < n && reachable >= k) {
    problems.push(`${reachable} of ${n} shards reachable`)
  }

  let mediaOk = true
  if (policy.media && (media.size < 2 || otherMedia < k)) {
    mediaOk = false
    problems.push(otherMedia === 0
      ? `media: every reachable shard is on ${owner.media}, the owner's media (need k=${k} elsewhere)`
      : `media: only ${otherMedia} ${otherMedia === 1 ? 'shard' : 'shards'} on media other than ${owner.media} (need k=${k})`)
  }

  let offsiteOk = true
  if (policy.offsite && offsite < k) {
    offsiteOk = false
    problems.push(`offsite: only ${offsite} ${offsite === 1 ? 'shard' : 'shards'} outside ${owner.site} (need k=${k})`)
  }

  let siteDiversity = true
  if (policy.siteDiversity) {
    for (const [site, count] of perSite) {
      if (count > m) {
        siteDiversity = false
        problems.push(`site diversity: site ${site} holds ${count} ${count === 1 ? 'shard' : 'shards'} (at most m=${m})`)
      }
    }
  }

  let state: PackState
  if (reachable < k) state = 'at-risk'
  else if (reachable === n && copies && mediaOk && offsiteOk && siteDiversity) state = 'compliant'
  else state = 'degraded'
  return { state, reachable, rules: { copies, media: mediaOk, offsite: offsiteOk, siteDiversity }, problems }
}
