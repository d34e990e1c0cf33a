/**
 * The alerter service: every intervalSeconds, and right after each finished
 * run, it gathers the agent's state, evaluates the rules (rules.ts), applies
 * them to the records it keeps (transitions.ts), saves what changed in the
 * index (alert-db.ts) and delivers each new firing and resolved notice once
 * per channel (delivery.ts), retrying failures with backoff, bounded. All
 * work goes through one queue, so an evaluation and a delivery never
 * interleave. A restart loads the records: nothing fires again, nothing is
 * forgotten, undelivered notices are sent.
 */
import { MAX_ALERTS } from './constants.js'
import type { AlertDb } from './alert-db.js'
import type { AlertChannel } from './delivery.js'
import { evaluateAlerts } from './rules.js'
import type { AlertInputs, AlertThresholds } from './rules.js'
import { applyConditions, deliverySettled, recordAttempt } from './transitions.js'
import type { AlertNotice, AlertRecord, ChannelDelivery, ChannelName } from './types.js'

export interface AlerterComponents {
  selfId: string
  host: string
  store: Pick<AlertDb, 'load' | 'save' | 'delete'>
  /** The state the rules read, gathered now (without `previous`: the alerter adds it). */
  inputs: () => Promise<Omit<AlertInputs, 'previous'>>
  channels: AlertChannel[]
  /** Subscribe to finished runs (the scheduler's onRunFinished); optional. */
  onRunFinished?: (listener: () => void) => void
  log: (level: 'info' | 'warn', msg: string, fields?: Record<string, unknown>) => void
}

export interface AlerterInit extends AlertThresholds {
  intervalSeconds: number
  /** The clock (tests); default Date.now. */
  now?: () => number
}

/** The counters the alerter shows with its alerts. */
export interface AlerterStats {
  evaluations: number
  lastEvaluationMs: number
  lastEvaluationError: string | null
  /** Notices given up after the last retry. */
  deliveryFailures: number
  lastDeliveryError: string | null
}

export class Alerter {
  readonly name = 'alerter'
  private readonly records = new Map<string, AlertRecord>()
  private readonly now: () => number
  private queue: Promise<void> = Promise.resolve()
  private interval: ReturnType<typeof setInterval> | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private readonly abort = new AbortController()
  private running = false
  readonly stats: AlerterStats = { evaluations: 0, lastEvaluationMs: 0, lastEvaluationError: null, deliveryFailures: 0, lastDeliveryError: null }

  constructor (private readonly c: AlerterComponents, private readonly init: AlerterInit) {
    this.now = init.now ?? Date.now
  }

  async start (): Promise<void> {
    await this.load()
    this.running = true
    this.c.onRunFinished?.(() => { this.tick() })
    this.interval = setInterval(() => { this.tick() }, this.init.intervalSeconds * 1000)
    this.interval.unref?.()
    this.tick()
  }

  /** An evaluation from a timer or an event: its failure (the index closing, say) is logged, never thrown. */
  private tick (): void {
    if (!this.running) return
    this.evaluate().catch(err => { this.c.log('warn', 'alert evaluation failed', { err: (err as Error).message }) })
  }

  async stop (): Promise<void> {
    this.running = false
    clearInterval(this.interval)
    clearTimeout(this.retryTimer)
    this.abort.abort()
    await this.queue
  }

