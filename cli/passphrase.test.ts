import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { getPassphrase } from './passphrase.js'

const dirs: string[] = []
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }) })

describe('passphrase sources', () => {
  it('reads the first line of --passphrase-file', async () => {
    const d = await mkdtemp(join(tmpdir(), 'mb-pass-'))
    dirs.push(d)
    await writeFile(join(d, 'p'), 's3cret phrase\nignored\n')
    expect(await getPassphrase({ file: join(d, 'p'), env: { MESHBACKUP_PASSPHRASE: 'env wins not' } })).toBe('s3cret phrase')
  })

  it('refuses a missing or empty file with a clear message', async () => {
    const d = await mkdtemp(join(tmpdir(), 'mb-pass-'))
    dirs.push(d)
    await expect(getPassphrase({ file: join(d, 'nope') })).rejects.toThrow(/cannot read passphrase file .*ENOENT/)
    await writeFile(join(d, 'empty'), '\n')
    await expect(getPassphrase({ file: join(d, 'empty') })).rejects.toThrow(/is empty/)
  })

  it('warns about a passphrase file other users can read, and reads it', async () => {
    const d = await mkdtemp(join(tmpdir(), 'mb-pass-'))
    dirs.push(d)
    await writeFile(join(d, 'open'), 'visible\n', { mode: 0o644 })
    await chmod(join(d, 'open'), 0o644)
    const warnings: string[] = []
    expect(await getPassphrase({ file: join(d, 'open'), warn: m => warnings.push(m) })).toBe('visible')
    expect(warnings).toEqual([`passphrase file ${join(d, 'open')} can be read by other users (mode 0644): chmod 600 ${join(d, 'open')}`])
    await chmod(join(d, 'open'), 0o600)
    await getPassphrase({ file: join(d, 'open'), warn: m => warnings.push(m) })
    expect(warnings).toHaveLength(1)
  })

  it('takes MESHBACKUP_PASSPHRASE', async () => {
    expect(await getPassphrase({ env: { MESHBACKUP_PASSPHRASE: 'from env' } })).toBe('from env')
  })

  it('never hangs without a terminal', async () => {
    const input = Object.assign(process.stdin, {}) as NodeJS.ReadStream
    const notTTY = new Proxy(input, { get: (t, k) => k === 'isTTY' ? false : Reflect.get(t, k) })
    await expect(getPassphrase({ env: {}, input: notTTY })).rejects.toThrow(/MESHBACKUP_PASSPHRASE/)
  })
})
