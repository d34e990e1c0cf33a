/**
 * agent/alerts/ — alerts without Prometheus. Words:
 *
 * - *condition*: what rules.ts finds true now in a snapshot of the agent's
 *   state (a run failed, an RPO breached …), with a stable *key*
 *   (`kind:subject`, e.g. `rpo_breached:<owner>/<source>`) and, for some,
 *   a time it must hold before it counts (`forSeconds`: degraded snapshots).
 * - *alert*: a condition the alerter (alerter.ts) tracks: `pending` while it
 *   waits out forSeconds, `firing` from then until it ends, then `resolved`
 *   until that is delivered. One record per key, persisted in the index
 *   (alert-db.ts), so a restart neither fires again nor forgets.
 * - *notice*: one transition (`firing` or `resolved`) sent to each *channel*
 *   (a webhook, a command; delivery.ts) once, retried with backoff, bounded.
 *
 * Times are ms since the epoch.
 */

export type AlertKind =
  | 'run_failed'
  | 'run_degraded'
  | 'rpo_breached'
  | 'success_rate_low'
  | 'storage_high'
  | 'snapshot_at_risk'
  | 'snapshot_degraded'
  | 'repair_blocked'
  | 'drill_failed'
  | 'drill_slow'

export type AlertSeverity = 'warning' | 'critical'

export type AlertFields = Record<string, string | number | boolean | null>

/** A condition true now (rules.ts). */
export interface AlertCondition {
  /** `kind:subject`, stable while the condition holds. */
  key: string
  kind: AlertKind
  severity: AlertSeverity
  summary: string
  fields: AlertFields
  /** How long it must hold before it fires, in seconds (0: at once). */
  forSeconds: number
}

export type AlertStatus = 'pending' | 'firing' | 'resolved'

/** Where notices go. */
export type ChannelName = 'webhook' | 'command'

/** Delivery of the current notice (firing or resolved) on one channel. */
export interface ChannelDelivery {
  state: 'pending' | 'delivered' | 'failed'
  attempts: number
  /** When to try next (pending only). */
  nextAttemptMs: number
  lastAttemptMs: number | null
  lastError: string | null
}

/** One alert as the alerter keeps it (and the index stores it). */
export interface AlertRecord {
  key: string
  kind: AlertKind
  severity: AlertSeverity
  summary: string
  fields: AlertFields
  status: AlertStatus
  /** When the condition was first seen true. */
  pendingSinceMs: number
  /** When it fired (0 while pending). */
  startsAtMs: number
  /** When it ended (0 until resolved). */
  endsAtMs: number
  /** Delivery of the notice of the current status, per configured channel (empty while pending). */
  delivery: Partial<Record<ChannelName, ChannelDelivery>>
}

/** What a channel receives: one object per transition. */
export interface AlertNotice {
  status: 'firing' | 'resolved'
  key: string
  kind: AlertKind
  severity: AlertSeverity
  summary: string
  fields: AlertFields
  /** ISO 8601. */
  startsAt: string
  /** ISO 8601; null while firing. */
  endsAt: string | null
  /** The peer id of the agent that raised it. */
  agent: string
  host: string
}
