import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { AuthenticationError, open, seal } from '../crypto/aead.js'
import { PackFormatError, PackWriter, packIdOf, readPackHeader } from './pack.js'

describe('packs', () => {
  it('lays out blobs and an encrypted header; the id is the SHA-256 of the pack', () => {
    const key = randomBytes(32)
    const w = new PackWriter()
    const blobs = [randomBytes(100), randomBytes(5000), randomBytes(1)]
    for (const b of blobs) {
      const id = randomBytes(32)
      w.add({ id, type: pb.BlobType.BLOB_DATA, sealed: seal(key, b, id), rawLength: b.byteLength, compression: pb.Compression.COMPRESSION_NONE })
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
    w.add({ id, type: pb.BlobType.BLOB_TREE, sealed: seal(key, Buffer.from('x'), id), rawLength: 1, compression: 0 })
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
})
