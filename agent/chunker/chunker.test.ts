import { createCipheriv, createHash } from 'node:crypto'
import { describe, it, expect } from 'vitest'
import { lengthsWith } from './chunk-lengths.js'
import { DEFAULT_GEAR_SEED } from './constants.js'
import { cutParams } from './cut-params.js'
import { gearTable } from './gear-table.js'
import { Chunker, chunkLengths, chunkStream, DEFAULT_CHUNKER } from './index.js'
import type { ChunkerOptions } from './index.js'

const KiB = 1024
const MiB = 1024 * KiB
const SMALL: ChunkerOptions = { min: 64, avg: 256, max: 1024 }

/** Deterministic pseudo-random bytes: the AES-256-CTR keystream under key SHA-256(label). */
function prng (bytes: number, label: string): Uint8Array {
  const key = createHash('sha256').update(label).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  return new Uint8Array(cipher.update(Buffer.alloc(bytes)))
}

/** Deterministic sizes in [lo, hi] from a seeded xorshift32. */
function sizes (seed: number, lo: number, hi: number): () => number {
  let x = seed | 0 || 1
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5
    return lo + ((x >>> 0) % (hi - lo + 1))
  }
}

function sha (data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function concat (chunks: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(chunks))
}

/** Push `data` in pieces of the sizes `next()` gives; return all chunks. */
function pushInPieces (data: Uint8Array, next: () => number, opts?: ChunkerOptions): Uint8Array[] {
  const chunker = new Chunker(opts)
  const out: Uint8Array[] = []
  for (let o = 0; o < data.byteLength;) {
    const n = Math.min(next(), data.byteLength - o)
    out.push(...chunker.push(data.subarray(o, o + n)))
    o += n
  }
  out.push(...chunker.finish())
  return out
}

/** Textbook FastCDC (byte at a time, no skipping tricks) to check the fast path against. */
function referenceLengths (data: Uint8Array, opts: ChunkerOptions = {}): number[] {
  const { min, avg, max, maskS, maskL, gear } = cutParams(opts)
  const lengths: number[] = []
  let start = 0
  while (start < data.byteLength) {
    const n = Math.min(max, data.byteLength - start)
    let len = n
    let h = 0
    for (let p = min; p < n; p++) {
      h = ((h << 1) + gear[data[start + p]!]!) | 0
      if ((h & (p < avg ? maskS : maskL)) === 0) { len = p + 1; break }
    }
    lengths.push(len)
    start += len
  }
  return lengths
}

function chunkHashes (data: Uint8Array, opts?: ChunkerOptions): string[] {
  const out: string[] = []
  let o = 0
  for (const n of chunkLengths(data, opts)) {
    out.push(sha(data.subarray(o, o + n)))
    o += n
  }
  return out
}

describe('options', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_CHUNKER).toEqual({ min: 256 * KiB, avg: MiB, max: 4 * MiB })
    const p = cutParams()
    expect(p.maskS >>> 0).toBe(0xfffffc00) // top 22 bits
    expect(p.maskL >>> 0).toBe(0xffffc000) // top 18 bits
  })

  it('rejects bad sizes with RangeError', () => {
    const bad: Array<[ChunkerOptions, RegExp]> = [
      [{ min: 63, avg: 128, max: 256 }, /min must be at least 64/],
      [{ min: 64, avg: 128, max: 64 * MiB + 1 }, /max must be at most 67108864/],
      [{ min: MiB }, /min < avg < max/],
      [{ min: 1024, avg: 1024, max: 4096 }, /min < avg < max/],
      [{ avg: 4 * MiB }, /min < avg < max/],
      [{ avg: 3 * 256 * KiB }, /avg must be a power of two/],
      [{ min: 1.5 }, /min must be an integer/],
      [{ max: Number.NaN }, /max must be an integer/],
      [{ avg: '1024' as unknown as number }, /avg must be an integer/],
      [{ seed: new Uint8Array(0) }, /seed must be 1 to 1024 bytes/],
      [{ seed: new Uint8Array(1025) }, /seed must be 1 to 1024 bytes/]
    ]
    for (const [opts, message] of bad) {
      expect(() => new Chunker(opts)).toThrow(RangeError)
      expect(() => new Chunker(opts)).toThrow(message)
      expect(() => chunkLengths(new Uint8Array(10), opts)).toThrow(message)
      expect(() => chunkStream(opts)).toThrow(message) // eagerly, not on first chunk
    }
    expect(() => new Chunker({ seed: 'abc' as unknown as Uint8Array })).toThrow(TypeError)
  })

  it('accepts the extremes of the ranges', () => {
    expect(chunkLengths(prng(4096, 'x'), { min: 64, avg: 128, max: 129 }).every(n => n <= 129)).toBe(true)
    expect(() => new Chunker({ min: 16 * MiB, avg: 32 * MiB, max: 64 * MiB })).not.toThrow()
  })
})

