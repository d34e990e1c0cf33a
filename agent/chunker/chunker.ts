import { SMALL_PIECE_BYTES, STAGE_BYTES } from './constants.js'
import { cutParams } from './cut-params.js'
import { findCut } from './find-cut.js'
import type { ChunkerOptions } from './chunker-options.js'
import type { CutParams } from './cut-params.js'
import type { ScanState } from './find-cut.js'

/**
 * Streaming FastCDC chunker: feed buffers of any size with push(), get whole
 * chunks out; finish() ends a file. Boundaries depend only on the bytes, never
 * on how they were split into buffers.
 *
 * Memory: the bytes of the unfinished chunk (< max) are kept as references to
 * the pushed buffers (only the first may be a tail of a larger buffer) and
 * copied once, into the chunk, when it is cut: at most `max` bytes plus one
 * input buffer are held, and each byte is copied once. So a buffer must not be
 * modified after it was pushed until the chunk holding its end was returned
 * (or finish() was called). Pieces under SMALL_PIECE_BYTES are copied into a
 * staging buffer instead, so tiny pushes do not pile up thousands of views.
 * Every chunk returned is a fresh Uint8Array owned by the caller.
 */
export class Chunker {
  readonly #params: CutParams
  readonly #state: ScanState = { h: 0 }
  /** Pieces of the unfinished chunk, in order. */
  #pending: Uint8Array[] = []
  /** Total length of #pending: the chunk position of the next byte. */
  #pendingBytes = 0
  /** Staging buffer for small pieces; reused once its bytes were cut into a chunk. */
  #stage: Uint8Array | undefined
  /** Bytes of #stage in use by #pending. */
  #stageUsed = 0
  /** Where the last piece of #pending starts in #stage, or -1 if it is no view of #stage. */
  #stageOpen = -1

  constructor (opts?: ChunkerOptions) {
    this.#params = cutParams(opts)
  }

  /**
   * Bytes of the unfinished chunk held so far. Of all the bytes pushed, only the
   * last `pendingBytes` may still be referenced: a pushed buffer whose end lies
   * before them can be reused.
   */
  get pendingBytes (): number {
    return this.#pendingBytes
  }

  /** Feed bytes; returns the chunks completed by them (each a fresh Uint8Array it owns). */
  push (data: Uint8Array): Uint8Array[] {
    const chunks: Uint8Array[] = []
    const end = data.byteLength
    let start = 0
    while (start < end) {
      const cut = findCut(data, start, end, this.#pendingBytes, this.#params, this.#state)
      if (cut < 0) {
        this.#keep(data, start, end)
        break
      }
      chunks.push(this.#take(data, start, cut))
      start = cut
    }
    return chunks
  }

  /** End of input: returns the last chunk (if any bytes are left), then resets for the next file. */
  finish (): Uint8Array[] {
    if (this.#pendingBytes === 0) return []
    const last = this.#take(undefined, 0, 0)
    this.#state.h = 0
    return [last]
  }

  /** Keep data[start, end) as the next pending piece (a view, or a copy if small). */
  #keep (data: Uint8Array, start: number, end: number): void {
    const n = end - start
    this.#pendingBytes += n
    if (n >= SMALL_PIECE_BYTES) {
      this.#pending.push(start === 0 ? data : data.subarray(start, end))
      this.#stageOpen = -1
      return
    }
    if (this.#stage === undefined || this.#stageUsed + n > this.#stage.byteLength) {
      this.#stage = new Uint8Array(STAGE_BYTES) // the full one stays referenced by #pending
      this.#stageUsed = 0
      this.#stageOpen = -1
    }
    this.#stage.set(data.subarray(start, end), this.#stageUsed)
    this.#stageUsed += n
    if (this.#stageOpen >= 0) {
      this.#pending[this.#pending.length - 1] = this.#stage.subarray(this.#stageOpen, this.#stageUsed)
    } else {
      this.#stageOpen = this.#stageUsed - n
      this.#pending.push(this.#stage.subarray(this.#stageOpen, this.#stageUsed))
    }
  }

  /** The pending pieces plus data[start, cut) as one new chunk; clears the pending pieces. */
  #take (data: Uint8Array | undefined, start: number, cut: number): Uint8Array {
    const chunk = new Uint8Array(this.#pendingBytes + cut - start)
    let offset = 0
    for (const piece of this.#pending) {
      chunk.set(piece, offset)
      offset += piece.byteLength
    }
    if (data !== undefined && cut > start) {
      chunk.set(data.subarray(start, cut), offset)
    }
    this.#pending = []
    this.#pendingBytes = 0
    this.#stageUsed = 0 // its bytes are in the chunk now: reuse it
    this.#stageOpen = -1
    return chunk
  }
}
