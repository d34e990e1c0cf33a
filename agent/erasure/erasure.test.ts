import { describe, it, expect } from 'vitest'
import {
  SHARD_ALIGN, ErasureError, createErasureCode, createReferenceErasureCode,
  joinShards, shardLength, splitPack
} from './index.js'
import type { ErasureCode } from './index.js'
import { spawnSync } from 'node:child_process'
import { createErasureCodeWithKernel } from './wasm-code.js'
import { bestKernelVariant } from './kernel.js'
import { KERNEL_RELAXED_WASM_BASE64, KERNEL_WASM_BASE64 } from './kernel-wasm.js'
import { rng } from '../../test/fixtures/rng.js'

function randomBytes (rand: () => number, len: number): Uint8Array {
  const b = new Uint8Array(len)
  for (let i = 0; i < len; i++) b[i] = (rand() * 256) | 0
  return b
}

function randomShards (rand: () => number, k: number, len: number): Uint8Array[] {
  return Array.from({ length: k }, () => randomBytes(rand, len))
}

/** All k-subsets of 0..n-1, or `sample` random distinct-ish ones when there are more. */
function subsets (n: number, k: number, rand: () => number, sample = 200): number[][] {
  const all: number[][] = []
  const walk = (start: number, acc: number[]): boolean => {
    if (all.length > sample) return false
    if (acc.length === k) { all.push(acc.slice()); return true }
    for (let i = start; i < n; i++) {
      acc.push(i)
      if (!walk(i + 1, acc)) return false
      acc.pop()
    }
    return true
  }
  if (walk(0, []) && all.length <= sample) return all
  return Array.from({ length: sample }, () => {
    const idx = Array.from({ length: n }, (_, i) => i)
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const t = idx[i]; idx[i] = idx[j]; idx[j] = t
    }
    return idx.slice(0, k).sort((a, b) => a - b)
  })
}

// --- an independent, slow GF(2^8) (0x11d) straight from the definitions ----------

/** Carry-less multiply, reduced by x^8 + x^4 + x^3 + x^2 + 1, bit by bit. */
function slowMul (a: number, b: number): number {
  let p = 0
  for (let i = 0; i < 8; i++) {
    if (b & (1 << i)) p ^= a << i
  }
  for (let bit = 14; bit >= 8; bit--) {
    if (p & (1 << bit)) p ^= 0x11d << (bit - 8)
  }
  return p
}

function slowInv (a: number): number {
  for (let x = 1; x < 256; x++) if (slowMul(a, x) === 1) return x
  throw new Error('no inverse')
}

/** Parity row p (0-based among parity rows) from the Cauchy definition: sum_j data[j] / ((k+p) ^ j). */
function slowParity (data: Uint8Array[], p: number): Uint8Array {
  const k = data.length
  const out = new Uint8Array(data[0].length)
  for (let j = 0; j < k; j++) {
    const c = slowInv((k + p) ^ j)
    for (let i = 0; i < out.length; i++) out[i] ^= slowMul(c, data[j][i])
  }
  return out
}

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex')

/** The fixed input of the ISA-L vectors: data[j][i] = (13 i + 101 j + 7) mod 256. */
function fixedData (k: number, len: number): Uint8Array[] {
  return Array.from({ length: k }, (_, j) => Uint8Array.from({ length: len }, (_, i) => (i * 13 + j * 101 + 7) & 255))
}

