import { describe, expect, it } from 'vitest'
import { childPath, escapeBytes, isInside, isUtf8, showPath } from './names.js'

describe('names as bytes', () => {
  it('tells UTF-8 from other bytes and escapes only what is not UTF-8', () => {
    expect(isUtf8(Buffer.from('héllo ✓'))).toBe(true)
    expect(isUtf8(Buffer.from([0x66, 0xff]))).toBe(false)
    expect(isUtf8(Buffer.from([0xc0, 0xaf]))).toBe(false) // overlong "/"
    expect(isUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false) // a surrogate
    expect(escapeBytes(Buffer.from([0x66, 0xff, 0x6f]))).toBe('f\\xffo')
    expect(escapeBytes(Buffer.concat([Buffer.from('é'), Buffer.from([0xe9]), Buffer.from('✓')]))).toBe('é\\xe9✓')
    expect(escapeBytes(Buffer.from([0xc0, 0xaf, 0xe2, 0x9c]))).toBe('\\xc0\\xaf\\xe2\\x9c')
  })

  it('joins paths as strings while they are UTF-8, as bytes below the first name that is not', () => {
    expect(childPath('/srv', 'a')).toBe('/srv/a')
    const b = childPath('/srv/', 'f\\xff', Buffer.from([0x66, 0xff]))
    expect(Buffer.isBuffer(b) && b.equals(Buffer.from([...Buffer.from('/srv/'), 0x66, 0xff]))).toBe(true)
    const c = childPath(b, 'x')
    expect(Buffer.isBuffer(c) && showPath(c)).toBe('/srv/f\\xff/x')
    expect(showPath(childPath('/', 'q', Buffer.from([0xff])))).toBe('/\\xff')
    expect([isInside('/t', '/t/a'), isInside('/t', '/tx'), isInside('/t', c), isInside('/srv', c)]).toEqual([true, false, false, true])
  })
})
