import { BaseErasureCode } from './base-code.js'
import { Kernel, KERNEL_COLUMN, KERNEL_MAX_OUTPUTS } from './kernel.js'
import type { KernelVariant } from './kernel.js'
import { gfMul } from './gf256.js'
import { DEFAULT_K, DEFAULT_M, STRIPE_BUDGET_BYTES } from './constants.js'
import type { CodingPlan } from './coding-plans.js'
import type { ErasureCode } from './types.js'

// Memory layout of a run: input and output addresses, then the plan's tables,
// then one stripe buffer per input and per output.
const SRC_ADDRS = 0 // k <= 255 addresses
const DST_ADDRS = 1024 // nOut <= 255 addresses
const TABLES = 2048
const DATA_ALIGN = 4096

/**
 * Split-nibble tables of a plan (see kernel.wat), in groups of up to
 * KERNEL_MAX_OUTPUTS outputs: group g (outputs 4g...) starts at g*4*k*32 and
 * holds input j, output p of the group at (j*groupSize + p)*32.
 */
function nibbleTables (rows: Uint8Array, k: number, nOut: number): Uint8Array {
  const t = new Uint8Array(nOut * k * 32)
  for (let g = 0; g * KERNEL_MAX_OUTPUTS < nOut; g++) {
    const first = g * KERNEL_MAX_OUTPUTS
    const size = Math.min(KERNEL_MAX_OUTPUTS, nOut - first)
    for (let j = 0; j < k; j++) {
      for (let p = 0; p < size; p++) {
        const c = rows[(first + p) * k + j]
        const at = first * k * 32 + (j * size + p) * 32
        for (let x = 0; x < 16; x++) {
          t[at + x] = gfMul(c, x)
          t[at + 16 + x] = gfMul(c, x << 4)
        }
      }
    }
  }
  return t
}

/**
 * `count` new byte arrays of `len` bytes, not zero-filled first: every byte is
 * overwritten, and zero-filling fresh memory showed up as a cost in benchmarks.
 */
function allocBytes (count: number, len: number): Uint8Array[] {
  return Array.from({ length: count }, () => {
    const b = Buffer.allocUnsafeSlow(len) // never pooled: each shard owns its ArrayBuffer
    return new Uint8Array(b.buffer, b.byteOffset, len)
  })
}

/**
 * The WebAssembly SIMD codec: shards are copied into the kernel's memory one
 * column stripe at a time (a stripe of every input and output fits in L2), run
 * through kernel.wat, and copied out into new arrays.
 */
class WasmErasureCode extends BaseErasureCode<Uint8Array> {
  private readonly kernel: Kernel
  private loadedTables: Uint8Array | undefined

  constructor (k: number, m: number, variant?: KernelVariant) {
    super(k, m, nibbleTables)
    this.kernel = new Kernel(variant)
  }

  protected override allocShards (count: number, len: number): Uint8Array[] {
    return allocBytes(count, len)
  }

  protected run (plan: CodingPlan<Uint8Array>, inputs: Uint8Array[], outputs: Uint8Array[], len: number): void {
    const { kernel } = this
    const k = inputs.length
    const nOut = outputs.length
    if (len === 0) return

    const tables = plan.prepared
    let stripe = Math.floor(STRIPE_BUDGET_BYTES / (k + nOut) / 256) * 256
    stripe = Math.min(Math.max(stripe, 256), roundUp(len, KERNEL_COLUMN))
    const data = roundUp(TABLES + tables.length, DATA_ALIGN)
    kernel.reserve(data + (k + nOut) * stripe)
    const mem = kernel.bytes
    if (this.loadedTables !== tables) {
      mem.set(tables, TABLES)
      this.loadedTables = tables
    }
    for (let j = 0; j < k; j++) kernel.setWord(SRC_ADDRS + 4 * j, data + j * stripe)
    for (let p = 0; p < nOut; p++) kernel.setWord(DST_ADDRS + 4 * p, data + (k + p) * stripe)

    for (let off = 0; off < len; off += stripe) {
      const n = Math.min(stripe, len - off)
      const padded = roundUp(n, KERNEL_COLUMN)
      for (let j = 0; j < k; j++) {
        const at = data + j * stripe
        mem.set(n === inputs[j].length ? inputs[j] : inputs[j].subarray(off, off + n), at)
        if (padded !== n) mem.fill(0, at + n, at + padded)
      }
      for (let first = 0; first < nOut; first += KERNEL_MAX_OUTPUTS) {
        const size = Math.min(KERNEL_MAX_OUTPUTS, nOut - first)
        kernel.dot(size, k, padded, TABLES + first * k * 32, SRC_ADDRS, DST_ADDRS + 4 * first)
      }
      for (let p = 0; p < nOut; p++) {
        const at = data + (k + p) * stripe
        outputs[p].set(mem.subarray(at, at + n), off)
      }
    }
  }
}

function roundUp (n: number, to: number): number {
  return Math.ceil(n / to) * to
}

/**
 * A (k, m) erasure code running on the WebAssembly SIMD kernel (kernel.wat), in
 * its relaxed variant where the runtime has Relaxed SIMD (see kernel.ts).
 */
export function createErasureCode (k: number = DEFAULT_K, m: number = DEFAULT_M): ErasureCode {
  return new WasmErasureCode(k, m)
}

/** createErasureCode with a chosen kernel variant (tests, benchmarks). */
export function createErasureCodeWithKernel (k: number, m: number, variant: KernelVariant): ErasureCode {
  return new WasmErasureCode(k, m, variant)
}
