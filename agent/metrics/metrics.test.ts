import { describe, expect, it } from 'vitest'
import type { OwnerSourceState, RunRecord, SourceState } from '../schedule/types.js'
import { METRIC, Metrics } from './metrics.js'
import type { ComplianceFigures, MetricsComponents } from './metrics.js'
import { parseExposition, sampleValue } from './text-format.js'

const SELF = '12D3KooWSelf'
const OTHER = '12D3KooWOther'
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0)

function run (over: Partial<RunRecord>): RunRecord {
  return {
    source: 'www', seq: 1, trigger: 'schedule', scheduledMs: NOW - 600_000, startMs: NOW - 600_000, endMs: NOW - 540_000, result: 'success', error: null,
    type: 'incremental' as RunRecord['type'], attempt: 1, filesRead: 10, bytesRead: 1000, bytesAdded: 400, bytesSent: 600, snapshot: 'ab'.repeat(32), degraded: false, hooks: [],
    ...over
  }
}

function source (over: Partial<SourceState>): SourceState {
  return {
    name: 'www', schedule: 'every 1h', nextRunMs: NOW + 3_000_000, running: false, rpoSeconds: 7200, rtoSeconds: null,
    lastAttempt: run({}), lastSuccessMs: NOW - 540_000, lastSuccessSnapshot: 'ab'.repeat(32), rpoAgeSeconds: 540, rpoState: 'ok',
    successRate30d: 0.75, runs30d: 4, avgDurationSeconds: 50,
    ...over
  }
}

const otherOwner: OwnerSourceState = {
  owner: OTHER, source: 'db', lastSuccessMs: NOW - 50_000_000, lastAttemptMs: NOW - 40_000_000, lastAttemptFailed: true, rpoSeconds: 43_200, rtoSeconds: 1800,
  heardMs: NOW - 30_000_000, ownerUp: false, rpoAgeSeconds: 50_000, rpoState: 'breached'
}

interface Fixture { metrics: Metrics, finish: (r: RunRecord) => void, calls: { sources: number, compliance: number } }

function fixture (over: Partial<MetricsComponents> = {}, compliance?: () => Promise<ComplianceFigures>): Fixture {
  let listener: ((r: RunRecord) => void) | undefined
  const calls = { sources: 0, compliance: 0 }
  const sources = [
    source({}),
    // never succeeded, failed once, older than its objective
    source({ name: 'db', schedule: 'every 6h', rpoSeconds: 43_200, lastAttempt: run({ source: 'db', result: 'failed', error: 'before hook exited 1', startMs: NOW - 3000, endMs: NOW - 1000, bytesAdded: 0, snapshot: null }), lastSuccessMs: null, lastSuccessSnapshot: null, rpoAgeSeconds: null, rpoState: 'breached', successRate30d: 0, runs30d: 1, avgDurationSeconds: null })
  ]
  const metrics = new Metrics({
    selfId: SELF,
    version: '9.8.7',
    operations: {
      sources: async () => { calls.sources++; return sources },
      // the owners' view has this agent's www already (as the heartbeat summary judges it) but not db: db comes from the scheduler
      ownerSources: () => [{ ...otherOwner, owner: SELF, source: 'www', lastSuccessMs: NOW - 540_000, lastAttemptMs: NOW - 600_000, lastAttemptFailed: false, rpoSeconds: 7200, rtoSeconds: null, heardMs: NOW, ownerUp: true, rpoAgeSeconds: 540, rpoState: 'ok' }, otherOwner]
    },
    onRunFinished: l => { listener = l },
    storage: () => [{ peer: SELF, site: 'hq', capacity: 1000, used: 100 }, { peer: OTHER, site: 'dr', capacity: 2000, used: 1900 }],
    peers: () => [{ peerId: OTHER, site: 'dr', up: false }, { peerId: 'p3', site: 'dr', up: true }, { peerId: 'p4', site: 'hq', up: true }],
    compliance: compliance ?? (async () => { calls.compliance++; return { packs: { compliant: 5, degraded: 2, 'at-risk': 1 }, snapshots: [{ state: 'compliant' }, { state: 'at-risk' }, { state: 'at-risk' }] } }),
    repair: () => ({ queue: 3, blocked: 2, lastRunMs: NOW - 5000 }),
    now: () => NOW,
    ...over
  }, { defaultMetrics: false })
  return { metrics, finish: r => { listener?.(r) }, calls }
}

