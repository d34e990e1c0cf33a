import { describe, expect, it } from 'vitest'
import type { SourceState } from '../../schedule/types.js'
import { checkWithout, health } from './status.js'

const self = { id: '12D3KooWAAAAself', site: 'hq' }
const peers = [{ id: '12D3KooWBBBBone', site: 'branch' }, { id: '12D3KooWBBBCtwo', site: 'cloud' }]

describe('the what-if of status --without-site / --without-peer', () => {
  it('an unknown site or member is an error, not a silent "compliant"', () => {
    expect(() => checkWithout({ sites: ['nosuch'], peers: [] }, self, peers)).toThrow(/without-site nosuch: no member is in that site \(sites: branch, cloud, hq\)/)
    expect(() => checkWithout({ sites: [], peers: ['cloud-1'] }, self, peers)).toThrow(/without-peer cloud-1: no member has that id/)
    expect(() => checkWithout({ sites: [], peers: ['12D3KooWBBB'] }, self, peers)).toThrow(/2 members' ids start so/)
  })

  it('a unique prefix names the member', () => {
    const w = { sites: ['cloud'], peers: ['12D3KooWBBBB'] }
    checkWithout(w, self, peers)
    expect(w.peers).toEqual(['12D3KooWBBBBone'])
  })
})

describe('health', () => {
  const src = (rate: number | null, runs: number, avg: number | null): SourceState => ({ successRate30d: rate, runs30d: runs, avgDurationSeconds: avg } as unknown as SourceState)
  it('weighs each source by its runs', () => {
    expect(health([src(1, 3, 10), src(0.5, 2, 40), src(null, 0, null)], { used: 25, capacity: 100 })).toEqual({ backupSuccessRate: 0.8, backupRuns30d: 5, backupAvgSeconds: 17.5, storageUtilisation: 0.25 })
    expect(health([], { used: 0, capacity: 0 })).toEqual({ backupSuccessRate: null, backupRuns30d: 0, backupAvgSeconds: null, storageUtilisation: 0 })
  })
})
