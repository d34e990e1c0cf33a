import { describe, expect, it } from 'vitest'
import { calendarToCron, formatDurationSeconds, jitterOffsetMs, offsetSchedule, parseDurationSeconds, parseSchedule, ScheduleError, slotPassed } from './schedule.js'

// a fixed clock; schedules are evaluated in UTC here (TZ is the test process's, set below per schedule)
const T0 = Date.UTC(2026, 2, 4, 10, 17, 23) // Wed 2026-03-04 10:17:23 UTC
const utc = { timezone: 'UTC' }
const iso = (ms: number | null): string | null => ms === null ? null : new Date(ms).toISOString()

describe('durations', () => {
  it('parses 15m, 2h, 1d, 1h30m, 45s', () => {
    expect(parseDurationSeconds('15m', 'rpo')).toBe(900)
    expect(parseDurationSeconds('2h', 'rpo')).toBe(7200)
    expect(parseDurationSeconds('1d', 'rpo')).toBe(86400)
    expect(parseDurationSeconds('1h30m', 'rpo')).toBe(5400)
    expect(parseDurationSeconds('45s', 'rpo')).toBe(45)
    expect(formatDurationSeconds(5400)).toBe('1h30m')
    expect(formatDurationSeconds(86400 + 60)).toBe('1d1m')
  })

  it('refuses negative, zero, garbage and non-strings, naming the key', () => {
    for (const bad of ['-1h', '0m', 'soon', '2 hours', '', '1x', 3]) {
      expect(() => parseDurationSeconds(bad, 'sources[www].rpo')).toThrow(ScheduleError)
      expect(() => parseDurationSeconds(bad, 'sources[www].rpo')).toThrow(/sources\[www\]\.rpo/)
    }
  })
})

describe('schedules', () => {
  it('every 15m / every 1h: slots at whole multiples since the epoch', () => {
    const s = parseSchedule('every 15m', 'schedule')
    expect(iso(s.next(T0))).toBe('2026-03-04T10:30:00.000Z')
    expect(iso(s.next(Date.UTC(2026, 2, 4, 10, 30)))).toBe('2026-03-04T10:45:00.000Z')
    expect(iso(parseSchedule('every 1h', 'schedule').next(T0))).toBe('2026-03-04T11:00:00.000Z')
  })

  it('5-field cron through croner', () => {
    const s = parseSchedule('0 3 * * *', 'schedule', utc)
    expect(iso(s.next(T0))).toBe('2026-03-05T03:00:00.000Z')
    expect(iso(parseSchedule('*/20 * * * *', 'schedule', utc).next(T0))).toBe('2026-03-04T10:20:00.000Z')
  })

  it('the systemd-calendar subset', () => {
    expect(calendarToCron('daily')).toBe('0 0 0 * * *')
    expect(calendarToCron('*-*-* 03:00:00')).toBe('0 0 3 * * *')
    expect(calendarToCron('Mon..Fri 02:30')).toBe('0 30 2 * * 1-5')
    expect(calendarToCron('Sat,Sun 04:00')).toBe('0 0 4 * * 6,0')
    expect(calendarToCron('*-*-01 05:15')).toBe('0 15 5 1 * *')
    expect(iso(parseSchedule('hourly', 's', utc).next(T0))).toBe('2026-03-04T11:00:00.000Z')
    expect(iso(parseSchedule('weekly', 's', utc).next(T0))).toBe('2026-03-09T00:00:00.000Z') // Monday
    expect(iso(parseSchedule('monthly', 's', utc).next(T0))).toBe('2026-04-01T00:00:00.000Z')
    expect(iso(parseSchedule('*-*-* 03:00:00', 's', utc).next(T0))).toBe('2026-03-05T03:00:00.000Z')
    // Friday 2026-03-06 02:30, then (after it) Monday 03-09
    const wd = parseSchedule('Mon..Fri 02:30', 's', utc)
    expect(iso(wd.next(Date.UTC(2026, 2, 6, 1)))).toBe('2026-03-06T02:30:00.000Z')
    expect(iso(wd.next(Date.UTC(2026, 2, 6, 3)))).toBe('2026-03-09T02:30:00.000Z')
    expect(iso(parseSchedule('Sun 02:00', 's', utc).next(T0))).toBe('2026-03-08T02:00:00.000Z')
  })

  it('refuses unknown words and bad fields, naming the key', () => {
    for (const bad of ['evry 1h', 'every', 'every -5m', 'sometimes', '61 * * * *', 'Mon..Fry 02:30', '2019-*-* 03:00', '*-*-* 25:00', '', 7]) {
      expect(() => parseSchedule(bad, 'sources[www].schedule')).toThrow(ScheduleError)
      expect(() => parseSchedule(bad, 'sources[www].schedule')).toThrow(/sources\[www\]\.schedule/)
    }
  })

  it('slotPassed: a slot lies in (after, now]', () => {
    const s = parseSchedule('every 1h', 's')
    expect(slotPassed(s, Date.UTC(2026, 2, 4, 10), Date.UTC(2026, 2, 4, 10, 59))).toBe(false)
    expect(slotPassed(s, Date.UTC(2026, 2, 4, 10), Date.UTC(2026, 2, 4, 11))).toBe(true)
  })
})

describe('jitter', () => {
  it('is deterministic per peer and source, bounded, and differs between sources', () => {
    const a = jitterOffsetMs('12D3KooWpeer', 'www', 300)
    expect(jitterOffsetMs('12D3KooWpeer', 'www', 300)).toBe(a)
    expect(a).toBeGreaterThanOrEqual(0)
    expect(a).toBeLessThan(300_000)
    const offsets = new Set(['www', 'db', 'mail', 'logs', 'home'].map(n => jitterOffsetMs('12D3KooWpeer', n, 300)))
    expect(offsets.size).toBe(5)
    expect(jitterOffsetMs('12D3KooWpeer', 'www', 0)).toBe(0)
  })

  it('moves every slot by the offset', () => {
    const s = offsetSchedule(parseSchedule('every 1h', 's'), 90_000)
    expect(iso(s.next(T0))).toBe('2026-03-04T11:01:30.000Z')
    expect(iso(s.next(Date.UTC(2026, 2, 4, 11, 0, 30)))).toBe('2026-03-04T11:01:30.000Z')
    expect(iso(s.next(Date.UTC(2026, 2, 4, 11, 1, 30)))).toBe('2026-03-04T12:01:30.000Z')
  })
})
