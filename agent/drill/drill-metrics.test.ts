import { describe, expect, it } from 'vitest'
import { METRIC, Metrics } from '../metrics/metrics.js'
import { parseExposition, sampleValue } from '../metrics/text-format.js'
import type { SourceState } from '../schedule/types.js'
import type { DrillRecord } from './types.js'

const NOW = Date.UTC(2026, 11, 4, 12)

function drill (over: Partial<DrillRecord>): DrillRecord {
  return {
    startedMs: NOW - 3_600_000, source: 'www', snapshot: null, withoutSites: [], withoutPeers: [], rtoSeconds: 42, rtoObjectiveSeconds: 600, result: 'ok', error: null,
    files: 0, bytes: 0, verified: 0, packDecodes: 0, badShards: 0, phases: { indexMs: 0, restoreMs: 0, shardFetchMs: 0, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch: '', kept: false, ...over
  }
}

const www: SourceState = {
  name: 'www', schedule: 'every 1h', nextRunMs: null, running: false, rpoSeconds: 7200, rtoSeconds: 600, lastAttempt: null, lastSuccessMs: null,
  lastSuccessSnapshot: null, rpoAgeSeconds: null, rpoState: 'ok', successRate30d: null, runs30d: 0, avgDurationSeconds: null
}

describe('drill metrics', () => {
  it('last successful drill, last measured RTO, the RTO objective, and drills counted by result as they finish', async () => {
    let listener: ((d: DrillRecord) => void) | undefined
    const history = [drill({}), drill({ startedMs: NOW - 60_000, result: 'failed', rtoSeconds: 5 }), drill({ source: null, startedMs: NOW - 1000, result: 'failed' })]
    const m = new Metrics({
      selfId: 'self', version: '1', storage: () => [], peers: () => [], compliance: async () => ({ packs: { compliant: 0, degraded: 0, 'at-risk': 0 }, snapshots: [] }),
      repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 }), operations: { sources: async () => [www] }, drills: async () => history, onDrillFinished: l => { listener = l }, now: () => NOW
    }, { defaultMetrics: false })
    listener?.(drill({ result: 'slow' }))
    const s = parseExposition(await m.text())
    expect(sampleValue(s, METRIC.drillLastSuccess, { source: 'www' })).toBe((NOW - 3_600_000) / 1000)
    expect(sampleValue(s, METRIC.drillLastSuccess, { source: 'any' })).toBe(0)
    expect(sampleValue(s, METRIC.drillDuration, { source: 'www' })).toBe(5)
    expect(sampleValue(s, METRIC.rtoTarget, { source: 'www' })).toBe(600)
    expect(sampleValue(s, METRIC.drillRuns, { source: 'www', result: 'slow' })).toBe(1)
    expect(sampleValue(s, METRIC.drillRuns, { source: 'www', result: 'failed' })).toBe(0)
  })
})
