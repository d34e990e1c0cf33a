/**
 * The hard limits of the formats, shared by store/ (on disk) and protocol/
 * (on the wire): each is written here once and imported everywhere else.
 */

const KiB = 1024
const MiB = 1024 * KiB

/**
 * Most shards a pack can have (k + m), so shard indexes are 0 … 254. This is
 * the ceiling of the code itself: the Cauchy matrix over GF(2^8) needs the
 * k + m row and column labels i ^ j to be distinct non-zero field elements,
 * which holds up to 255 (a 256th shard is not codable). The copies said 255
 * (erasure, shard header, wire), 256 (placement); 255 is the right one.
 * Policies are held lower, at MAX_POLICY_SHARDS (agent/erasure/constants.ts).
 */
export const MAX_SHARDS_PER_PACK = 255

/**
 * Largest shard, in bytes: what a store accepts on disk and what the shard
 * protocol accepts by default. A pack is cut past its target size (16 MiB by
 * default, 64 MiB at most) so a shard is about (pack + one largest blob) / k
 * plus padding. The copies said 64 MiB (store) and 32 MiB (wire); one limit
 * for both is 64 MiB, so that a shard a store holds can always be sent, and
 * the repository refuses settings whose largest shard would not fit.
 */
export const MAX_SHARD_BYTES = 64 * MiB

/** Largest encoded ShardHeader, in bytes (its block hash list of a 64 MiB shard in 64 KiB blocks is 32 KiB). */
export const MAX_SHARD_HEADER_BYTES = 64 * KiB
