import { describe, expect, it } from 'vitest'
import { TAR_BLOCK, tarEnd, tarHeader, tarPadding } from './tar.js'
import type { TarEntry } from './tar.js'

const base: TarEntry = { path: Buffer.from('srv/a.txt'), type: 'file', mode: 0o640, uid: 1234, gid: 5678, uname: 'app', gname: 'staff', size: 5, mtimeSec: 1_700_000_000, mtimeNsec: 0 }

/** A header's fields back, as a reader sees them. */
function field (h: Buffer, off: number, len: number): string {
  return h.subarray(off, off + len).toString('latin1').replace(/\0.*$/s, '')
}

function checksumOk (h: Buffer): boolean {
  const copy = Buffer.from(h)
  copy.fill(0x20, 148, 156)
  let sum = 0
  for (const c of copy) sum += c
  return parseInt(field(h, 148, 8).trim(), 8) === sum
}

describe('tar headers', () => {
  it('a plain file: one ustar block with its fields and checksum', () => {
    const h = tarHeader(base)
    expect(h.length).toBe(TAR_BLOCK)
    expect(field(h, 0, 100)).toBe('srv/a.txt')
    expect(parseInt(field(h, 100, 8), 8)).toBe(0o640)
    expect(parseInt(field(h, 108, 8), 8)).toBe(1234)
    expect(parseInt(field(h, 116, 8), 8)).toBe(5678)
    expect(parseInt(field(h, 124, 12), 8)).toBe(5)
    expect(parseInt(field(h, 136, 12), 8)).toBe(1_700_000_000)
    expect(field(h, 156, 1)).toBe('0')
    expect(h.subarray(257, 265).toString('latin1')).toBe('ustar\u000000')
    expect(field(h, 265, 32)).toBe('app')
    expect(field(h, 297, 32)).toBe('staff')
    expect(checksumOk(h)).toBe(true)
  })

  it('directories end in "/", symlinks carry their target, devices their numbers', () => {
    expect(field(tarHeader({ ...base, type: 'dir', size: 0 }), 0, 100)).toBe('srv/a.txt/')
    const l = tarHeader({ ...base, type: 'symlink', linkname: Buffer.from('../b') })
    expect([field(l, 156, 1), field(l, 157, 100), parseInt(field(l, 124, 12), 8)]).toEqual(['2', '../b', 0])
    const d = tarHeader({ ...base, type: 'chardev', devmajor: 1, devminor: 3, size: 0 })
    expect([field(d, 156, 1), parseInt(field(d, 329, 8), 8), parseInt(field(d, 337, 8), 8)]).toEqual(['3', 1, 3])
  })

  it('a long name, a big uid and a sub-second mtime go into a pax header before the entry', () => {
    const long = 'd/'.repeat(120) + 'file'
    const h = tarHeader({ ...base, path: Buffer.from(long), uid: 3_000_000, mtimeNsec: 5 })
    expect(h.length % TAR_BLOCK).toBe(0)
    expect(field(h, 156, 1)).toBe('x')
    expect(checksumOk(h.subarray(0, TAR_BLOCK))).toBe(true)
    const paxLen = parseInt(field(h, 124, 12), 8)
    const pax = h.subarray(TAR_BLOCK, TAR_BLOCK + paxLen).toString('utf8')
    const records = pax.split('\n').filter(Boolean)
    for (const r of records) expect(Buffer.byteLength(r) + 1).toBe(parseInt(r.split(' ')[0], 10)) // each record's length counts itself
    expect(records.map(r => r.slice(r.indexOf(' ') + 1))).toEqual([`path=${long}`, 'uid=3000000', 'mtime=1700000000.000000005'])
    const entry = h.subarray(h.length - TAR_BLOCK)
    expect(field(entry, 156, 1)).toBe('0')
    expect(checksumOk(entry)).toBe(true)
  })

  it('a name that is not UTF-8 is kept as bytes (hdrcharset=BINARY)', () => {
    const name = Buffer.from([0x61, 0xff, 0x62])
    const h = tarHeader({ ...base, path: name })
    const pax = h.subarray(TAR_BLOCK, TAR_BLOCK + parseInt(field(h, 124, 12), 8))
    expect(pax.toString('latin1')).toContain('hdrcharset=BINARY')
    expect(pax.includes(Buffer.concat([Buffer.from('path='), name, Buffer.from('\n')]))).toBe(true)
  })

  it('extended attributes as SCHILY.xattr records, values as bytes', () => {
    const h = tarHeader({ ...base, xattrs: [{ name: Buffer.from('user.test'), value: Buffer.from([0, 1, 0xff]) }] })
    const pax = h.subarray(TAR_BLOCK, TAR_BLOCK + parseInt(field(h, 124, 12), 8))
    expect(pax.equals(Buffer.concat([Buffer.from('30 SCHILY.xattr.user.test='), Buffer.from([0, 1, 0xff]), Buffer.from('\n')]))).toBe(true)
  })

  it('padding to whole blocks, and the end of the archive', () => {
    expect(tarPadding(0).length).toBe(0)
    expect(tarPadding(1).length).toBe(511)
    expect(tarPadding(512).length).toBe(0)
    expect(tarEnd()).toEqual(Buffer.alloc(1024))
  })
})
