import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../version.js'
import type { PeerRecord } from './peer-table.js'
import { SelfReport } from './self-report.js'
import type { SourceSummary } from '../schedule/types.js'

const peer: PeerRecord = { peerId: 'p1', site: 'branch', media: 'ssd', capacity: 10, used: 2, free: 8, version: VERSION, shards: 3, lastBackupMs: 0, addrs: ['/ip4/10.0.0.2/tcp/7443'], lastSeenMs: 1234, up: true }

function report (ownSummary: () => Promise<never> | Promise<{ compliant: number, degraded: number, atRisk: number, snapshots: number, lastSnapshotMs: number, computedMs: number }>, ownSources?: () => SourceSummary[]): SelfReport {
  return new SelfReport({
    selfId: 'self',
    config: { site: 'hq', media: 'disk', capacity: 1000 },
    store: { usedBytes: () => 300, freeBytes: () => -5, usage: () => new Map([['a', { shards: 2, bytes: 200 }], ['b', { shards: 1, bytes: 100 }]]) },
    addrs: () => ['/ip4/127.0.0.1/tcp/7443'],
    peerTable: { list: () => [peer] },
    ownSummary,
    ...(ownSources === undefined ? {} : { ownSources }),
    log: pino({ level: 'silent' })
  })
}

describe('SelfReport', () => {
  it('says the same about this agent in heartbeats and in status', async () => {
    const summary = { compliant: 4, degraded: 1, atRisk: 0, snapshots: 2, lastSnapshotMs: 99, computedMs: 100 }
    const sources: SourceSummary[] = [{ name: 'www', lastSuccessMs: 5, lastAttemptMs: 6, lastAttemptFailed: true, rpoSeconds: 3600, rtoSeconds: 0 }]
    const r = report(async () => summary, () => sources)
    expect(r.lastBackupMs).toBe(0)
    r.noteBackup()
    const backupMs = r.lastBackupMs
    expect(backupMs).toBeGreaterThan(0)
    const info = { site: 'hq', media: 'disk', capacity: 1000, used: 300, free: 0, version: VERSION, lastBackupMs: backupMs, addrs: ['/ip4/127.0.0.1/tcp/7443'] }
    expect(await r.heartbeat()).toEqual({ ...info, shards: 3, compliance: summary, sources })
    const st = r.statusFields()
    expect({ ...st, uptimeMs: 0 }).toEqual({
      ...info,
      peerId: 'self',
      shardsPerOwner: [{ owner: 'a', shards: 2, bytes: 200 }, { owner: 'b', shards: 1, bytes: 100 }],
      peers: [{ peerId: 'p1', site: 'branch', media: 'ssd', up: true, capacity: 10, used: 2, lastSeenMs: 1234, addrs: ['/ip4/10.0.0.2/tcp/7443'] }],
      uptimeMs: 0
    })
  })

  it('sends its heartbeat without compliance when its packs cannot be judged now', async () => {
    const r = report(async () => { throw new Error('index busy') })
    const hb = await r.heartbeat()
    expect(hb.compliance).toBeUndefined()
    expect(hb.shards).toBe(3)
    expect(hb.sources).toEqual([]) // no scheduler: no sources
  })
})
