import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { fromWireSources, toWireSources } from '../mesh/heartbeat.js'
import type { SourceSummary } from '../schedule/types.js'
import { withDrills } from './summaries.js'
import type { DrillRecord } from './types.js'

const src: SourceSummary = { name: 'www', lastSuccessMs: 5000, lastAttemptMs: 5000, lastAttemptFailed: false, rpoSeconds: 3600, rtoSeconds: 600 }
const drill = (over: Partial<DrillRecord>): DrillRecord => ({
  startedMs: 7000, source: 'www', snapshot: null, withoutSites: [], withoutPeers: [], rtoSeconds: 12.4, rtoObjectiveSeconds: 600, result: 'ok', error: null,
  files: 0, bytes: 0, verified: 0, packDecodes: 0, badShards: 0, phases: { indexMs: 0, restoreMs: 0, shardFetchMs: 0, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch: '', kept: false, ...over
})

describe('drill results in the heartbeat', () => {
  it('the newest drill of each source travels in its summary and survives the wire, bounded', () => {
    const [s] = withDrills([src, { ...src, name: 'db' }], [drill({ startedMs: 1000, result: 'failed' }), drill({}), drill({ source: null, startedMs: 9000 })])
    expect(s).toMatchObject({ lastDrillMs: 7000, lastDrillSeconds: 12.4, lastDrillOk: true })
    const wire = pb.SourceSummary.decode(pb.SourceSummary.encode(toWireSources([s, { ...src, name: 'db' }])[0]).finish())
    const back = fromWireSources([wire, toWireSources([{ ...src, name: 'db' }])[0]])
    expect(back.problems).toEqual([])
    expect(back.sources[0]).toEqual({ ...src, lastDrillMs: 7000, lastDrillSeconds: 13, lastDrillOk: true })
    // a source never drilled carries none
    expect(back.sources[1]).toEqual({ ...src, name: 'db' })
    // an absurd duration is cut to the objective bound
    const huge = toWireSources([{ ...s, lastDrillSeconds: 1e12 }])[0]
    expect(fromWireSources([huge]).sources[0].lastDrillSeconds).toBeLessThan(1e12)
  })
})
