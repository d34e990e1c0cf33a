/**
 * The keep policy against restic's documented examples and the snapshot list of
 * restic's own policy tests (internal/restic/snapshot_policy_test.go), in UTC.
 */
import { describe, expect, it } from 'vitest'
import { ForgetPolicyError, applyPolicy, isoWeek, parseDuration, planForget, selectSnapshots } from './retention.js'
import type { ForgetSnapshot, KeepPolicy } from './retention.js'

let seq = 0
function snap (time: string, tags: string[] = [], extra: Partial<ForgetSnapshot> = {}): ForgetSnapshot {
  const id = (seq++).toString(16).padStart(8, '0') + 'ab'.repeat(28)
  return { id, time: new Date(time.replace(' ', 'T') + 'Z'), host: 'mopped', paths: ['/home/user/work'], tags, ...extra }
}

const utc = { timeZone: 'UTC', now: new Date('2030-01-01T00:00:00Z') }
const times = (list: Array<{ snapshot: ForgetSnapshot }> | ForgetSnapshot[]): string[] =>
  list.map(x => ('snapshot' in x ? x.snapshot : x).time.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ''))

// restic's test list (snapshot_policy_test.go), in its order.
const resticList: ForgetSnapshot[] = [
  ...['2014-09-01', '2014-09-02', '2014-09-05', '2014-09-06', '2014-09-08', '2014-09-09', '2014-09-10', '2014-09-11', '2014-09-20', '2014-09-22',
    '2014-08-08', '2014-08-10', '2014-08-12', '2014-08-13'].map(d => snap(`${d} 10:20:30`)),
  snap('2014-08-13 10:20:30.100'),
  ...['2014-08-15', '2014-08-18', '2014-08-20', '2014-08-21', '2014-08-22'].map(d => snap(`${d} 10:20:30`)),
  ...['2014-10-01', '2014-10-02', '2014-10-05', '2014-10-06', '2014-10-08', '2014-10-09', '2014-10-10', '2014-10-11', '2014-10-20', '2014-10-22',
    '2014-11-08', '2014-11-10', '2014-11-12', '2014-11-13'].map(d => snap(`${d} 10:20:30`, ['foo'])),
  snap('2014-11-13 10:20:30.100', ['bar']),
  snap('2014-11-15 10:20:30', ['foo', 'bar']),
  ...['2014-11-18', '2014-11-20', '2014-11-21', '2014-11-22',
    '2015-09-01', '2015-09-02', '2015-09-05', '2015-09-06', '2015-09-08', '2015-09-09', '2015-09-10', '2015-09-11', '2015-09-20', '2015-09-22',
    '2015-08-08', '2015-08-10', '2015-08-12', '2015-08-13'].map(d => snap(`${d} 10:20:30`)),
  snap('2015-08-13 10:20:30.100'),
  ...['2015-08-15', '2015-08-18', '2015-08-20', '2015-08-21', '2015-08-22',
    '2015-10-01', '2015-10-02', '2015-10-05', '2015-10-06', '2015-10-08', '2015-10-09', '2015-10-10', '2015-10-11', '2015-10-20', '2015-10-22', '2015-10-22'].map(d => snap(`${d} 10:20:30`)),
  snap('2015-10-22 10:20:30', ['foo', 'bar']),
  snap('2015-10-22 10:20:30', ['foo', 'bar']),
  snap('2015-10-22 10:20:30', ['foo', 'bar']),
  ...['2015-11-08', '2015-11-10', '2015-11-12', '2015-11-13'].map(d => snap(`${d} 10:20:30`)),
  snap('2015-11-13 10:20:30.100'),
  ...['2015-11-15', '2015-11-18', '2015-11-20', '2015-11-21', '2015-11-22'].map(d => snap(`${d} 10:20:30`)),
  ...['2016-01-01 01:02:03', '2016-01-01 01:03:03', '2016-01-01 07:08:03', '2016-01-03 07:02:03', '2016-01-04 10:23:03', '2016-01-04 11:23:03',
    '2016-01-04 12:23:03', '2016-01-04 12:24:03', '2016-01-04 12:28:03', '2016-01-04 12:30:03', '2016-01-04 16:23:03', '2016-01-05 09:02:03',
    '2016-01-06 08:02:03', '2016-01-07 10:02:03', '2016-01-08 20:02:03', '2016-01-09 21:02:03', '2016-01-12 21:02:03', '2016-01-12 21:08:03',
    '2016-01-18 12:02:03'].map(t => snap(t))
]

