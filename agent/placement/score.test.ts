import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from './constants.js'
import { betterScore, placementScore } from './score.js'
import type { PeerInfo } from './types.js'

const peer = (id: string, site: string, media: string, up = true): PeerInfo => ({ id, site, media, capacity: 1e12, free: 1e12, up })

// hq {a (the owner's own store), b}, branch {c, d, e, f}, cloud {g, h}
const peers = [
  peer('a', 'hq', 'disk'), peer('b', 'hq', 'ssd'),
  peer('c', 'branch', 'nas'), peer('d', 'branch', 'ssd'), peer('e', 'branch', 'object'), peer('f', 'branch', 'nas'),
  peer('g', 'cloud', 'object'), peer('h', 'cloud', 'ssd')
]
const owner = { id: '', site: 'hq', media: 'disk' }

describe('placementScore', () => {
  it('ranks the moves back to a returning site: 2+4+0 < 2+3+1 < 2+2+2', () => {
    const repaired = placementScore(['a', 'b', 'c', 'd', 'e', 'f'], peers, owner, DEFAULT_POLICY)
    const oneBack = placementScore(['a', 'b', 'c', 'd', 'g', 'f'], peers, owner, DEFAULT_POLICY)
    const bothBack = placementScore(['a', 'b', 'c', 'd', 'g', 'h'], peers, owner, DEFAULT_POLICY)
    expect(repaired).toEqual([1, 1, 2, 0, 0])
    expect(oneBack).toEqual([1, 1, 1, 0, 0])
    expect(bothBack).toEqual([0, 0, 0, 0, 0])
    expect(betterScore(oneBack, repaired)).toBe(true)
    expect(betterScore(bothBack, oneBack)).toBe(true)
    expect(betterScore(repaired, oneBack)).toBe(false)
    expect(betterScore(repaired, repaired)).toBe(false)
  })

  it('never prefers a peer that is down', () => {
    const down = peers.map(p => p.site === 'cloud' ? { ...p, up: false } : p)
    const onLive = placementScore(['a', 'b', 'c', 'd', 'e', 'f'], down, owner, DEFAULT_POLICY)
    const onDown = placementScore(['a', 'b', 'c', 'd', 'g', 'f'], down, owner, DEFAULT_POLICY)
    expect(betterScore(onDown, onLive)).toBe(false)
  })
})
