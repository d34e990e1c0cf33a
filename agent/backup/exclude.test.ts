import { describe, expect, it } from 'vitest'
import { compileExcludes, ExcludePatternError } from './exclude.js'
import type { ExcludeFn } from './exclude.js'

describe('exclude patterns (restic semantics)', () => {
  it('matches an unanchored pattern at any depth', () => {
    const ex = compileExcludes(['*.log', 'cache/tmp'])!
    expect(ex('/srv/app/x.log', false)).toBe(true)
    expect(ex('/x.log', false)).toBe(true)
    expect(ex('/srv/app/x.log.gz', false)).toBe(false)
    expect(ex('/srv/cache/tmp', true)).toBe(true)
    expect(ex('/srv/tmp', true)).toBe(false)
    expect(ex('/srv/.hidden.log', false)).toBe(true)
  })

  it('anchors a pattern that starts with /', () => {
    const ex = compileExcludes(['/srv/www/*.tmp'])!
    expect(ex('/srv/www/a.tmp', false)).toBe(true)
    expect(ex('/other/srv/www/a.tmp', false)).toBe(false)
  })

  it('supports ** and character classes', () => {
    const ex = compileExcludes(['/home/**/node_modules', 'core.[0-9]*'])!
    expect(ex('/home/ann/code/p/node_modules', true)).toBe(true)
    expect(ex('/var/crash/core.1234', false)).toBe(true)
    expect(ex('/var/crash/core.x', false)).toBe(false)
  })

  it('a trailing slash matches directories only', () => {
    const ex = compileExcludes(['build/'])!
    expect(ex('/p/build', true)).toBe(true)
    expect(ex('/p/build', false)).toBe(false)
  })

  it('!pattern re-includes, the last match wins', () => {
    const ex = compileExcludes(['*.log', '!keep.log'])!
    expect(ex('/a/x.log', false)).toBe(true)
    expect(ex('/a/keep.log', false)).toBe(false)
  })

  it('case-insensitive on request', () => {
    expect(compileExcludes(['*.JPG'])!('/a/b.jpg', false)).toBe(false)
    expect(compileExcludes(['*.JPG'], { caseInsensitive: true })!('/a/b.jpg', false)).toBe(true)
  })

  it('no patterns: no filter; bad patterns: a clear error', () => {
    expect(compileExcludes([])).toBeUndefined()
    expect(() => compileExcludes([''])).toThrow(ExcludePatternError)
    expect(() => compileExcludes(['a\0b'])).toThrow(/NUL/)
  })

  it('refuses a [ class that is never closed, and accepts escaped and closed ones', () => {
    expect(() => compileExcludes(['['])).toThrow(/opens a \[ character class that is never closed/)
    expect(() => compileExcludes(['*.[ch'])).toThrow(ExcludePatternError)
    expect(() => compileExcludes(['x[]'])).toThrow(ExcludePatternError)
    const ok = compileExcludes(['\\[draft\\]*', '*.[ch]', 'file[]]', '[!a]z']) as ExcludeFn
    expect(ok('/home/[draft] notes', false)).toBe(true)
    expect(ok('/src/main.c', false)).toBe(true)
    expect(ok('/a/file]', false)).toBe(true)
    expect(ok('/a/bz', false)).toBe(true)
    expect(ok('/a/az', false)).toBe(false)
  })
})
