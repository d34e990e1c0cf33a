import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Rendezvous, rankPeers } from './rendezvous.js'

const packId = (i: number): Uint8Array => new Uint8Array(createHash('sha256').update(`pack-${i}`).digest())
const peers = Array.from({ length: 8 }, (_, i) => `peer-${i}`)

describe('rankPeers', () => {
  it('orders every peer by its rendezvous seed, whatever the input order', () => {
    const ranked = rankPeers(packId(1), peers)
    expect([...ranked].sort()).toEqual([...peers].sort())
    expect(rankPeers(packId(1), [...peers].reverse())).toEqual(ranked)
    const r = new Rendezvous(packId(1))
    const seeds = ranked.map(p => r.seed(p))
    for (let i = 1; i < seeds.length; i++) {
      expect(seeds[i - 1][0] > seeds[i][0] || (seeds[i - 1][0] === seeds[i][0] && seeds[i - 1][1] >= seeds[i][1])).toBe(true)
    }
  })

  it('keeps the order of the others when a peer leaves, and spreads the first place over packs', () => {
    const ranked = rankPeers(packId(2), peers)
    expect(rankPeers(packId(2), peers.filter(p => p !== ranked[3]))).toEqual(ranked.filter(p => p !== ranked[3]))
    const firsts = new Map<string, number>()
    for (let i = 0; i < 800; i++) {
      const first = rankPeers(packId(i), peers)[0]
      firsts.set(first, (firsts.get(first) ?? 0) + 1)
    }
    expect(firsts.size).toBe(peers.length)
    for (const n of firsts.values()) expect(n).toBeGreaterThan(50) // 100 expected each
  })
})
