import { BaseErasureCode } from './base-code.js'
import { gfMulTable } from './gf256.js'
import { DEFAULT_K, DEFAULT_M } from './constants.js'
import type { CodingPlan } from './coding-plans.js'
import type { ErasureCode } from './types.js'

/**
 * Plain JavaScript codec: a 256 x 256 product table, four bytes per step through
 * 32-bit words (a byte loop when shards are not 4-byte aligned). It is the
 * cross-check for the WASM codec in tests and the baseline of benchErasure (test/bench/erasure-bench.ts).
 */
class ReferenceErasureCode extends BaseErasureCode<Uint8Array> {
  private readonly table = gfMulTable()

  constructor (k: number, m: number) {
    super(k, m, rows => rows)
  }

  protected run (plan: CodingPlan<Uint8Array>, inputs: Uint8Array[], outputs: Uint8Array[], len: number): void {
    const k = inputs.length
    const aligned = (s: Uint8Array): boolean => s.byteOffset % 4 === 0
    const words = len % 4 === 0 && inputs.every(aligned) && outputs.every(aligned)
    outputs.forEach((out, p) => {
      if (!words) out.fill(0)
      for (let j = 0; j < k; j++) {
        const c = plan.rows[p * k + j]
        if (words) mulAddWords(this.table, c, inputs[j], out, j === 0)
        else mulAddBytes(this.table, c, inputs[j], out)
      }
    })
  }
}

/** out ^= c * src (out = c * src when `first`), 32 bits at a time. */
function mulAddWords (table: Uint8Array, c: number, src: Uint8Array, out: Uint8Array, first: boolean): void {
  const s = new Uint32Array(src.buffer, src.byteOffset, src.length >>> 2)
  const o = new Uint32Array(out.buffer, out.byteOffset, out.length >>> 2)
  const t = table.subarray(c << 8, (c << 8) + 256) // row c: c * x for every x
  const n = s.length
  if (first) {
    for (let i = 0; i < n; i++) {
      const x = s[i]
      o[i] = t[x & 255] | (t[(x >>> 8) & 255] << 8) | (t[(x >>> 16) & 255] << 16) | (t[x >>> 24] << 24)
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = s[i]
      o[i] ^= t[x & 255] | (t[(x >>> 8) & 255] << 8) | (t[(x >>> 16) & 255] << 16) | (t[x >>> 24] << 24)
    }
  }
}

/** out ^= c * src, a byte at a time. */
function mulAddBytes (table: Uint8Array, c: number, src: Uint8Array, out: Uint8Array): void {
  const t = table.subarray(c << 8, (c << 8) + 256)
  for (let i = 0; i < src.length; i++) out[i] ^= t[src[i]]
}

/** A (k, m) erasure code in plain JavaScript (slow; for tests and as a baseline). */
export function createReferenceErasureCode (k: number = DEFAULT_K, m: number = DEFAULT_M): ErasureCode {
  return new ReferenceErasureCode(k, m)
}
