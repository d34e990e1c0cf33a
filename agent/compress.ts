/**
 * Blob compression: zstd where it pays, nothing where it does not.
 *
 * Library: @mongodb-js/zstd 1.2.x. It is a napi-rs addon whose prebuilt binaries
 * ship as npm packages (optionalDependencies), so `npm ci` installs it with no
 * compiler and no download outside the npm registry; its 2.x+ releases switched
 * to prebuild-install, which downloads from GitHub at install time and fails on a
 * machine without general network access. Calls run on libuv's thread pool, so
 * several blobs compress in parallel off the main thread. Node 20's zlib has no
 * zstd; deflate level 1 ran ~5× slower for a worse ratio here.
 */
import { createRequire } from 'node:module'
import { pb } from '../proto/index.js'

// The package's JS wrapper (index.js) drops the level argument; its napi
// bindings take it, so they are called directly.
const zstd = createRequire(import.meta.url)('@mongodb-js/zstd/bindings.js') as {
  compress: (data: Buffer, level?: number) => Promise<Buffer>
  decompress: (data: Buffer) => Promise<Buffer>
}
const zstdCompress = zstd.compress
const zstdDecompress = zstd.decompress

export const Compression = pb.Compression

/** zstd level: 3 is zstd's default, ~350 MB/s a core on text here. */
export const ZSTD_LEVEL = 3

/** Keep the compressed form only when it saves at least this fraction. */
const MIN_SAVING = 1 / 32

/** Blobs smaller than this are not worth a thread-pool round trip. */
const MIN_COMPRESS_BYTES = 512

export interface Compressed {
  data: Uint8Array
  compression: pb.Compression
}

export class DecompressError extends Error {
  override name = 'DecompressError'
}

/** zstd at `level` of `data`, e.g. on a worker thread (agent/workers/cpu-worker.ts). */
export type ZstdCompressor = (data: Uint8Array, level: number) => Promise<Uint8Array>

const onThreadPool: ZstdCompressor = async (data, level) => await zstdCompress(toBuffer(data), level)

/**
 * Compress `data` with zstd unless that does not pay. `compressor` runs zstd
 * (default: libuv's thread pool); the choice made from its output is the same
 * wherever it runs, so the stored bytes are too.
 */
export async function compressBlob (data: Uint8Array, compressor: ZstdCompressor = onThreadPool): Promise<Compressed> {
  if (data.byteLength < MIN_COMPRESS_BYTES) {
    return { data, compression: pb.Compression.COMPRESSION_NONE }
  }
  const out = await compressor(data, ZSTD_LEVEL)
  if (out.byteLength <= data.byteLength * (1 - MIN_SAVING)) {
    return { data: out, compression: pb.Compression.COMPRESSION_ZSTD }
  }
  return { data, compression: pb.Compression.COMPRESSION_NONE }
}

/** Undo compressBlob; `rawLength` is checked (a decoder with a size limit). */
export async function decompressBlob (data: Uint8Array, compression: pb.Compression, rawLength: number): Promise<Uint8Array> {
  if (compression === pb.Compression.COMPRESSION_NONE) {
    if (data.byteLength !== rawLength) throw new DecompressError(`stored blob is ${data.byteLength} bytes, expected ${rawLength}`)
    return data
  }
  if (compression !== pb.Compression.COMPRESSION_ZSTD) throw new DecompressError(`unknown compression ${String(compression)}`)
  if (!zstdFrameFits(data, rawLength)) throw new DecompressError(`zstd frame does not declare ${rawLength} bytes`)
  let out: Uint8Array
  try {
    out = await zstdDecompress(toBuffer(data))
  } catch (err) {
    throw new DecompressError(`zstd: ${(err as Error).message}`)
  }
  if (out.byteLength !== rawLength) throw new DecompressError(`decompressed ${out.byteLength} bytes, expected ${rawLength}`)
  return out
}

/**
 * When the frame header declares its content size, it must equal `rawLength`.
 * (This library's streaming compressor omits the size; blobs reach the
 * decompressor only after their AEAD tag verified, so only a key holder could
 * craft a decompression bomb, and the output length is checked afterwards.)
 */
function zstdFrameFits (data: Uint8Array, rawLength: number): boolean {
  if (data.byteLength < 6) return false
  if (data[0] !== 0x28 || data[1] !== 0xb5 || data[2] !== 0x2f || data[3] !== 0xfd) return false
  const fhd = data[4]
  const fcsFlag = fhd >> 6
  const singleSegment = (fhd >> 5) & 1
  const dictIdFlag = fhd & 3
  let pos = 5
  if (singleSegment === 0) pos += 1 // window descriptor
  pos += [0, 1, 2, 4][dictIdFlag]
  const fcsSize = fcsFlag === 0 ? singleSegment : [1, 2, 4, 8][fcsFlag]
  if (fcsSize === 0) return true
  if (data.byteLength < pos + fcsSize) return false
  let size = 0
  for (let i = fcsSize - 1; i >= 0; i--) size = size * 256 + data[pos + i]
  if (fcsSize === 2) size += 256
  return size === rawLength
}

function toBuffer (data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
}
