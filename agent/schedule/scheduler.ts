/**
 * The scheduler: runs every source of the config on its schedule, records
 * each run in the run history, and answers what the sources look like now.
 *
 * - One timer (unref'd) wakes at the earliest due slot or retry (at least
 *   once a minute) and calls tick().
 * - A slot that comes while the source's previous run is still going is
 *   recorded `skipped`.
 * - Catch-up: slots that passed while the agent was down (after the newest
 *   slot the history handled) are recorded as ONE `missed` record (its error
 *   counts them), followed by ONE run with trigger `catch-up`.
 * - A failed scheduled run is retried after backoff · 2^(attempt-1)
 *   (bounded by MAX_BACKOFF_MS), at most retry.max times; a new slot
 *   replaces a pending retry. Manual runs are not retried.
 * - runNow() queues behind the source's run under way; every run goes
 *   through the runner, which takes the repository lock (sessions.exclusive),
 *   so scheduled and manual runs never overlap.
 * - stop() aborts the runs under way and waits for them; they are recorded
 *   failed "agent stopping".
 */
import type { BackupType } from '../snapshot/snapshot-type.js'
import { MAX_BACKOFF_MS, MAX_MISSED_COUNT, MAX_TIMER_MS, STATS_WINDOW_MS } from './constants.js'
import type { RunHistory } from './run-history.js'
import { jitterOffsetMs, offsetSchedule, parseSchedule, slotPassed } from './schedule.js'
import type { Schedule } from './schedule.js'
import type { SourceConfig } from './source-config.js'
import type { RunRecord, RunTrigger, SourceState, SourceSummary } from './types.js'

export class UnknownSourceError extends Error {
  override name = 'UnknownSourceError'
}

export class SchedulerStoppedError extends Error {
  override name = 'SchedulerStoppedError'
}

export const STOPPING_ERROR = 'agent stopping'

/** What one run asks of the runner. */
export interface RunContext {
  trigger: RunTrigger
  type: BackupType
  /** The record as written at the start (seq, times). */
  record: RunRecord
  /** Aborted when the agent stops. */
  signal: AbortSignal
}

/** How a run ended, as the runner reports it (it never throws for a failed run: error says why). */
export type RunOutcome = Pick<RunRecord, 'error' | 'filesRead' | 'bytesRead' | 'bytesAdded' | 'bytesSent' | 'snapshot' | 'degraded' | 'hooks'>

export interface SourceRunner {
  run: (source: SourceConfig, ctx: RunContext) => Promise<RunOutcome>
}

export interface SchedulerLog {
  info: (fields: Record<string, unknown>, msg: string) => void
  warn: (fields: Record<string, unknown>, msg: string) => void
}

export interface SchedulerComponents {
  selfId: string
  sources: SourceConfig[]
  history: RunHistory
  runner: SourceRunner
  /** A backup was committed (the self report's last backup). */
  noteBackup: () => void
  /** The agent's prune, on `prune.schedule`. */
  prune?: { schedule: string | null, run: (signal: AbortSignal) => Promise<void> }
  log: SchedulerLog
  /** The clock (tests pass a fixed one). */
  now?: () => number
  /** false: no timer, the caller calls tick() (tests). Default true. */
  timers?: boolean
}

interface Entry {
  cfg: SourceConfig
  schedule: Schedule | null
  full: Schedule | null
  nextMs: number | null
  /** Runs started or queued and not finished. */
  pending: number
  chain: Promise<unknown>
  retry: { attempt: number, dueMs: number, scheduledMs: number } | null
  abort: AbortController | null
}

export const EMPTY_OUTCOME: RunOutcome = { error: null, filesRead: 0, bytesRead: 0, bytesAdded: 0, bytesSent: 0, snapshot: null, degraded: false, hooks: [] }

export class Scheduler {
  readonly name = 'scheduler'
  private readonly entries = new Map<string, Entry>()
  private readonly inflight = new Set<Promise<unknown>>()
  private readonly listeners: Array<(r: RunRecord) => void> = []
  private timer: NodeJS.Timeout | undefined
  private stopping = false
  private started = false
  private readonly now: () => number
  private prune: { schedule: Schedule, nextMs: number | null, running: boolean, abort: AbortController } | undefined

