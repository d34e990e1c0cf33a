/**
 * The alert state machine, pure: the records kept so far, the conditions
 * true now → the records changed. A condition new now is `pending`
 * (forSeconds > 0) or `firing` at once; a pending one fires once it has held
 * forSeconds; a firing one whose condition ended is `resolved`; a pending
 * one that ended is dropped unseen. Only the steps to firing and to resolved
 * start a delivery, so a notice goes out once per transition, never per tick.
 */
import { FIRST_RETRY_DELAY_MS, MAX_DELIVERY_ATTEMPTS, MAX_FIELDS, MAX_RETRY_DELAY_MS, MAX_TEXT_CHARS } from './constants.js'
import type { AlertCondition, AlertFields, AlertRecord, ChannelDelivery, ChannelName } from './types.js'

export interface TransitionResult {
  /** Records new or changed (to save). */
  changed: AlertRecord[]
  /** Keys whose records are gone (to delete). */
  removed: string[]
}

function clip (s: string): string {
  return s.length > MAX_TEXT_CHARS ? s.slice(0, MAX_TEXT_CHARS - 1) + '…' : s
}

function clipFields (f: AlertFields): AlertFields {
  const out: AlertFields = {}
  for (const [k, v] of Object.entries(f).slice(0, MAX_FIELDS)) out[clip(k)] = typeof v === 'string' ? clip(v) : v
  return out
}

/** A delivery to start now on each channel. */
export function freshDelivery (channels: readonly ChannelName[], nowMs: number): AlertRecord['delivery'] {
  const d: AlertRecord['delivery'] = {}
  for (const c of channels) d[c] = { state: 'pending', attempts: 0, nextAttemptMs: nowMs, lastAttemptMs: null, lastError: null }
  return d
}

/** Delay before attempt `attempts + 1` after `attempts` failures. */
export function retryDelayMs (attempts: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1))
}

/** Record one attempt's outcome on a channel: delivered, retried later, or failed for good after MAX_DELIVERY_ATTEMPTS. */
export function recordAttempt (d: ChannelDelivery, nowMs: number, error: string | null): void {
  d.attempts++
  d.lastAttemptMs = nowMs
  if (error === null) {
    d.state = 'delivered'
    d.lastError = null
    return
  }
  d.lastError = clip(error)
  if (d.attempts >= MAX_DELIVERY_ATTEMPTS) {
    d.state = 'failed'
  } else {
    d.nextAttemptMs = nowMs + retryDelayMs(d.attempts)
  }
}

/** No channel still has this record's notice to send. */
export function deliverySettled (r: AlertRecord): boolean {
  return Object.values(r.delivery).every(d => d.state !== 'pending')
}

/** Apply the conditions true now to the records (changed in place). */
export function applyConditions (records: Map<string, AlertRecord>, conditions: readonly AlertCondition[], nowMs: number, channels: readonly ChannelName[]): TransitionResult {
  const changed: AlertRecord[] = []
  const removed: string[] = []
  const now = new Set<string>()
  for (const c of conditions) {
    now.add(c.key)
    const summary = clip(c.summary)
    const fields = clipFields(c.fields)
    const r = records.get(c.key)
    if (r === undefined || r.status === 'resolved') {
      // new (a resolved one not yet delivered is replaced: the condition is back)
      const fire = c.forSeconds <= 0
      const rec: AlertRecord = {
        key: c.key,
        kind: c.kind,
        severity: c.severity,
        summary,
        fields,
        status: fire ? 'firing' : 'pending',
        pendingSinceMs: nowMs,
        startsAtMs: fire ? nowMs : 0,
        endsAtMs: 0,
        delivery: fire ? freshDelivery(channels, nowMs) : {}
      }
      records.set(c.key, rec)
      changed.push(rec)
      continue
    }
    const contentChanged = r.summary !== summary || r.severity !== c.severity || JSON.stringify(r.fields) !== JSON.stringify(fields)
    r.summary = summary
    r.severity = c.severity
    r.fields = fields
    if (r.status === 'pending' && nowMs - r.pendingSinceMs >= c.forSeconds * 1000) {
      r.status = 'firing'
      r.startsAtMs = nowMs
      r.delivery = freshDelivery(channels, nowMs)
      changed.push(r)
    } else if (contentChanged) {
      changed.push(r)
    }
  }
  for (const [key, r] of records) {
    if (now.has(key) || r.status === 'resolved') continue
    if (r.status === 'pending') {
      records.delete(key)
      removed.push(key)
      continue
    }
    r.status = 'resolved'
    r.endsAtMs = nowMs
    r.delivery = freshDelivery(channels, nowMs)
    if (channels.length === 0) {
      records.delete(key)
      removed.push(key)
    } else {
      changed.push(r)
    }
  }
  return { changed, removed }
}
