import { KERNEL_RELAXED_WASM_BASE64, KERNEL_WASM_BASE64 } from './kernel-wasm.js'

// The few WebAssembly JS API members used here (the project's lib has no DOM types).
interface WasmMemory {
  readonly buffer: ArrayBuffer
  grow: (deltaPages: number) => number
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports?: object) => { readonly exports: Record<string, unknown> }
  validate: (bytes: Uint8Array) => boolean
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

/** dotN(k, len, tbl, src, dst): see kernel.wat. */
type Dot = (k: number, len: number, tbl: number, src: number, dst: number) => void

const PAGE = 65536

/** Outputs one kernel call computes at most (dot1 ... dot4). */
export const KERNEL_MAX_OUTPUTS = 4

/** Row lengths given to the kernel are multiples of this. */
export const KERNEL_COLUMN = 32

/**
 * 'relaxed': kernel.wat with i8x16.relaxed_swizzle, which V8 compiles to a bare
 * pshufb; i8x16.swizzle must zero lanes whose index is >= 16, which costs an
 * extra saturating add per look-up. Our indices are always < 16, where both give
 * the same bytes. The relaxed kernel measured 30-50% faster (dot2, in cache); it
 * needs Relaxed SIMD, which Node 20 (V8 11.3) has only behind
 * --experimental-wasm-relaxed-simd and newer V8 ships by default (expected in
 * Node 22+; not verified on this machine). 'standard' runs everywhere.
 */
export type KernelVariant = 'relaxed' | 'standard'

const compiled = new Map<KernelVariant, object>()
let best: KernelVariant | undefined

/** The variant this runtime supports best. */
export function bestKernelVariant (): KernelVariant {
  best ??= wasm.validate(Buffer.from(KERNEL_RELAXED_WASM_BASE64, 'base64')) ? 'relaxed' : 'standard'
  return best
}

function kernelModule (variant: KernelVariant): object {
  let mod = compiled.get(variant)
  if (mod === undefined) {
    const b64 = variant === 'relaxed' ? KERNEL_RELAXED_WASM_BASE64 : KERNEL_WASM_BASE64
    mod = new wasm.Module(Buffer.from(b64, 'base64'))
    compiled.set(variant, mod)
  }
  return mod
}

/** One instance of kernel.wat with its own memory; compiled synchronously on first use. */
export class Kernel {
  readonly variant: KernelVariant
  private readonly memory: WasmMemory
  private readonly dots: Dot[]
  private view: Uint8Array
  private words: Uint32Array

  constructor (variant: KernelVariant = bestKernelVariant()) {
    this.variant = variant
    const { exports } = new wasm.Instance(kernelModule(variant), {})
    this.memory = exports.memory as WasmMemory
    this.dots = [exports.dot1, exports.dot2, exports.dot3, exports.dot4] as Dot[]
    this.view = new Uint8Array(this.memory.buffer)
    this.words = new Uint32Array(this.memory.buffer)
  }

  /** The whole memory as bytes. Views taken before a reserve() that grows may be detached. */
  get bytes (): Uint8Array { return this.view }

  /** Grows the memory to at least `size` bytes. */
  reserve (size: number): void {
    const have = this.memory.buffer.byteLength
    if (size <= have) return
    this.memory.grow(Math.ceil((size - have) / PAGE))
    this.view = new Uint8Array(this.memory.buffer)
    this.words = new Uint32Array(this.memory.buffer)
  }

  /** Stores a 32-bit value (an address) at the 4-byte aligned address `at`. */
  setWord (at: number, value: number): void {
    this.words[at >>> 2] = value
  }

  /** Runs dot`n` (1 <= n <= KERNEL_MAX_OUTPUTS); `len` a multiple of KERNEL_COLUMN. */
  dot (n: number, k: number, len: number, tbl: number, src: number, dst: number): void {
    this.dots[n - 1](k, len, tbl, src, dst)
  }
}
