import { DEFAULT_CHUNKER, DEFAULT_GEAR_SEED, MAX_CHUNK_LIMIT, MIN_CHUNK_LIMIT, NORMALIZATION_LEVEL } from './constants.js'
import { gearTable } from './gear-table.js'
import type { ChunkerOptions } from './chunker-options.js'

/** Everything the cut-point search needs, validated and precomputed once per chunker. */
export interface CutParams {
  readonly min: number
  readonly avg: number
  readonly max: number
  /** Mask used while the chunk is shorter than `avg` (more bits: cuts rarer). */
  readonly maskS: number
  /** Mask used from `avg` on (fewer bits: cuts likelier). */
  readonly maskL: number
  readonly gear: Int32Array
}

/**
 * A mask of the `bits` HIGHEST bits of a 32-bit word, as a signed int32.
 * With the left-shifting gear hash, bit k of the hash depends on the last k + 1
 * bytes, so the top bits see the widest window (bit 31: the last 32 bytes).
 * We use the top bits rather than the paper's spread-out 64-bit masks: in 32
 * bits the top bits already give the largest window the hash has.
 */
export function topBitsMask (bits: number): number {
  return bits === 0 ? 0 : (-1 << (32 - bits)) | 0
}

function checkSize (name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`chunker ${name} must be an integer number of bytes, got ${String(value)}`)
  }
  return value
}

/**
 * Validate `opts` and precompute masks and gear table. Throws RangeError for
 * sizes out of range (64 ≤ min < avg < max ≤ 64 MiB, avg a power of two) and
 * for a seed of the wrong length, TypeError for a seed that is no Uint8Array.
 *
 * `normalization` is the FastCDC normalization level (0 = plain gear CDC with
 * one mask of log2(avg) bits); anything but the default changes the format and
 * exists only so tests can compare against unnormalized chunking.
 */
export function cutParams (opts: ChunkerOptions = {}, normalization: number = NORMALIZATION_LEVEL): CutParams {
  const min = checkSize('min', opts.min ?? DEFAULT_CHUNKER.min)
  const avg = checkSize('avg', opts.avg ?? DEFAULT_CHUNKER.avg)
  const max = checkSize('max', opts.max ?? DEFAULT_CHUNKER.max)
  if (min < MIN_CHUNK_LIMIT) {
    throw new RangeError(`chunker min must be at least ${MIN_CHUNK_LIMIT} bytes, got ${min}`)
  }
  if (max > MAX_CHUNK_LIMIT) {
    throw new RangeError(`chunker max must be at most ${MAX_CHUNK_LIMIT} bytes (64 MiB), got ${max}`)
  }
  if (!(min < avg && avg < max)) {
    throw new RangeError(`chunker sizes must satisfy min < avg < max, got min ${min}, avg ${avg}, max ${max}`)
  }
  if ((avg & (avg - 1)) !== 0) {
    throw new RangeError(`chunker avg must be a power of two, got ${avg}`)
  }
  if (!Number.isInteger(normalization) || normalization < 0 || normalization > 4) {
    throw new RangeError(`chunker normalization level must be 0 to 4, got ${normalization}`)
  }
  const bits = Math.log2(avg) // exact: avg is a power of two, 2^7 … 2^25
  return {
    min,
    avg,
    max,
    maskS: topBitsMask(bits + normalization),
    maskL: topBitsMask(Math.max(bits - normalization, 1)),
    gear: gearTable(opts.seed ?? DEFAULT_GEAR_SEED)
  }
}