describe('chunks', () => {
  it('gives no chunks for empty input', () => {
    const chunker = new Chunker()
    expect(chunker.push(new Uint8Array(0))).toEqual([])
    expect(chunker.finish()).toEqual([])
    expect(chunkLengths(new Uint8Array(0))).toEqual([])
  })

  it('gives one chunk for input shorter than min', () => {
    const data = prng(100 * KiB, 'short')
    const chunker = new Chunker()
    expect(chunker.push(data)).toEqual([])
    const [only, ...rest] = chunker.finish()
    expect(rest).toEqual([])
    expect(only).toEqual(data)
    expect(chunkLengths(data)).toEqual([100 * KiB])
  })

  it('respects min and max and loses no byte', () => {
    const data = prng(24 * MiB, 'sizes')
    const chunks = pushInPieces(data, () => 3 * MiB + 17)
    expect(chunks.length).toBeGreaterThan(10)
    chunks.forEach((c, i) => {
      if (i < chunks.length - 1) expect(c.byteLength).toBeGreaterThan(DEFAULT_CHUNKER.min)
      expect(c.byteLength).toBeLessThanOrEqual(DEFAULT_CHUNKER.max)
    })
    expect(sha(concat(chunks))).toBe(sha(data))
  })

  it('cuts at max when the content never matches', () => {
    // all zeros: the hash settles on one value whose top bits are not zero
    const lengths = chunkLengths(new Uint8Array(10 * MiB))
    expect(lengths).toEqual([4 * MiB, 4 * MiB, 2 * MiB])
    const small = chunkLengths(new Uint8Array(5000), SMALL)
    expect(small.every((n, i) => n <= 1024 && (i === small.length - 1 || n > 64))).toBe(true)
  })

  it('returns fresh arrays the caller owns', () => {
    const data = prng(3 * MiB, 'own')
    const chunker = new Chunker()
    const chunks = [...chunker.push(data), ...chunker.finish()]
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) {
      expect(c.buffer).not.toBe(data.buffer)
      expect(c.byteOffset).toBe(0)
      expect(c.buffer.byteLength).toBe(c.byteLength)
    }
  })

  it('matches a textbook FastCDC implementation', () => {
    const data = prng(12 * MiB, 'reference')
    expect(chunkLengths(data)).toEqual(referenceLengths(data))
    const small = prng(256 * KiB, 'reference small')
    expect(chunkLengths(small, SMALL)).toEqual(referenceLengths(small, SMALL))
    const odd: ChunkerOptions = { min: 1000, avg: 4096, max: 9999 }
    expect(chunkLengths(small, odd)).toEqual(referenceLengths(small, odd))
  })
})

describe('sizes', () => {
  const data = prng(64 * MiB, 'distribution')

  function stats (lengths: number[], avg: number): { mean: number, sd: number, belowHalf: number } {
    const body = lengths.slice(0, -1) // the last chunk is cut by end of input
    const mean = body.reduce((a, b) => a + b, 0) / body.length
    const sd = Math.sqrt(body.reduce((a, b) => a + (b - mean) ** 2, 0) / body.length)
    const belowHalf = body.filter(n => n < avg / 2).length / body.length
    return { mean, sd, belowHalf }
  }

  it('averages near avg with normalized chunking, narrower than unnormalized', () => {
    const nc2 = stats(chunkLengths(data), MiB)
    expect(nc2.mean).toBeGreaterThan(0.6 * MiB)
    expect(nc2.mean).toBeLessThan(1.6 * MiB)
    expect(nc2.belowHalf).toBeLessThan(0.12)
    const plain = stats(lengthsWith(data, cutParams({}, 0)), MiB)
    expect(nc2.belowHalf).toBeLessThan(plain.belowHalf / 2)
    expect(nc2.sd).toBeLessThan(plain.sd * 0.6)
  })

  it('holds with many chunks at a smaller avg', () => {
    const opts = { min: 16 * KiB, avg: 64 * KiB, max: 256 * KiB }
    const nc2 = stats(chunkLengths(data, opts), 64 * KiB)
    expect(nc2.mean).toBeGreaterThan(0.9 * 64 * KiB)
    expect(nc2.mean).toBeLessThan(1.3 * 64 * KiB)
    expect(nc2.belowHalf).toBeLessThan(0.1)
    const plain = stats(lengthsWith(data, cutParams(opts, 0)), 64 * KiB)
    expect(nc2.belowHalf).toBeLessThan(plain.belowHalf / 2)
    expect(nc2.sd).toBeLessThan(plain.sd * 0.6)
  })
})

