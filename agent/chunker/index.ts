/**
 * agent/chunker — content-defined chunking of backup data (FastCDC).
 *
 * Words: a *chunk* is a run of a file's bytes that is stored (and deduplicated)
 * as one blob; its end is a *cut point*. Cut points are content-defined: they
 * depend only on the bytes near them, so an insertion or deletion moves the
 * boundaries of the chunks around the edit only, and all later chunks are the
 * same as before (they deduplicate).
 *
 * Algorithm: FastCDC (Xia et al., USENIX ATC 2016) with normalized chunking,
 * level 2. For each chunk: skip the first `min` bytes (no cut can fall there);
 * then roll a gear hash h = (h << 1) + gear[byte] (32 bits) and cut after the
 * first byte where (h & mask) === 0. Below `avg` the mask has log2(avg) + 2
 * bits, from `avg` on log2(avg) − 2 bits; at `max` bytes the chunk is cut
 * anyway. Masks are the hash's HIGH bits, which depend on the most bytes (bit
 * 31 on the last 32). Defaults: min 256 KiB, avg 1 MiB, max 4 MiB.
 *
 * The gear table (256 × 32 bits) is SHA-256 in counter mode over a seed
 * (gear-table.ts). The default seed (constants.ts) is fixed forever: table and
 * algorithm are part of the on-disk format, pinned by a golden test. A
 * repository may pass its own secret `seed` so that chunk sizes do not reveal
 * which known files it holds.
 *
 * Files: chunker.ts (streaming Chunker), chunk-stream.ts (it-pipe transform),
 * chunk-lengths.ts (whole-buffer cut points), find-cut.ts (the hot loop),
 * cut-params.ts (validation, masks), gear-table.ts. Its
 * throughput benchmark is test/bench/chunker-bench.ts.
 */
export { Chunker } from './chunker.js'
export { chunkStream } from './chunk-stream.js'
export { chunkLengths } from './chunk-lengths.js'
export { DEFAULT_CHUNKER, DEFAULT_GEAR_SEED } from './constants.js'
export type { ChunkerOptions } from './chunker-options.js'
