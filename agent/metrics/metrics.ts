/**
 * The agent's Prometheus metrics: a prom-client Registry of its own (never the
 * global one), whose gauges read the services when scraped (`collect()`), plus
 * one counter fed by the scheduler's finished runs and the default process
 * metrics.
 *
 * Words: an owner is the agent whose backup it is (label `owner` = its peer
 * id, bounded by the mesh size); a source is one of an owner's configured
 * backups (label `source`, bounded by its config). No label carries a
 * snapshot id or a path. Times are `_timestamp_seconds`, sizes `_bytes`,
 * durations `_seconds`.
 *
 * One scrape gathers every service once (`gather()`, shared by the gauges of
 * that scrape), so the figures of one scrape agree with each other.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client'
import type { PackState } from '../placement/types.js'
import type { Service } from '../service.js'
import type { DrillRecord, DrillResult } from '../drill/types.js'
import type { OperationsView, OwnerSourceState, RunRecord, RunResult, SourceState } from '../schedule/types.js'

/** A member's storage as this agent knows it (itself from its store, the others from their heartbeats). */
export interface StorageRow {
  peer: string
  site: string
  capacity: number
  used: number
}

/** A member of the peer table and whether it counts as up here. */
export interface PeerRow {
  peerId: string
  site: string
  up: boolean
}

/** What the metrics read of this owner's compliance (Compliance.report()). */
export interface ComplianceFigures {
  /** This owner's packs by state. */
  packs: Record<PackState, number>
  /** One entry per snapshot of this owner. */
  snapshots: Array<{ state: PackState }>
}

/** What the metrics read of repair (Repairer.state). */
export interface RepairFigures {
  /** Packs still to do in the pass under way (0 between passes). */
  queue: number
  /** Packs that need repair but cannot be placed on the live mesh. */
  blocked: number
  /** End of the last pass, ms since the epoch; 0: none yet. */
  lastRunMs: number
}

export interface MetricsComponents {
  selfId: string
  version: string
  /** This agent's sources (Scheduler.sources) and every owner's (OwnerSources.ownerSources); either absent: none of those. */
  operations?: Partial<OperationsView>
  /** Subscribe to finished runs (Scheduler.onRunFinished); called once, at construction, so runs that end while the agent starts count too. */
  onRunFinished?: (listener: (run: RunRecord) => void) => void
  /** This agent's storage first, then every peer's. */
  storage: () => StorageRow[]
  /** The peer table's members (this agent not included). */
  peers: () => PeerRow[]
  compliance: () => Promise<ComplianceFigures>
  repair: () => RepairFigures
  /** The recovery drill history, oldest first (agent/drill/); absent: none. */
  drills?: () => Promise<DrillRecord[]>
  /** Subscribe to finished drills (counted in meshbackup_drill_runs_total from construction on). */
  onDrillFinished?: (listener: (drill: DrillRecord) => void) => void
  /** The PostgreSQL WAL archive (agent/pg/); absent or undefined: no cluster configured. */
  pgWal?: () => Promise<PgWalFigures | undefined>
  /** ms since the epoch; default Date.now. */
  now?: () => number
}

export interface PgWalFigures {
  cluster: string
  /** When the newest WAL file was archived, ms since the epoch; 0: none. */
  lastSuccessMs: number
  /** Failed pushes since the agent started. */
  failures: number
}

export interface MetricsInit {
  /** Collect prom-client's default process metrics (process_*, nodejs_*) too. Default true. */
  defaultMetrics?: boolean
}

/** The metric names, one home for the code and the tests (the alert rules are checked against the registry). */
export const METRIC = {
  lastSuccess: 'meshbackup_backup_last_success_timestamp_seconds',
  lastAttempt: 'meshbackup_backup_last_attempt_timestamp_seconds',
  runs: 'meshbackup_backup_runs_total',
  duration: 'meshbackup_backup_duration_seconds',
  avgDuration: 'meshbackup_backup_average_duration_seconds',
  added: 'meshbackup_backup_added_bytes',
  rpoTarget: 'meshbackup_rpo_target_seconds',
  age: 'meshbackup_backup_age_seconds',
  breached: 'meshbackup_rpo_breached',
  successRatio: 'meshbackup_backup_success_ratio',
  used: 'meshbackup_storage_used_bytes',
  capacity: 'meshbackup_storage_capacity_bytes',
  packs: 'meshbackup_packs',
  snapshots: 'meshbackup_snapshots',
  peers: 'meshbackup_peers',
  repairQueue: 'meshbackup_repair_queue_shards',
  repairBlocked: 'meshbackup_repair_blocked_packs',
  repairLastRun: 'meshbackup_repair_last_pass_timestamp_seconds',
  buildInfo: 'meshbackup_build_info',
  drillLastSuccess: 'meshbackup_drill_last_success_timestamp_seconds',
  drillDuration: 'meshbackup_drill_duration_seconds',
  rtoTarget: 'meshbackup_rto_target_seconds',
  drillRuns: 'meshbackup_drill_runs_total',
  pgWalLastSuccess: 'meshbackup_pg_wal_archive_last_success_timestamp_seconds',
  pgWalFailures: 'meshbackup_pg_wal_archive_failures_total'
} as const

