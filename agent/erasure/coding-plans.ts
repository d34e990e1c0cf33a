import { cauchyMatrix, invertMatrix } from './matrix.js'
import { gfMul } from './gf256.js'
import { ErasureError } from './errors.js'
import { MAX_CACHED_DECODE_PLANS, MAX_SHARDS_PER_PACK } from './constants.js'

/**
 * One linear map from some shards to others: outputs[p] = XOR_j rows[p*k + j] * inputs[j].
 * Encoding is the plan "data shards -> parity shards"; each erasure pattern has its
 * own decode plan "first k present shards -> missing shards".
 */
export interface CodingPlan<P> {
  /** Indices of the k shards read, ascending. */
  readonly inputs: number[]
  /** Indices of the shards written. */
  readonly outputs: number[]
  /** outputs.length x k coefficients, row-major. */
  readonly rows: Uint8Array
  /** The same map in the form a codec runs it (e.g. SIMD tables), made once. */
  readonly prepared: P
}

/** Turns coefficient rows (nOut x k) into a codec's runnable form. */
export type PreparePlan<P> = (rows: Uint8Array, k: number, nOut: number) => P

/** Checks (k, m) and throws ErasureError when they are unusable. */
export function checkParams (k: number, m: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(m) || k < 1 || m < 0 || k + m > MAX_SHARDS_PER_PACK) {
    throw new ErasureError(`invalid erasure code parameters k=${k} m=${m}: need k >= 1, m >= 0, k + m <= ${MAX_SHARDS_PER_PACK}`)
  }
}

/**
 * The coding plans of one (k, m) code: the encode plan, and decode plans made on
 * first use per erasure pattern (matrix inversion) and cached.
 */
export class CodingPlans<P> {
  readonly k: number
  readonly m: number
  readonly encode: CodingPlan<P>
  private readonly matrix: Uint8Array
  private readonly prepare: PreparePlan<P>
  private readonly decodeCache = new Map<string, CodingPlan<P>>()

  constructor (k: number, m: number, prepare: PreparePlan<P>) {
    checkParams(k, m)
    this.k = k
    this.m = m
    this.prepare = prepare
    this.matrix = cauchyMatrix(k, m)
    const inputs = Array.from({ length: k }, (_, i) => i)
    const outputs = Array.from({ length: m }, (_, i) => k + i)
    const rows = this.matrix.slice(k * k)
    this.encode = { inputs, outputs, rows, prepared: prepare(rows, k, m) }
  }

  /**
   * The plan rebuilding every missing shard from the first k present ones, or
   * undefined when nothing is missing. Throws ErasureError if fewer than k are present.
   */
  decode (present: readonly boolean[]): CodingPlan<P> | undefined {
    const { k, m } = this
    let key = ''
    const inputs: number[] = []
    const outputs: number[] = []
    for (let i = 0; i < k + m; i++) {
      if (present[i]) {
        key += '1'
        if (inputs.length < k) inputs.push(i)
      } else {
        key += '0'
        outputs.push(i)
      }
    }
    if (inputs.length < k) {
      throw new ErasureError(`cannot reconstruct: ${inputs.length} shards present, need ${k}`)
    }
    if (outputs.length === 0) return undefined
    const cached = this.decodeCache.get(key)
    if (cached !== undefined) return cached

    // The chosen shards are (rows `inputs` of the matrix) x data, so
    // data = inv x chosen, and shard r = (row r) x inv x chosen.
    const sub = new Uint8Array(k * k)
    inputs.forEach((r, i) => { sub.set(this.matrix.subarray(r * k, r * k + k), i * k) })
    const inv = invertMatrix(sub, k)
    const rows = new Uint8Array(outputs.length * k)
    outputs.forEach((r, p) => {
      for (let j = 0; j < k; j++) {
        let c = 0
        for (let t = 0; t < k; t++) c ^= gfMul(this.matrix[r * k + t], inv[t * k + j])
        rows[p * k + j] = c
      }
    })
    const plan: CodingPlan<P> = { inputs, outputs, rows, prepared: this.prepare(rows, k, outputs.length) }
    if (this.decodeCache.size >= MAX_CACHED_DECODE_PLANS) this.decodeCache.clear()
    this.decodeCache.set(key, plan)
    return plan
  }
}
