import { describe, expect, it } from 'vitest'
import { ownerRows } from './owners.js'
import type { OwnerSummary } from './owners.js'

const summary = (compliant: number, degraded: number, atRisk: number, snapshots: number, lastSnapshotMs = 0): OwnerSummary =>
  ({ compliant, degraded, atRisk, snapshots, lastSnapshotMs, computedMs: 1_700_000_000_000 })

describe('ownerRows', () => {
  it('lists this agent first, then owners from heartbeats and catalogs by site', () => {
    const rows = ownerRows({
      self: { id: 'self', host: 'srv1', site: 'hq', lastBackupMs: 0, summary: summary(3, 1, 0, 2, 1_700_000_000_000) },
      peers: [
        { peerId: 'z-cloud', site: 'cloud', up: true, lastBackupMs: 0, compliance: summary(0, 5, 1, 4) },
        { peerId: 'storage-only', site: 'branch', up: true, lastBackupMs: 0, compliance: summary(0, 0, 0, 0) },
        { peerId: 'no-report', site: 'branch', up: false, lastBackupMs: 0 },
        { peerId: 'b-branch', site: 'branch', up: false, lastBackupMs: 0, compliance: summary(7, 0, 0, 1) }
      ],
      catalogs: [
        { owner: 'self', host: 'srv1', site: 'hq', snapshots: 2 },
        { owner: 'no-report', host: 'srv9', site: 'branch', snapshots: 3 },
        { owner: 'gone', host: 'old', site: 'attic', snapshots: 1 }
      ]
    })
    expect(rows.map(r => r.id)).toEqual(['self', 'gone', 'b-branch', 'no-report', 'z-cloud'])
    expect(rows[0]).toMatchObject({ self: true, up: true, packs: { compliant: 3, degraded: 1, atRisk: 0 }, snapshots: 2, lastBackup: '2023-11-14T22:13:20.000Z' })
    // an owner that never reported: counts unknown, snapshots from its catalog
    expect(rows.find(r => r.id === 'no-report')).toMatchObject({ up: false, packs: null, snapshots: 3, host: 'srv9' })
    // gone from the peer table: down, known only by its catalog
    expect(rows.find(r => r.id === 'gone')).toMatchObject({ up: false, packs: null, site: 'attic', lastBackup: null })
    expect(rows.find(r => r.id === 'z-cloud')).toMatchObject({ up: true, packs: { compliant: 0, degraded: 5, atRisk: 1 }, snapshots: 4, host: null })
  })
})
