import { MAX_SHARDS_PER_PACK } from '../../proto/limits.js'

/** Shard lengths produced by splitPack are multiples of this (the SIMD kernel's column width). */
export const SHARD_ALIGN = 64

/** Default number of data shards. */
export const DEFAULT_K = 4

/** Default number of parity shards. */
export const DEFAULT_M = 2

/**
 * k + m is at most MAX_SHARDS_PER_PACK (255, proto/limits.ts): Cauchy rows i ^ j
 * must stay distinct non-zero field elements. That is the format's ceiling,
 * which the codec and placement accept.
 */
export { MAX_SHARDS_PER_PACK }

/**
 * The supported policy ceiling: a repository's and an agent's k + m is at most
 * this. Every shard of a pack goes to a distinct peer and every restore dials
 * k of them, so wider codes only thin the shards (a 16 MiB pack at k = 32 is
 * already 0.5 MiB per shard) and multiply the streams; the config, the
 * repository settings and `init --k/--m` all check against this one value.
 */
export const MAX_POLICY_SHARDS = 32

/**
 * Bytes of wasm memory the WASM codec fills per column stripe (one stripe of
 * every input and output), so that the copies in and out and the kernel work in
 * L2. Measured on 1 MiB shards: 32-128 KiB cost 10+4 about 15-20%, 512 KiB-2 MiB
 * were equal; half of a 1 MiB L2 it is.
 */
export const STRIPE_BUDGET_BYTES = 512 * 1024

/** Decode matrices cached per code (one per erasure pattern); the cache is cleared past this. */
export const MAX_CACHED_DECODE_PLANS = 1024
