// Arithmetic in GF(2^8) with the field polynomial x^8 + x^4 + x^3 + x^2 + 1
// (0x11d) and generator 2, the field of Intel ISA-L and most storage RS codes.

/** The field polynomial. */
export const GF_POLY = 0x11d

const EXP = new Uint8Array(512)
const LOG = new Uint8Array(256)
{
  let x = 1
  for (let i = 0; i < 255; i++) {
    EXP[i] = x
    LOG[x] = i
    x <<= 1
    if (x & 0x100) x ^= GF_POLY
  }
  // doubled so gfMul can skip the modulo 255
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]
}

/** a * b in GF(2^8). */
export function gfMul (a: number, b: number): number {
  if (a === 0 || b === 0) return 0
  return EXP[LOG[a] + LOG[b]]
}

/** 1 / a in GF(2^8); a must not be 0. */
export function gfInv (a: number): number {
  if (a === 0) throw new RangeError('0 has no inverse in GF(2^8)')
  return EXP[255 - LOG[a]]
}

let mulTable: Uint8Array | undefined

/** The full 256 x 256 product table: row c (offset c*256) holds c*x for every x. */
export function gfMulTable (): Uint8Array {
  if (mulTable === undefined) {
    const t = new Uint8Array(256 * 256)
    for (let a = 1; a < 256; a++) {
      for (let b = 1; b < 256; b++) t[a * 256 + b] = EXP[LOG[a] + LOG[b]]
    }
    mulTable = t
  }
  return mulTable
}
