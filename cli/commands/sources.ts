/**
 * `meshbackup sources [--json]`: this agent's sources now: schedule, next
 * run, last attempt and its result, last success, RPO now against the
 * objective (ok / breached), success rate over 30 days, mean duration;
 * the last recovery drill, its RTO against the objective, and the drill
 * success rate over 30 days (agent/drill/figures.ts).
 */
import type { Command } from 'commander'
import type { DrillsResponse, RunRecord, SourcesResponse } from '../../agent/control/api.js'
import { drillFigures } from '../../agent/drill/figures.js'
import { formatDurationSeconds } from '../../agent/schedule/schedule.js'
import { formatBytes } from '../../agent/util/format.js'
import { call } from '../control-client.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'

/** A time as local "YYYY-MM-DD hh:mm:ss"; '-' for none. */
export function when (ms: number | null | undefined): string {
  return ms === null || ms === undefined || ms === 0 ? '-' : new Date(ms).toLocaleString('sv-SE')
}

/** Seconds as "1h30m" (rounded to the second); '-' for none. */
export function age (seconds: number | null): string {
  return seconds === null ? '-' : formatDurationSeconds(Math.round(seconds))
}

/** A run's result in words: running, success, failed, skipped, missed (degraded marked). */
export function resultOf (r: RunRecord): string {
  if (r.endMs === 0) return 'running'
  return r.result === 'success' && r.degraded ? 'success (degraded)' : r.result
}

/** One run as a table row: source, seq, trigger, start, duration, result, added, snapshot, error. */
export function runRow (r: RunRecord): string[] {
  return [
    r.source,
    String(r.seq),
    r.attempt > 1 ? `${r.trigger} #${r.attempt}` : r.trigger,
    when(r.startMs),
    r.endMs === 0 ? '-' : age((r.endMs - r.startMs) / 1000),
    resultOf(r),
    r.result === 'success' ? formatBytes(r.bytesAdded) : '-',
    r.snapshot?.slice(0, 8) ?? '-',
    r.error ?? ''
  ]
}

export const RUN_HEADERS = ['source', 'run', 'trigger', 'start', 'took', 'result', 'added', 'snapshot', 'error']

export function sourcesCommand (program: Command, printer: Printer): void {
  withData(program.command('sources')
    .description('this agent\'s sources: schedule, next run, last attempt and success, RPO against its objective')
    .option('--json', 'print JSON'))
    .action(async (opts: { data?: string, json?: boolean }) => {
      const res = await call<SourcesResponse>(dataDirOf(opts), 'GET', '/v1/sources')
      const drills = (await call<DrillsResponse>(dataDirOf(opts), 'GET', '/v1/drills?limit=500')).drills.reverse()
      if (opts.json === true) { printer.json(res); return }
      if (res.sources.length === 0) { printer.line('no sources configured (see "Sources and schedules" in the README)'); return }
      printer.table(
        ['source', 'schedule', 'next run', 'last attempt', 'last success', 'rpo', 'state', 'success 30d', 'avg', 'last drill', 'rto', 'drills 30d'],
        res.sources.map(s => [s, drillFigures(drills, s.name, Date.now())] as const).map(([s, d]) => [
          s.name,
          s.schedule === '' ? '(by hand)' : s.schedule,
          s.running ? 'running' : when(s.nextRunMs),
          s.lastAttempt === null ? '-' : `${when(s.lastAttempt.startMs)} ${resultOf(s.lastAttempt)}`,
          when(s.lastSuccessMs),
          `${age(s.rpoAgeSeconds)} / ${age(s.rpoSeconds)}`,
          s.rpoState,
          s.successRate30d === null ? '-' : `${Math.round(s.successRate30d * 100)}% of ${s.runs30d}`,
          age(s.avgDurationSeconds),
          d.lastDrillMs === null ? '-' : `${when(d.lastDrillMs)} ${d.lastResult ?? ''}`,
          `${d.lastRtoSeconds === null ? '-' : age(d.lastRtoSeconds)} / ${age(s.rtoSeconds)}`,
          d.successRate30d === null ? '-' : `${Math.round(d.successRate30d * 100)}% of ${d.drills30d}`
        ])
      )
    })
}
