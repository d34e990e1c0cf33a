/** A source's drill figures from the history: last drill, RTO measured against the objective, success rate over 30 days (sources, status). */
import type { DrillRecord } from './types.js'

/** The window of the drill success rate, ms. */
export const DRILL_RATE_WINDOW_MS = 30 * 86_400_000

export interface DrillFigures {
  /** Start of the newest drill; null: none. */
  lastDrillMs: number | null
  lastResult: DrillRecord['result'] | null
  /** Time to recover the newest drill measured, s; null: none. */
  lastRtoSeconds: number | null
  /** Drills that restored and verified (ok or slow) / drills, over the last 30 days; null: none in that window. */
  successRate30d: number | null
  drills30d: number
}

/** Figures of the drills of `source` (undefined: every drill). */
export function drillFigures (history: readonly DrillRecord[], source: string | undefined, nowMs: number): DrillFigures {
  const mine = history.filter(d => source === undefined || d.source === source)
  const last = mine.at(-1)
  const recent = mine.filter(d => d.startedMs >= nowMs - DRILL_RATE_WINDOW_MS)
  const ok = recent.filter(d => d.result !== 'failed').length
  return {
    lastDrillMs: last?.startedMs ?? null,
    lastResult: last?.result ?? null,
    lastRtoSeconds: last?.rtoSeconds ?? null,
    successRate30d: recent.length === 0 ? null : ok / recent.length,
    drills30d: recent.length
  }
}