describe('boundary stability', () => {
  const data = prng(32 * MiB, 'edit')
  const before = chunkHashes(data)
  const lengths = chunkLengths(data)

  function compare (edited: Uint8Array, at: number): void {
    const after = chunkHashes(edited)
    let prefix = 0
    while (prefix < before.length && before[prefix] === after[prefix]) prefix++
    let suffix = 0
    while (suffix < before.length - prefix && suffix < after.length - prefix &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
    // every chunk that ends at or before the edit is unchanged
    let untouched = 0
    for (let end = 0, i = 0; i < lengths.length && (end += lengths[i]!) <= at; i++) untouched++
    expect(prefix).toBeGreaterThanOrEqual(untouched)
    // a few chunks around the edit differ, then the boundaries re-synchronise
    expect(after.length - prefix - suffix).toBeLessThanOrEqual(3)
    expect(before.length - prefix - suffix).toBeLessThanOrEqual(3)
    expect(suffix).toBeGreaterThan(before.length - untouched - 5)
  }

  for (const at of [13 * MiB + 12345, 16 * MiB, 21 * MiB + 777]) {
    it(`re-synchronises after an insertion at ${at}`, () => {
      const inserted = prng(1000, `insert ${at}`)
      compare(concat([data.subarray(0, at), inserted, data.subarray(at)]), at)
    })

    it(`re-synchronises after a deletion at ${at}`, () => {
      compare(concat([data.subarray(0, at), data.subarray(at + 777)]), at)
    })
  }
})

describe('input splitting', () => {
  const small = prng(128 * KiB, 'split small')
  const big = prng(16 * MiB, 'split big')

  it('gives the same chunks whatever the split (small sizes)', () => {
    const expected = chunkLengths(small, SMALL)
    expect(expected.length).toBeGreaterThan(300)
    const splits: Array<() => number> = [() => 1, () => 3, () => 64, sizes(7, 0, 3000), () => small.byteLength]
    for (const next of splits) {
      const chunks = pushInPieces(small, next, SMALL)
      expect(chunks.map(c => c.byteLength)).toEqual(expected)
      expect(sha(concat(chunks))).toBe(sha(small))
    }
  })

  it('gives the same chunks whatever the split (default sizes)', () => {
    const expected = chunkLengths(big)
    for (const next of [() => 4096, () => 65536 + 3, sizes(11, 0, 3 * MiB), () => big.byteLength]) {
      const chunks = pushInPieces(big, next)
      expect(chunks.map(c => c.byteLength)).toEqual(expected)
      expect(sha(concat(chunks))).toBe(sha(big))
    }
  })

  it('gives the same chunks for tiny and mixed pushes (default sizes)', () => {
    const part = big.subarray(0, 1200 * KiB)
    expect(pushInPieces(part, () => 1).map(c => c.byteLength)).toEqual(chunkLengths(part))
    const mixed = big.subarray(0, 6 * MiB)
    const chunks = pushInPieces(mixed, sizes(5, 1, 9000))
    expect(chunks.map(c => c.byteLength)).toEqual(chunkLengths(mixed))
    expect(sha(concat(chunks))).toBe(sha(mixed))
  })

  it('does not depend on the alignment of the input', () => {
    for (const shift of [1, 2, 3, 5]) {
      const backing = new Uint8Array(big.byteLength + shift)
      backing.set(big, shift)
      const view = backing.subarray(shift)
      expect(chunkLengths(view)).toEqual(chunkLengths(big))
      expect(pushInPieces(view, sizes(shift, 1, MiB)).map(c => c.byteLength)).toEqual(chunkLengths(big))
    }
  })

  it('resets after finish for the next file', () => {
    const chunker = new Chunker(SMALL)
    const first = [...chunker.push(small.subarray(0, 5000)), ...chunker.finish()]
    const second = [...chunker.push(small), ...chunker.finish()]
    expect(first.map(c => c.byteLength)).toEqual(chunkLengths(small.subarray(0, 5000), SMALL))
    expect(second.map(c => c.byteLength)).toEqual(chunkLengths(small, SMALL))
  })

  it('chunkStream gives the same as chunkLengths', async () => {
    const transform = chunkStream()
    async function * source (): AsyncGenerator<Uint8Array> {
      const next = sizes(3, 1, 2 * MiB)
      for (let o = 0; o < big.byteLength;) {
        const n = next()
        yield big.subarray(o, o + n)
        o += n
      }
    }
    const out: Uint8Array[] = []
    for await (const c of transform(source())) out.push(c)
    expect(out.map(c => c.byteLength)).toEqual(chunkLengths(big))
    expect(sha(concat(out))).toBe(sha(big))

    // a sync iterable, and the same transform again for a second file
    const again: number[] = []
    for await (const c of transform([small.subarray(0, 1000), small.subarray(1000)])) again.push(c.byteLength)
    expect(again).toEqual(chunkLengths(small))
  })
})

describe('seeds and on-disk format', () => {
  const data = prng(16 * MiB, 'meshbackup chunker golden v1')

  it('derives the pinned default gear table', () => {
    const gear = gearTable(DEFAULT_GEAR_SEED)
    expect(new TextDecoder().decode(DEFAULT_GEAR_SEED)).toBe('meshbackup/chunker/gear/v1')
    expect([...gear.subarray(0, 4)].map(v => (v >>> 0).toString(16))).toEqual(['2f550484', 'bdb4f3e3', '58cf868e', '52bf45eb'])
    const bigEndian = Buffer.alloc(1024)
    gear.forEach((v, i) => bigEndian.writeInt32BE(v, 4 * i))
    expect(sha(bigEndian)).toBe('402075520cf1068ab67cd1dc7d0dd9f2fd09c78e7515e88d1581bb88a44ab929')
  })

  it('pins the chunk lengths of a fixed input (default seed and sizes)', () => {
    expect(sha(data)).toBe('58dbecc862cd47e52fd424783437f03ca18beae6da3216d6000c7fed16f02b4a')
    expect(chunkLengths(data)).toEqual([
      1129590, 1073653, 1034767, 1081489, 1723650, 1153120, 1244147,
      887709, 1206989, 1206981, 1112643, 2123897, 1268228, 530353
    ])
  })

  it('pins the chunk lengths at small sizes', () => {
    const lengths = chunkLengths(prng(256 * KiB, 'meshbackup chunker golden small v1'), SMALL)
    expect(lengths.length).toBe(902)
    expect(lengths.slice(0, 12)).toEqual([383, 421, 464, 110, 97, 263, 297, 177, 291, 283, 131, 181])
    expect(createHash('sha256').update(lengths.join(',')).digest('hex'))
      .toBe('be5cd1f48e9e12da4547a8eb47ff18ddea2e08d5c794fc6cbfd9c4895913f873')
  })

  it('pins the chunk lengths with a repository seed', () => {
    expect(chunkLengths(data, { seed: new TextEncoder().encode('repository 1') })).toEqual([
      1120837, 1616394, 2215876, 295330, 1303778, 854699, 1358219,
      1195852, 1212258, 1156047, 2065423, 1268273, 1114230
    ])
  })

  it('gives different boundaries for different seeds, the same for the same seed', () => {
    const a = new Uint8Array(32).fill(1)
    const b = new Uint8Array(32).fill(2)
    const withA = chunkLengths(data, { seed: a })
    expect(chunkLengths(data, { seed: a.slice() })).toEqual(withA)
    expect(chunkLengths(data, { seed: b })).not.toEqual(withA)
    expect(chunkLengths(data, { seed: DEFAULT_GEAR_SEED })).toEqual(chunkLengths(data))
    expect(pushInPieces(data, () => 777_777, { seed: a }).map(c => c.byteLength)).toEqual(withA)
    // no common cut point at all (beyond chance) between two seeds
    const cuts = (lengths: number[]): Set<number> => {
      let o = 0
      return new Set(lengths.map(n => (o += n)))
    }
    const cutsA = cuts(withA)
    const shared = [...cuts(chunkLengths(data, { seed: b }))].filter(c => cutsA.has(c) && c !== data.byteLength)
    expect(shared).toEqual([])
  })
})