describe('restic documentation examples', () => {
  // doc/060_forget.rst: one backup every Sunday for 12 weeks, then --keep-daily 4.
  const sundays = ['2019-09-01', '2019-09-08', '2019-09-15', '2019-09-22', '2019-09-29', '2019-10-06', '2019-10-13', '2019-10-20', '2019-10-27', '2019-11-03', '2019-11-10', '2019-11-17']
    .map(d => snap(`${d} 11:00:00`))

  it('--keep-daily 4 keeps the last four Sundays as daily snapshots', () => {
    const r = applyPolicy(sundays, { daily: 4 }, utc)
    expect(times(r.keep)).toEqual(['2019-11-17 11:00:00', '2019-11-10 11:00:00', '2019-11-03 11:00:00', '2019-10-27 11:00:00'])
    expect(r.keep.every(k => k.reasons.join() === 'daily snapshot')).toBe(true)
    expect(r.remove).toHaveLength(8)
    expect(times(r.remove).at(-1)).toBe('2019-09-01 11:00:00')
  })

  it('daily backups with --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --keep-yearly 75: 7 daily, 4 more weekly, 11 more monthly', () => {
    const days: ForgetSnapshot[] = []
    for (let t = Date.UTC(2021, 0, 1, 12); t <= Date.UTC(2023, 11, 31, 12); t += 86_400_000) days.push(snap(new Date(t).toISOString().slice(0, 19).replace('T', ' ')))
    const r = applyPolicy(days, { daily: 7, weekly: 5, monthly: 12, yearly: 75 }, utc)
    const only = (reason: string): string[] => times(r.keep.filter(k => k.reasons.length === 1 && k.reasons[0] === reason))
    expect(only('daily snapshot')).toHaveLength(6) // the newest is daily, weekly, monthly and yearly at once
    expect(r.keep[0].reasons).toEqual(['daily snapshot', 'weekly snapshot', 'monthly snapshot', 'yearly snapshot'])
    expect(only('weekly snapshot')).toEqual(['2023-12-24 12:00:00', '2023-12-17 12:00:00', '2023-12-10 12:00:00', '2023-12-03 12:00:00'])
    expect(only('monthly snapshot')).toHaveLength(11) // 2023-01 … 2023-11
    // three years only: the yearly rule has count left, so the oldest snapshot is kept as well
    expect(times(r.keep.filter(k => k.reasons.includes('yearly snapshot')))).toEqual(['2023-12-31 12:00:00', '2022-12-31 12:00:00', '2021-12-31 12:00:00'])
    expect(r.keep.at(-1)?.reasons).toEqual(['oldest yearly snapshot'])
    expect(times(r.keep).at(-1)).toBe('2021-01-01 12:00:00')
    expect(r.keep).toHaveLength(7 + 4 + 11 + 3)
    expect(r.keep.length + r.remove.length).toBe(days.length)
  })
})

