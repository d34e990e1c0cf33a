import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { ConfigError, DEFAULT_CONFIG, loadConfig, saveConfig, validateConfig } from '../config.js'

let dir: string
let pass: string
let hook: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-sources-'))
  pass = join(dir, 'passphrase')
  await writeFile(pass, 'secret\n', { mode: 0o600 })
  hook = join(dir, 'pre.sh')
  await writeFile(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 })
})
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

const www = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name: 'www', paths: ['/srv/www'], schedule: 'every 1h', rpo: '2h', ...extra })
const check = (doc: Record<string, unknown>): ReturnType<typeof validateConfig> => validateConfig({ passphraseFile: pass, ...doc })

describe('sources config', () => {
  it('reads every key of a source, with defaults', () => {
    const c = check({
      sources: [
        www({ exclude: ['*.tmp'], tags: ['web'], jitter: '5m', plan: { full: 'Sun 02:00', otherwise: 'differential' }, rto: '30m', keep: { daily: 7, weekly: 4, within: '2d' }, hooks: { before: hook, timeout: '1m' }, onInfeasible: 'fail', retry: { max: 5, backoff: '30s' } }),
        { name: 'db', command: 'pg_dump -Fc app', schedule: '0 3 * * *', rpo: '26h' }
      ],
      runs: { keep: 50 },
      prune: { schedule: 'weekly' }
    })
    expect(c.sources[0]).toEqual({
      name: 'www', paths: ['/srv/www'], command: null, exclude: ['*.tmp'], tags: ['web'], schedule: 'every 1h', jitterSeconds: 300,
      plan: { kind: 'plan', full: 'Sun 02:00', otherwise: 'differential' }, rpoSeconds: 7200, rtoSeconds: 1800,
      keep: { daily: 7, weekly: 4, within: { years: 0, months: 0, days: 2, hours: 0 } },
      hooks: { before: hook, after: null, failure: null, timeoutSeconds: 60 }, onInfeasible: 'fail', retry: { max: 5, backoffSeconds: 30 }
    })
    expect(c.sources[1]).toMatchObject({ name: 'db', command: 'pg_dump -Fc app', paths: [], plan: { kind: 'fixed', type: 'full' }, onInfeasible: 'degrade', retry: { max: 3, backoffSeconds: 60 }, keep: null, rtoSeconds: null })
    expect(c.runs).toEqual({ keep: 50 })
    expect(c.prune).toEqual({ schedule: 'weekly' })
    expect(validateConfig({}).sources).toEqual([])
    expect(validateConfig({}).runs.keep).toBe(200)
  })

  it('refuses each bad source with a ConfigError naming the key', async () => {
    await writeFile(join(dir, 'not-exec.sh'), '#!/bin/sh\n', { mode: 0o644 })
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ sources: [www({ schedule: 'evry 1h' })] }, /sources\[www\]\.schedule: "evry 1h" is not a schedule/],
      [{ sources: [www({ schedule: 'fortnightly' })] }, /sources\[www\]\.schedule/],
      [{ sources: [www({ rpo: '-2h' })] }, /sources\[www\]\.rpo: "-2h" is not a duration/],
      [{ sources: [www({ rpo: 'soon' })] }, /sources\[www\]\.rpo/],
      [{ sources: [www({ rpo: undefined })] }, /sources\[www\]\.rpo: the recovery point objective is needed/],
      [{ sources: [www({ jitter: 'lots' })] }, /sources\[www\]\.jitter/],
      [{ sources: [www({ hooks: { before: join(dir, 'not-exec.sh') } })] }, /sources\[www\]\.hooks\.before: .* is not executable/],
      [{ sources: [www({ hooks: { after: join(dir, 'missing.sh') } })] }, /sources\[www\]\.hooks\.after: .* cannot be found/],
      [{ sources: [www({ hooks: { failure: 'notify.sh' } })] }, /sources\[www\]\.hooks\.failure: .* must be an absolute path/],
      [{ sources: [www({ hooks: { timeout: '0s' } })] }, /sources\[www\]\.hooks\.timeout/],
      [{ sources: [www(), www()] }, /sources: the name "www" is given twice/],
      [{ sources: [www({ command: 'tar c /srv' })] }, /sources\[www\]: give either paths .* not both/],
      [{ sources: [{ name: 'x', schedule: 'daily', rpo: '1d' }] }, /sources\[x\]: give either paths .* one of them is needed/],
      [{ sources: [www({ paths: ['relative/dir'] })] }, /sources\[www\]\.paths: "relative\/dir" must be an absolute path/],
      [{ sources: [www({ type: 'sometimes' })] }, /sources\[www\]\.type must be/],
      [{ sources: [www({ type: 'full', plan: { full: 'daily' } })] }, /give type or plan, not both/],
      [{ sources: [www({ plan: { full: 'never' } })] }, /sources\[www\]\.plan\.full/],
      [{ sources: [www({ onInfeasible: 'panic' })] }, /sources\[www\]\.onInfeasible must be degrade or fail/],
      [{ sources: [www({ retry: { max: -1 } })] }, /sources\[www\]\.retry\.max/],
      [{ sources: [www({ retry: { backoff: '-1m' } })] }, /sources\[www\]\.retry\.backoff/],
      [{ sources: [www({ keep: { daily: -2 } })] }, /sources\[www\]\.keep\.daily/],
      [{ sources: [www({ keep: { daily: 0 } })] }, /sources\[www\]\.keep keeps nothing/],
      [{ sources: [www({ keep: { dayly: 3 } })] }, /unknown setting sources\[www\]\.keep\.dayly/],
      [{ sources: [www({ colour: 'red' })] }, /unknown setting sources\[0\]\.colour/],
      [{ sources: [www({ name: 'a b' })] }, /sources\[0\]\.name must be a name/],
      [{ sources: 'www' }, /sources must be a list/],
      [{ sources: [www({ exclude: 'tmp' })] }, /sources\[www\]\.exclude must be a list/],
      [{ runs: { keep: 0 } }, /runs\.keep must be/],
      [{ prune: { schedule: 'whenever' } }, /prune\.schedule/]
    ]
    for (const [doc, re] of cases) {
      expect(() => check(doc), JSON.stringify(doc)).toThrow(ConfigError)
      expect(() => check(doc), JSON.stringify(doc)).toThrow(re)
    }
  })

  it('needs a private, readable passphraseFile once any source exists', async () => {
    expect(() => validateConfig({ sources: [www()] })).toThrow(/passphraseFile: the owner's passphrase file is needed/)
    expect(() => validateConfig({ sources: [www()], passphraseFile: join(dir, 'nope') })).toThrow(/passphraseFile: .* cannot be found/)
    await chmod(pass, 0o644)
    expect(() => validateConfig({ sources: [www()], passphraseFile: pass })).toThrow(/passphraseFile: .* is readable by its group or others \(mode 644\)/)
    await chmod(pass, 0o640)
    expect(() => validateConfig({ sources: [www()], passphraseFile: pass })).toThrow(/chmod 600/)
    await chmod(pass, 0o400)
    expect(validateConfig({ sources: [www()], passphraseFile: pass }).passphraseFile).toBe(pass)
  })

  it('saveConfig documents the keys (a commented example) and round-trips sources', async () => {
    await saveConfig(dir, DEFAULT_CONFIG)
    const text = await readFile(join(dir, 'config.yaml'), 'utf8')
    expect(text).toMatch(/# Sources and schedules/)
    expect(text).toMatch(/# sources:\n# {3}- name: www/)
    expect(await loadConfig(dir)).toEqual(DEFAULT_CONFIG)
    // the commented example is itself a valid config once uncommented (with real files)
    const lines = text.split('\n')
    const example = lines.slice(lines.indexOf('# passphraseFile: /etc/meshbackup/passphrase'), lines.indexOf('#     rpo: 26h') + 1).map(l => l.slice(2)).join('\n')
    const doc = YAML.parse(example.replace('/etc/meshbackup/passphrase', pass).replace('/usr/local/bin/pre-backup', hook)) as Record<string, unknown>
    expect(validateConfig(doc).sources.map(s => s.name)).toEqual(['www', 'db'])

    const c = check({ sources: [www({ hooks: { before: hook }, keep: { daily: 7 }, plan: { full: 'Sun 02:00' }, jitter: '90s' }), { name: 'db', command: 'pg_dump app', rpo: '1d' }], prune: { schedule: '0 4 * * 0' } })
    await saveConfig(dir, c)
    expect(await loadConfig(dir)).toEqual(c)
  })
})