// Parity of fixedData(k, 64) computed by ISA-L's own C code (ec_base.c at commit
// 8b7e3b2: gf_gen_cauchy1_matrix, ec_init_tables_base, ec_encode_data_base).
const ISAL_VECTORS: Array<[number, number, string[]]> = [
  [4, 2, [
    '77edaf6ac774207caa2b92b8204699670107fa76bf907ee4b0bee4a97562e183a49f26e322812b1ec8c841eaa9cf7c92e16539956cc2f793554b04cbb6b132d1',
    '6bab03860d1158b7a19213095f5fd34c0e9f73814b72810a346076e32fca952f0922f6733698f164723b717eaaaae8c5064c4b28290574df0fe97e3017a8f758'
  ]],
  [10, 4, [
    'b5c6749f21ef78364a91330ac80b3774cffbfa181562930813e139330ec5eaf917e512593c5c557fceaf9131becd48c7eab2eaf3b779e56f6c2d7c7a5ec596e2',
    '2f302f7c672a7fd604b873c4f83f36e0571bd0dc09902881c8d6a0a5f1338c5a257c3bba21be216d721279298ef960749da0ae8d03b65e5f9ef02a1eef24e87c',
    'afded545e85b7dd4b9dd34830e372ad46ff17300273f174bcb27ccc373914db020853ed9ee2d6a78acc1bba70eab6aa2a65d08d5a80b17658b49356fc354ca84',
    '8e14914889ec74aae6ed3939a3bd2167bd2b57c821f53695487a9831f1bb8a7ecc0ca7a488126416e3ca7b93d351cb99c3978cb663ed4606a2252d8d1aa75c66'
  ]],
  [17, 3, [
    'bc752d50d6552b0eb303fe7292ddff9dd29261e988322f5305d49696a8b564a14866a5ebcfdc2d427e753ba0cfa6c5f05799a6754d79bbf68ef4a59d67289ab8',
    '55f37ff4d2863dd23cf66e972156b6e43e83acb7efca6176de24848101b720d33cf8f7c9f01679209e31b159520bd9ed7e46ff4b30e04b45470ef544c6c71596',
    'e2b56704a59a37adc1a3c9d657a821a46a3531bb9d1190886d58efb89c7eef755eaff3e87940cbcf422e7d138e04068d47057d942953bf2813a45688e1fee370'
  ]],
  [1, 2, [
    '0714212e3b4855626f7c8996a3b0bdcad7e4f1fe0b1825323f4c596673808d9aa7b4c1cedbe8f5020f1c293643505d6a7784919eabb8c5d2dfecf90613202d3a',
    '8d0a9e179324a431b93eca4bdf58d065e572f67f8b0c9c199126a233b740c84ddd5aee67e374f401890e9a1baf28a035b542c64fdb5cec69e176f2038710981d'
  ]]
]

const codecs: Array<[string, (k?: number, m?: number) => ErasureCode]> = [
  ['wasm', createErasureCode],
  ['reference', createReferenceErasureCode]
]

describe('known answers', () => {
  it('the slow field agrees with hand-checked products', () => {
    // x^7 * x = x^8 = x^4 + x^3 + x^2 + 1; 2 * 0x8e = 0x11c ^ 0x11d = 1
    expect(slowMul(0x80, 2)).toBe(0x1d)
    expect(slowMul(2, 0x8e)).toBe(1)
    expect(slowInv(2)).toBe(0x8e)
    // 3 * 7 = (x+1)(x^2+x+1) = x^3 + 1
    expect(slowMul(3, 7)).toBe(9)
  })

  for (const [k, m, parityHex] of ISAL_VECTORS) {
    it(`${k}+${m} parity equals ISA-L's and the Cauchy definition`, () => {
      const data = fixedData(k, 64)
      for (let p = 0; p < m; p++) expect(hex(slowParity(data, p))).toBe(parityHex[p])
      for (const [, create] of codecs) {
        expect(create(k, m).encode(data).map(hex)).toEqual(parityHex)
      }
    })
  }

  it('one parity byte by hand from the matrix definition', () => {
    // 4+2, first parity shard, byte 0: sum_j inv(4 ^ j) * data[j][0],
    // data[j][0] = 7, 108, 209, 54 (101 j + 7 mod 256)
    const data = fixedData(4, 64)
    const byte = [0, 1, 2, 3].reduce((acc, j) => acc ^ slowMul(slowInv(4 ^ j), data[j][0]), 0)
    expect(byte).toBe(0x77)
    expect(createErasureCode(4, 2).encode(data)[0][0]).toBe(0x77)
  })
})

