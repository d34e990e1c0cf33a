import { describe, expect, it } from 'vitest'
import { healthLine } from '../../cli/commands/status.js'
import { DRILL_RATE_WINDOW_MS, drillFigures } from './figures.js'
import type { DrillRecord } from './types.js'

const NOW = Date.UTC(2026, 11, 4)
const drill = (over: Partial<DrillRecord>): DrillRecord => ({
  startedMs: NOW - 1000, source: 'www', snapshot: null, withoutSites: [], withoutPeers: [], rtoSeconds: 30, rtoObjectiveSeconds: 600, result: 'ok', error: null,
  files: 0, bytes: 0, verified: 0, packDecodes: 0, badShards: 0, phases: { indexMs: 0, restoreMs: 0, shardFetchMs: 0, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch: '', kept: false, ...over
})

describe('drill figures', () => {
  it('last drill, its RTO, and the success rate over 30 days (a slow drill recovered; an older one is out of the window)', () => {
    const h = [drill({ startedMs: NOW - DRILL_RATE_WINDOW_MS - 1, result: 'failed' }), drill({ startedMs: NOW - 5000, result: 'failed' }), drill({ result: 'slow', rtoSeconds: 900 }), drill({ source: 'db' })]
    expect(drillFigures(h, 'www', NOW)).toEqual({ lastDrillMs: NOW - 1000, lastResult: 'slow', lastRtoSeconds: 900, successRate30d: 0.5, drills30d: 2 })
    expect(drillFigures(h, 'none', NOW)).toEqual({ lastDrillMs: null, lastResult: null, lastRtoSeconds: null, successRate30d: null, drills30d: 0 })
    expect(drillFigures(h, undefined, NOW).drills30d).toBe(3)
  })

  it('joins the health line of status', () => {
    const base = { backupSuccessRate: 1, backupRuns30d: 4, backupAvgSeconds: null, storageUtilisation: 0.5 }
    expect(healthLine({ ...base, drillSuccessRate: 0.75, drills30d: 4 })).toBe('100 % of 4 backup runs succeeded in 30 days; 75 % of 4 recovery drills succeeded in 30 days; storage 50 % used')
    expect(healthLine({ ...base, drillSuccessRate: null, drills30d: 0 })).toBe('100 % of 4 backup runs succeeded in 30 days; no recovery drill in 30 days; storage 50 % used')
  })
})
