/**
 * /metrics of a real agent process (issue 11): metrics.listen on a free
 * loopback port, scraped over HTTP and read as Prometheus text. After a known
 * sequence (a backup by hand, one run of source www that succeeds, one that
 * a failing `before` hook fails) the run counts, times and objectives are
 * those of the runs, and the rest agrees with the agent's own `status
 * --json`; the port closes with the agent.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METRIC } from '../../agent/metrics/metrics.js'
import { parseExposition, sampleValue } from '../../agent/metrics/text-format.js'
import type { MetricFamily } from '../../agent/metrics/text-format.js'
import type { RunRecord } from '../../agent/schedule/types.js'
import { VERSION } from '../../agent/version.js'
import { freePort, MeshHarness, PASSPHRASE } from './harness.js'

const h = new MeshHarness()
let dir: string
let url: string
let ok: RunRecord
let failed: RunRecord
let firstRunMs: number


async function scrape (): Promise<Map<string, MetricFamily>> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return parseExposition(await res.text())
}

beforeAll(async () => {
  await h.setup()
  dir = await h.lone('a')
  await h.stop('a')
  const port = await freePort()
  const src = join(h.root, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'a.txt'), 'hello metrics\n'.repeat(1000))
  const pass = join(h.root, 'passphrase')
  await writeFile(pass, `${PASSPHRASE}\n`, { mode: 0o600 })
  const flag = join(h.root, 'hook-fails')
  const before = join(h.root, 'before.sh')
  await writeFile(before, `#!/bin/sh\nif [ -e ${flag} ]; then echo 'not now'; exit 1; fi\nexit 0\n`, { mode: 0o755 })
  // www runs by hand only (no schedule, no retry): exactly the runs below
  await h.configure('a', y => y.replace(/^# metrics:\n# {3}listen: .*$/m, `metrics:\n  listen: 127.0.0.1:${port}`) + `
passphraseFile: ${pass}
sources:
  - name: www
    paths: [${src}]
    rpo: 2h
    hooks: { before: ${before} }
    retry: { max: 0 }
`)
  url = `http://127.0.0.1:${port}/metrics`
  await h.start('a')
  await h.cliOk(['backup', '--degraded', '--data', dir, src])
  firstRunMs = Date.now()
  ok = await h.cliJson<RunRecord>(['run', 'www', '--json', '--data', dir])
  await writeFile(flag, '')
  const bad = await h.cli(['run', 'www', '--json', '--data', dir], { timeoutMs: 60_000 })
  expect(bad.code, bad.stderr).toBe(1)
  failed = JSON.parse(bad.stdout) as RunRecord
}, 120_000)

afterAll(async () => { await h.teardown() })

describe('/metrics of a real agent', () => {
  it('serves the Prometheus text format with the figures status gives', async () => {
    const f = await scrape()
    const status = await h.status('a')
    const self = status.self.id
    expect(sampleValue(f, METRIC.buildInfo, { version: VERSION, node: process.version })).toBe(1)
    expect(sampleValue(f, METRIC.capacity, { peer: self, site: 'hq' })).toBe(status.self.capacity)
    expect(sampleValue(f, METRIC.used, { peer: self, site: 'hq' })).toBe(status.self.used)
    // the backup by hand and www's one success
    expect(status.snapshots.length).toBe(2)
    for (const state of ['compliant', 'degraded', 'at-risk'] as const) {
      expect(sampleValue(f, METRIC.snapshots, { state }), state).toBe(status.snapshots.filter(s => s.state === state).length)
      expect(sampleValue(f, METRIC.packs, { state }), state).toBe(status.compliance.owners[0].packs[state])
    }
    expect(sampleValue(f, METRIC.repairQueue)).toBe(status.repair.queue)
    expect(sampleValue(f, METRIC.repairBlocked)).toBe(status.repair.blocked)
    // alone: no peers
    expect(f.get(METRIC.peers)?.samples).toEqual([])
    expect(f.get('process_resident_memory_bytes')?.samples[0].value).toBeGreaterThan(0)
    expect(f.get(METRIC.runs)?.type).toBe('counter')
  })

  it('counts the runs by result and gives their times, figures and objective', async () => {
    expect(ok).toMatchObject({ source: 'www', result: 'success' })
    expect(failed).toMatchObject({ source: 'www', result: 'failed' })
    const f = await scrape()
    const self = (await h.status('a')).self.id
    const v = (name: string, labels: Record<string, string>): number | undefined => sampleValue(f, name, labels)
    expect(v(METRIC.runs, { source: 'www', result: 'success' })).toBe(1)
    expect(v(METRIC.runs, { source: 'www', result: 'failed' })).toBe(1)
    expect(v(METRIC.runs, { source: 'www', result: 'skipped' })).toBe(0)
    expect(v(METRIC.runs, { source: 'www', result: 'missed' })).toBe(0)
    // the last success is the successful run's, within it; the failure after it moved only the last attempt
    const lastSuccess = v(METRIC.lastSuccess, { owner: self, source: 'www' }) ?? NaN
    expect(lastSuccess).toBe(ok.startMs / 1000)
    expect(lastSuccess * 1000).toBeGreaterThanOrEqual(firstRunMs - 1000)
    expect(lastSuccess * 1000).toBeLessThanOrEqual(ok.endMs)
    expect(v(METRIC.lastAttempt, { owner: self, source: 'www' })).toBe(failed.startMs / 1000)
    expect(v(METRIC.rpoTarget, { owner: self, source: 'www' })).toBe(7200)
    const age = v(METRIC.age, { owner: self, source: 'www' }) ?? NaN
    expect(age).toBeGreaterThanOrEqual((failed.endMs - ok.startMs) / 1000 - 1)
    expect(age).toBeLessThanOrEqual((Date.now() - ok.startMs) / 1000)
    expect(v(METRIC.breached, { owner: self, source: 'www' })).toBe(0)
    expect(v(METRIC.duration, { source: 'www' })).toBe((failed.endMs - failed.startMs) / 1000)
    expect(v(METRIC.added, { source: 'www' })).toBe(failed.bytesAdded)
    expect(v(METRIC.avgDuration, { source: 'www' })).toBe((ok.endMs - ok.startMs) / 1000)
    expect(v(METRIC.successRatio, { source: 'www' })).toBe(0.5)
    // only the configured source: the backup by hand is no source's run
    expect(new Set(f.get(METRIC.runs)?.samples.map(s => s.labels.source))).toEqual(new Set(['www']))
  })

  it('answers 404 off /metrics, and stops serving when the agent stops', async () => {
    const res = await fetch(url.replace('/metrics', '/'), { signal: AbortSignal.timeout(10_000) })
    expect(res.status).toBe(404)
    await h.stop('a')
    await expect(fetch(url, { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
  })
})
