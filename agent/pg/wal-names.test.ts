import { describe, expect, it } from 'vitest'
import { nextSegment, walFileKind } from './wal-names.js'

describe('WAL file names', () => {
  it('knows segments, partial segments, history and backup files', () => {
    expect(walFileKind('000000010000000000000003')).toBe('segment')
    expect(walFileKind('000000010000000000000003.partial')).toBe('partial')
    expect(walFileKind('00000002.history')).toBe('history')
    expect(walFileKind('000000010000000000000003.00000028.backup')).toBe('backup')
  })

  it('refuses anything else by name (it becomes a path)', () => {
    for (const bad of ['', '../etc/passwd', '00000001000000000000000', '000000010000000000000003/x', '00000001000000000000000g', 'RECOVERYHISTORY']) {
      expect(() => walFileKind(bad)).toThrow(/is not a WAL file name/)
    }
  })

  it('counts segments across a log file boundary', () => {
    expect(nextSegment('000000010000000000000003')).toBe('000000010000000000000004')
    expect(nextSegment('0000000100000000000000FF')).toBe('000000010000000100000000')
  })
})
