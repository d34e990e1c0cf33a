/**
 * Erasure coding of packs: systematic Reed-Solomon over GF(2^8).
 *
 * Words. A pack (~16 MiB) is cut into k equal *data shards* (splitPack, padded
 * with zeros to a multiple of SHARD_ALIGN); the code adds m *parity shards*.
 * Any k of the k+m shards rebuild all of them, so a pack survives the loss of
 * any m peers holding its shards. Defaults: k = 4, m = 2.
 *
 * Ideas.
 * - The field is GF(2^8) with polynomial 0x11d and the encoding matrix is ISA-L's
 *   gf_gen_cauchy1_matrix (identity on top, 1/(i ^ j) below), so our parity is
 *   byte-for-byte ISA-L's (tests hold vectors made with ISA-L's C code).
 * - Decoding picks the first k present shards, inverts that k x k submatrix by
 *   Gauss-Jordan elimination and caches the result per erasure pattern; every
 *   missing shard, data or parity, is then one pass of multiply-accumulate.
 * - The hot loop is hand-written WebAssembly SIMD (kernel.wat): ISA-L's split
 *   nibble tables with i8x16.swizzle, several outputs per pass with accumulators
 *   in registers. No npm library is both fast and free of native builds
 *   (@ronomon/reed-solomon is a node-gyp addon; the reed-solomon-erasure wasm
 *   package measured ~900 MB/s against ~7,000 for this kernel with copies).
 *   build-kernel.mjs assembles it into kernel-wasm.ts; no wabt at run time.
 *   A second build of the same source uses i8x16.relaxed_swizzle (a bare
 *   pshufb, 30-50% faster kernel) and is picked where the runtime validates
 *   Relaxed SIMD (newer V8; Node 20 only with a flag, so it runs the standard one).
 * - Shards are copied into wasm memory in column stripes that fit in L2, so
 *   memory stays small for any shard size and the copies stay cheap.
 * - A plain JavaScript codec (reference.ts) cross-checks the kernel in tests and
 *   is the baseline of benchErasure (test/bench/erasure-bench.ts).
 */
export { SHARD_ALIGN, DEFAULT_K, DEFAULT_M, MAX_SHARDS_PER_PACK, MAX_POLICY_SHARDS } from './constants.js'
export { ErasureError } from './errors.js'
export type { ErasureCode } from './types.js'
export { shardLength, splitPack, joinShards } from './shards.js'
export { createErasureCode } from './wasm-code.js'
export { bestKernelVariant } from './kernel.js'
export type { KernelVariant } from './kernel.js'
export { createReferenceErasureCode } from './reference.js'