describe('restic policy test list', () => {
  const keepOf = (p: KeepPolicy): string[] => times(applyPolicy(resticList, p, utc).keep)

  it('--keep-last N keeps the newest N, or everything when there are fewer', () => {
    expect(keepOf({ last: 10 })).toEqual(times([...resticList].sort((a, b) => b.time.getTime() - a.time.getTime()).slice(0, 10)))
    expect(keepOf({ last: 200 })).toHaveLength(resticList.length)
  })

  it('--keep-hourly keeps one per hour', () => {
    const kept = keepOf({ hourly: 20 })
    expect(kept.slice(0, 12)).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03', '2016-01-09 21:02:03', '2016-01-08 20:02:03', '2016-01-07 10:02:03',
      '2016-01-06 08:02:03', '2016-01-05 09:02:03', '2016-01-04 16:23:03', '2016-01-04 12:30:03', '2016-01-04 11:23:03', '2016-01-04 10:23:03', '2016-01-03 07:02:03'])
    expect(kept).toHaveLength(20)
  })

  it('--keep-daily 3 keeps the newest of each of the last three days', () => {
    expect(keepOf({ daily: 3 })).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03', '2016-01-09 21:02:03'])
  })

  it('--keep-weekly uses ISO weeks (Monday to Sunday)', () => {
    // 2016-01-18 is a Monday (week 3), 2016-01-12 a Tuesday (week 2), 2016-01-09 a Saturday (week 1)
    expect(keepOf({ weekly: 2 })).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03'])
    expect(keepOf({ weekly: 4 })).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03', '2016-01-09 21:02:03', '2016-01-03 07:02:03'])
  })

  it('--keep-monthly 6 and the rules combined', () => {
    expect(keepOf({ monthly: 6 })).toEqual(['2016-01-18 12:02:03', '2015-11-22 10:20:30', '2015-10-22 10:20:30', '2015-09-22 10:20:30', '2015-08-22 10:20:30', '2014-11-22 10:20:30'])
    const r = applyPolicy(resticList, { daily: 2, weekly: 2, monthly: 6 }, utc)
    expect(times(r.keep)).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03', '2015-11-22 10:20:30', '2015-10-22 10:20:30', '2015-09-22 10:20:30', '2015-08-22 10:20:30', '2014-11-22 10:20:30'])
    expect(r.keep[0].reasons).toEqual(['daily snapshot', 'weekly snapshot', 'monthly snapshot'])
    expect(r.keep[1].reasons).toEqual(['daily snapshot', 'weekly snapshot'])
  })

  it('--keep-yearly 10 with three years keeps the oldest snapshot too', () => {
    const r = applyPolicy(resticList, { yearly: 10 }, utc)
    expect(times(r.keep)).toEqual(['2016-01-18 12:02:03', '2015-11-22 10:20:30', '2014-11-22 10:20:30', '2014-08-08 10:20:30'])
    expect(r.keep.at(-1)?.reasons).toEqual(['oldest yearly snapshot'])
  })

  it('--keep-within counts back from the newest snapshot, on the calendar', () => {
    expect(keepOf({ within: parseDuration('1d') })).toEqual(['2016-01-18 12:02:03'])
    expect(keepOf({ within: parseDuration('7d') })).toEqual(['2016-01-18 12:02:03', '2016-01-12 21:08:03', '2016-01-12 21:02:03'])
    // one month back from 2016-01-18 12:02:03 is 2015-12-18: all of January 2016
    expect(keepOf({ within: parseDuration('1m') })).toHaveLength(19)
    expect(applyPolicy(resticList, { within: parseDuration('7d') }, utc).keep[0].reasons).toEqual(['within 7d'])
  })

  it('keep-tag lists: all tags of one list', () => {
    expect(keepOf({ tags: [['foo']] })).toHaveLength(18)
    expect(keepOf({ tags: [['foo', 'bar']] })).toHaveLength(4)
    expect(keepOf({ tags: [['foo'], ['bar']] })).toHaveLength(19)
  })

  it('every snapshot is either kept or removed, exactly once', () => {
    for (const p of [{ last: 5, daily: 5 }, { last: 2, daily: 10 }, { daily: 3, weekly: 4 }, { daily: 7, weekly: 2, monthly: 3, yearly: 10 }]) {
      const r = applyPolicy(resticList, p, utc)
      expect(r.keep.length + r.remove.length).toBe(resticList.length)
      expect(new Set([...r.keep.map(k => k.snapshot), ...r.remove]).size).toBe(resticList.length)
    }
  })
})

