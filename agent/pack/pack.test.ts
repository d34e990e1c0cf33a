import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { AuthenticationError, open } from '../crypto/aead.js'
import { PackFormatError, PackWriter, packIdOf, readPackHeader } from './pack.js'

describe('packs', () => {
  it('lays out blobs and an encrypted header; the id is the SHA-256 of the pack', () => {
    const key = randomBytes(32)
    const w = new PackWriter()
    const blobs = [randomBytes(100), randomBytes(5000), randomBytes(1)]
    for (const b of blobs) {
      const id = randomBytes(32)
      w.seal(key, { id, type: pb.BlobType.BLOB_DATA, plain: b, rawLength: b.byteLength, compression: pb.Compression.COMPRESSION_NONE })
    }
    const pack = w.finish(key)
    expect(Buffer.from(pack.id)).toEqual(Buffer.from(packIdOf(pack.bytes)))
    const entries = readPackHeader(key, pack.bytes)
    expect(entries.length).toBe(3)
    entries.forEach((e, i) => {
      const sealed = pack.bytes.subarray(e.offset ?? 0, (e.offset ?? 0) + (e.length ?? 0))
      expect(Buffer.from(open(key, sealed, e.id as Uint8Array))).toEqual(blobs[i])
    })
    // nothing in clear: blob ids do not appear in the pack bytes
    expect(Buffer.from(pack.bytes).includes(Buffer.from(entries[0].id as Uint8Array))).toBe(false)
  })

  it('refuses a bad magic, an out-of-range header length, a tampered header, a wrong key', () => {
    const key = randomBytes(32)
    const w = new PackWriter()
    const id = randomBytes(32)
    w.seal(key, { id, type: pb.BlobType.BLOB_TREE, plain: Buffer.from('x'), rawLength: 1, compression: 0 })
    const bytes = Buffer.from(w.finish(key).bytes)
    const badMagic = Buffer.from(bytes); badMagic[badMagic.length - 1] ^= 1
    expect(() => readPackHeader(key, badMagic)).toThrow(PackFormatError)
    const badLen = Buffer.from(bytes); badLen.writeUInt32LE(0xffffff, badLen.length - 8)
    expect(() => readPackHeader(key, badLen)).toThrow(PackFormatError)
    const tampered = Buffer.from(bytes); tampered[bytes.length - 20] ^= 1
    expect(() => readPackHeader(key, tampered)).toThrow(AuthenticationError)
    expect(() => readPackHeader(randomBytes(32), bytes)).toThrow(AuthenticationError)
    expect(() => readPackHeader(key, Buffer.alloc(3))).toThrow(PackFormatError)
  })

  it('seals blobs in place into the buffer it was given, pads for k shards, and tells when the next blob would not fit', () => {
    const key = randomBytes(32)
    const given: Uint8Array[] = []
    const w = new PackWriter(n => { const b = new Uint8Array(Math.max(n, 256 * 1024)); given.push(b); return b })
    expect(w.fits(10 * 1024 * 1024)).toBe(true) // an empty writer takes any blob
    const blobs = [randomBytes(100_000), randomBytes(1), Buffer.alloc(0)]
    const ids = blobs.map(() => randomBytes(32))
    blobs.forEach((b, i) => w.seal(key, { id: ids[i], type: pb.BlobType.BLOB_DATA, plain: b, rawLength: b.byteLength, compression: pb.Compression.COMPRESSION_NONE }))
    expect(given.length).toBe(1)
    expect(w.fits(50_000)).toBe(true)
    expect(w.fits(120_000)).toBe(false) // 256 KiB minus what is used and the header's room (64 KiB)
    const pack = w.finish(key, 4)
    expect(pack.padded?.buffer).toBe(given[0].buffer) // built in place: no copy
    expect((pack.padded as Uint8Array).byteLength % 4).toBe(0)
    expect(Buffer.from(pack.padded as Uint8Array).subarray(pack.bytes.byteLength).every(b => b === 0)).toBe(true)
    expect(Buffer.from(pack.id)).toEqual(Buffer.from(packIdOf(pack.bytes)))
    const entries = readPackHeader(key, pack.bytes)
    entries.forEach((e, i) => {
      expect(Buffer.from(e.id as Uint8Array)).toEqual(ids[i])
      const sealed = pack.bytes.subarray(e.offset ?? 0, (e.offset ?? 0) + (e.length ?? 0))
      expect(Buffer.from(open(key, sealed, ids[i])).equals(blobs[i])).toBe(true)
    })
  })

  it('moves to a bigger buffer when a blob does not fit (a writer without a pool grows)', () => {
    const key = randomBytes(32)
    const w = new PackWriter()
    const blobs = Array.from({ length: 5 }, () => randomBytes(700_000)) // past the first 1 MiB
    const ids = blobs.map(() => randomBytes(32))
    blobs.forEach((b, i) => w.seal(key, { id: ids[i], type: pb.BlobType.BLOB_TREE, plain: b, rawLength: b.byteLength, compression: pb.Compression.COMPRESSION_NONE }))
    w.seal(key, { id: ids[0], type: pb.BlobType.BLOB_TREE, plain: blobs[0], rawLength: blobs[0].byteLength, compression: 0 })
    const pack = w.finish(key, 3)
    const entries = readPackHeader(key, pack.bytes)
    expect(entries.length).toBe(6)
    entries.forEach((e, i) => {
      const sealed = pack.bytes.subarray(e.offset ?? 0, (e.offset ?? 0) + (e.length ?? 0))
      expect(Buffer.from(open(key, sealed, ids[i % 5])).equals(blobs[i % 5])).toBe(true)
    })
  })
})
