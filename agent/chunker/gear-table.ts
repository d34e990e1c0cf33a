import { createHash } from 'node:crypto'
import { GEAR_DOMAIN, MAX_SEED_BYTES } from './constants.js'

/**
 * The 256-entry gear table of the rolling hash, derived from `seed` with
 * SHA-256 in counter mode:
 *
 *   block_k = SHA-256(GEAR_DOMAIN || seed || uint32_be(k))   for k = 0 … 31
 *   gear[8k + j] = uint32_be(block_k[4j … 4j+3])             for j = 0 … 7
 *
 * Values are returned as signed 32-bit integers (an Int32Array) so the hash
 * loop stays in V8's int32 arithmetic; `gear[i] >>> 0` is the unsigned value.
 * Part of the on-disk format: do not change.
 */
const cache = new Map<string, Int32Array>()
const CACHE_MAX = 16

/** Tables are derived once per seed and shared (read-only): one chunker per file is cheap. */
export function gearTable (seed: Uint8Array): Int32Array {
  if (!(seed instanceof Uint8Array)) {
    throw new TypeError('chunker seed must be a Uint8Array')
  }
  const key = Buffer.from(seed.buffer, seed.byteOffset, seed.byteLength).toString('hex')
  let table = cache.get(key)
  if (table === undefined) {
    table = deriveGearTable(seed)
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string)
    cache.set(key, table)
  }
  return table
}

function deriveGearTable (seed: Uint8Array): Int32Array {
  if (!(seed instanceof Uint8Array)) {
    throw new TypeError('chunker seed must be a Uint8Array')
  }
  if (seed.byteLength === 0 || seed.byteLength > MAX_SEED_BYTES) {
    throw new RangeError(`chunker seed must be 1 to ${MAX_SEED_BYTES} bytes long, got ${seed.byteLength}`)
  }
  const table = new Int32Array(256)
  const counter = new Uint8Array(4)
  const view = new DataView(counter.buffer)
  for (let k = 0; k < 32; k++) {
    view.setUint32(0, k, false)
    const block = createHash('sha256').update(GEAR_DOMAIN, 'latin1').update(seed).update(counter).digest()
    for (let j = 0; j < 8; j++) {
      table[8 * k + j] = block.readInt32BE(4 * j)
    }
  }
  return table
}
