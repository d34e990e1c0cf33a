/**
 * Packs: containers of ~16 MiB of encrypted blobs.
 *
 * Layout: blob_0 || blob_1 || ... || sealed header || u32 LE sealed header length || "MBP1"
 *
 * - Each blob is sealed (AES-256-GCM, fresh nonce) with the blob id as additional
 *   data, so a blob cannot be passed off under another id.
 * - The header (PackHeader: id, type, offset, length, raw length, compression of
 *   every blob) is sealed too: a storage peer sees neither ids nor sizes.
 * - Pack id = SHA-256 of the whole pack.
 */
import { createHash } from 'node:crypto'
import { pb, decode, encode, limits } from '../../proto/index.js'
import { OVERHEAD, open, seal, sealInto } from '../crypto/aead.js'
import { PACK_HEADER_AAD } from '../crypto/labels.js'
import { shardLength } from '../erasure/shards.js'

export const PACK_MAGIC = Buffer.from('MBP1')
export const PACK_TARGET_BYTES = 16 * 1024 * 1024

export class PackFormatError extends Error {
  override name = 'PackFormatError'
}

export interface FinishedPack {
  id: Uint8Array
  bytes: Uint8Array
  entries: pb.IPackEntry[]
  /**
   * `bytes` followed by zeros up to a multiple of the shard length for k data
   * shards (finish's `k`), so that every data shard is a view, not a copy.
   */
  padded?: Uint8Array
}

/** A blob to seal into a pack (its bytes already compressed, or not). */
export interface PlainBlob {
  id: Uint8Array
  type: pb.BlobType
  plain: Uint8Array
  rawLength: number
  compression: pb.Compression
}

/** Room kept per blob for its header entry (an encoded PackEntry is ~50 bytes). */
const ENTRY_ROOM = 96
/** Room kept per pack for the header's nonce and tag, the trailer and the shard padding. */
const PACK_ROOM = 64 * 1024
/** First size of a buffer that grows (see PackWriter). */
const FIRST_GROWING_BYTES = 1024 * 1024

/**
 * Builds a pack in one buffer: each blob is sealed straight into it, then
 * finish() appends the header and pads it for k data shards.
 *
 * Why in place: sealing every blob into a fresh buffer and copying it into the
 * pack later allocated and freed ~1 GiB per GiB backed up, in 0.25–4 MiB
 * blocks, which glibc keeps in the process once freed (see BufferPool), and
 * copied every byte once more.
 */
export class PackWriter {
  private buf: Uint8Array | undefined
  private readonly entries: pb.IPackEntry[] = []
  private size = 0

  /**
   * @param buffer gives the buffer the pack is built in, at the first blob, at
   *   least `minBytes` long (e.g. one of a pool). Without it, the buffer starts
   *   small and grows. A blob that does not fit makes the writer move to a
   *   bigger buffer (a copy): callers that care check fits() first.
   */
  constructor (private readonly buffer?: (minBytes: number) => Uint8Array) {}

  /** Bytes of sealed blobs so far. */
  get bytes (): number { return this.size }
  get count (): number { return this.entries.length }

  /** Whether a blob of `plainBytes` fits in the buffer without moving it (always true before the first blob). */
  fits (plainBytes: number): boolean {
    return this.buf === undefined || this.room(plainBytes) <= this.buf.byteLength
  }

  /** Seal a blob (AES-256-GCM, the blob id as additional data) into the pack. */
  seal (dataKey: Uint8Array, blob: PlainBlob): void {
    const buf = this.reserve(blob.plain.byteLength)
    const length = sealInto(dataKey, blob.plain, blob.id, buf.subarray(this.size))
    this.entries.push({ id: blob.id, type: blob.type, offset: this.size, length, rawLength: blob.rawLength, compression: blob.compression })
    this.size += length
  }

  /**
   * Lay out the pack: the header and trailer after the blobs; with `k`, zeros
   * up to k data shards (FinishedPack.padded). The pack is a view of the
   * writer's buffer, which is the caller's from now on; the writer is done.
   */
  finish (dataKey: Uint8Array, k?: number): FinishedPack {
    const header = seal(dataKey, encode(pb.PackHeader, { entries: this.entries }), PACK_HEADER_AAD)
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(header.byteLength, 0)
    PACK_MAGIC.copy(trailer, 4)
    const total = this.size + header.byteLength + trailer.byteLength
    const size = k === undefined ? total : k * shardLength(total, k)
    let buf = this.buf ?? this.buffer?.(size) ?? new Uint8Array(size)
    if (buf.byteLength < size) buf = this.moved(buf, size)
    buf.set(header, this.size)
    buf.set(trailer, this.size + header.byteLength)
    const padded = buf.subarray(0, size)
    padded.fill(0, total)
    const bytes = padded.subarray(0, total)
    const id = createHash('sha256').update(bytes).digest()
    this.buf = undefined
    return { id, bytes, entries: this.entries, padded: k === undefined ? undefined : padded }
  }

  private room (plainBytes: number): number {
    return this.size + plainBytes + OVERHEAD + (this.entries.length + 1) * ENTRY_ROOM + PACK_ROOM
  }

  /** The buffer, with room for one more blob of `plainBytes`. */
  private reserve (plainBytes: number): Uint8Array {
    const need = this.room(plainBytes)
    if (this.buf === undefined) {
      this.buf = this.buffer?.(need) ?? new Uint8Array(Math.max(need, FIRST_GROWING_BYTES))
    } else if (this.buf.byteLength < need) {
      this.buf = this.moved(this.buf, Math.max(need, 2 * this.buf.byteLength))
    }
    return this.buf
  }

  /** A new buffer of `size` bytes holding the blobs so far (the old one is dropped, not returned to any pool). */
  private moved (buf: Uint8Array, size: number): Uint8Array {
    const bigger = new Uint8Array(size)
    bigger.set(buf.subarray(0, this.size))
    this.buf = bigger
    return bigger
  }
}

/** Read and decrypt the header of a whole pack. */
export function readPackHeader (dataKey: Uint8Array, pack: Uint8Array): pb.IPackEntry[] {
  if (pack.byteLength < 8) throw new PackFormatError('pack too short')
  const t = Buffer.from(pack.buffer, pack.byteOffset + pack.byteLength - 8, 8)
  if (!t.subarray(4).equals(PACK_MAGIC)) throw new PackFormatError('not a pack (bad magic)')
  const hlen = t.readUInt32LE(0)
  if (hlen > limits.packHeader || hlen + 8 > pack.byteLength) throw new PackFormatError(`pack header length ${hlen} is out of range`)
  const start = pack.byteLength - 8 - hlen
  const plain = open(dataKey, pack.subarray(start, start + hlen), PACK_HEADER_AAD)
  const header = decode(pb.PackHeader, plain, limits.packHeader, 'pack header')
  for (const e of header.entries) {
    if ((e.offset ?? 0) + (e.length ?? 0) > start) throw new PackFormatError('pack header entry points past the blobs')
  }
  return header.entries
}

/** Check the SHA-256 of a pack. */
export function packIdOf (pack: Uint8Array): Uint8Array {
  return createHash('sha256').update(pack).digest()
}
