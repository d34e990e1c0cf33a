import { CodingPlans } from './coding-plans.js'
import { ErasureError } from './errors.js'
import type { CodingPlan, PreparePlan } from './coding-plans.js'
import type { ErasureCode } from './types.js'

/**
 * What the JavaScript and WASM codecs share: argument checks, the choice of
 * shards to decode from, and the cached plans. A subclass only runs a plan.
 */
export abstract class BaseErasureCode<P> implements ErasureCode {
  readonly k: number
  readonly m: number
  protected readonly plans: CodingPlans<P>

  constructor (k: number, m: number, prepare: PreparePlan<P>) {
    this.plans = new CodingPlans(k, m, prepare)
    this.k = k
    this.m = m
  }

  /**
   * Computes plan.outputs from `inputs` (the shards of plan.inputs, each `len`
   * bytes) into `outputs` (plan.outputs.length arrays of `len` bytes, overwritten).
   */
  protected abstract run (plan: CodingPlan<P>, inputs: Uint8Array[], outputs: Uint8Array[], len: number): void

  encode (data: Uint8Array[], parity?: Uint8Array[]): Uint8Array[] {
    if (!Array.isArray(data) || data.length !== this.k) {
      throw new ErasureError(`encode needs ${this.k} data shards, got ${Array.isArray(data) ? data.length : typeof data}`)
    }
    const len = sameLength(data)
    let outputs: Uint8Array[]
    if (parity === undefined) {
      outputs = this.allocShards(this.m, len)
    } else {
      if (!Array.isArray(parity) || parity.length !== this.m) {
        throw new ErasureError(`encode needs ${this.m} parity arrays to write into`)
      }
      outputs = parity
      checkOutputs(outputs, len)
    }
    if (this.m > 0) this.run(this.plans.encode, data, outputs, len)
    return outputs
  }

  reconstruct (shards: Array<Uint8Array | undefined>, into?: Array<Uint8Array | undefined>): Uint8Array[] {
    const n = this.k + this.m
    if (!Array.isArray(shards) || shards.length !== n) {
      throw new ErasureError(`reconstruct needs ${n} shard slots, got ${Array.isArray(shards) ? shards.length : typeof shards}`)
    }
    const present = shards.map(s => s !== undefined && s !== null)
    const len = sameLength(shards.filter((s): s is Uint8Array => s !== undefined && s !== null))
    const plan = this.plans.decode(present)
    const out = shards.slice() as Uint8Array[]
    if (plan === undefined) return out
    const fresh = plan.outputs.filter(i => into?.[i] === undefined).length
    const alloc = fresh > 0 ? this.allocShards(fresh, len) : []
    const outputs = plan.outputs.map(i => into?.[i] ?? (alloc.pop() as Uint8Array))
    checkOutputs(outputs, len)
    this.run(plan, plan.inputs.map(i => out[i]), outputs, len)
    plan.outputs.forEach((i, p) => { out[i] = outputs[p] })
    return out
  }

  /** `count` new arrays of `len` bytes for computed shards (subclasses may skip zero-filling). */
  protected allocShards (count: number, len: number): Uint8Array[] {
    return Array.from({ length: count }, () => new Uint8Array(len))
  }
}

/** Checks that caller-given output arrays are byte arrays of `len` bytes. */
function checkOutputs (outputs: Uint8Array[], len: number): void {
  for (const o of outputs) {
    if (!(o instanceof Uint8Array) || o.length !== len) {
      throw new ErasureError(`output shards must be Uint8Arrays of ${len} bytes`)
    }
  }
}

/** The common length of `shards`; throws ErasureError if they differ or are not byte arrays. */
function sameLength (shards: Uint8Array[]): number {
  let len = -1
  for (const s of shards) {
    if (!(s instanceof Uint8Array)) throw new ErasureError('shards must be Uint8Arrays')
    if (len === -1) len = s.length
    else if (s.length !== len) throw new ErasureError(`shard lengths differ: ${len} and ${s.length}`)
  }
  return len === -1 ? 0 : len
}