const DRILL_RESULTS: DrillResult[] = ['ok', 'slow', 'failed']
/** The source label of a drill that named none. */
const ANY_SOURCE = 'any'

const PACK_STATES: PackState[] = ['compliant', 'degraded', 'at-risk']
const RUN_RESULTS: RunResult[] = ['success', 'failed', 'skipped', 'missed']

/** Everything one scrape reads, gathered once. */
interface Gathered {
  nowMs: number
  sources: SourceState[]
  owners: OwnerSourceState[]
  storage: StorageRow[]
  peers: PeerRow[]
  compliance: ComplianceFigures
  repair: RepairFigures
  drills: DrillRecord[]
}

const seconds = (ms: number): number => ms / 1000

export class Metrics implements Service {
  readonly name = 'metrics-registry'
  readonly registry = new Registry()
  private readonly runs: Counter<'source' | 'result'>
  private pending: Promise<Gathered> | undefined
  private counting = true
  private readonly now: () => number

  constructor (private readonly c: MetricsComponents, init: MetricsInit = {}) {
    this.now = c.now ?? Date.now
    const registers = [this.registry]
    if (init.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry })

    /** A gauge set from one scrape's figures. */
    const gauge = <L extends string>(name: string, help: string, labelNames: L[], fill: (g: Gauge<L>, d: Gathered) => void): void => {
      const g: Gauge<L> = new Gauge<L>({
        name,
        help,
        labelNames,
        registers,
        collect: async () => {
          const d = await this.gather()
          g.reset()
          fill(g, d)
        }
      })
    }
    const owned = (d: Gathered): OwnerSourceState[] => ownerRows(this.c.selfId, d)

