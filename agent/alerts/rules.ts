/**
 * The alert rules, pure: from one snapshot of the agent's state, the
 * conditions true now. The alerter (alerter.ts) gathers the inputs and turns
 * conditions into alerts that fire and resolve once.
 *
 * | kind               | key subject        | when                                                    |
 * |--------------------|--------------------|---------------------------------------------------------|
 * | run_failed         | source             | the source's last finished attempt failed               |
 * | run_degraded       | source             | its last run committed degraded (mesh below the policy) |
 * | rpo_breached       | owner/source       | the newest success is older than the objective (any owner) |
 * | success_rate_low   | source             | 30-day success rate below the threshold                 |
 * | storage_high       | this peer id       | shard store used / capacity above the threshold         |
 * | snapshot_at_risk   | snapshot id        | a snapshot of this owner could lose data now            |
 * | snapshot_degraded  | snapshot id        | a snapshot breaks a 3-2-1 rule for the grace period     |
 * | repair_blocked     | this peer id       | repair cannot place some packs at all                   |
 * | drill_failed       | source (or "any")  | its last recovery drill failed (agent/drill/)           |
 * | drill_slow         | source             | its last drill recovered, slower than the RTO objective |
 */
import type { PackState } from '../placement/types.js'
import type { RepairStatus } from '../repair/repairer.js'
import type { OwnerSourceState, SourceState } from '../schedule/types.js'
import type { AlertCondition } from './types.js'
import type { DrillRecord } from '../drill/types.js'

export interface AlertThresholds {
  /** 0: never. */
  successRateBelow: number
  storageAbove: number
  degradedGraceSeconds: number
}

export interface AlertInputs {
  selfId: string
  /** This agent's sources. */
  sources: SourceState[]
  /** Every owner's sources this agent knows of (its own may be among them). */
  ownerSources: OwnerSourceState[]
  storage: { used: number, capacity: number }
  /** This owner's snapshots with their compliance verdicts. */
  snapshots: Array<{ id: string, short: string, time: string, state: PackState, problems: string[] }>
  repair: Pick<RepairStatus, 'blocked' | 'blockedReason'>
  /** Keys of the alerts active before (pending or firing): a source whose last attempt is still running, skipped or missed keeps its run_failed as it was. */
  previous: ReadonlySet<string>
  /** The latest recovery drill of each source (source null: a drill of any snapshot); undefined: none. */
  drills?: DrillRecord[]
}

