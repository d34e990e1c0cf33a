import { describe, expect, it } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asSystemFailure, errorWords, SystemFailureError } from './errno.js'

describe('errorWords', () => {
  it('says what an errno means, and falls back to the message', () => {
    const err = (code: string, message = `${code}: something`): NodeJS.ErrnoException => Object.assign(new Error(message), { code })
    expect(errorWords(err('EACCES'))).toBe('permission denied')
    expect(errorWords(err('EPERM'))).toBe('operation not permitted')
    expect(errorWords(err('EWHATEVER', 'EWHATEVER: odd'))).toBe('EWHATEVER: odd')
    expect(errorWords(new Error('plain'))).toBe('plain')
  })

  it('turns a bare system error into words, with the path and what to do; leaves others alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mb-errno-'))
    try {
      const real = await writeFile(join(dir, 'no', 'such', 'file'), 'x').catch((err: unknown) => err)
      const e = asSystemFailure(real) as SystemFailureError
      expect(e).toBeInstanceOf(SystemFailureError)
      expect(e.message).toBe(`no such file or directory (removed during the run?) (open ${join(dir, 'no', 'such', 'file')}, ENOENT)`)
      const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })
      expect((asSystemFailure(full) as Error).message).toBe('no space left on the device (write, ENOSPC): free space there, or choose another place')
      const named = Object.assign(new Error('x'), { name: 'ShardStoreFullError', code: 'ENOSPC', syscall: 'write' })
      expect(asSystemFailure(named)).toBe(named)
      const plain = new Error('plain')
      expect(asSystemFailure(plain)).toBe(plain)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