describe('policy details', () => {
  it('unlimited (-1) keeps one of every bucket', () => {
    const r = applyPolicy(resticList, { yearly: -1 }, utc)
    expect(times(r.keep)).toEqual(['2016-01-18 12:02:03', '2015-11-22 10:20:30', '2014-11-22 10:20:30', '2014-08-08 10:20:30'])
  })

  it('buckets follow the time zone: 23:30 UTC is the next day in Berlin', () => {
    const list = [snap('2019-09-01 21:30:00'), snap('2019-09-01 23:30:00')]
    expect(applyPolicy(list, { daily: 5 }, { timeZone: 'UTC' }).keep).toHaveLength(1 + 1) // same day; the oldest kept as the rule has count left
    expect(applyPolicy(list, { daily: 5 }, { timeZone: 'UTC' }).keep[1].reasons).toEqual(['oldest daily snapshot'])
    expect(applyPolicy(list, { daily: 1 }, { timeZone: 'UTC' }).keep).toHaveLength(1)
    expect(applyPolicy(list, { daily: 2 }, { timeZone: 'Europe/Berlin' }).keep.map(k => k.reasons)).toEqual([['daily snapshot'], ['daily snapshot']])
  })

  it('ISO weeks across the new year', () => {
    expect(isoWeek(2020, 12, 31)).toEqual({ year: 2020, week: 53 })
    expect(isoWeek(2021, 1, 3)).toEqual({ year: 2020, week: 53 })
    expect(isoWeek(2021, 1, 4)).toEqual({ year: 2021, week: 1 })
    expect(isoWeek(2019, 12, 30)).toEqual({ year: 2020, week: 1 })
  })

  it('refuses an empty policy and bad counts', () => {
    expect(() => applyPolicy(resticList, {}, utc)).toThrow(/no policy was specified, no snapshots will be removed/)
    expect(() => applyPolicy(resticList, { last: 0, daily: 0 }, utc)).toThrow(ForgetPolicyError)
    expect(() => applyPolicy(resticList, { daily: -2 }, utc)).toThrow(/keep-daily must be a whole number/)
    expect(() => applyPolicy(resticList, { last: 1.5 }, utc)).toThrow(/keep-last/)
    // a typo of a huge count, and an empty tag (which matches nothing: everything would go), are refused
    expect(() => applyPolicy(resticList, { daily: 99999999999999999999 }, utc)).toThrow(/keep-daily must be a whole number from 0 to 1000000/)
    expect(() => applyPolicy(resticList, { tags: [['']] }, utc)).toThrow(/keep-tag: a tag cannot be empty/)
    expect(() => applyPolicy(resticList, { daily: 1 }, { timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone/)
  })

  it('parses durations', () => {
    expect(parseDuration('1y5m7d2h')).toEqual({ years: 1, months: 5, days: 7, hours: 2 })
    expect(parseDuration('36h')).toEqual({ years: 0, months: 0, days: 0, hours: 36 })
    for (const bad of ['', '5', '1w', 'd1', '1d1d', '1d ']) expect(() => parseDuration(bad)).toThrow(ForgetPolicyError)
  })
})

describe('groups, filters and ids', () => {
  const list = [
    snap('2024-01-01 10:00:00', [], { host: 'a', paths: ['/srv'] }),
    snap('2024-01-02 10:00:00', ['db'], { host: 'a', paths: ['/srv'] }),
    snap('2024-01-03 10:00:00', [], { host: 'a', paths: ['/srv'] }),
    snap('2024-01-01 10:00:00', [], { host: 'b', paths: ['/srv'] }),
    snap('2024-01-02 10:00:00', [], { host: 'b', paths: ['/srv'] }),
    snap('2024-01-02 11:00:00', ['db'], { host: 'a', paths: ['/var/lib/db'] })
  ]

  it('applies the policy per host and paths group', () => {
    const groups = planForget(list, { last: 1 }, utc)
    expect(groups.map(g => [g.host, g.paths.join(' '), g.keep.length, g.remove.length])).toEqual([['a', '/srv', 1, 2], ['a', '/var/lib/db', 1, 0], ['b', '/srv', 1, 1]])
  })

  it('filters by host, path and tag', () => {
    expect(planForget(list, { last: 1 }, { ...utc, filter: { hosts: ['b'] } }).map(g => g.host)).toEqual(['b'])
    expect(planForget(list, { last: 1 }, { ...utc, filter: { paths: ['/var/lib/db'] } }).map(g => g.paths[0])).toEqual(['/var/lib/db'])
    expect(planForget(list, { last: 1 }, { ...utc, filter: { tags: [['db']] } }).flatMap(g => [...g.keep.map(k => k.snapshot), ...g.remove])).toHaveLength(2)
    expect(planForget(list, { last: 1 }, { ...utc, filter: { tags: [['']] } }).flatMap(g => [...g.keep.map(k => k.snapshot), ...g.remove])).toHaveLength(4)
  })

  it('selects snapshots by id prefix and refuses unknown ones', () => {
    expect(selectSnapshots(list, [list[2].id.slice(0, 8)])).toEqual([list[2]])
    expect(() => selectSnapshots(list, ['ffffffff'])).toThrow(/snapshot ffffffff not found/)
    expect(() => selectSnapshots(list, ['abab'])).toThrow(/not found/)
    expect(() => selectSnapshots(list, ['xyz'])).toThrow(/not a snapshot id/)
    expect(() => selectSnapshots(list, ['0000'])).toThrow(/ambiguous/)
  })
})
