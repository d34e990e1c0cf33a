import { describe, expect, it } from 'vitest'
import { latestDrills } from '../alerts/index.js'
import { evaluateAlerts } from '../alerts/rules.js'
import type { AlertInputs } from '../alerts/rules.js'
import type { DrillRecord } from './types.js'

function drill (over: Partial<DrillRecord> = {}): DrillRecord {
  return {
    startedMs: 1000, source: 'etc', snapshot: 'ab'.repeat(32), withoutSites: ['cloud'], withoutPeers: [], rtoSeconds: 12, rtoObjectiveSeconds: 60,
    result: 'ok', error: null, files: 3, bytes: 10, verified: 3, packDecodes: 1, badShards: 0,
    phases: { indexMs: 1, restoreMs: 2, shardFetchMs: 1, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch: '/x', kept: false, ...over
  }
}

function inputs (drills: DrillRecord[]): AlertInputs {
  return { selfId: 'self', sources: [], ownerSources: [], storage: { used: 0, capacity: 100 }, snapshots: [], repair: { blocked: 0, blockedReason: null }, previous: new Set(), drills: latestDrills(drills) }
}

const T = { successRateBelow: 0, storageAbove: 0.9, degradedGraceSeconds: 0 }

describe('drill alerts', () => {
  it('a failed drill is a critical drill_failed naming what was left out and why; the next good drill of the source clears it', () => {
    const failed = drill({ result: 'failed', error: 'DrillError: cannot recover without site cloud: too few shards are held outside' })
    const [c] = evaluateAlerts(inputs([failed]), T)
    expect(c).toMatchObject({ key: 'drill_failed:etc', kind: 'drill_failed', severity: 'critical' })
    expect(c.summary).toBe('recovery drill of source etc without site cloud failed: DrillError: cannot recover without site cloud: too few shards are held outside')
    expect(evaluateAlerts(inputs([failed, drill({ startedMs: 2000 })]), T)).toEqual([])
    // another source's good drill does not clear it
    expect(evaluateAlerts(inputs([failed, drill({ source: 'db' })]), T).map(a => a.key)).toEqual(['drill_failed:etc'])
  })

  it('a drill slower than the RTO objective is a drill_slow warning; a drill of no source is keyed "any"', () => {
    const [c] = evaluateAlerts(inputs([drill({ result: 'slow', rtoSeconds: 300, rtoObjectiveSeconds: 60 })]), T)
    expect(c).toMatchObject({ key: 'drill_slow:etc', kind: 'drill_slow', severity: 'warning' })
    expect(c.summary).toBe('recovery drill of source etc took 5m, over its RTO objective of 60s')
    expect(evaluateAlerts(inputs([drill({ source: null, result: 'failed', error: 'x' })]), T).map(a => a.key)).toEqual(['drill_failed:any'])
  })
})
