/**
 * Caps on identities that may be one operator: peers admitted by one invite,
 * and peers behind one network address, hold at most one shard of a pack
 * between them (what one peer may hold).
 *
 * A *group* is a label a peer shares with others ("invite:<id>",
 * "addr:<ip>"). For one pack, `cappedPeers` keeps one peer per group — a
 * peer already holding a kept shard first, then the one the pack's hash
 * prefers — and returns the others, for placement to avoid. A peer in several
 * groups is kept only if none of them is taken yet. Deterministic per pack, so
 * that every group's shard lands on different members across packs.
 */
import { createHash } from 'node:crypto'

/** The groups a peer is in (none: it is capped by nothing but itself). */
export type GroupsOf = (peerId: string) => readonly string[]

/** Peers to leave out of one pack's placement so that every group holds at most one of its shards. */
export function cappedPeers (packId: Uint8Array, peers: ReadonlyArray<{ id: string }>, groupsOf: GroupsOf, kept: Iterable<string> = []): Set<string> {
  const keptIds = new Set(kept)
  const rank = (id: string): Buffer => createHash('sha256').update(packId).update(id).digest()
  const ordered = peers.map(p => ({ id: p.id, kept: keptIds.has(p.id), rank: rank(p.id) }))
    .sort((a, b) => Number(b.kept) - Number(a.kept) || Buffer.compare(b.rank, a.rank))
  const taken = new Set<string>()
  const out = new Set<string>()
  for (const p of ordered) {
    const groups = groupsOf(p.id)
    if (groups.length === 0) continue
    if (!p.kept && groups.some(g => taken.has(g))) { out.add(p.id); continue }
    for (const g of groups) taken.add(g)
  }
  return out
}

/** The host part of a multiaddr (/ip4/10.0.0.5/tcp/7443 → 10.0.0.5), or undefined. */
export function hostOf (addr: string): string | undefined {
  return /^\/(?:ip4|ip6|dns|dns4|dns6)\/([^/]+)/.exec(addr)?.[1]
}
