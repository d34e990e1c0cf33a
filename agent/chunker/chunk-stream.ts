import { Chunker } from './chunker.js'
import { cutParams } from './cut-params.js'
import type { ChunkerOptions } from './chunker-options.js'

/**
 * it-pipe transform: async iterable of buffers in → chunks out (uses Chunker).
 * Options are validated when chunkStream() is called; each source gets its own
 * Chunker, so the transform may be reused for several files.
 */
export function chunkStream (opts?: ChunkerOptions): (source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) => AsyncGenerator<Uint8Array> {
  cutParams(opts) // throw bad options now rather than on first use
  return async function * chunks (source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    const chunker = new Chunker(opts)
    for await (const data of source) {
      yield * chunker.push(data)
    }
    yield * chunker.finish()
  }
}
