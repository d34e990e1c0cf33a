import { SHARD_ALIGN } from './constants.js'
import { ErasureError } from './errors.js'

/**
 * Length of each shard for a pack of `packLength` bytes split into k data shards:
 * ceil(packLength / k) rounded up to SHARD_ALIGN (minimum SHARD_ALIGN).
 */
export function shardLength (packLength: number, k: number): number {
  if (!Number.isSafeInteger(packLength) || packLength < 0) throw new ErasureError(`invalid pack length ${packLength}`)
  if (!Number.isInteger(k) || k < 1) throw new ErasureError(`invalid number of data shards ${k}`)
  const per = Math.ceil(packLength / k)
  return Math.max(SHARD_ALIGN, Math.ceil(per / SHARD_ALIGN) * SHARD_ALIGN)
}

/**
 * Split a pack into k data shards of shardLength(pack.length, k), zero-padded
 * (the last one(s)). Shards that lie wholly inside the pack are views of it; the
 * others are new arrays — unless `padded` (the pack's bytes followed by zeros,
 * at least k shard lengths long) is given: then every shard is a view of it.
 */
export function splitPack (pack: Uint8Array, k: number, padded?: Uint8Array): Uint8Array[] {
  const len = shardLength(pack.length, k)
  // A zero-padded copy of the pack long enough for k whole shards: all views.
  if (padded !== undefined && padded.length >= k * len) return Array.from({ length: k }, (_, i) => padded.subarray(i * len, (i + 1) * len))
  const shards: Uint8Array[] = []
  for (let i = 0; i < k; i++) {
    const start = i * len
    if (start + len <= pack.length) {
      shards.push(pack.subarray(start, start + len))
    } else {
      const shard = new Uint8Array(len)
      if (start < pack.length) shard.set(pack.subarray(start))
      shards.push(shard)
    }
  }
  return shards
}

/** Concatenate data shards and cut to packLength (a new array). */
export function joinShards (dataShards: Uint8Array[], packLength: number): Uint8Array {
  const total = dataShards.reduce((n, s) => n + s.length, 0)
  if (!Number.isSafeInteger(packLength) || packLength < 0 || packLength > total) {
    throw new ErasureError(`cannot cut ${packLength} bytes from ${total} bytes of shards`)
  }
  const pack = new Uint8Array(packLength)
  let at = 0
  for (const s of dataShards) {
    if (at >= packLength) break
    const n = Math.min(s.length, packLength - at)
    pack.set(n === s.length ? s : s.subarray(0, n), at)
    at += n
  }
  return pack
}