  /** The records kept now (pending, firing, resolved awaiting delivery), sorted by key. */
  list (): AlertRecord[] {
    return [...this.records.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map(r => structuredClone(r))
  }

  /** The channels notices go to. */
  channelNames (): ChannelName[] {
    return this.c.channels.map(ch => ch.name)
  }

  /** Load the saved records without starting timers (tests, and start()). */
  async load (): Promise<void> {
    for (const r of await this.c.store.load()) this.records.set(r.key, r)
  }

  /** Evaluate the rules now, then deliver what is due; queued behind any work under way. */
  async evaluate (): Promise<void> {
    await this.enqueue(async () => {
      await this.evaluateNow()
      await this.deliverNow()
    })
  }

  /** Deliver the notices due now; queued. */
  async deliverDue (): Promise<void> {
    await this.enqueue(async () => { await this.deliverNow() })
  }

  private async enqueue (fn: () => Promise<void>): Promise<void> {
    const next = this.queue.then(fn)
    this.queue = next.catch(() => {})
    await next
  }

  private async evaluateNow (): Promise<void> {
    const nowMs = this.now()
    let conditions
    try {
      const inputs = await this.c.inputs()
      const previous = new Set([...this.records.values()].filter(r => r.status !== 'resolved').map(r => r.key))
      conditions = evaluateAlerts({ ...inputs, previous }, this.init)
    } catch (err) {
      // a part of the state could not be read: change nothing (no resolve from a failed read)
      this.stats.lastEvaluationError = (err as Error).message
      this.c.log('warn', 'alert conditions could not be evaluated', { err: (err as Error).message })
      return
    }
    if (conditions.length > MAX_ALERTS) {
      this.c.log('warn', 'too many alert conditions: some are not tracked', { conditions: conditions.length, max: MAX_ALERTS })
      // the alerts tracked already keep their place (else they would resolve for being crowded out)
      conditions = [...conditions.filter(c => this.records.has(c.key)), ...conditions.filter(c => !this.records.has(c.key))].slice(0, MAX_ALERTS)
    }
    const { changed, removed } = applyConditions(this.records, conditions, nowMs, this.c.channels.map(ch => ch.name))
    for (const r of changed) {
      if (r.status === 'firing' && r.startsAtMs === nowMs) this.c.log('warn', 'alert firing', { key: r.key, summary: r.summary })
      if (r.status === 'resolved' && r.endsAtMs === nowMs) this.c.log('info', 'alert resolved', { key: r.key })
      await this.c.store.save(r)
    }
    for (const key of removed) await this.c.store.delete(key)
    this.stats.evaluations++
    this.stats.lastEvaluationMs = nowMs
    this.stats.lastEvaluationError = null
  }

  private notice (r: AlertRecord): AlertNotice {
    return {
      status: r.status === 'resolved' ? 'resolved' : 'firing',
      key: r.key,
      kind: r.kind,
      severity: r.severity,
      summary: r.summary,
      fields: r.fields,
      startsAt: new Date(r.startsAtMs).toISOString(),
      endsAt: r.status === 'resolved' ? new Date(r.endsAtMs).toISOString() : null,
      agent: this.c.selfId,
      host: this.c.host
    }
  }

  private async deliverNow (): Promise<void> {
    for (const r of [...this.records.values()]) {
      if (r.status === 'pending') continue
      let touched = false
      for (const ch of this.c.channels) {
        const d = r.delivery[ch.name]
        if (d === undefined || d.state !== 'pending' || d.nextAttemptMs > this.now()) continue
        if (this.abort.signal.aborted) return
        let error: string | null = null
        try {
          await ch.send(this.notice(r), { signal: this.abort.signal })
        } catch (err) {
          error = (err as Error).message
        }
        if (this.abort.signal.aborted && error !== null) return
        recordAttempt(d, this.now(), error)
        touched = true
        if ((d.state as ChannelDelivery['state']) === 'failed') {
          this.stats.deliveryFailures++
          this.stats.lastDeliveryError = d.lastError
          this.c.log('warn', 'alert notice not delivered, given up', { key: r.key, status: r.status, channel: ch.name, attempts: d.attempts, err: d.lastError })
        } else if (error !== null) {
          this.c.log('warn', 'alert notice not delivered, will retry', { key: r.key, status: r.status, channel: ch.name, attempts: d.attempts, err: error })
        }
      }
      if (!touched) continue
      if (r.status === 'resolved' && deliverySettled(r)) {
        this.records.delete(r.key)
        await this.c.store.delete(r.key)
      } else {
        await this.c.store.save(r)
      }
    }
    this.scheduleRetry()
  }

  /** A timer for the earliest retry due (the interval may be longer than the backoff). */
  private scheduleRetry (): void {
    clearTimeout(this.retryTimer)
    if (!this.running) return
    let next = Number.POSITIVE_INFINITY
    for (const r of this.records.values()) {
      for (const d of Object.values(r.delivery)) if (d.state === 'pending') next = Math.min(next, d.nextAttemptMs)
    }
    if (next === Number.POSITIVE_INFINITY) return
    this.retryTimer = setTimeout(() => {
      this.deliverDue().catch(err => { this.c.log('warn', 'alert delivery failed', { err: (err as Error).message }) })
    }, Math.max(0, next - this.now()))
    this.retryTimer.unref?.()
  }
}
