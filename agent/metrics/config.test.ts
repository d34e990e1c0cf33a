import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG, loadConfig, saveConfig, validateConfig } from '../config.js'
import { formatListen, parseListen } from './config.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-metrics-config-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

describe('metrics config', () => {
  it('is off unless set', () => {
    expect(validateConfig({}).metrics).toEqual({ listen: null })
    expect(validateConfig({ metrics: {} }).metrics).toEqual({ listen: null })
  })

  it('reads IPv4, bracketed IPv6 and localhost addresses', () => {
    expect(validateConfig({ metrics: { listen: '127.0.0.1:9464' } }).metrics.listen).toEqual({ host: '127.0.0.1', port: 9464 })
    expect(parseListen('[::1]:9100', 'x')).toEqual({ host: '::1', port: 9100 })
    expect(parseListen('localhost:1', 'x')).toEqual({ host: 'localhost', port: 1 })
    expect(formatListen({ host: '::1', port: 9100 })).toBe('[::1]:9100')
    expect(formatListen({ host: '0.0.0.0', port: 80 })).toBe('0.0.0.0:80')
  })

  it('names the key in every error', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ listen: 9464 }, /metrics\.listen must be host:port/],
      [{ listen: '127.0.0.1' }, /metrics\.listen must be host:port/],
      [{ listen: 'example.com:9464' }, /metrics\.listen: host must be an IPv4 address.*no names to resolve/],
      [{ listen: '::1:9464' }, /metrics\.listen must be host:port/],
      [{ listen: '[1.2.3.4]:9464' }, /metrics\.listen: "1\.2\.3\.4" in brackets is not an IPv6 address/],
      [{ listen: '127.0.0.1:0' }, /metrics\.listen: port must be from 1 to 65535, got 0/],
      [{ listen: '127.0.0.1:70000' }, /metrics\.listen: port must be from 1 to 65535, got 70000/],
      [{ listen: '300.0.0.1:9464' }, /metrics\.listen: host must be an IPv4 address/],
      [{ port: 9464 }, /unknown setting metrics\.port \(known: listen\)/],
      ['127.0.0.1:9464', /metrics must be a mapping/]
    ]
    for (const [metrics, re] of cases) {
      expect(() => validateConfig({ metrics }), JSON.stringify(metrics)).toThrow(ConfigError)
      expect(() => validateConfig({ metrics }), JSON.stringify(metrics)).toThrow(re)
    }
  })

  it('round-trips through a documented config.yaml, on and off', async () => {
    await saveConfig(dir, DEFAULT_CONFIG)
    const off = await readFile(join(dir, 'config.yaml'), 'utf8')
    expect(off).toMatch(/# metrics: serve Prometheus metrics on GET \/metrics/)
    expect(off).toMatch(/^# {3}listen: 127\.0\.0\.1:9464$/m)
    expect((await loadConfig(dir)).metrics).toEqual({ listen: null })
    for (const listen of [{ host: '127.0.0.1', port: 9464 }, { host: '::1', port: 9100 }, { host: 'localhost', port: 9200 }]) {
      const c = { ...DEFAULT_CONFIG, metrics: { listen } }
      await saveConfig(dir, c)
      expect(await loadConfig(dir)).toEqual(c)
    }
    await writeFile(join(dir, 'config.yaml'), 'metrics:\n  listen: nowhere\n')
    await expect(loadConfig(dir)).rejects.toThrow(/config\.yaml: metrics\.listen must be host:port/)
  })
})
