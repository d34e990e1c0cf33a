import { describe, expect, it } from 'vitest'
import type { OwnerSourceState, StatusResponse } from '../../agent/control/api.js'
import { checkVerdict, formatDuration, healthLine, sourceRows } from './status.js'

const NOW = 1_780_000_000_000

describe('formatDuration', () => {
  it('shows the larger two units', () => {
    expect([0, 45, 60, 90, 720, 3600, 7500, 86_400, 273_600, -3].map(formatDuration)).toEqual(['0s', '45s', '1m', '1m30s', '12m', '1h', '2h05m', '1d', '3d04h', '0s'])
  })
})

describe('status --check', () => {
  const snap = (short: string, state: 'compliant' | 'degraded' | 'at-risk', problem?: string): NonNullable<StatusResponse['snapshots']>[number] =>
    ({ id: short.repeat(8), short, time: '', state, rules: {}, problems: problem === undefined ? [] : [problem], packs: 1 }) as unknown as NonNullable<StatusResponse['snapshots']>[number]
  const self = { id: 'me' } as StatusResponse['self']
  const src = (rpoState: 'ok' | 'breached', owner = 'me'): OwnerSourceState => ({ owner, source: 'www', lastSuccessMs: null, lastAttemptMs: null, lastAttemptFailed: false, rpoSeconds: 3600, rtoSeconds: null, heardMs: NOW, ownerUp: true, rpoAgeSeconds: rpoState === 'ok' ? 60 : 7200, rpoState })
  it('exits 0, 1 or 2 with one line saying why', () => {
    expect(checkVerdict({ self, snapshots: [snap('aaaa1111', 'compliant')], sources: [src('ok')] })).toEqual({ code: 0, line: 'OK: 1 snapshots compliant, every source within its RPO' })
    expect(checkVerdict({ self, snapshots: [snap('aaaa1111', 'compliant'), snap('bbbb2222', 'degraded', 'site diversity: site hq holds 3 shards (at most m=2)')], sources: [src('breached', 'someone else')] }))
      .toEqual({ code: 1, line: 'DEGRADED: 1 of 2 snapshots degraded — bbbb2222: site diversity: site hq holds 3 shards (at most m=2)' })
    expect(checkVerdict({ self, snapshots: [snap('aaaa1111', 'compliant')], sources: [src('breached')] }))
      .toEqual({ code: 1, line: 'DEGRADED: 1 sources past their RPO — www (last success 2h ago, objective 1h)' })
    expect(checkVerdict({ self, snapshots: [snap('aaaa1111', 'at-risk'), snap('bbbb2222', 'degraded')], sources: [] }).code).toBe(2)
  })
})

describe('the health line', () => {
  it('says the success rate, the mean duration and the storage used, or that nothing ran', () => {
    expect(healthLine({ backupSuccessRate: 0.96, backupRuns30d: 25, backupAvgSeconds: 90, storageUtilisation: 0.412 })).toBe('96 % of 25 backup runs succeeded in 30 days, 1m30s on average; storage 41 % used')
    expect(healthLine({ backupSuccessRate: null, backupRuns30d: 0, backupAvgSeconds: null, storageUtilisation: 0 })).toBe('no backup run in 30 days; storage 0 % used')
  })
})

describe('the sources section of meshbackup status', () => {
  const state = (owner: string, source: string, extra: Partial<OwnerSourceState>): OwnerSourceState => ({
    owner, source, lastSuccessMs: NOW - 600_000, lastAttemptMs: NOW - 600_000, lastAttemptFailed: false, rpoSeconds: 3600, rtoSeconds: null,
    heardMs: NOW, ownerUp: true, rpoAgeSeconds: 600, rpoState: 'ok', ...extra
  })
  const self = '12D3KooWSelfSelfSelfSelfSelfSelf'
  const other = '12D3KooWOtherOtherOtherOtherOther'
  const row = (id: string, host: string | null, site: string | null, isSelf: boolean): NonNullable<StatusResponse['owners']>[number] =>
    ({ id, host, site, self: isSelf, up: isSelf, packs: null, snapshots: null, lastBackup: null, reported: null })

  it('names each owner with its host and site, and says BREACHED and silent', () => {
    const rows = sourceRows({
      owners: [row(self, 'alpha', 'hq', true), row(other, 'beta', null, false)],
      peers: [{ id: other, site: 'branch' } as StatusResponse['peers'][number]],
      sources: [
        state(self, 'www', {}),
        state(other, 'db', { lastSuccessMs: null, lastAttemptMs: NOW - 30_000, lastAttemptFailed: true, rpoAgeSeconds: null, rpoState: 'breached', ownerUp: false, heardMs: NOW - 125_000, rpoSeconds: 43_200 }),
        state(other, 'tmp', { rpoSeconds: 0, rpoAgeSeconds: 90_000, lastSuccessMs: NOW - 90_000_000 })
      ]
    }, NOW)
    expect(rows).toEqual([
      ['12D3KooWSelfSelf… (this) alpha/hq', 'www', '10m ago', '10m ago', '1h', 'ok', 'up'],
      ['12D3KooWOtherOth… beta/branch', 'db', 'never', '30s ago (FAILED)', '12h', 'BREACHED', 'silent 2m05s'],
      ['12D3KooWOtherOth… beta/branch', 'tmp', '1d01h ago', '10m ago', 'none', 'ok', 'up']
    ])
  })

  it('is empty for an agent without sources (or a remote status)', () => {
    expect(sourceRows({ peers: [] }, NOW)).toEqual([])
  })
})
