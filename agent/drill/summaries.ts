/** The drill results a source's heartbeat summary carries (its newest drill), so that every member knows each owner's last drill. */
import type { SourceSummary } from '../schedule/types.js'
import type { DrillRecord } from './types.js'

export function withDrills (sources: SourceSummary[], history: readonly DrillRecord[]): SourceSummary[] {
  const last = new Map<string, DrillRecord>()
  for (const d of history) if (d.source !== null) last.set(d.source, d)
  return sources.map(s => {
    const d = last.get(s.name)
    return d === undefined ? s : { ...s, lastDrillMs: d.startedMs, lastDrillSeconds: d.rtoSeconds, lastDrillOk: d.result !== 'failed' }
  })
}