  constructor (private readonly c: SchedulerComponents) {
    this.now = c.now ?? Date.now
    for (const cfg of c.sources) {
      const base = cfg.schedule === null ? null : parseSchedule(cfg.schedule, `sources[${cfg.name}].schedule`)
      this.entries.set(cfg.name, {
        cfg,
        schedule: base === null ? null : offsetSchedule(base, jitterOffsetMs(c.selfId, cfg.name, cfg.jitterSeconds)),
        full: cfg.plan.kind === 'plan' ? parseSchedule(cfg.plan.full, `sources[${cfg.name}].plan.full`) : null,
        nextMs: null,
        pending: 0,
        chain: Promise.resolve(),
        retry: null,
        abort: null
      })
    }
    if (c.prune?.schedule != null) this.prune = { schedule: parseSchedule(c.prune.schedule, 'prune.schedule'), nextMs: null, running: false, abort: new AbortController() }
  }

  /** Open the history (closing runs a crash cut short), catch up missed slots once, arm the timer. */
  async start (): Promise<void> {
    const now = this.now()
    const closed = await this.c.history.open(now)
    for (const r of closed) this.c.log.warn({ source: r.source, seq: r.seq }, 'a run was cut short by the agent stopping; recorded as failed')
    for (const e of this.entries.values()) {
      const s = await this.c.history.ensureSource(e.cfg.name, now)
      if (e.schedule === null) continue
      let missed = 0
      let first = 0
      let last = 0
      for (let t = e.schedule.next(s.lastSlotMs); t !== null && t <= now && missed < MAX_MISSED_COUNT; t = e.schedule.next(t)) {
        if (missed === 0) first = t
        last = t
        missed++
      }
      if (missed > 0) {
        const count = missed >= MAX_MISSED_COUNT ? `at least ${missed}` : String(missed)
        const missedRecord = await this.c.history.add({
          ...this.blank(e, 'schedule', first, now, 1),
          result: 'missed',
          endMs: now,
          error: `${count} slot${missed === 1 ? '' : 's'} missed while the agent was down (${new Date(first).toISOString()} to ${new Date(last).toISOString()}); one catch-up run follows`
        })
        this.emit(missedRecord)
        await this.c.history.noteSlot(e.cfg.name, last)
        this.c.log.info({ source: e.cfg.name, missed }, 'slots missed while the agent was down: one catch-up run')
        this.launch(e, 'catch-up', last, 1).catch(() => {})
      }
      e.nextMs = e.schedule.next(now)
    }
    if (this.prune !== undefined) this.prune.nextMs = this.prune.schedule.next(now)
    this.started = true
    this.arm()
  }