describe('WASM codec equals the reference', () => {
  const rand = rng(1)
  const cases: Array<[number, number]> = [[4, 2], [10, 4], [16, 4], [17, 3], [1, 0], [1, 2], [3, 9], [2, 1], [6, 6]]
  for (const [k, m] of cases) {
    it(`${k}+${m} parity for packs of odd lengths`, () => {
      const wasm = createErasureCode(k, m)
      const ref = createReferenceErasureCode(k, m)
      for (const packLength of [0, 1, 999, 12_345, 200_003]) {
        const data = splitPack(randomBytes(rand, packLength), k)
        const parity = wasm.encode(data)
        expect(parity.length).toBe(m)
        expect(parity.map(hex)).toEqual(ref.encode(data).map(hex))
      }
    })
  }

  it('shards longer than one column stripe and lengths that are not multiples of SHARD_ALIGN', () => {
    const wasm = createErasureCode(4, 2)
    const ref = createReferenceErasureCode(4, 2)
    for (const len of [1, 31, 33, 100, 300_000 + 5, 1_048_576]) {
      const data = randomShards(rand, 4, len)
      expect(wasm.encode(data).map(hex)).toEqual(ref.encode(data).map(hex))
    }
  })

  it('k + m = 255 (table and memory growth)', () => {
    const k = 200
    const m = 55
    const data = randomShards(rand, k, 256)
    const wasm = createErasureCode(k, m)
    const parity = wasm.encode(data)
    expect(parity.map(hex)).toEqual(createReferenceErasureCode(k, m).encode(data).map(hex))
    const shards: Array<Uint8Array | undefined> = [...data, ...parity]
    for (let i = 0; i < m; i++) shards[i * 3] = undefined
    const rebuilt = wasm.reconstruct(shards)
    rebuilt.forEach((s, i) => { expect(hex(s)).toBe(hex(i < k ? data[i] : parity[i - k])) })
  })

  it('a 16 MiB shard (k = 1)', () => {
    const pack = randomBytes(rand, 16 * 1024 * 1024 + 3)
    const data = splitPack(pack, 1)
    const parity = createErasureCode(1, 2).encode(data)
    // with k = 1 each parity shard is the data times one constant: check a sample
    const ref = createReferenceErasureCode(1, 2).encode([data[0].subarray(0, 4096)])
    expect(hex(parity[0].subarray(0, 4096))).toBe(hex(ref[0]))
    expect(hex(parity[1].subarray(0, 4096))).toBe(hex(ref[1]))
    const full = createReferenceErasureCode(1, 2).encode(data)
    expect(Buffer.compare(parity[0], full[0])).toBe(0)
    expect(Buffer.compare(parity[1], full[1])).toBe(0)
  })
})

