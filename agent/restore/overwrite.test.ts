import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { decideOverwrite, isOverwriteMode, nodeMtimeNs } from './overwrite.js'
import type { ExistingEntry } from './overwrite.js'

const file = { type: pb.NodeType.NODE_FILE, size: 10, mtimeSec: 1_700_000_000, mtimeNsec: 123_456_789 }
const at = (node: typeof file, deltaNs: bigint, over: Partial<ExistingEntry> = {}): ExistingEntry => ({ type: 'file', size: node.size, mtimeNs: nodeMtimeNs(node) + deltaNs, ...over })

describe('decideOverwrite', () => {
  it('nothing there: always written, whatever the mode', () => {
    for (const m of ['always', 'if-changed', 'if-newer', 'never'] as const) expect(decideOverwrite(m, file, undefined)).toBe('write')
  })

  it('always writes, never skips', () => {
    expect(decideOverwrite('always', file, at(file, 0n))).toBe('write')
    expect(decideOverwrite('never', file, at(file, -10_000_000_000n, { size: 3 }))).toBe('skip')
  })

  it('if-changed: same size and mtime (within 2 µs) is unchanged; another size or time is written', () => {
    expect(decideOverwrite('if-changed', file, at(file, 0n))).toBe('unchanged')
    expect(decideOverwrite('if-changed', file, at(file, 300n))).toBe('unchanged') // utimes' double rounding
    expect(decideOverwrite('if-changed', file, at(file, -1240n))).toBe('unchanged') // and libuv's truncation to microseconds
    expect(decideOverwrite('if-changed', file, at(file, 3000n))).toBe('write')
    expect(decideOverwrite('if-changed', file, at(file, 0n, { size: 11 }))).toBe('write')
    expect(decideOverwrite('if-changed', file, at(file, 0n, { type: 'symlink' }))).toBe('write')
    const hardlink = { ...file, type: pb.NodeType.NODE_HARDLINK }
    expect(decideOverwrite('if-changed', hardlink, at(file, 0n))).toBe('unchanged')
  })

  it('if-changed: a symlink with the same target is unchanged, another target is written', () => {
    const link = { ...file, type: pb.NodeType.NODE_SYMLINK, linkTarget: 'a/b' }
    expect(decideOverwrite('if-changed', link, { type: 'symlink', size: 3, mtimeNs: 0n, linkTarget: Buffer.from('a/b') })).toBe('unchanged')
    expect(decideOverwrite('if-changed', link, { type: 'symlink', size: 3, mtimeNs: 0n, linkTarget: Buffer.from('a/c') })).toBe('write')
    const bytes = { ...link, linkTarget: 'a\\xff', linkTargetBytes: Buffer.from([0x61, 0xff]) }
    expect(decideOverwrite('if-changed', bytes, { type: 'symlink', size: 2, mtimeNs: 0n, linkTarget: Buffer.from([0x61, 0xff]) })).toBe('unchanged')
  })

  it('if-newer: written only when the snapshot\'s mtime is newer', () => {
    expect(decideOverwrite('if-newer', file, at(file, -5_000_000_000n))).toBe('write')
    expect(decideOverwrite('if-newer', file, at(file, 0n))).toBe('skip')
    expect(decideOverwrite('if-newer', file, at(file, 5_000_000_000n, { size: 1 }))).toBe('skip')
  })

  it('a directory merges into a directory in every mode; a file where a directory goes follows the mode', () => {
    const dir = { ...file, type: pb.NodeType.NODE_DIR }
    for (const m of ['always', 'if-changed', 'if-newer', 'never'] as const) expect(decideOverwrite(m, dir, at(file, 0n, { type: 'dir' }))).toBe('write')
    expect(decideOverwrite('never', dir, at(file, 0n))).toBe('skip')
    expect(decideOverwrite('if-changed', dir, at(file, 0n))).toBe('write')
  })

  it('modes by name', () => {
    expect(isOverwriteMode('if-changed')).toBe(true)
    expect(isOverwriteMode('sometimes')).toBe(false)
    expect(isOverwriteMode(undefined)).toBe(false)
  })
})
