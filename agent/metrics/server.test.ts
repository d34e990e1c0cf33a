import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { METRIC, Metrics } from './metrics.js'
import type { ComplianceFigures } from './metrics.js'
import { MetricsListenError, MetricsServer } from './server.js'
import { parseExposition, sampleValue } from './text-format.js'

const servers: MetricsServer[] = []
afterEach(async () => { for (const s of servers.splice(0)) await s.stop() })

interface Logged { level: string, msg: string, fields: Record<string, unknown> }

async function serve (compliance: () => Promise<ComplianceFigures>, scrapeTimeoutMs?: number): Promise<{ url: string, logged: Logged[], server: MetricsServer }> {
  const metrics = new Metrics({
    selfId: 'self',
    version: '1.2.3',
    storage: () => [{ peer: 'self', site: 'hq', capacity: 10, used: 4 }],
    peers: () => [],
    compliance,
    repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 })
  })
  const logged: Logged[] = []
  const log = {
    error: (fields: Record<string, unknown>, msg: string) => { logged.push({ level: 'error', msg, fields }) },
    info: (fields: Record<string, unknown>, msg: string) => { logged.push({ level: 'info', msg, fields }) }
  }
  const server = new MetricsServer({ metrics, log: log as never }, { host: '127.0.0.1', port: 0 }, { scrapeTimeoutMs })
  await server.start()
  servers.push(server)
  return { url: `http://127.0.0.1:${server.address().port}`, logged, server }
}

const figures = async (): Promise<ComplianceFigures> => ({ packs: { compliant: 7, degraded: 0, 'at-risk': 0 }, snapshots: [{ state: 'compliant' }] })

describe('metrics server', () => {
  it('serves GET /metrics in the text format over real HTTP', async () => {
    const { url, logged } = await serve(figures)
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const f = parseExposition(await res.text())
    expect(sampleValue(f, METRIC.packs, { state: 'compliant' })).toBe(7)
    expect(sampleValue(f, METRIC.used, { peer: 'self', site: 'hq' })).toBe(4)
    expect(sampleValue(f, METRIC.buildInfo, { version: '1.2.3' })).toBe(1)
    expect(f.has('process_resident_memory_bytes')).toBe(true)
    expect(logged.find(l => l.msg === 'serving /metrics')?.fields.listen).toMatch(/^127\.0\.0\.1:\d+$/)
    const head = await fetch(`${url}/metrics?x=1`, { method: 'HEAD', signal: AbortSignal.timeout(5000) })
    expect(head.status).toBe(200)
  })

  it('answers 404 elsewhere and 405 for another method', async () => {
    const { url } = await serve(figures)
    for (const path of ['/', '/metric', '/metrics/x', '/v1/status']) {
      const res = await fetch(url + path, { signal: AbortSignal.timeout(5000) })
      expect(res.status, path).toBe(404)
      await res.text()
    }
    const post = await fetch(`${url}/metrics`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(5000) })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('answers 500 with a short message and logs when a scrape fails or hangs', async () => {
    const failing = await serve(async () => { throw new Error('index is closed') })
    const res = await fetch(`${failing.url}/metrics`, { signal: AbortSignal.timeout(5000) })
    expect(res.status).toBe(500)
    expect(await res.text()).toBe('scrape failed: index is closed\n')
    expect(failing.logged).toContainEqual({ level: 'error', msg: 'metrics scrape failed', fields: { err: 'index is closed' } })

    const hanging = await serve(async () => await new Promise<never>(() => {}), 50)
    const slow = await fetch(`${hanging.url}/metrics`, { signal: AbortSignal.timeout(5000) })
    expect(slow.status).toBe(500)
    expect(await slow.text()).toMatch(/^scrape failed: took longer than 50 ms/)
  })

  it('stops listening on stop, and names metrics.listen when the address is taken', async () => {
    const { url, server } = await serve(figures)
    await server.stop()
    await expect(fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow()

    const taken = createServer()
    await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve))
    try {
      const port = (taken.address() as AddressInfo).port
      const clash = new MetricsServer({ metrics: { text: async () => '', contentType: 'text/plain' }, log: { error: () => {}, info: () => {} } as never }, { host: '127.0.0.1', port })
      const err = await clash.start().catch((e: unknown) => e)
      expect(err).toBeInstanceOf(MetricsListenError)
      expect((err as Error).message).toMatch(new RegExp(`^metrics\\.listen 127\\.0\\.0\\.1:${port}: cannot listen: .*EADDRINUSE`))
    } finally {
      await new Promise(resolve => taken.close(resolve))
    }
  })
})
