/**
 * The operations contract: what the scheduler (agent/schedule/), the mesh-wide
 * source view (heartbeats), the metrics (agent/metrics/) and the alerts
 * (agent/alerts/) share. Only types: each service fills or reads them.
 *
 * Times are ms since the epoch; durations of objectives are seconds.
 */
import type { BackupType } from '../snapshot/snapshot-type.js'

/** How a run ended. `missed`: a slot passed while the agent was down (recorded once, by the catch-up). `skipped`: not run (e.g. the previous run of the source still under way). */
export type RunResult = 'success' | 'failed' | 'skipped' | 'missed'

/** Why a run started. */
export type RunTrigger = 'schedule' | 'manual' | 'catch-up' | 'retry'

/** One hook's execution, recorded with its run. */
export interface HookRun {
  hook: 'before' | 'after' | 'failure'
  command: string
  /** null: killed by a signal or by the timeout. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  durationMs: number
  /** The tail of its stdout and stderr, bounded (a few KiB). */
  output: string
}

/** One run of a source, as the run history keeps it. */
export interface RunRecord {
  source: string
  /** Per-source sequence number, increasing. */
  seq: number
  trigger: RunTrigger
  /** The slot it was scheduled for (= startMs for a manual run). */
  scheduledMs: number
  startMs: number
  /** 0 while it runs. */
  endMs: number
  result: RunResult
  error: string | null
  type: BackupType
  /** 1 for the first attempt of a slot, 2… for its retries. */
  attempt: number
  filesRead: number
  bytesRead: number
  bytesAdded: number
  /** Bytes of shards sent to peers. */
  bytesSent: number
  /** Hex id of the committed snapshot; null: none committed. */
  snapshot: string | null
  /** Committed though the mesh could not meet the placement policy (onInfeasible: degrade). */
  degraded: boolean
  hooks: HookRun[]
}

export type RpoState = 'ok' | 'breached'

/** A source of this agent now: its schedule, last runs and RPO against the objective. */
export interface SourceState {
  name: string
  /** The schedule as written in the config. */
  schedule: string
  /** Next slot; null: none (a source without a schedule runs by hand only). */
  nextRunMs: number | null
  running: boolean
  rpoSeconds: number
  rtoSeconds: number | null
  lastAttempt: RunRecord | null
  lastSuccessMs: number | null
  lastSuccessSnapshot: string | null
  /** Age of the newest successful snapshot now; null: never succeeded. */
  rpoAgeSeconds: number | null
  /** breached: older than the objective, or never succeeded within one objective of the source's first appearance. */
  rpoState: RpoState
  /** Successes / finished runs over the last 30 days; null: no run in that window. */
  successRate30d: number | null
  runs30d: number
  /** Mean duration of the successful runs over the last 30 days; null: none. */
  avgDurationSeconds: number | null
}

/** What an owner announces of each of its sources (in its heartbeats): enough for any member to judge its RPO, also once the owner is silent. */
export interface SourceSummary {
  name: string
  /** 0: never. */
  lastSuccessMs: number
  lastAttemptMs: number
  lastAttemptFailed: boolean
  rpoSeconds: number
  /** 0: no objective. */
  rtoSeconds: number
  /** The source's newest recovery drill (agent/drill/): its start (0 or absent: none), time to recover, and whether it restored and verified. */
  lastDrillMs?: number
  lastDrillSeconds?: number
  lastDrillOk?: boolean
}

/** A source of some owner (this agent included) as this agent judges it now from the latest heartbeat it heard. */
export interface OwnerSourceState {
  owner: string
  source: string
  lastSuccessMs: number | null
  lastAttemptMs: number | null
  lastAttemptFailed: boolean
  rpoSeconds: number
  rtoSeconds: number | null
  /** When this agent last heard the owner (its own sources: now). */
  heardMs: number
  ownerUp: boolean
  rpoAgeSeconds: number | null
  rpoState: RpoState
}

/** Read side used by status, metrics and alerts. */
export interface OperationsView {
  /** This agent's sources. */
  sources: () => Promise<SourceState[]>
  /** Every owner's sources this agent knows of (its own included). */
  ownerSources: () => OwnerSourceState[]
}
