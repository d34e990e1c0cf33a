import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG, loadConfig, saveConfig } from '../config.js'
import { DEFAULT_ALERTS, validateAlerts } from './config.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-alerts-config-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

describe('alerts config', () => {
  it('defaults without a section; round-trips a documented section through config.yaml', async () => {
    expect(validateAlerts(undefined)).toEqual(DEFAULT_ALERTS)
    const notify = join(dir, 'notify')
    await writeFile(notify, '#!/bin/sh\nexit 0\n')
    await chmod(notify, 0o755)
    const c = { ...DEFAULT_CONFIG, alerts: { webhook: 'https://hooks.example.net/mesh?token=a%20b', command: notify, successRateBelow: 0.9, storageAbove: 0.8, degradedGraceSeconds: 7200, intervalSeconds: 10 } }
    await saveConfig(dir, c)
    const text = await readFile(join(dir, 'config.yaml'), 'utf8')
    expect(text).toMatch(/# alerts: conditions the agent checks itself/)
    expect(await loadConfig(dir)).toEqual(c)
    await saveConfig(dir, DEFAULT_CONFIG)
    expect((await loadConfig(dir)).alerts).toEqual(DEFAULT_ALERTS)
  })

  it('refuses bad settings with a message naming the key', async () => {
    const plain = join(dir, 'plain')
    await writeFile(plain, 'not executable\n')
    await chmod(plain, 0o644)
    const cases: Array<[unknown, RegExp]> = [
      [{ webhook: 'ftp://example.net/x' }, /alerts\.webhook must be an http or https URL, got ftp:/],
      [{ webhook: 'not a url' }, /alerts\.webhook: "not a url" is not a URL/],
      [{ webhook: 42 }, /alerts\.webhook must be an http or https URL/],
      [{ command: 'notify.sh' }, /alerts\.command must be the absolute path/],
      [{ command: join(dir, 'missing') }, /alerts\.command: .*missing does not exist/],
      [{ command: plain }, /alerts\.command: .*plain is not executable/],
      [{ command: dir }, /alerts\.command: .* is not a file/],
      [{ successRateBelow: 1.5 }, /alerts\.successRateBelow must be a number from 0 to 1, got 1\.5/],
      [{ storageAbove: 0 }, /alerts\.storageAbove must be a number from 0\.01 to 1/],
      [{ degradedGraceSeconds: -1 }, /alerts\.degradedGraceSeconds must be an integer/],
      [{ intervalSeconds: 0 }, /alerts\.intervalSeconds must be an integer from 1 to 3600/],
      [{ webhoook: 'https://x' }, /unknown setting alerts\.webhoook \(known: webhook, command/],
      ['yes', /alerts must be a mapping/]
    ]
    for (const [alerts, re] of cases) {
      await writeFile(join(dir, 'config.yaml'), JSON.stringify({ alerts }))
      const err = await loadConfig(dir).catch((e: Error) => e)
      expect(err, JSON.stringify(alerts)).toBeInstanceOf(ConfigError)
      expect((err as Error).message, JSON.stringify(alerts)).toMatch(re)
    }
  })
})
