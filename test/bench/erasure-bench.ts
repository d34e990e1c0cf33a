/** Erasure coding throughput for `npm run bench` (test/bench/bench.ts). */
import { randomFillSync } from 'node:crypto'
import { createErasureCode, createReferenceErasureCode } from '../../agent/erasure/index.js'
import type { ErasureCode } from '../../agent/erasure/index.js'

export interface ErasureBenchOptions {
  /** Bytes per shard (default 1 MiB). */
  shardBytes?: number
  /** Time budget per figure in seconds (default 1). */
  seconds?: number
}

/**
 * MB/s of data (k x shard bytes per second), median of five runs. Encode and
 * decode write into reused output arrays (`encode(data, parity)`,
 * `reconstruct(shards, into)`), so the figures are the coding with its copies in
 * and out of wasm memory; the `_alloc_` figures let encode/reconstruct allocate
 * their outputs, which adds the page faults of fresh memory. Decode is the worst
 * case: the first m data shards missing, rebuilt from the rest.
 */
export interface ErasureBenchResult {
  rs_encode_4_2_mbps: number
  rs_decode_4_2_mbps: number
  rs_encode_10_4_mbps: number
  rs_decode_10_4_mbps: number
  js_encode_4_2_mbps: number
  js_decode_4_2_mbps: number
  rs_encode_4_2_alloc_mbps: number
  rs_decode_4_2_alloc_mbps: number
}

const RUNS = 5

/** Benchmark: MB/s of data (median of a few runs, ~`seconds` budget per figure). */
export function benchErasure (opts: ErasureBenchOptions = {}): ErasureBenchResult {
  const shardBytes = opts.shardBytes ?? 1024 * 1024
  const seconds = opts.seconds ?? 1
  const rs42 = createErasureCode(4, 2)
  const rs104 = createErasureCode(10, 4)
  const js42 = createReferenceErasureCode(4, 2)
  return {
    rs_encode_4_2_mbps: measure(rs42, shardBytes, seconds, 'encode', true),
    rs_decode_4_2_mbps: measure(rs42, shardBytes, seconds, 'decode', true),
    rs_encode_10_4_mbps: measure(rs104, shardBytes, seconds, 'encode', true),
    rs_decode_10_4_mbps: measure(rs104, shardBytes, seconds, 'decode', true),
    js_encode_4_2_mbps: measure(js42, shardBytes, seconds, 'encode', true),
    js_decode_4_2_mbps: measure(js42, shardBytes, seconds, 'decode', true),
    rs_encode_4_2_alloc_mbps: measure(rs42, shardBytes, seconds, 'encode', false),
    rs_decode_4_2_alloc_mbps: measure(rs42, shardBytes, seconds, 'decode', false)
  }
}

function measure (code: ErasureCode, shardBytes: number, seconds: number, what: 'encode' | 'decode', reuse: boolean): number {
  const { k, m } = code
  const data = Array.from({ length: k }, () => randomFillSync(new Uint8Array(shardBytes)))
  const parity = code.encode(data)
  const spare = Array.from({ length: m }, () => new Uint8Array(shardBytes))
  // worst case for decode: the first m data shards are missing
  const shards: Array<Uint8Array | undefined> = [...data, ...parity]
  const into: Array<Uint8Array | undefined> = new Array(k + m)
  for (let i = 0; i < m; i++) {
    shards[i] = undefined
    into[i] = spare[i]
  }
  const op = what === 'encode'
    ? () => code.encode(data, reuse ? spare : undefined)
    : () => code.reconstruct(shards, reuse ? into : undefined)
  // warm up: make the decode plan, let V8 tier the kernel and the loop up
  const slice = seconds * 1000 / RUNS
  const warm = performance.now()
  for (let i = 0; i < 5 || performance.now() - warm < slice / 2; i++) op()

  const rates: number[] = []
  for (let r = 0; r < RUNS; r++) {
    let n = 0
    const t0 = performance.now()
    let t = t0
    do {
      op()
      n++
      t = performance.now()
    } while (t - t0 < slice)
    rates.push(k * shardBytes * n / ((t - t0) / 1000) / 1e6)
  }
  rates.sort((a, b) => a - b)
  return Math.round(rates[RUNS >> 1])
}