    gauge(METRIC.lastSuccess, 'Start of the newest successful run of the source (its data is as of then), s since the epoch; 0: never.', ['owner', 'source'], (g, d) => {
      for (const o of owned(d)) g.set({ owner: o.owner, source: o.source }, seconds(o.lastSuccessMs ?? 0))
    })
    gauge(METRIC.lastAttempt, 'Start of the newest run of the source, whatever its result, s since the epoch; 0: never.', ['owner', 'source'], (g, d) => {
      for (const o of owned(d)) g.set({ owner: o.owner, source: o.source }, seconds(o.lastAttemptMs ?? 0))
    })
    gauge(METRIC.rpoTarget, 'The RPO objective of the source, s.', ['owner', 'source'], (g, d) => {
      for (const o of owned(d)) if (o.rpoSeconds > 0) g.set({ owner: o.owner, source: o.source }, o.rpoSeconds)
    })
    gauge(METRIC.age, 'Age of the newest successful backup of the source now, s (absent: never succeeded).', ['owner', 'source'], (g, d) => {
      for (const o of owned(d)) if (o.rpoAgeSeconds !== null) g.set({ owner: o.owner, source: o.source }, o.rpoAgeSeconds)
    })
    gauge(METRIC.breached, '1: the source is past its RPO objective (or never succeeded within one objective), 0: within it.', ['owner', 'source'], (g, d) => {
      for (const o of owned(d)) g.set({ owner: o.owner, source: o.source }, o.rpoState === 'breached' ? 1 : 0)
    })
    gauge(METRIC.duration, 'Duration of the last finished run of the source (this agent\'s sources), s.', ['source'], (g, d) => {
      for (const s of d.sources) {
        const r = s.lastAttempt
        if (r !== null && r.endMs > 0) g.set({ source: s.name }, seconds(r.endMs - r.startMs))
      }
    })
    gauge(METRIC.avgDuration, 'Mean duration of the successful runs of the source over the last 30 days, s (absent: none).', ['source'], (g, d) => {
      for (const s of d.sources) if (s.avgDurationSeconds !== null) g.set({ source: s.name }, s.avgDurationSeconds)
    })
    gauge(METRIC.added, 'Bytes the last finished run of the source added to the repository (new chunks, before erasure coding).', ['source'], (g, d) => {
      for (const s of d.sources) {
        const r = s.lastAttempt
        if (r !== null && r.endMs > 0) g.set({ source: s.name }, r.bytesAdded)
      }
    })
    gauge(METRIC.successRatio, 'Successful runs / finished runs of the source over the last 30 days (absent: no run in that window).', ['source'], (g, d) => {
      for (const s of d.sources) if (s.successRate30d !== null) g.set({ source: s.name }, s.successRate30d)
    })
    gauge(METRIC.used, 'Bytes of shards stored on the member (this agent from its store, the others as their heartbeats say).', ['peer', 'site'], (g, d) => {
      for (const r of d.storage) g.set({ peer: r.peer, site: r.site }, r.used)
    })
    gauge(METRIC.capacity, 'Bytes the member offers to the mesh.', ['peer', 'site'], (g, d) => {
      for (const r of d.storage) g.set({ peer: r.peer, site: r.site }, r.capacity)
    })
    gauge(METRIC.packs, 'This owner\'s packs by 3-2-1 state against the live mesh.', ['state'], (g, d) => {
      for (const s of PACK_STATES) g.set({ state: s }, d.compliance.packs[s])
    })
    gauge(METRIC.snapshots, 'This owner\'s snapshots by 3-2-1 state (the worst of their packs).', ['state'], (g, d) => {
      for (const s of PACK_STATES) g.set({ state: s }, d.compliance.snapshots.filter(x => x.state === s).length)
    })
    gauge(METRIC.peers, 'Members in the peer table (this agent not included) by site and state.', ['site', 'state'], (g, d) => {
      const sites = new Set(d.peers.map(p => p.site))
      for (const site of sites) {
        for (const state of ['up', 'down'] as const) g.set({ site, state }, d.peers.filter(p => p.site === site && p.up === (state === 'up')).length)
      }
    })
    gauge(METRIC.repairQueue, 'Packs still to repair in the repair pass under way (each has at least one shard lost; 0 between passes).', [], (g, d) => {
      g.set(d.repair.queue)
    })
    gauge(METRIC.repairBlocked, 'Packs that need repair but cannot be placed on the live mesh now (too few live peers).', [], (g, d) => {
      g.set(d.repair.blocked)
    })
    gauge(METRIC.repairLastRun, 'End of the last repair pass, s since the epoch; 0: none yet.', [], (g, d) => {
      g.set(seconds(d.repair.lastRunMs))
    })
    gauge(METRIC.rtoTarget, 'The RTO objective of the source (this agent\'s sources), s.', ['source'], (g, d) => {
      for (const s of d.sources) if (s.rtoSeconds !== null) g.set({ source: s.name }, s.rtoSeconds)
    })
    gauge(METRIC.drillLastSuccess, 'Start of the newest recovery drill of the source that restored and verified (ok or slow), s since the epoch; 0: none in the history.', ['source'], (g, d) => {
      const last = new Map<string, number>()
      for (const r of d.drills) {
        const src = r.source ?? ANY_SOURCE
        if (!last.has(src)) last.set(src, 0)
        if (r.result !== 'failed') last.set(src, r.startedMs)
      }
      for (const [source, ms] of last) g.set({ source }, seconds(ms))
    })
    gauge(METRIC.drillDuration, 'Time to recover measured by the newest recovery drill of the source (to a verified, validated tree), s.', ['source'], (g, d) => {
      for (const r of d.drills) g.set({ source: r.source ?? ANY_SOURCE }, r.rtoSeconds)
    })
    const drillRuns: Counter<'source' | 'result'> = new Counter({
      name: METRIC.drillRuns,
      help: 'Recovery drills of this agent since it started, by result (ok, slow: over the RTO objective, failed).',
      labelNames: ['source', 'result'],
      registers,
      collect: async () => {
        const d = await this.gather()
        for (const s of d.sources) for (const result of DRILL_RESULTS) drillRuns.inc({ source: s.name, result }, 0)
      }
    })
    c.onDrillFinished?.(r => { if (this.counting) drillRuns.inc({ source: r.source ?? ANY_SOURCE, result: r.result }) })
    new Gauge({
      name: METRIC.pgWalLastSuccess,
      help: 'When the newest WAL file of the PostgreSQL cluster was archived (its RPO is the age of this), s since the epoch; 0: none.',
      labelNames: ['cluster'],
      registers,
      collect: async function (this: Gauge<'cluster'>) { this.reset(); const f = await c.pgWal?.(); if (f !== undefined) this.set({ cluster: f.cluster }, seconds(f.lastSuccessMs)) }
    })
    new Counter({
      name: METRIC.pgWalFailures,
      help: 'wal-push requests that failed (not stored, or a different file under a stored name) since the agent started.',
      labelNames: ['cluster'],
      registers,
      collect: async function (this: Counter<'cluster'>) { this.reset(); const f = await c.pgWal?.(); if (f !== undefined) this.inc({ cluster: f.cluster }, f.failures) }
    })
    const info = new Gauge({ name: METRIC.buildInfo, help: 'Always 1: the version of meshbackup and of Node.js this agent runs.', labelNames: ['version', 'node'], registers })
    info.set({ version: c.version, node: process.version }, 1)

