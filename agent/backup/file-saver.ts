/**
 * File saver: one file read, chunked (FastCDC) and its chunks saved as data
 * blobs, in order; returns the file's content list (restic's FileSaver).
 *
 * Memory: a file shorter than the chunker's minimum is read in one go; a
 * larger one is read through a few pooled read buffers shared by every file
 * of the run (file-chunks.ts), and each chunk is handed to the blob saver,
 * which seals it in place in its pack buffer. At most `concurrency` files are
 * read at once.
 */
import { open } from 'node:fs/promises'
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { Chunker } from '../chunker/index.js'
import type { ChunkerOptions } from '../chunker/index.js'
import type { SaveResult } from '../repository/blob-saver.js'
import type { BufferPool } from '../util/buffer-pool.js'
import { Semaphore } from '../util/semaphore.js'
import type { BackupCounters } from './counters.js'
import { chunkFile, readBufferPool } from './file-chunks.js'
import { showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'

/** What the file saver needs of the blob saver. */
export interface BlobSink {
  save: (type: pb.BlobType, data: Uint8Array) => Promise<SaveResult>
}

export interface FileSaverComponents {
  blobs: BlobSink
  /** bytesRead grows by every chunk read. */
  counters: BackupCounters
  /** Every blob the snapshot references (hex ids): each chunk's id is added. */
  referenced: Set<string>
  /** Called after each chunk is saved, with the file's path. */
  onProgress?: (path: string) => void
}

export interface FileSaverInit {
  /** The chunker's settings with the repository's seed (Repository.chunkerOptions). */
  chunker: ChunkerOptions
  /** The chunk sizes in bytes (RepositoryConfig.chunker): below `min` a file is one chunk. */
  chunkSizes: { min: number, max: number }
  /** Files read at once (default 2). */
  concurrency?: number
}

export interface SavedFile {
  /** The data blob ids, in file order. */
  content: Uint8Array[]
  /** The bytes read (the file may have changed since it was stat'ed). */
  size: number
}

export class FileSaver {
  private readonly files: Semaphore
  private readonly readBuffers: BufferPool
  private readonly chunker: ChunkerOptions
  private readonly smallFile: number

  constructor (private readonly c: FileSaverComponents, init: FileSaverInit) {
    const concurrency = init.concurrency ?? 2
    this.chunker = init.chunker
    this.smallFile = init.chunkSizes.min
    this.files = new Semaphore(concurrency)
    this.readBuffers = readBufferPool(init.chunkSizes.max, concurrency)
  }

  /** Read, chunk and save the file at `path`; `size` is what lstat gave (a hint for small files). */
  async save (path: FsPath, size: number, signal?: AbortSignal): Promise<SavedFile> {
    return await this.files.use(async () => {
      signal?.throwIfAborted()
      const content: Uint8Array[] = []
      let read = 0
      const take = async (chunk: Uint8Array): Promise<void> => {
        read += chunk.byteLength
        this.c.counters.bytesRead += chunk.byteLength
        const { id } = await this.c.blobs.save(pb.BlobType.BLOB_DATA, chunk)
        content.push(id)
        this.c.referenced.add(hex(id))
        this.c.onProgress?.(showPath(path))
      }
      const smallFile = this.smallFile
      if (size < smallFile) {
        // A file shorter than the chunker's minimum is one chunk: read it in one go
        // (a stream and a chunker per small file cost more than the read itself).
        const data = await readSmallFile(path, size)
        if (data.byteLength < smallFile) {
          if (data.byteLength > 0) await take(data)
        } else {
          const chunker = new Chunker(this.chunker)
          for (const c of [...chunker.push(data), ...chunker.finish()]) await take(c)
        }
      } else {
        await chunkFile(path, this.chunker, this.readBuffers, take, signal)
      }
      return { content, size: read }
    })
  }
}

/**
 * A small file read with the size lstat already gave (readFile would fstat it
 * again: one system call per file saved, which counts over many small files).
 * One byte more is asked for, so a file that grew meanwhile is read whole.
 */
async function readSmallFile (path: FsPath, size: number): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(size + 1)
    let n = 0
    while (n < buf.length) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n)
      if (bytesRead === 0) break
      n += bytesRead
    }
    return n <= size ? buf.subarray(0, n) : await fh.readFile()
  } finally {
    await fh.close()
  }
}
