import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG, loadConfig, parseSize, saveConfig } from './config.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-config-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

describe('agent config', () => {
  it('round-trips a documented config.yaml', async () => {
    const c = { ...DEFAULT_CONFIG, site: 'hq', media: 'nas', capacity: 2 * 2 ** 40, bootstrap: ['/ip4/10.0.0.5/tcp/7443'] }
    await saveConfig(dir, c)
    expect(await readFile(join(dir, 'config.yaml'), 'utf8')).toMatch(/# site: failure domain/)
    expect(await loadConfig(dir)).toEqual(c)
  })

  it('round-trips admins (the peer ids that may issue invites) and refuses a bad one', async () => {
    const c = { ...DEFAULT_CONFIG, admins: ['12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'] }
    await saveConfig(dir, c)
    expect(await readFile(join(dir, 'config.yaml'), 'utf8')).toMatch(/# admins: peer ids of the members allowed to issue invites/)
    expect((await loadConfig(dir)).admins).toEqual(c.admins)
    await writeFile(join(dir, 'config.yaml'), 'admins: [ "not a peer id" ]\n')
    await expect(loadConfig(dir)).rejects.toThrow(/admins\[0\] must be a peer id/)
  })

  it('names the key in every error', async () => {
    const cases: Array<[string, RegExp]> = [
      ['site: hq\nbogus: 1\n', /unknown setting bogus/],
      ['capacity: lots\n', /capacity: "lots" is not a size/],
      ['listen: [ "not-an-addr" ]\n', /listen\[0\].*not a multiaddr/],
      ['policy: { k: 0 }\n', /policy\.k must be an integer/],
      ['policy: { k: 30, m: 5 }\n', /at most 32/],
      ['heartbeat: { intervalSeconds: 10, downAfterSeconds: 15 }\n', /twice/],
      ['site: "Upper Case"\n', /site must be a lower-case label/],
      ['site: [unclosed\n', /not valid YAML/],
      ['repair: { auditIntervalSeconds: -1 }\n', /repair\.auditIntervalSeconds/]
    ]
    for (const [text, re] of cases) {
      await writeFile(join(dir, 'config.yaml'), text)
      await expect(loadConfig(dir), text).rejects.toThrow(re)
    }
    await rm(join(dir, 'config.yaml'))
    await expect(loadConfig(dir)).rejects.toThrow(ConfigError)
  })

  it('parses sizes', () => {
    expect(parseSize('500GiB')).toBe(500 * 2 ** 30)
    expect(parseSize('1.5 TB')).toBe(1.5e12)
    expect(parseSize(4096)).toBe(4096)
    expect(() => parseSize('12 parsecs')).toThrow(ConfigError)
  })
})
