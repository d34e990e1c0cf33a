// Matrices over GF(2^8), row-major in a Uint8Array.
import { gfInv, gfMul } from './gf256.js'

/**
 * The (k+m) x k encoding matrix of ISA-L's gf_gen_cauchy1_matrix: the top k rows
 * are the identity (the code is systematic), row i >= k, column j holds
 * 1 / (i ^ j). Every k x k submatrix of it is invertible (k + m <= 255), so any
 * k shards rebuild the rest, and parity is byte-comparable with ISA-L.
 */
export function cauchyMatrix (k: number, m: number): Uint8Array {
  const a = new Uint8Array((k + m) * k)
  for (let i = 0; i < k; i++) a[i * k + i] = 1
  for (let i = k; i < k + m; i++) {
    for (let j = 0; j < k; j++) a[i * k + j] = gfInv(i ^ j)
  }
  return a
}

/** The inverse of the n x n matrix `a` by Gauss-Jordan elimination; throws RangeError if singular. */
export function invertMatrix (a: Uint8Array, n: number): Uint8Array {
  const m = a.slice(0, n * n)
  const inv = new Uint8Array(n * n)
  for (let i = 0; i < n; i++) inv[i * n + i] = 1
  for (let col = 0; col < n; col++) {
    let pivot = col
    while (pivot < n && m[pivot * n + col] === 0) pivot++
    if (pivot === n) throw new RangeError('singular matrix')
    if (pivot !== col) {
      for (let j = 0; j < n; j++) {
        const t = m[col * n + j]; m[col * n + j] = m[pivot * n + j]; m[pivot * n + j] = t
        const u = inv[col * n + j]; inv[col * n + j] = inv[pivot * n + j]; inv[pivot * n + j] = u
      }
    }
    const scale = gfInv(m[col * n + col])
    for (let j = 0; j < n; j++) {
      m[col * n + j] = gfMul(m[col * n + j], scale)
      inv[col * n + j] = gfMul(inv[col * n + j], scale)
    }
    for (let r = 0; r < n; r++) {
      const f = m[r * n + col]
      if (r === col || f === 0) continue
      for (let j = 0; j < n; j++) {
        m[r * n + j] ^= gfMul(f, m[col * n + j])
        inv[r * n + j] ^= gfMul(f, inv[col * n + j])
      }
    }
  }
  return inv
}
