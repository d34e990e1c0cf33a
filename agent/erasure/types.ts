/** A systematic (k, m) erasure code: k data shards, m parity shards, any k rebuild all. */
export interface ErasureCode {
  readonly k: number
  readonly m: number
  /**
   * data: k shards of equal length (a multiple of SHARD_ALIGN). Returns m new
   * parity shards, or fills and returns `parity` (m arrays of that length) when
   * given: reusing output arrays saves the page faults of fresh memory, which on
   * Node cost more than the coding itself. Output arrays must not overlap inputs.
   */
  encode (data: Uint8Array[], parity?: Uint8Array[]): Uint8Array[]
  /**
   * shards: k+m entries, undefined where missing; at least k present, all of equal
   * length. Returns all k+m shards: present ones as given, missing ones rebuilt.
   * Throws ErasureError if fewer than k are present or lengths differ.
   * A rebuilt shard i is written into `into[i]` when that is given (same length,
   * not overlapping any present shard).
   */
  reconstruct (shards: Array<Uint8Array | undefined>, into?: Array<Uint8Array | undefined>): Uint8Array[]
}
