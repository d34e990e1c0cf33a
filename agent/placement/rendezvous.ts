import { hash } from 'node:crypto'

/**
 * Weighted rendezvous (highest-random-weight) hashing.
 *
 * A peer's seed for a pack is the first 64 bits of
 * SHA-256(utf8(hex(packId) ‖ ":" ‖ peerId)) (unambiguous: hex has no ":");
 * it is expanded per shard index with an integer mixer (lowbias32) into
 * u ∈ (0,1), and the score for that index is weight / −ln(u). The peer with the
 * highest score wins: over many packs a peer wins in proportion to its weight,
 * and adding or removing a peer only changes the choices that peer wins or held.
 */
export class Rendezvous {
  private readonly prefix: string

  constructor (packId: Uint8Array) {
    this.prefix = Buffer.from(packId.buffer, packId.byteOffset, packId.byteLength).toString('hex') + ':'
  }

  /** The peer's 64-bit seed for this pack, as two unsigned 32-bit words. */
  seed (peerId: string): [number, number] {
    // hex output: about twice as fast as a Buffer digest for these short inputs
    const digest = hash('sha256', this.prefix + peerId, 'hex')
    return [parseInt(digest.slice(0, 8), 16), parseInt(digest.slice(8, 16), 16)]
  }
}

/**
 * Peers in unweighted rendezvous order for a pack (highest seed first, ties by
 * id): stable per pack, spread evenly, the order shards take when a repository
 * has no placement policy.
 */
export function rankPeers (packId: Uint8Array, peerIds: readonly string[]): string[] {
  const r = new Rendezvous(packId)
  return peerIds
    .map(id => ({ id, seed: r.seed(id) }))
    .sort((a, b) => (b.seed[0] - a.seed[0]) || (b.seed[1] - a.seed[1]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(x => x.id)
}

/** u ∈ (0,1) for shard `index` from a peer's seed words (53 bits). */
export function rendezvousUniform (w0: number, w1: number, index: number): number {
  const hi = mix32(w0 ^ Math.imul(index + 1, 0x9e3779b9))
  const lo = mix32(w1 ^ Math.imul(index + 1, 0x85ebca6b) ^ hi)
  return (hi * 2097152 + (lo >>> 11) + 0.5) / 9007199254740992
}

/** lowbias32 (Chris Wellons): a well-mixing 32-bit bijection. */
function mix32 (x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}
