import { describe, expect, it } from 'vitest'
import { ExcludePatternError } from '../backup/exclude.js'
import { compileSelection } from './select.js'

describe('restore selection', () => {
  it('no patterns: everything', () => {
    expect(compileSelection({})).toBeUndefined()
  })

  it('--exclude leaves out matches at any depth, anchored ones at the root', () => {
    const s = compileSelection({ excludes: ['*.log', '/srv/cache'] })
    expect(s?.test('/srv/app/x.log', false, false)).toBe('no')
    expect(s?.test('/srv/cache', true, false)).toBe('no')
    expect(s?.test('/other/srv/cache', true, false)).toBe('yes')
    expect(s?.test('/srv/app/x.txt', false, false)).toBe('yes')
  })

  it('--include: matches, what a matching directory holds, and the directories on the way', () => {
    const s = compileSelection({ includes: ['/srv/app/conf'] })
    expect(s?.test('/srv', true, false)).toBe('below')
    expect(s?.test('/srv/app', true, false)).toBe('below')
    expect(s?.test('/srv/app/conf', true, false)).toBe('yes')
    expect(s?.test('/srv/app/conf/a.yaml', false, true)).toBe('yes')
    expect(s?.test('/srv/app/data', true, false)).toBe('no')
    expect(s?.test('/srv/app/readme', false, false)).toBe('no')
    expect(s?.test('/etc', true, false)).toBe('no')
  })

  it('an include at any depth may match below every directory; an exclude wins over an include', () => {
    const s = compileSelection({ includes: ['*.conf'], excludes: ['/srv/old'] })
    expect(s?.test('/srv/x', true, false)).toBe('below')
    expect(s?.test('/srv/x/a.conf', false, false)).toBe('yes')
    expect(s?.test('/srv/x/a.txt', false, false)).toBe('no')
    expect(s?.test('/srv/old', true, false)).toBe('no')
  })

  it('a bad pattern is named', () => {
    expect(() => compileSelection({ includes: [''] })).toThrow(ExcludePatternError)
  })
})
