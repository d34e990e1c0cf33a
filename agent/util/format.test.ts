import { describe, expect, it } from 'vitest'
import { formatBytes, formatRate } from './format.js'

describe('formatBytes', () => {
  it('fixed: steady decimals for tables and progress lines', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(2048)).toBe('2.00 KiB')
    expect(formatBytes(5000)).toBe('4.88 KiB')
    expect(formatBytes(20 * 2 ** 20)).toBe('20.0 MiB')
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.50 GiB')
    expect(formatBytes(2 ** 50)).toBe('1024.0 TiB')
  })

  it('compact: no trailing zeros, for sentences', () => {
    expect(formatBytes(100, 'compact')).toBe('100 B')
    expect(formatBytes(4 * 2 ** 20, 'compact')).toBe('4 MiB')
    expect(formatBytes(1536, 'compact')).toBe('1.5 KiB')
    expect(formatBytes(1025 * 2 ** 20, 'compact')).toBe('1 GiB')
  })
})

describe('formatRate', () => {
  it('is decimal MB per second', () => {
    expect(formatRate(50e6, 2000)).toBe('25.0 MB/s')
  })
})