describe('kernel variants', () => {
  it('the relaxed-swizzle module computes the same bytes as the standard one', () => {
    // Node 20 needs a flag for Relaxed SIMD: run both modules in a child process.
    const child = `
      const chunks = []
      for await (const c of process.stdin) chunks.push(c)
      const { standard, relaxed } = JSON.parse(Buffer.concat(chunks).toString())
      const run = (b64) => {
        const { exports } = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(b64, 'base64')))
        const mem = new Uint8Array(exports.memory.buffer)
        const u32 = new Uint32Array(exports.memory.buffer)
        let seed = 7
        const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24
        const k = 5, len = 256, tbl = 2048, data = 8192, out = []
        for (let n = 1; n <= 4; n++) {
          for (let i = 0; i < k * len; i++) mem[data + i] = rnd()
          for (let i = 0; i < k * n * 32; i++) mem[tbl + i] = rnd()
          for (let j = 0; j < k; j++) u32[j] = data + j * len
          for (let p = 0; p < n; p++) u32[256 + p] = data + (k + p) * len
          exports['dot' + n](k, len, tbl, 0, 1024)
          out.push(Buffer.from(mem.subarray(data + k * len, data + (k + n) * len)).toString('hex'))
        }
        return out.join(',')
      }
      const a = run(standard)
      console.log(a.length > 1000 && a === run(relaxed) ? 'same' : 'differ')
    `
    const r = spawnSync(process.execPath, ['--experimental-wasm-relaxed-simd', '--input-type=module', '-e', child], {
      input: JSON.stringify({ standard: KERNEL_WASM_BASE64, relaxed: KERNEL_RELAXED_WASM_BASE64 }),
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('same')
  })

  it.skipIf(bestKernelVariant() !== 'relaxed')('relaxed codec equals the reference (runtime has Relaxed SIMD)', () => {
    const rand = rng(8)
    for (const [k, m] of [[4, 2], [10, 4], [3, 9]] as const) {
      const data = randomShards(rand, k, 4096 + 64)
      const parity = createErasureCodeWithKernel(k, m, 'relaxed').encode(data)
      expect(parity.map(hex)).toEqual(createReferenceErasureCode(k, m).encode(data).map(hex))
    }
  })

  it('standard codec equals the reference whatever the runtime prefers', () => {
    const rand = rng(9)
    for (const [k, m] of [[4, 2], [10, 4], [3, 9]] as const) {
      const data = randomShards(rand, k, 4096 + 64)
      const parity = createErasureCodeWithKernel(k, m, 'standard').encode(data)
      expect(parity.map(hex)).toEqual(createReferenceErasureCode(k, m).encode(data).map(hex))
    }
  })
})

describe('reconstruct', () => {
  it('every subset of k shards rebuilds all shards (random k, m, data)', () => {
    const rand = rng(2)
    const params: Array<[number, number]> = [[4, 2], [10, 4], [16, 4], [17, 3], [1, 1], [1, 4], [3, 0]]
    for (let t = 0; t < 8; t++) {
      const k = 1 + Math.floor(rand() * 12)
      params.push([k, Math.floor(rand() * (21 - k))])
    }
    for (const [k, m] of params) {
      const n = k + m
      const len = SHARD_ALIGN * (1 + Math.floor(rand() * 4))
      const data = randomShards(rand, k, len)
      for (const [name, create] of codecs) {
        const code = create(k, m)
        const all = [...data, ...code.encode(data)]
        const picks = subsets(n, k, rand, name === 'wasm' ? 300 : 40)
        for (const pick of picks) {
          const shards: Array<Uint8Array | undefined> = new Array(n).fill(undefined)
          for (const i of pick) shards[i] = all[i]
          const rebuilt = code.reconstruct(shards)
          expect(rebuilt.length, `${name} ${k}+${m} from [${pick.join(',')}]`).toBe(n)
          for (let i = 0; i < n; i++) {
            expect(hex(rebuilt[i]), `${name} ${k}+${m} from [${pick.join(',')}], shard ${i}`).toBe(hex(all[i]))
          }
          for (const i of pick) expect(rebuilt[i]).toBe(all[i]) // present shards returned as given
        }
        // fewer than k present
        if (k > 1 || m > 0) {
          const shards: Array<Uint8Array | undefined> = new Array(n).fill(undefined)
          for (const i of subsets(n, k - 1, rand, 1)[0] ?? []) shards[i] = all[i]
          expect(() => code.reconstruct(shards)).toThrow(ErasureError)
        }
      }
    }
  })

  it('throws ErasureError (by name) on too few shards, unequal lengths, wrong slot counts', () => {
    for (const [, create] of codecs) {
      const code = create(4, 2)
      const data = randomShards(rng(3), 4, 128)
      const all: Array<Uint8Array | undefined> = [...data, ...code.encode(data)]
      const err = (f: () => unknown): unknown => { try { f() } catch (e) { return e } return undefined }
      const few = err(() => code.reconstruct([all[0], undefined, all[2], undefined, undefined, all[5]]))
      expect(few).toBeInstanceOf(ErasureError)
      expect((few as Error).name).toBe('ErasureError')
      expect(() => code.reconstruct([all[0], all[1], all[2], new Uint8Array(64), undefined, undefined])).toThrow(ErasureError)
      expect(() => code.reconstruct(all.slice(0, 5))).toThrow(ErasureError)
      expect(() => code.encode(data.slice(0, 3))).toThrow(ErasureError)
      expect(() => code.encode([data[0], data[1], data[2], new Uint8Array(64)])).toThrow(ErasureError)
    }
    expect(() => createErasureCode(0, 2)).toThrow(ErasureError)
    expect(() => createErasureCode(200, 56)).toThrow(ErasureError)
    expect(() => createReferenceErasureCode(2, -1)).toThrow(ErasureError)
  })

  it('defaults to k = 4, m = 2', () => {
    for (const [, create] of codecs) {
      const code = create()
      expect([code.k, code.m]).toEqual([4, 2])
    }
  })

  it('nothing missing returns the shards; decode plans are reused across calls', () => {
    const code = createErasureCode(4, 2)
    const rand = rng(4)
    const data = randomShards(rand, 4, 192)
    const all = [...data, ...code.encode(data)]
    expect(code.reconstruct(all)).toEqual(all)
    for (let round = 0; round < 3; round++) {
      const other = randomShards(rand, 4, 192)
      const full = [...other, ...code.encode(other)]
      const rebuilt = code.reconstruct([undefined, full[1], undefined, full[3], full[4], full[5]])
      expect(rebuilt.map(hex)).toEqual(full.map(hex))
      const rebuilt2 = code.reconstruct([all[0], undefined, all[2], undefined, all[4], all[5]])
      expect(rebuilt2.map(hex)).toEqual(all.map(hex))
    }
  })

  it('writes into caller-given arrays', () => {
    for (const [, create] of codecs) {
      const code = create(4, 2)
      const data = randomShards(rng(5), 4, 256)
      const expected = code.encode(data)
      const parity = [new Uint8Array(256).fill(9), new Uint8Array(256).fill(9)]
      expect(code.encode(data, parity)[1]).toBe(parity[1])
      expect(parity.map(hex)).toEqual(expected.map(hex))
      const into: Array<Uint8Array | undefined> = [new Uint8Array(256).fill(7), undefined, undefined, undefined, undefined, undefined]
      const rebuilt = code.reconstruct([undefined, undefined, data[2], data[3], expected[0], expected[1]], into)
      expect(rebuilt[0]).toBe(into[0])
      expect(hex(rebuilt[0])).toBe(hex(data[0]))
      expect(hex(rebuilt[1])).toBe(hex(data[1]))
      expect(() => code.encode(data, [new Uint8Array(255), new Uint8Array(256)])).toThrow(ErasureError)
    }
  })
})

describe('splitPack / joinShards', () => {
  const rand = rng(6)
  for (const packLength of [0, 1, 63, 64, 65, 16 * 1024 * 1024 + 3]) {
    it(`round trip for ${packLength} bytes`, () => {
      const pack = randomBytes(rand, packLength)
      for (const k of [1, 4, 10]) {
        const shards = splitPack(pack, k)
        const len = shardLength(packLength, k)
        expect(len % SHARD_ALIGN).toBe(0)
        expect(len).toBeGreaterThanOrEqual(SHARD_ALIGN)
        expect(len * k).toBeGreaterThanOrEqual(packLength)
        expect(len - SHARD_ALIGN).toBeLessThan(Math.max(Math.ceil(packLength / k), 1))
        expect(shards.length).toBe(k)
        for (const s of shards) expect(s.length).toBe(len)
        const joined = joinShards(shards, packLength)
        expect(joined.length).toBe(packLength)
        expect(Buffer.compare(joined, pack)).toBe(0)
        // padding is zeros
        let nonZero = 0
        shards.forEach((s, i) => {
          for (let b = Math.max(0, packLength - i * len); b < len; b++) nonZero |= s[b]
        })
        expect(nonZero).toBe(0)
      }
    })
  }

  it('whole shards are views of the pack', () => {
    const pack = randomBytes(rand, 1000)
    const shards = splitPack(pack, 4) // 256-byte shards: three views, one padded copy
    expect(shards[0].buffer).toBe(pack.buffer)
    expect(shards[2].buffer).toBe(pack.buffer)
    expect(shards[3].buffer).not.toBe(pack.buffer)
    expect(shardLength(1000, 4)).toBe(256)
    expect(shardLength(0, 4)).toBe(SHARD_ALIGN)
    expect(() => joinShards(shards, 1025)).toThrow(ErasureError)
  })
})
