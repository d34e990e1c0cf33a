/** Shard lengths produced by splitPack are multiples of this (the SIMD kernel's column width). */
export const SHARD_ALIGN = 64

/** Default number of data shards. */
export const DEFAULT_K = 4

/** Default number of parity shards. */
export const DEFAULT_M = 2

/** k + m is at most this: Cauchy rows i ^ j must stay distinct non-zero field elements. */
export const MAX_SHARDS = 255

/**
 * Bytes of wasm memory the WASM codec fills per column stripe (one stripe of
 * every input and output), so that the copies in and out and the kernel work in
 * L2. Measured on 1 MiB shards: 32-128 KiB cost 10+4 about 15-20%, 512 KiB-2 MiB
 * were equal; half of a 1 MiB L2 it is.
 */
export const STRIPE_BUDGET_BYTES = 512 * 1024

/** Decode matrices cached per code (one per erasure pattern); the cache is cleared past this. */
export const MAX_CACHED_DECODE_PLANS = 1024
