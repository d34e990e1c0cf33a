import { describe, expect, it } from 'vitest'
import { cappedPeers, hostOf } from './caps.js'

const peers = ['a', 'b', 'c', 'd', 'e'].map(id => ({ id }))

describe('caps per invite and per address', () => {
  it('keeps one peer per group, the others are left out; ungrouped peers are not capped', () => {
    const groups: Record<string, string[]> = { a: ['invite:1'], b: ['invite:1'], c: ['invite:1'], d: ['invite:2'] }
    for (let i = 0; i < 20; i++) {
      const out = cappedPeers(Uint8Array.from([i]), peers, id => groups[id] ?? [])
      expect(out.size).toBe(2)
      expect([...out].every(id => ['a', 'b', 'c'].includes(id))).toBe(true)
    }
    // which one stays depends on the pack: over many packs each gets some
    const kept = new Set<string>()
    for (let i = 0; i < 40; i++) {
      const out = cappedPeers(Uint8Array.from([i, 1]), peers, id => groups[id] ?? [])
      kept.add(['a', 'b', 'c'].find(id => !out.has(id)) as string)
    }
    expect([...kept].sort()).toEqual(['a', 'b', 'c'])
  })

  it('a peer holding a kept shard stays, and takes its groups', () => {
    const groups = (id: string): string[] => id === 'e' ? [] : ['addr:10.0.0.1']
    const out = cappedPeers(new Uint8Array(32), peers, groups, ['c'])
    expect([...out].sort()).toEqual(['a', 'b', 'd'])
  })

  it('a peer in two groups is left out when either is taken', () => {
    const groups: Record<string, string[]> = { a: ['invite:1'], b: ['addr:x'], c: ['invite:1', 'addr:x'] }
    const out = cappedPeers(new Uint8Array(1), peers, id => groups[id] ?? [], ['a', 'b'])
    expect([...out]).toEqual(['c'])
  })

  it('reads the host of a multiaddr', () => {
    expect(hostOf('/ip4/10.0.0.5/tcp/7443')).toBe('10.0.0.5')
    expect(hostOf('/ip6/::1/tcp/1/p2p/x')).toBe('::1')
    expect(hostOf('/dns4/example.org/tcp/1')).toBe('example.org')
    expect(hostOf('/unix/tmp/x')).toBeUndefined()
  })
})
