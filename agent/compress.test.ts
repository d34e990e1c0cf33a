import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb } from '../proto/index.js'
import { DecompressError, compressBlob, decompressBlob } from './compress.js'

describe('compression', () => {
  it('compresses what pays and round-trips', async () => {
    const text = Buffer.from('the mesh keeps every shard safe. '.repeat(10_000))
    const c = await compressBlob(text)
    expect(c.compression).toBe(pb.Compression.COMPRESSION_ZSTD)
    expect(c.data.byteLength).toBeLessThan(text.byteLength / 10)
    expect(Buffer.from(await decompressBlob(c.data, c.compression, text.byteLength))).toEqual(text)
  })

  it('stores incompressible and tiny blobs as they are', async () => {
    const rnd = randomBytes(1 << 20)
    const c = await compressBlob(rnd)
    expect(c.compression).toBe(pb.Compression.COMPRESSION_NONE)
    expect(c.data).toBe(rnd)
    expect((await compressBlob(Buffer.from('hi'))).compression).toBe(pb.Compression.COMPRESSION_NONE)
  })

  it('refuses wrong lengths and garbage', async () => {
    const text = Buffer.from('abc'.repeat(5000))
    const c = await compressBlob(text)
    await expect(decompressBlob(c.data, c.compression, text.byteLength + 1)).rejects.toThrow(DecompressError)
    await expect(decompressBlob(randomBytes(100), pb.Compression.COMPRESSION_ZSTD, 100)).rejects.toThrow(DecompressError)
    await expect(decompressBlob(Buffer.from('abc'), pb.Compression.COMPRESSION_NONE, 4)).rejects.toThrow(DecompressError)
    await expect(decompressBlob(Buffer.from('abc'), 7 as pb.Compression, 3)).rejects.toThrow(/unknown compression/)
  })
})