describe('metrics', () => {
  it('reports every figure with its labels for a known set of states', async () => {
    const { metrics, finish, calls } = fixture()
    finish(run({ result: 'success' }))
    finish(run({ result: 'failed' }))
    finish(run({ result: 'failed' }))
    finish(run({ source: 'db', result: 'failed' }))
    const f = parseExposition(await metrics.text())
    // one scrape reads each service once, however many gauges use it
    expect(calls).toEqual({ sources: 1, compliance: 1 })
    const v = (name: string, labels: Record<string, string> = {}): number | undefined => sampleValue(f, name, labels)

    expect(f.get(METRIC.runs)?.type).toBe('counter')
    expect(v(METRIC.runs, { source: 'www', result: 'success' })).toBe(1)
    expect(v(METRIC.runs, { source: 'www', result: 'failed' })).toBe(2)
    expect(v(METRIC.runs, { source: 'db', result: 'failed' })).toBe(1)
    // every result of every source is there from the start, at 0
    expect(v(METRIC.runs, { source: 'db', result: 'success' })).toBe(0)
    expect(v(METRIC.runs, { source: 'www', result: 'missed' })).toBe(0)

    expect(v(METRIC.lastSuccess, { owner: SELF, source: 'www' })).toBe((NOW - 540_000) / 1000)
    expect(v(METRIC.lastSuccess, { owner: SELF, source: 'db' })).toBe(0)
    expect(v(METRIC.lastSuccess, { owner: OTHER, source: 'db' })).toBe((NOW - 50_000_000) / 1000)
    expect(v(METRIC.lastAttempt, { owner: SELF, source: 'db' })).toBe((NOW - 3000) / 1000)
    expect(v(METRIC.lastAttempt, { owner: OTHER, source: 'db' })).toBe((NOW - 40_000_000) / 1000)
    expect(v(METRIC.rpoTarget, { owner: SELF, source: 'www' })).toBe(7200)
    expect(v(METRIC.rpoTarget, { owner: OTHER, source: 'db' })).toBe(43_200)
    expect(v(METRIC.age, { owner: SELF, source: 'www' })).toBe(540)
    expect(v(METRIC.age, { owner: SELF, source: 'db' })).toBeUndefined()
    expect(v(METRIC.age, { owner: OTHER, source: 'db' })).toBe(50_000)
    expect(v(METRIC.breached, { owner: SELF, source: 'www' })).toBe(0)
    expect(v(METRIC.breached, { owner: SELF, source: 'db' })).toBe(1)
    expect(v(METRIC.breached, { owner: OTHER, source: 'db' })).toBe(1)
    // www once, not twice, though both views have it
    expect(f.get(METRIC.breached)?.samples).toHaveLength(3)

    expect(v(METRIC.duration, { source: 'www' })).toBe(60)
    expect(v(METRIC.duration, { source: 'db' })).toBe(2)
    expect(v(METRIC.avgDuration, { source: 'www' })).toBe(50)
    expect(v(METRIC.avgDuration, { source: 'db' })).toBeUndefined()
    expect(v(METRIC.added, { source: 'www' })).toBe(400)
    expect(v(METRIC.successRatio, { source: 'www' })).toBe(0.75)
    expect(v(METRIC.successRatio, { source: 'db' })).toBe(0)

    expect(v(METRIC.used, { peer: SELF, site: 'hq' })).toBe(100)
    expect(v(METRIC.capacity, { peer: OTHER, site: 'dr' })).toBe(2000)
    expect(v(METRIC.used, { peer: OTHER, site: 'dr' })).toBe(1900)
    expect(v(METRIC.packs, { state: 'compliant' })).toBe(5)
    expect(v(METRIC.packs, { state: 'degraded' })).toBe(2)
    expect(v(METRIC.packs, { state: 'at-risk' })).toBe(1)
    expect(v(METRIC.snapshots, { state: 'compliant' })).toBe(1)
    expect(v(METRIC.snapshots, { state: 'degraded' })).toBe(0)
    expect(v(METRIC.snapshots, { state: 'at-risk' })).toBe(2)
    expect(v(METRIC.peers, { site: 'dr', state: 'up' })).toBe(1)
    expect(v(METRIC.peers, { site: 'dr', state: 'down' })).toBe(1)
    expect(v(METRIC.peers, { site: 'hq', state: 'up' })).toBe(1)
    expect(v(METRIC.peers, { site: 'hq', state: 'down' })).toBe(0)
    expect(v(METRIC.repairQueue)).toBe(3)
    expect(v(METRIC.repairBlocked)).toBe(2)
    expect(v(METRIC.repairLastRun)).toBe((NOW - 5000) / 1000)
    expect(v(METRIC.buildInfo, { version: '9.8.7', node: process.version })).toBe(1)
    for (const name of Object.values(METRIC)) expect(f.get(name)?.help, name).not.toBe('')
  })

  it('reads afresh at each scrape: a source gone is gone, a value changed is changed', async () => {
    let queue = 3
    let srcs = [source({})]
    const { metrics, calls } = fixture({ repair: () => ({ queue, blocked: 0, lastRunMs: 0 }), operations: { sources: async () => { calls.sources++; return srcs }, ownerSources: () => [] } })
    let f = parseExposition(await metrics.text())
    expect(sampleValue(f, METRIC.repairQueue)).toBe(3)
    expect(sampleValue(f, METRIC.rpoTarget, { owner: SELF, source: 'www' })).toBe(7200)
    queue = 0
    srcs = [source({ name: 'mail', rpoSeconds: 60 })]
    f = parseExposition(await metrics.text())
    expect(calls.sources).toBe(2)
    expect(sampleValue(f, METRIC.repairQueue)).toBe(0)
    expect(sampleValue(f, METRIC.rpoTarget, { owner: SELF, source: 'www' })).toBeUndefined()
    expect(sampleValue(f, METRIC.rpoTarget, { owner: SELF, source: 'mail' })).toBe(60)
  })

  it('has no source metrics without a scheduler, and a scrape fails when a service does', async () => {
    const { metrics } = fixture({ operations: undefined, onRunFinished: undefined })
    const f = parseExposition(await metrics.text())
    expect(f.get(METRIC.breached)?.samples).toEqual([])
    expect(sampleValue(f, METRIC.packs, { state: 'compliant' })).toBe(5)
    const failing = fixture({}, async () => { throw new Error('index closed') })
    await expect(failing.metrics.text()).rejects.toThrow(/index closed/)
  })

  it('counts runs from construction, none once stopped, and again once started', async () => {
    const { metrics, finish } = fixture()
    finish(run({}))
    metrics.stop()
    finish(run({}))
    expect(sampleValue(parseExposition(await metrics.text()), METRIC.runs, { source: 'www', result: 'success' })).toBe(1)
    metrics.start()
    finish(run({}))
    expect(sampleValue(parseExposition(await metrics.text()), METRIC.runs, { source: 'www', result: 'success' })).toBe(2)
  })

  it('registers the default process metrics on its own registry, not the global one', async () => {
    const { register } = await import('prom-client')
    const before = register.getMetricsAsArray().length
    const metrics = new Metrics({ selfId: SELF, version: '1', storage: () => [], peers: () => [], compliance: async () => ({ packs: { compliant: 0, degraded: 0, 'at-risk': 0 }, snapshots: [] }), repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 }) })
    const f = parseExposition(await metrics.text())
    expect(f.has('process_cpu_user_seconds_total')).toBe(true)
    expect(f.has('nodejs_eventloop_lag_seconds')).toBe(true)
    expect(register.getMetricsAsArray().length).toBe(before)
    // two agents' registries in one process do not collide
    const again = new Metrics({ selfId: 'x', version: '1', storage: () => [], peers: () => [], compliance: async () => ({ packs: { compliant: 0, degraded: 0, 'at-risk': 0 }, snapshots: [] }), repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 }) })
    expect(parseExposition(await again.text()).has(METRIC.buildInfo)).toBe(true)
  })
})
