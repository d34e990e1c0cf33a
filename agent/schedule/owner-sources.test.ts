import { describe, expect, it } from 'vitest'
import { PeerTable } from '../mesh/peer-table.js'
import type { PeerInfo } from '../mesh/peer-table.js'
import { judgeSource, OwnerSources } from './owner-sources.js'
import type { SourceSummary } from './types.js'

const T0 = 1_780_000_000_000

function summary (name: string, lastSuccessMs: number, rpoSeconds: number, extra: Partial<SourceSummary> = {}): SourceSummary {
  return { name, lastSuccessMs, lastAttemptMs: lastSuccessMs, lastAttemptFailed: false, rpoSeconds, rtoSeconds: 0, ...extra }
}

function peerInfo (peerId: string, sources?: SourceSummary[]): PeerInfo {
  return { peerId, site: 'branch', media: 'ssd', capacity: 10, used: 0, free: 10, version: '0.1.0', shards: 0, lastBackupMs: 0, addrs: [], ...(sources === undefined ? {} : { sources }) }
}

describe('judgeSource', () => {
  const owner = { id: 'p1', up: true, heardMs: T0, sources: [] }

  it('is ok up to the objective and breached once the age passes it', () => {
    const s = summary('www', T0, 60)
    expect(judgeSource(owner, s, T0 + 60_000)).toMatchObject({ rpoAgeSeconds: 60, rpoState: 'ok', lastSuccessMs: T0 })
    expect(judgeSource(owner, s, T0 + 61_000)).toMatchObject({ rpoAgeSeconds: 61, rpoState: 'breached' })
  })

  it('calls a source that never succeeded breached, and one without an objective ok', () => {
    expect(judgeSource(owner, summary('db', 0, 3600, { lastAttemptMs: T0, lastAttemptFailed: true }), T0)).toEqual({
      owner: 'p1', source: 'db', lastSuccessMs: null, lastAttemptMs: T0, lastAttemptFailed: true, rpoSeconds: 3600, rtoSeconds: null,
      heardMs: T0, ownerUp: true, rpoAgeSeconds: null, rpoState: 'breached'
    })
    expect(judgeSource(owner, summary('scratch', 0, 0), T0).rpoState).toBe('ok')
    expect(judgeSource(owner, summary('old', T0 - 10 * 86_400_000, 0), T0)).toMatchObject({ rpoState: 'ok', rpoAgeSeconds: 864_000 })
  })

  it('does not count a last success from a clock ahead of ours as negative age', () => {
    expect(judgeSource(owner, summary('www', T0 + 5000, 60, { rtoSeconds: 1800 }), T0)).toMatchObject({ rpoAgeSeconds: 0, rpoState: 'ok', rtoSeconds: 1800 })
  })
})

describe('OwnerSources', () => {
  it('keeps ageing a silent owner\'s sources and flags the breach once the objective passes', async () => {
    let now = T0
    const table = new PeerTable({ downAfterSeconds: 30, now: () => now })
    const own = [summary('etc', T0 - 1000, 3600)]
    const view = new OwnerSources({ selfId: 'self', ownSources: () => own, peerTable: table }, { now: () => now })
    table.heard(peerInfo('p2', [summary('www', T0 - 5000, 120), summary('db', T0 - 50_000, 7200, { lastAttemptMs: T0 - 1000, lastAttemptFailed: true })]))
    table.heard(peerInfo('p1')) // announces no sources: not listed
    expect(view.ownerSources().map(s => [s.owner, s.source, s.rpoAgeSeconds, s.rpoState, s.ownerUp])).toEqual([
      ['self', 'etc', 1, 'ok', true],
      ['p2', 'db', 50, 'ok', true],
      ['p2', 'www', 5, 'ok', true]
    ])

    // p2 falls silent: the survivors keep judging it on their own clock
    now = T0 + 60_000
    table.tick()
    const a = view.ownerSources().find(s => s.source === 'www')
    expect(a).toMatchObject({ owner: 'p2', ownerUp: false, heardMs: T0, rpoAgeSeconds: 65, rpoState: 'ok' })
    now = T0 + 116_000
    expect(view.ownerSources().find(s => s.source === 'www')).toMatchObject({ rpoAgeSeconds: 121, rpoState: 'breached', ownerUp: false })
    expect(view.ownerSources().find(s => s.source === 'db')).toMatchObject({ rpoState: 'ok', lastAttemptFailed: true, lastAttemptMs: T0 - 1000 })
    // this agent's own sources: heard now, always up
    expect(view.ownerSources()[0]).toMatchObject({ owner: 'self', heardMs: now, ownerUp: true, rpoAgeSeconds: 117 })
  })

  it('shows what the owner announced last: a new success resets the age', () => {
    let now = T0
    const table = new PeerTable({ now: () => now })
    const view = new OwnerSources({ selfId: 'self', ownSources: () => [], peerTable: table }, { now: () => now })
    table.heard(peerInfo('p2', [summary('www', T0 - 200_000, 120)]))
    expect(view.ownerSources()).toMatchObject([{ source: 'www', rpoState: 'breached', rpoAgeSeconds: 200 }])
    now = T0 + 10_000
    table.heard(peerInfo('p2', [summary('www', T0 + 9000, 120)]))
    expect(view.ownerSources()).toMatchObject([{ source: 'www', rpoState: 'ok', rpoAgeSeconds: 1 }])
  })

  it('keeps the newest success heard when a restarted owner announces none before its history is read', () => {
    let now = T0
    const table = new PeerTable({ now: () => now })
    const view = new OwnerSources({ selfId: 'self', ownSources: () => [], peerTable: table }, { now: () => now })
    table.heard(peerInfo('p2', [summary('www', T0 - 10_000, 120)]))
    const updates: unknown[] = []
    table.addEventListener('peer:update', e => updates.push(e.detail))
    now = T0 + 5000
    table.heard(peerInfo('p2', [summary('www', 0, 120, { lastAttemptMs: 0 })]))
    expect(view.ownerSources()).toMatchObject([{ source: 'www', lastSuccessMs: T0 - 10_000, lastAttemptMs: null, rpoAgeSeconds: 15, rpoState: 'ok' }])
    expect(updates).toHaveLength(1) // the attempt changed; announcing the same again is no news
    table.heard(peerInfo('p2', [summary('www', 0, 120, { lastAttemptMs: 0 })]))
    expect(updates).toHaveLength(1)
  })
})
