/**
 * Reading a file into content-defined chunks with reused read buffers.
 *
 * Why not createReadStream: it allocates a fresh 1 MiB buffer for every read,
 * so a 1 GiB backup allocated and freed 1 GiB in 1 MiB pieces on the main
 * thread. Once glibc's mmap threshold has risen (it follows the largest block
 * freed), such blocks come from its heap, and the freed memory mostly stays in
 * the process (see BufferPool). Here the reads go into a few pooled buffers;
 * one is reused as soon as the chunker holds no view of it any more.
 */
import { open } from 'node:fs/promises'
import { Chunker } from '../chunker/index.js'
import type { ChunkerOptions } from '../chunker/index.js'
import { BufferPool } from '../util/buffer-pool.js'
import type { FsPath } from '../snapshot/names.js'

/** Bytes per read() (as the stream's highWaterMark was). */
export const READ_BYTES = 1024 * 1024

/**
 * Read buffers shared by the files of one backup. A file being chunked holds
 * at most `max / READ_BYTES + 1` of them (the unfinished chunk plus the read
 * in hand), so this keeps enough for `files` files read at once.
 */
export function readBufferPool (chunkerMax: number, files: number): BufferPool {
  return new BufferPool(READ_BYTES, files * (Math.ceil(chunkerMax / READ_BYTES) + 2))
}

/**
 * Read `path` from its start to its end and hand each chunk to `onChunk`, in
 * order (awaited: a slow consumer slows the reads). Chunks are the caller's:
 * no view of a read buffer escapes.
 */
export async function chunkFile (
  path: FsPath,
  chunker: ChunkerOptions | undefined,
  pool: BufferPool,
  onChunk: (chunk: Uint8Array) => Promise<void>,
  signal?: AbortSignal
): Promise<void> {
  const fh = await open(path, 'r')
  const cdc = new Chunker(chunker)
  /** Buffers the chunker may still hold views of, with where their bytes end in the file. */
  const held: Array<{ buf: Uint8Array, end: number }> = []
  let pushed = 0
  try {
    while (true) {
      signal?.throwIfAborted()
      const buf = pool.acquire(READ_BYTES)
      held.push({ buf, end: pushed })
      const { bytesRead } = await fh.read(buf, 0, buf.byteLength, null)
      if (bytesRead === 0) break
      pushed += bytesRead
      held[held.length - 1].end = pushed
      for (const chunk of cdc.push(buf.subarray(0, bytesRead))) await onChunk(chunk)
      // bytes before the unfinished chunk were copied into chunks: their buffers are free
      const live = pushed - cdc.pendingBytes
      while (held.length > 0 && held[0].end <= live) pool.release(held.shift()!.buf)
    }
    for (const chunk of cdc.finish()) await onChunk(chunk)
  } finally {
    for (const { buf } of held) pool.release(buf)
    await fh.close()
  }
}