    const runs: Counter<'source' | 'result'> = new Counter({
      name: METRIC.runs,
      help: 'Finished runs of this agent\'s sources since it started, by result (success, failed, skipped, missed).',
      labelNames: ['source', 'result'],
      registers,
      collect: async () => {
        // every known source × result exists from the first scrape on, so rate() and increase() see a 0, not an absent series
        const d = await this.gather()
        for (const s of d.sources) for (const result of RUN_RESULTS) runs.inc({ source: s.name, result }, 0)
      }
    })
    this.runs = runs
    c.onRunFinished?.(run => { if (this.counting) this.record(run) })
  }

  /** A run finished: count it. */
  record (run: RunRecord): void {
    this.runs.inc({ source: run.source, result: run.result })
  }

  /** Count finished runs again (they are counted from construction on). */
  start (): void {
    this.counting = true
  }

  /** Count no more runs (the scheduler keeps its listeners: this one ignores them). */
  stop (): void {
    this.counting = false
  }

  /** The text exposition of every metric (a failing service rejects it). */
  async text (): Promise<string> {
    return await this.registry.metrics()
  }

  get contentType (): string {
    return this.registry.contentType
  }

  /** Read every service once for the scrape under way (the gauges of one scrape share the promise). */
  private async gather (): Promise<Gathered> {
    if (this.pending === undefined) {
      const p = this.read()
      this.pending = p
      // cleared once settled: the next scrape reads afresh
      const clear = (): void => { if (this.pending === p) this.pending = undefined }
      p.then(clear, clear)
    }
    return await this.pending
  }

  private async read (): Promise<Gathered> {
    const ops = this.c.operations
    const [sources, compliance, drills] = await Promise.all([ops?.sources?.() ?? [], this.c.compliance(), this.c.drills?.() ?? []])
    return {
      nowMs: this.now(),
      sources,
      owners: ops?.ownerSources?.() ?? [],
      storage: this.c.storage(),
      peers: this.c.peers(),
      compliance,
      drills,
      repair: this.c.repair()
    }
  }
}

/**
 * Every owner's sources as heard, with this agent's own sources taken from
 * the scheduler when the owners' view lacks them (same figures, judged now).
 */
export function ownerRows (selfId: string, d: Pick<Gathered, 'sources' | 'owners' | 'nowMs'>): OwnerSourceState[] {
  const rows = [...d.owners]
  const have = new Set(rows.filter(o => o.owner === selfId).map(o => o.source))
  for (const s of d.sources) {
    if (have.has(s.name)) continue
    rows.push({
      owner: selfId,
      source: s.name,
      lastSuccessMs: s.lastSuccessMs,
      lastAttemptMs: s.lastAttempt?.startMs ?? null,
      lastAttemptFailed: s.lastAttempt?.result === 'failed',
      rpoSeconds: s.rpoSeconds,
      rtoSeconds: s.rtoSeconds,
      heardMs: d.nowMs,
      ownerUp: true,
      rpoAgeSeconds: s.rpoAgeSeconds,
      rpoState: s.rpoState
    })
  }
  return rows
}
