/**
 * Limits and defaults of the content-defined chunker. The default seed and the
 * way the gear table is derived from it (gear-table.ts) are part of the on-disk
 * format: changing either moves every chunk boundary, so every file would be
 * stored again instead of deduplicated.
 */
import type { ChunkerOptions } from './chunker-options.js'

/** Default chunk sizes in bytes: min 256 KiB, avg 1 MiB, max 4 MiB. */
export const DEFAULT_CHUNKER: Readonly<Required<Omit<ChunkerOptions, 'seed'>>> = Object.freeze({
  min: 256 * 1024,
  avg: 1024 * 1024,
  max: 4 * 1024 * 1024
})

/** Smallest accepted `min` in bytes. */
export const MIN_CHUNK_LIMIT = 64

/** Largest accepted `max` in bytes (64 MiB). */
export const MAX_CHUNK_LIMIT = 64 * 1024 * 1024

/**
 * Normalization level (FastCDC §3.3, "NC2"): below `avg` the mask has
 * log2(avg) + 2 bits (cuts are 4× rarer), from `avg` on it has log2(avg) − 2
 * bits (cuts are 4× likelier), which concentrates chunk sizes around `avg`.
 */
export const NORMALIZATION_LEVEL = 2

/**
 * Default gear-table seed (the ASCII bytes of "meshbackup/chunker/gear/v1") and
 * the domain prefix of the gear table: fixed forever (on-disk format), listed
 * with every label in agent/crypto/labels.ts. A repository may key its own
 * table with `ChunkerOptions.seed` instead.
 */
export { DEFAULT_GEAR_SEED, GEAR_DOMAIN } from '../crypto/labels.js'

/** Largest accepted seed length in bytes. */
export const MAX_SEED_BYTES = 1024

/** Pushed pieces shorter than this (bytes) are copied into a staging buffer rather than kept as views. */
export const SMALL_PIECE_BYTES = 4096

/** Size of a Chunker's staging buffer for small pieces (bytes). */
export const STAGE_BYTES = 64 * 1024
