/**
 * /metrics of a real agent process (issue 11): metrics.listen on a free
 * loopback port, scraped over HTTP and read as Prometheus text; the figures
 * agree with the agent's own `status --json`; the port closes with the agent.
 */
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METRIC } from '../../agent/metrics/metrics.js'
import { parseExposition, sampleValue } from '../../agent/metrics/text-format.js'
import type { MetricFamily } from '../../agent/metrics/text-format.js'
import { VERSION } from '../../agent/version.js'
import { MeshHarness } from './harness.js'

const h = new MeshHarness()
let dir: string
let url: string

async function freePort (): Promise<number> {
  const s = createServer()
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const port = (s.address() as AddressInfo).port
  await new Promise(resolve => s.close(resolve))
  return port
}

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
  await h.configure('a', y => y.replace(/^# metrics:\n# {3}listen: .*$/m, `metrics:\n  listen: 127.0.0.1:${port}`))
  url = `http://127.0.0.1:${port}/metrics`
  await h.start('a')
  const src = join(h.root, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'a.txt'), 'hello metrics\n'.repeat(1000))
  await h.cliOk(['backup', '--degraded', '--data', dir, src])
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
    expect(status.snapshots.length).toBe(1)
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

  it('answers 404 off /metrics, and stops serving when the agent stops', async () => {
    const res = await fetch(url.replace('/metrics', '/'), { signal: AbortSignal.timeout(10_000) })
    expect(res.status).toBe(404)
    await h.stop('a')
    await expect(fetch(url, { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
  })
})
