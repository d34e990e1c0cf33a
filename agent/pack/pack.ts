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
import { open, seal } from '../crypto/aead.js'
import { shardLength } from '../erasure/shards.js'

export const PACK_MAGIC = Buffer.from('MBP1')
export const PACK_TARGET_BYTES = 16 * 1024 * 1024
const HEADER_AAD = Buffer.from('meshbackup pack header v1')

export class PackFormatError extends Error {
  override name = 'PackFormatError'
}

export interface SealedBlob {
  id: Uint8Array
  type: pb.BlobType
  sealed: Uint8Array
  rawLength: number
  compression: pb.Compression
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

/** Collects sealed blobs; `finish()` lays out the pack. */
export class PackWriter {
  private readonly blobs: SealedBlob[] = []
  private size = 0

  get bytes (): number { return this.size }
  get count (): number { return this.blobs.length }

  add (blob: SealedBlob): void {
    this.blobs.push(blob)
    this.size += blob.sealed.byteLength
  }

  /**
   * Lay out the pack; with `k`, in a buffer zero-padded for k data shards
   * (FinishedPack.padded), taken from `alloc` when given (contents undefined).
   */
  finish (dataKey: Uint8Array, k?: number, alloc?: (size: number) => Uint8Array): FinishedPack {
    const entries: pb.IPackEntry[] = []
    let offset = 0
    for (const b of this.blobs) {
      entries.push({ id: b.id, type: b.type, offset, length: b.sealed.byteLength, rawLength: b.rawLength, compression: b.compression })
      offset += b.sealed.byteLength
    }
    const header = seal(dataKey, encode(pb.PackHeader, { entries }), HEADER_AAD)
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(header.byteLength, 0)
    PACK_MAGIC.copy(trailer, 4)
    const parts = [...this.blobs.map(b => b.sealed), header, trailer]
    const total = offset + header.byteLength + trailer.byteLength
    const size = k === undefined ? total : k * shardLength(total, k)
    const padded = alloc === undefined ? new Uint8Array(size) : alloc(size)
    let at = 0
    for (const p of parts) { padded.set(p, at); at += p.byteLength }
    padded.fill(0, total)
    const bytes = padded.subarray(0, total)
    const id = createHash('sha256').update(bytes).digest()
    return { id, bytes, entries, padded: k === undefined ? undefined : padded }
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
  const plain = open(dataKey, pack.subarray(start, start + hlen), HEADER_AAD)
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
