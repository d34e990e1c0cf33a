import { describe, expect, it } from 'vitest'
import type { OwnerSourceState, RunRecord, SourceState } from '../schedule/types.js'
import { evaluateAlerts } from './rules.js'
import type { AlertInputs, AlertThresholds } from './rules.js'

const SELF = '12D3KooWSelf'
const T: AlertThresholds = { successRateBelow: 0.95, storageAbove: 0.85, degradedGraceSeconds: 3600 }

function run (result: RunRecord['result'], over: Partial<RunRecord> = {}): RunRecord {
  return { source: 'etc', seq: 1, trigger: 'schedule', scheduledMs: 1000, startMs: 1000, endMs: 2000, result, error: result === 'failed' ? 'before hook exited 1' : null, type: 'full', attempt: 1, filesRead: 0, bytesRead: 0, bytesAdded: 0, bytesSent: 0, snapshot: null, degraded: false, hooks: [], ...over }
}

function source (over: Partial<SourceState> = {}): SourceState {
  return { name: 'etc', schedule: 'hourly', nextRunMs: null, running: false, rpoSeconds: 86400, rtoSeconds: null, lastAttempt: run('success'), lastSuccessMs: 2000, lastSuccessSnapshot: 'ab', rpoAgeSeconds: 10, rpoState: 'ok', successRate30d: 1, runs30d: 5, avgDurationSeconds: 1, ...over }
}

function owner (over: Partial<OwnerSourceState> = {}): OwnerSourceState {
  return { owner: '12D3KooWOther', source: 'db', lastSuccessMs: 1, lastAttemptMs: 1, lastAttemptFailed: false, rpoSeconds: 3600, rtoSeconds: null, heardMs: 1, ownerUp: true, rpoAgeSeconds: 10, rpoState: 'ok', ...over }
}

function inputs (over: Partial<AlertInputs> = {}): AlertInputs {
  return { selfId: SELF, sources: [source()], ownerSources: [owner()], storage: { used: 10, capacity: 100 }, snapshots: [], repair: { blocked: 0, blockedReason: null }, previous: new Set(), ...over }
}

const keys = (i: AlertInputs, t = T): string[] => evaluateAlerts(i, t).map(c => c.key)