function pct (x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

function age (seconds: number | null): string {
  if (seconds === null) return 'never'
  if (seconds < 120) return `${Math.round(seconds)}s`
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)}h`
  return `${(seconds / 86400).toFixed(1)}d`
}

/** The conditions true now, one per key, sorted by key. */
export function evaluateAlerts (input: AlertInputs, t: AlertThresholds): AlertCondition[] {
  const out = new Map<string, AlertCondition>()
  const add = (c: AlertCondition): void => { if (!out.has(c.key)) out.set(c.key, c) }

  for (const s of input.sources) {
    const key = `run_failed:${s.name}`
    const last = s.lastAttempt
    const finished = last !== null && last.endMs !== 0 && (last.result === 'failed' || last.result === 'success')
    const failed = finished ? last.result === 'failed' : input.previous.has(key)
    if (failed && last !== null) {
      add({
        key,
        kind: 'run_failed',
        severity: 'warning',
        summary: `backup of source ${s.name} failed${last.error === null ? '' : `: ${last.error}`}`,
        fields: { source: s.name, error: last.error, attempt: last.attempt, trigger: last.trigger, lastSuccessMs: s.lastSuccessMs },
        forSeconds: 0
      })
    }
    if (finished && last.result === 'success' && last.degraded) {
      add({
        key: `run_degraded:${s.name}`,
        kind: 'run_degraded',
        severity: 'warning',
        summary: `backup of source ${s.name} committed snapshot ${(last.snapshot ?? '?').slice(0, 8)} degraded: the live mesh could not meet the placement policy (repair completes it)`,
        fields: { source: s.name, snapshot: last.snapshot },
        forSeconds: 0
      })
    } else if (!finished && input.previous.has(`run_degraded:${s.name}`) && last !== null) {
      add({ key: `run_degraded:${s.name}`, kind: 'run_degraded', severity: 'warning', summary: `backup of source ${s.name} last committed degraded`, fields: { source: s.name, snapshot: s.lastSuccessSnapshot }, forSeconds: 0 })
    }
    if (s.rpoState === 'breached') add(rpo(input.selfId, s.name, s.rpoSeconds, s.rpoAgeSeconds, s.lastSuccessMs, true))
    if (t.successRateBelow > 0 && s.successRate30d !== null && s.successRate30d < t.successRateBelow) {
      add({
        key: `success_rate_low:${s.name}`,
        kind: 'success_rate_low',
        severity: 'warning',
        summary: `source ${s.name}: ${pct(s.successRate30d)} of its runs succeeded over 30 days (below ${pct(t.successRateBelow)})`,
        fields: { source: s.name, successRate: s.successRate30d, runs: s.runs30d, threshold: t.successRateBelow },
        forSeconds: 0
      })
    }
  }

  for (const o of input.ownerSources) {
    if (o.rpoState === 'breached') add(rpo(o.owner, o.source, o.rpoSeconds, o.rpoAgeSeconds, o.lastSuccessMs, o.ownerUp))
  }

  const { used, capacity } = input.storage
  if (capacity > 0 && Number.isFinite(capacity) && used / capacity > t.storageAbove) {
    add({
      key: `storage_high:${input.selfId}`,
      kind: 'storage_high',
      severity: used >= capacity ? 'critical' : 'warning',
      summary: `shard store ${pct(used / capacity)} full (above ${pct(t.storageAbove)})`,
      fields: { used, capacity, threshold: t.storageAbove },
      forSeconds: 0
    })
  }

  for (const s of input.snapshots) {
    if (s.state === 'compliant') continue
    const atRisk = s.state === 'at-risk'
    add({
      key: `${atRisk ? 'snapshot_at_risk' : 'snapshot_degraded'}:${s.id}`,
      kind: atRisk ? 'snapshot_at_risk' : 'snapshot_degraded',
      severity: atRisk ? 'critical' : 'warning',
      summary: `snapshot ${s.short} is ${s.state}${s.problems.length === 0 ? '' : `: ${s.problems.join('; ')}`}`,
      fields: { snapshot: s.id, time: s.time, state: s.state },
      forSeconds: atRisk ? 0 : t.degradedGraceSeconds
    })
  }

  if (input.repair.blocked > 0) {
    add({
      key: `repair_blocked:${input.selfId}`,
      kind: 'repair_blocked',
      severity: 'critical',
      summary: `repair blocked for ${input.repair.blocked} pack${input.repair.blocked === 1 ? '' : 's'}${input.repair.blockedReason === null ? '' : `: ${input.repair.blockedReason}`}`,
      fields: { packs: input.repair.blocked, reason: input.repair.blockedReason },
      forSeconds: 0
    })
  }

  for (const d of input.drills ?? []) {
    const subject = d.source ?? 'any'
    const without = [...d.withoutSites.map(x => `site ${x}`), ...d.withoutPeers.map(x => `peer ${x.slice(0, 12)}`)].join(', ')
    const fields = { source: d.source, snapshot: d.snapshot, startedMs: d.startedMs, rtoSeconds: d.rtoSeconds, rtoObjectiveSeconds: d.rtoObjectiveSeconds, without, error: d.error }
    if (d.result === 'failed') {
      add({ key: `drill_failed:${subject}`, kind: 'drill_failed', severity: 'critical', summary: `recovery drill of ${d.source === null ? 'the repository' : `source ${d.source}`}${without === '' ? '' : ` without ${without}`} failed: ${d.error ?? 'unknown error'}`, fields, forSeconds: 0 })
    } else if (d.result === 'slow') {
      add({ key: `drill_slow:${subject}`, kind: 'drill_slow', severity: 'warning', summary: `recovery drill of source ${subject} took ${age(d.rtoSeconds)}, over its RTO objective of ${age(d.rtoObjectiveSeconds)}`, fields, forSeconds: 0 })
    }
  }

  return [...out.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

function rpo (owner: string, source: string, rpoSeconds: number, ageSeconds: number | null, lastSuccessMs: number | null, ownerUp: boolean): AlertCondition {
  return {
    key: `rpo_breached:${owner}/${source}`,
    kind: 'rpo_breached',
    severity: 'critical',
    summary: `source ${source} of ${owner.slice(-8)}: newest success ${ageSeconds === null ? 'never' : `${age(ageSeconds)} old`} (objective ${age(rpoSeconds)})${ownerUp ? '' : ', owner silent'}`,
    fields: { owner, source, rpoSeconds, rpoAgeSeconds: ageSeconds, lastSuccessMs, ownerUp },
    forSeconds: 0
  }
}
