/** The benchmark helpers of `npm run bench` run and report every figure (smoke runs). */
import { describe, expect, it } from 'vitest'
import { benchChunker } from './chunker-bench.js'
import { benchErasure } from './erasure-bench.js'

const MiB = 1024 * 1024

describe('benchChunker', () => {
  it('reports MB/s', () => {
    const { chunk_mbps: chunkMbps } = benchChunker({ bytes: 2 * MiB })
    expect(chunkMbps).toBeGreaterThan(0)
    expect(() => benchChunker({ bytes: 0 })).toThrow(RangeError)
  })
})

describe('benchErasure', () => {
  it('reports positive MB/s for every figure (smoke run)', () => {
    const r = benchErasure({ shardBytes: 4096, seconds: 0.02 })
    for (const v of Object.values(r)) expect(v).toBeGreaterThan(0)
    expect(Object.keys(r)).toEqual(expect.arrayContaining([
      'rs_encode_4_2_mbps', 'rs_decode_4_2_mbps', 'rs_encode_10_4_mbps', 'rs_decode_10_4_mbps',
      'js_encode_4_2_mbps', 'js_decode_4_2_mbps'
    ]))
  })
})