  /** Abort the runs under way and wait for them (recorded failed "agent stopping"). */
  async stop (): Promise<void> {
    this.stopping = true
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
    for (const e of this.entries.values()) e.abort?.abort(new SchedulerStoppedError(STOPPING_ERROR))
    this.prune?.abort.abort(new SchedulerStoppedError(STOPPING_ERROR))
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight])
  }

  /** Handle every due slot and retry (the timer calls it; tests call it with a fixed clock). */
  tick (): void {
    if (this.stopping || !this.started) return
    const now = this.now()
    for (const e of this.entries.values()) {
      if (e.nextMs !== null && e.nextMs <= now && e.schedule !== null) {
        const slot = e.nextMs
        e.nextMs = e.schedule.next(now)
        void this.c.history.noteSlot(e.cfg.name, slot).catch(err => { this.c.log.warn({ err: (err as Error).message }, 'cannot record a slot') })
        if (e.pending > 0) {
          this.track(this.c.history.add({ ...this.blank(e, 'schedule', slot, now, 1), result: 'skipped', endMs: now, error: 'the previous run of this source was still under way' }).then(r => { this.emit(r) }))
        } else {
          e.retry = null
          this.launch(e, 'schedule', slot, 1).catch(() => {})
        }
      } else if (e.retry !== null && e.retry.dueMs <= now && e.pending === 0) {
        const r = e.retry
        e.retry = null
        this.launch(e, 'retry', r.scheduledMs, r.attempt).catch(() => {})
      }
    }
    const p = this.prune
    if (p !== undefined && p.nextMs !== null && p.nextMs <= now) {
      p.nextMs = p.schedule.next(now)
      if (!p.running && this.c.prune !== undefined) {
        p.running = true
        const run = this.c.prune.run(p.abort.signal).then(
          () => { this.c.log.info({}, 'scheduled prune done') },
          err => { this.c.log.warn({ err: (err as Error).message }, 'scheduled prune failed') }
        ).finally(() => { p.running = false })
        this.track(run)
      }
    }
    this.arm()
  }

  /** Run a source now (trigger manual), after its run under way if any; resolves with the finished record. */
  async runNow (source: string): Promise<RunRecord> {
    const e = this.entries.get(source)
    if (e === undefined) throw new UnknownSourceError(`no source named ${JSON.stringify(source)} (configured: ${[...this.entries.keys()].join(', ') || 'none'})`)
    if (this.stopping) throw new SchedulerStoppedError(STOPPING_ERROR)
    return await this.launch(e, 'manual', this.now(), 1)
  }

  has (source: string): boolean {
    return this.entries.has(source)
  }

  onRunFinished (listener: (r: RunRecord) => void): void {
    this.listeners.push(listener)
  }

  /** Runs newest first (all sources, or one), at most `limit`. */
  async runs (source?: string, limit?: number): Promise<RunRecord[]> {
    return await this.c.history.list(source, limit)
  }

  /** Wait until no run is under way (tests). */
  async idle (): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight])
  }

  /** What each source announces in the heartbeat (sync). */
  summaries (): SourceSummary[] {
    return [...this.entries.values()].map(e => {
      const s = this.c.history.source(e.cfg.name)
      return {
        name: e.cfg.name,
        lastSuccessMs: s?.lastSuccess?.startMs ?? 0,
        lastAttemptMs: s?.lastAttempt?.startMs ?? 0,
        lastAttemptFailed: s?.lastAttempt?.result === 'failed',
        rpoSeconds: e.cfg.rpoSeconds,
        rtoSeconds: e.cfg.rtoSeconds ?? 0
      }
    })
  }

  /** Every source now: schedule, next run, last attempt and success, RPO against the objective, 30-day figures. */
  async sources (): Promise<SourceState[]> {
    const now = this.now()
    const out: SourceState[] = []
    for (const e of this.entries.values()) {
      const s = this.c.history.source(e.cfg.name)
      const runs = (await this.c.history.list(e.cfg.name, undefined, { sinceMs: now - STATS_WINDOW_MS })).filter(r => r.endMs > 0 && (r.result === 'success' || r.result === 'failed'))
      const ok = runs.filter(r => r.result === 'success')
      const lastSuccessMs = s?.lastSuccess?.startMs ?? null
      const rpoAgeSeconds = lastSuccessMs === null ? null : Math.max(0, (now - lastSuccessMs) / 1000)
      const firstSeen = s?.firstSeenMs ?? now
      const breached = rpoAgeSeconds === null ? now - firstSeen > e.cfg.rpoSeconds * 1000 : rpoAgeSeconds > e.cfg.rpoSeconds
      const nextRunMs = e.retry !== null && (e.nextMs === null || e.retry.dueMs < e.nextMs) ? e.retry.dueMs : e.nextMs
      out.push({
        name: e.cfg.name,
        schedule: e.cfg.schedule ?? '',
        nextRunMs,
        running: e.pending > 0,
        rpoSeconds: e.cfg.rpoSeconds,
        rtoSeconds: e.cfg.rtoSeconds,
        lastAttempt: s?.lastAttempt ?? null,
        lastSuccessMs,
        lastSuccessSnapshot: s?.lastSuccess?.snapshot ?? null,
        rpoAgeSeconds,
        rpoState: breached ? 'breached' : 'ok',
        successRate30d: runs.length === 0 ? null : ok.length / runs.length,
        runs30d: runs.length,
        avgDurationSeconds: ok.length === 0 ? null : ok.reduce((a, r) => a + (r.endMs - r.startMs), 0) / ok.length / 1000
      })
    }
    return out
  }

  private blank (e: Entry, trigger: RunTrigger, scheduledMs: number, now: number, attempt: number): Omit<RunRecord, 'seq'> {
    return {
      source: e.cfg.name,
      trigger,
      scheduledMs,
      startMs: now,
      endMs: 0,
      result: 'failed',
      error: null,
      type: this.typeFor(e, now),
      attempt,
      filesRead: 0,
      bytesRead: 0,
      bytesAdded: 0,
      bytesSent: 0,
      snapshot: null,
      degraded: false,
      hooks: []
    }
  }

  /** The backup type of a run now: a command's output is whole; a plan makes a full one when a slot of `full` passed since the last full success. */
  private typeFor (e: Entry, now: number): BackupType {
    if (e.cfg.command !== null) return 'full'
    if (e.cfg.plan.kind === 'fixed') return e.cfg.plan.type
    const s = this.c.history.source(e.cfg.name)
    const since = (s?.lastFullMs ?? 0) > 0 ? (s?.lastFullMs as number) : (s?.firstSeenMs ?? now)
    return e.full !== null && slotPassed(e.full, since, now) ? 'full' : e.cfg.plan.otherwise
  }

  private track<T> (p: Promise<T>): Promise<T> {
    this.inflight.add(p)
    void p.finally(() => { this.inflight.delete(p) }).catch(() => {})
    return p
  }

  private emit (r: RunRecord): void {
    for (const l of this.listeners) {
      try {
        l(r)
      } catch (err) {
        this.c.log.warn({ err: (err as Error).message }, 'a run listener failed')
      }
    }
  }

  /** Queue a run of `e` behind its run under way. */
  private launch (e: Entry, trigger: RunTrigger, scheduledMs: number, attempt: number): Promise<RunRecord> {
    e.pending++
    const run = e.chain.then(async () => await this.runOne(e, trigger, scheduledMs, attempt)).finally(() => { e.pending-- })
    e.chain = run.catch(() => {})
    return this.track(run)
  }

  private async runOne (e: Entry, trigger: RunTrigger, scheduledMs: number, attempt: number): Promise<RunRecord> {
    if (this.stopping) throw new SchedulerStoppedError(STOPPING_ERROR)
    const start = this.now()
    // the controller first: a stop() while the record is written aborts the run too
    const abort = new AbortController()
    e.abort = abort
    let outcome: RunOutcome
    let record: RunRecord
    try {
      record = await this.c.history.begin(this.blank(e, trigger, scheduledMs, start, attempt))
    } catch (err) {
      e.abort = null
      throw err
    }
    try {
      abort.signal.throwIfAborted()
      outcome = await this.c.runner.run(e.cfg, { trigger, type: record.type, record, signal: abort.signal })
    } catch (err) {
      outcome = { ...EMPTY_OUTCOME, error: (err as Error).message }
    } finally {
      e.abort = null
    }
    const error = outcome.error === null ? null : (abort.signal.aborted && this.stopping ? STOPPING_ERROR : outcome.error)
    const end = this.now()
    const finished = await this.c.history.finish({
      ...record,
      ...outcome,
      endMs: Math.max(end, record.startMs + 1),
      result: error === null ? 'success' : 'failed',
      error
    })
    if (error === null) {
      this.c.noteBackup()
      if (trigger !== 'manual') e.retry = null
      this.c.log.info({ source: e.cfg.name, seq: finished.seq, trigger, snapshot: finished.snapshot, degraded: finished.degraded, ms: finished.endMs - finished.startMs }, 'run succeeded')
    } else {
      this.c.log.warn({ source: e.cfg.name, seq: finished.seq, trigger, attempt, error }, 'run failed')
      if (trigger !== 'manual' && !this.stopping && attempt <= e.cfg.retry.max) {
        const backoff = Math.min(e.cfg.retry.backoffSeconds * 1000 * 2 ** (attempt - 1), MAX_BACKOFF_MS)
        e.retry = { attempt: attempt + 1, dueMs: end + backoff, scheduledMs }
      }
    }
    this.emit(finished)
    this.arm()
    return finished
  }

  /** The timer: wake at the earliest slot, retry or prune (at most MAX_TIMER_MS away). */
  private arm (): void {
    if (this.c.timers === false || this.stopping || !this.started) return
    if (this.timer !== undefined) clearTimeout(this.timer)
    const now = this.now()
    let next = now + MAX_TIMER_MS
    for (const e of this.entries.values()) {
      if (e.nextMs !== null) next = Math.min(next, e.nextMs)
      if (e.retry !== null) next = Math.min(next, e.retry.dueMs)
    }
    if (this.prune?.nextMs != null) next = Math.min(next, this.prune.nextMs)
    this.timer = setTimeout(() => { this.tick() }, Math.max(0, next - now))
    this.timer.unref()
  }
}
