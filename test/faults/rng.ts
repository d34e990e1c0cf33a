/** A seeded PRNG (mulberry32): a trial's seed reproduces its random choices. */
export interface Rng {
  /** [0, 1) */
  next: () => number
  /** an integer in [lo, hi] */
  int: (lo: number, hi: number) => number
  pick: <T>(items: readonly T[]) => T
}

export function rng (seed: number): Rng {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6D2B79F5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  return { next, int, pick: items => items[int(0, items.length - 1)] }
}
