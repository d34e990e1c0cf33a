import { cutParams } from './cut-params.js'
import { findCut } from './find-cut.js'
import type { ChunkerOptions } from './chunker-options.js'
import type { CutParams } from './cut-params.js'

/** Pure cut-point function on a whole buffer, for tests and tools: returns chunk lengths. */
export function chunkLengths (data: Uint8Array, opts?: ChunkerOptions): number[] {
  return lengthsWith(data, cutParams(opts))
}

/** chunkLengths with already-resolved parameters (tests use other normalization levels). */
export function lengthsWith (data: Uint8Array, params: CutParams): number[] {
  const lengths: number[] = []
  const state = { h: 0 }
  const end = data.byteLength
  let start = 0
  while (start < end) {
    const cut = findCut(data, start, end, 0, params, state)
    const stop = cut < 0 ? end : cut
    lengths.push(stop - start)
    start = stop
  }
  return lengths
}
