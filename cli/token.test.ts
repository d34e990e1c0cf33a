import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isRemote, remoteToken } from './commands/remote-options.js'
import { getToken, tokenOnCommandLineWarning } from './token.js'

const dirs: string[] = []
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }) })

async function tokenFile (text: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'mb-token-'))
  dirs.push(d)
  await writeFile(join(d, 't'), text)
  return join(d, 't')
}

describe('invite token sources', () => {
  it('reads the first line of --join-file, without a warning, before the environment', async () => {
    const warnings: string[] = []
    const file = await tokenFile('mbinvite2:abc  \nignored\n')
    expect(await getToken({ file, option: '--join', env: { MESHBACKUP_TOKEN: 'env' }, warn: w => warnings.push(w) })).toBe('mbinvite2:abc')
    expect(warnings).toEqual([])
  })

  it('takes an argument but warns that it is readable from /proc/PID/cmdline', async () => {
    const warnings: string[] = []
    expect(await getToken({ arg: 'mbinvite2:arg', option: '--mesh', env: { MESHBACKUP_TOKEN: 'env' }, warn: w => warnings.push(w) })).toBe('mbinvite2:arg')
    expect(warnings).toEqual([tokenOnCommandLineWarning('--mesh')])
    expect(warnings[0]).toMatch(/other local users can read it \(\/proc\/PID\/cmdline\); use --mesh-file FILE or MESHBACKUP_TOKEN/)
  })

  it('falls back to MESHBACKUP_TOKEN, else nothing', async () => {
    const warn = (): void => { throw new Error('no warning expected') }
    expect(await getToken({ option: '--join', env: { MESHBACKUP_TOKEN: ' mbinvite2:env\n' }, warn })).toBe('mbinvite2:env')
    expect(await getToken({ option: '--join', env: { MESHBACKUP_TOKEN: '' }, warn })).toBeUndefined()
    expect(await getToken({ option: '--join', env: {}, warn })).toBeUndefined()
  })

  it('refuses both an argument and a file, a missing file and an empty one', async () => {
    const warn = (): void => {}
    const file = await tokenFile('x\n')
    await expect(getToken({ arg: 'a', file, option: '--join', env: {}, warn })).rejects.toMatchObject({ name: 'UserError', message: 'give --join or --join-file, not both' })
    await expect(getToken({ file: file + '.nope', option: '--join', env: {}, warn })).rejects.toThrow(/cannot read token file .*ENOENT/)
    await expect(getToken({ file: await tokenFile('\n'), option: '--mesh', env: {}, warn })).rejects.toThrow(/token file .* is empty/)
  })
})

describe('fresh-machine options', () => {
  it('are remote with --from, --owner and a token from --mesh, --mesh-file or the environment', async () => {
    expect(isRemote({}, { MESHBACKUP_TOKEN: 't' })).toBe(false)
    expect(isRemote({ from: 'a', owner: 'o', mesh: 't' }, {})).toBe(true)
    expect(isRemote({ from: 'a', owner: 'o', meshFile: 'f' }, {})).toBe(true)
    expect(isRemote({ from: 'a', owner: 'o' }, { MESHBACKUP_TOKEN: 't' })).toBe(true)
    expect(() => isRemote({ from: 'a', owner: 'o' }, {})).toThrow(/--from, --mesh and --owner go together/)
    expect(() => isRemote({ meshFile: 'f' }, {})).toThrow(/--from, --mesh and --owner go together/)
    const file = await tokenFile('mbinvite2:file\n')
    expect(await remoteToken({ meshFile: file }, () => {}, {})).toBe('mbinvite2:file')
    await expect(remoteToken({}, () => {}, {})).rejects.toThrow(/no invite token/)
  })
})