describe('alert rules', () => {
  it('a healthy agent has no alerts', () => {
    expect(keys(inputs())).toEqual([])
  })

  it('run failed: on while the last finished attempt failed, off after a success; a running, skipped or missed attempt keeps it as it was', () => {
    const failed = inputs({ sources: [source({ lastAttempt: run('failed') })] })
    const [c] = evaluateAlerts(failed, T)
    expect(c).toMatchObject({ key: 'run_failed:etc', kind: 'run_failed', forSeconds: 0, fields: { source: 'etc', error: 'before hook exited 1' } })
    expect(c.summary).toContain('before hook exited 1')
    expect(keys(inputs({ sources: [source({ lastAttempt: run('success') })] }))).toEqual([])
    expect(keys(inputs({ sources: [source({ lastAttempt: null })] }))).toEqual([])
    for (const last of [run('success', { endMs: 0 }), run('skipped'), run('missed')]) {
      expect(keys(inputs({ sources: [source({ lastAttempt: last })], previous: new Set(['run_failed:etc']) }))).toEqual(['run_failed:etc'])
      expect(keys(inputs({ sources: [source({ lastAttempt: last })] }))).toEqual([])
    }
  })

  it('run degraded: on while the last run committed degraded, off after a run that met the policy; kept through a run under way', () => {
    const [c] = evaluateAlerts(inputs({ sources: [source({ lastAttempt: run('success', { degraded: true, snapshot: 'ab12cd34ef' }) })] }), T)
    expect(c).toMatchObject({ key: 'run_degraded:etc', kind: 'run_degraded', fields: { source: 'etc', snapshot: 'ab12cd34ef' } })
    expect(c.summary).toContain('ab12cd34 degraded')
    expect(keys(inputs({ sources: [source({ lastAttempt: run('success', { degraded: false }) })] }))).toEqual([])
    expect(keys(inputs({ sources: [source({ lastAttempt: run('success', { endMs: 0 }) })], previous: new Set(['run_degraded:etc']) }))).toEqual(['run_degraded:etc'])
    expect(keys(inputs({ sources: [source({ lastAttempt: run('failed') })], previous: new Set(['run_degraded:etc']) }))).toEqual(['run_failed:etc'])
  })

  it('RPO breached for an own source and for another owner\'s, once per key', () => {
    const own = source({ rpoState: 'breached', rpoAgeSeconds: 90_000 })
    const i = inputs({ sources: [own], ownerSources: [owner({ owner: SELF, source: 'etc', rpoState: 'breached' }), owner({ rpoState: 'breached', ownerUp: false, rpoAgeSeconds: 7200 })] })
    const cs = evaluateAlerts(i, T)
    expect(cs.map(c => c.key)).toEqual(['rpo_breached:12D3KooWOther/db', `rpo_breached:${SELF}/etc`])
    expect(cs[0]).toMatchObject({ severity: 'critical', fields: { owner: '12D3KooWOther', source: 'db', ownerUp: false, rpoAgeSeconds: 7200 } })
    expect(cs[0].summary).toContain('owner silent')
    expect(cs[1].summary).not.toContain('owner silent')
    expect(keys(inputs({ ownerSources: [owner({ rpoState: 'ok' })] }))).toEqual([])
  })

  it('success rate below the threshold; 0 turns it off; no runs, no alert', () => {
    const low = inputs({ sources: [source({ successRate30d: 0.9 })] })
    expect(keys(low)).toEqual(['success_rate_low:etc'])
    expect(keys(inputs({ sources: [source({ successRate30d: 0.95 })] }))).toEqual([])
    expect(keys(low, { ...T, successRateBelow: 0 })).toEqual([])
    expect(keys(inputs({ sources: [source({ successRate30d: null, runs30d: 0 })] }))).toEqual([])
  })

  it('storage above the threshold, critical when full', () => {
    expect(keys(inputs({ storage: { used: 85, capacity: 100 } }))).toEqual([])
    const [c] = evaluateAlerts(inputs({ storage: { used: 86, capacity: 100 } }), T)
    expect(c).toMatchObject({ key: `storage_high:${SELF}`, severity: 'warning' })
    expect(evaluateAlerts(inputs({ storage: { used: 100, capacity: 100 } }), T)[0].severity).toBe('critical')
    expect(keys(inputs({ storage: { used: 0, capacity: 0 } }))).toEqual([])
  })

  it('a snapshot at risk at once, a degraded one only after the grace period (forSeconds), a compliant one never', () => {
    const snap = (id: string, state: 'compliant' | 'degraded' | 'at-risk'): AlertInputs['snapshots'][number] => ({ id, short: id.slice(0, 8), time: '2026-12-04T00:00:00.000Z', state, problems: state === 'compliant' ? [] : ['only 1 site'] })
    const cs = evaluateAlerts(inputs({ snapshots: [snap('aaaaaaaaaa', 'at-risk'), snap('bbbbbbbbbb', 'degraded'), snap('cccccccccc', 'compliant')] }), T)
    expect(cs.map(c => [c.key, c.forSeconds, c.severity])).toEqual([
      ['snapshot_at_risk:aaaaaaaaaa', 0, 'critical'],
      ['snapshot_degraded:bbbbbbbbbb', 3600, 'warning']
    ])
    expect(cs[0].summary).toContain('only 1 site')
  })

  it('repair blocked with its reason', () => {
    expect(keys(inputs({ repair: { blocked: 0, blockedReason: null } }))).toEqual([])
    const [c] = evaluateAlerts(inputs({ repair: { blocked: 3, blockedReason: 'too few live peers' } }), T)
    expect(c).toMatchObject({ key: `repair_blocked:${SELF}`, fields: { packs: 3, reason: 'too few live peers' } })
    expect(c.summary).toBe('repair blocked for 3 packs: too few live peers')
  })
})
