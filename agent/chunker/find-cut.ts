import type { CutParams } from './cut-params.js'

/** The rolling hash carried from one call of findCut to the next. */
export interface ScanState {
  h: number
}

/** Word loads below assume little-endian byte order; big-endian hosts read byte by byte. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** Ranges shorter than this are scanned byte by byte (no word view is made). */
const WORD_SCAN_MIN_BYTES = 64

/**
 * Search `data[start, end)` for the end of the current chunk, FastCDC style.
 * `pos` is the position of `data[start]` within the chunk (the number of bytes
 * already pending), `state.h` the gear hash over the chunk's bytes from
 * position `min` up to `pos` (0 while pos ≤ min).
 *
 * Per chunk: the first `min` bytes are skipped unhashed; then for each byte b
 * at chunk position p, h = (h << 1) + gear[b] (mod 2^32), and the chunk ends
 * just after b if h & mask === 0, where mask is maskS for p < avg and maskL for
 * p ≥ avg; a chunk that reaches `max` bytes ends there.
 *
 * Returns the index in `data` just past the chunk's last byte, with state.h
 * reset to 0; or -1 when the chunk goes on past `end`, with state.h updated.
 */
export function findCut (data: Uint8Array, start: number, end: number, pos: number, params: CutParams, state: ScanState): number {
  // chunk position of data[i] is i + delta
  const delta = pos - start
  let i = start
  if (pos < params.min) {
    i = params.min - delta
    if (i >= end) return -1 // still inside the skipped prefix; h stays 0
  }
  const stopS = Math.min(end, params.avg - delta)
  if (i < stopS) {
    const cut = scan(data, i, stopS, params.maskS, params.gear, state)
    if (cut >= 0) return cut
    i = stopS
  }
  const maxEnd = params.max - delta
  const stopL = Math.min(end, maxEnd)
  if (i < stopL) {
    const cut = scan(data, i, stopL, params.maskL, params.gear, state)
    if (cut >= 0) return cut
    i = stopL
  }
  if (i === maxEnd) {
    state.h = 0
    return i
  }
  return -1
}

/**
 * Roll the hash over data[i, stop) with one mask. Returns the index after the
 * first byte where (h & mask) === 0 (state.h reset to 0), or -1 (state.h
 * updated). The middle of the range is read as aligned 32-bit words: one
 * bounds-checked load per four bytes, about twice as fast in V8. A word that
 * holds a cut is left to the byte loop, which finds the byte (so the hot loop
 * has no rarely-taken arithmetic that V8 would deoptimize on).
 */
function scan (data: Uint8Array, i: number, stop: number, mask: number, gear: Int32Array, state: ScanState): number {
  if (LITTLE_ENDIAN && stop - i >= WORD_SCAN_MIN_BYTES) {
    const aligned = i + ((4 - ((data.byteOffset + i) & 3)) & 3)
    const cut = scanBytes(data, i, aligned, mask, gear, state)
    if (cut >= 0) return cut
    i = aligned
    const n = (stop - i) >> 2
    const words = new Int32Array(data.buffer, data.byteOffset + i, n)
    let h = state.h
    let w = 0
    for (; w < n; w++) {
      const x = words[w]!
      const h1 = ((h << 1) + gear[x & 255]!) | 0
      const h2 = ((h1 << 1) + gear[(x >>> 8) & 255]!) | 0
      const h3 = ((h2 << 1) + gear[(x >>> 16) & 255]!) | 0
      const h4 = ((h3 << 1) + gear[x >>> 24]!) | 0
      if ((h1 & mask) === 0 || (h2 & mask) === 0 || (h3 & mask) === 0 || (h4 & mask) === 0) break
      h = h4
    }
    state.h = h
    i += 4 * w
  }
  return scanBytes(data, i, stop, mask, gear, state)
}

/** scan() one byte at a time. */
function scanBytes (data: Uint8Array, i: number, stop: number, mask: number, gear: Int32Array, state: ScanState): number {
  let h = state.h
  for (; i < stop; i++) {
    h = ((h << 1) + gear[data[i]!]!) | 0
    if ((h & mask) === 0) {
      state.h = 0
      return i + 1
    }
  }
  state.h = h
  return -1
}
