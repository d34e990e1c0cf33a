/** The benchmark helpers of `npm run bench` run and report every figure (smoke runs). */
import { describe, expect, it } from 'vitest'
import { benchChunker } from './chunker-bench.js'
import { benchErasure } from './erasure-bench.js'
import { benchPlacement } from './placement-bench.js'

const MiB = 1024 * 1024

describe('benchChunker', () => {
  it('reports MB/s', () => {
    const r = benchChunker({ bytes: 2 * MiB })
    // throughputs (timings): no exact value, but both figures present, finite and positive
    expect(Object.keys(r).sort()).toEqual(['chunk_mbps', 'cut_mbps'])
    for (const v of Object.values(r)) expect(Number.isFinite(v) && v > 0, String(v)).toBe(true)
    expect(() => benchChunker({ bytes: 0 })).toThrow(RangeError)
  })
})

describe('benchErasure', () => {
  it('reports positive MB/s for every figure (smoke run)', () => {
    const r = benchErasure({ shardBytes: 4096, seconds: 0.02 })
    // throughputs (timings): no exact value, but every figure present, finite and positive
    for (const v of Object.values(r)) expect(Number.isFinite(v) && v > 0, String(v)).toBe(true)
    expect(Object.keys(r).sort()).toEqual([
      'js_decode_4_2_mbps', 'js_encode_4_2_mbps', 'rs_decode_10_4_mbps', 'rs_decode_4_2_alloc_mbps', 'rs_decode_4_2_mbps',
      'rs_encode_10_4_mbps', 'rs_encode_4_2_alloc_mbps', 'rs_encode_4_2_mbps'
    ])
  })
})

describe('benchPlacement', () => {
  it('reports µs per placement for both meshes (smoke run)', () => {
    const r = benchPlacement(20)
    expect(Object.keys(r).sort()).toEqual(['placement_us_200_peers_rs14_6', 'placement_us_50_peers_rs4_2'])
    for (const v of Object.values(r)) expect(Number.isFinite(v) && v > 0, String(v)).toBe(true)
  })
})
