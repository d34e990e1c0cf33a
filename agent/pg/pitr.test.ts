import { describe, expect, it } from 'vitest'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { chooseBase, pgTimestamp } from './pitr.js'

function snap (id: string, time: string, tags: string[]): SnapshotInfo {
  return { id: new Uint8Array(), idHex: id, time: new Date(time), host: 'h', username: 'u', paths: ['/x'], tags, type: 'full', tree: new Uint8Array(), stats: {}, degraded: false } as unknown as SnapshotInfo
}

describe('choosing the base backup for a point in time', () => {
  const snaps = [
    snap('b1', '2026-12-01T10:00:00Z', ['pg-base', 'pg-cluster:main']),
    snap('d2', '2026-12-02T09:59:00Z', ['pg-base-data', 'pg-cluster:main']),
    snap('b2', '2026-12-02T10:00:00Z', ['pg-base', 'pg-cluster:main']),
    snap('o3', '2026-12-03T10:00:00Z', ['pg-base', 'pg-cluster:other']),
    snap('w', '2026-12-03T11:00:00Z', ['pg-wal', 'pg-cluster:main'])
  ]

  it('takes the newest record of the cluster that ended at or before the time; latest: the newest', () => {
    expect(chooseBase(snaps, 'main', new Date('2026-12-02T12:00:00Z'))?.idHex).toBe('b2')
    expect(chooseBase(snaps, 'main', new Date('2026-12-02T10:00:00Z'))?.idHex).toBe('b2')
    expect(chooseBase(snaps, 'main', new Date('2026-12-02T09:59:59Z'))?.idHex).toBe('b1')
    expect(chooseBase(snaps, 'main', undefined)?.idHex).toBe('b2')
    expect(chooseBase(snaps, 'main', new Date('2026-11-30T00:00:00Z'))).toBeUndefined()
    expect(chooseBase(snaps, 'other', undefined)?.idHex).toBe('o3')
  })

  it('writes the time as PostgreSQL reads a timestamptz', () => {
    expect(pgTimestamp(new Date('2026-12-04T22:58:29.712Z'))).toBe('2026-12-04 22:58:29.712+00')
  })
})
