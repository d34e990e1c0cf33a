/** Chunker throughput for `npm run bench` (test/bench/bench.ts). */
import { randomFillSync } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { Chunker, chunkLengths } from '../../agent/chunker/index.js'

/** Size of the buffers pushed into the Chunker by the benchmark (like file reads). */
const BENCH_PUSH_BYTES = 1024 * 1024
/** Untimed runs first, so V8 has optimized the hot loop. */
const BENCH_WARMUP_RUNS = 2
const BENCH_RUNS = 5

/** Median of `runs` timed calls of `fn` over `bytes` bytes, in MB/s (10^6 bytes per second). */
function medianMbps (bytes: number, fn: () => number): number {
  for (let r = 0; r < BENCH_WARMUP_RUNS; r++) fn()
  const rates: number[] = []
  for (let r = 0; r < BENCH_RUNS; r++) {
    const t0 = performance.now()
    const chunks = fn()
    const ms = performance.now() - t0
    if (chunks === 0) throw new Error('benchmark produced no chunks')
    rates.push(bytes / 1e3 / ms)
  }
  rates.sort((a, b) => a - b)
  return Math.round(rates[BENCH_RUNS >> 1]!)
}

/**
 * Benchmark helper: MB/s (10^6 bytes per second) over `bytes` of random data
 * (default 32 MiB) with default options; median of 5 runs after 2 warm-ups.
 *
 * - chunk_mbps: a Chunker fed 1 MiB buffers, including the copy of every chunk
 *   into its own fresh Uint8Array (what a backup pipeline pays).
 * - cut_mbps: chunkLengths() over the whole buffer: the cut-point search alone.
 */
export function benchChunker (opts: { bytes?: number } = {}): { chunk_mbps: number, cut_mbps: number } {
  const bytes = opts.bytes ?? 32 * 1024 * 1024
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new RangeError(`benchmark bytes must be a positive integer, got ${bytes}`)
  }
  const data = new Uint8Array(bytes)
  for (let o = 0; o < bytes; o += 65536) {
    randomFillSync(data, o, Math.min(65536, bytes - o))
  }
  const chunk_mbps = medianMbps(bytes, () => {
    const chunker = new Chunker()
    let n = 0
    for (let o = 0; o < bytes; o += BENCH_PUSH_BYTES) {
      n += chunker.push(data.subarray(o, Math.min(bytes, o + BENCH_PUSH_BYTES))).length
    }
    return n + chunker.finish().length
  })
  const cut_mbps = medianMbps(bytes, () => chunkLengths(data).length)
  return { chunk_mbps, cut_mbps }
}
