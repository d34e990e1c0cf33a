import { describe, expect, it } from 'vitest'
import { errorWords } from './errno.js'

describe('errorWords', () => {
  it('says what an errno means, and falls back to the message', () => {
    const err = (code: string, message = `${code}: something`): NodeJS.ErrnoException => Object.assign(new Error(message), { code })
    expect(errorWords(err('EACCES'))).toBe('permission denied')
    expect(errorWords(err('EPERM'))).toBe('operation not permitted')
    expect(errorWords(err('EWHATEVER', 'EWHATEVER: odd'))).toBe('EWHATEVER: odd')
    expect(errorWords(new Error('plain'))).toBe('plain')
  })
})
