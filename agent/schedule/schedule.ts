/**
 * Schedules and durations of the `sources:` config, pure (no timers, no
 * clock: every function takes the time it reasons about).
 *
 * A schedule is one of
 *   - a plain interval: `every 15m`, `every 1h`, `every 1d` (slots at whole
 *     multiples of the interval since the epoch, so they survive restarts);
 *   - a 5-field cron expression (`0 3 * * *`), evaluated by croner;
 *   - a systemd-calendar subset: `hourly`, `daily`, `weekly`, `monthly`,
 *     `yearly`, and `[DOW] [*-*-*|YYYY-MM-DD|*-MM-DD] HH:MM[:SS]` with DOW a
 *     day (`Mon`), a range (`Mon..Fri`) or a list (`Sat,Sun`); translated to a
 *     6-field croner pattern.
 * Jitter: every source gets a fixed offset in [0, jitter), a hash of the peer
 * id and the source name, so two agents (or two sources) with the same
 * schedule do not start at the same second, and one source always starts at
 * the same offset.
 */
import { createHash } from 'node:crypto'
import { Cron } from 'croner'

export class ScheduleError extends Error {
  override name = 'ScheduleError'
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 7 * 86400 }

/** "15m", "2h", "1d", "1h30m", "45s" → seconds (a positive whole number). */
export function parseDurationSeconds (text: unknown, what: string): number {
  if (typeof text !== 'string') throw new ScheduleError(`${what} must be a duration such as 15m, 2h or 1d, got ${JSON.stringify(text)}`)
  const t = text.trim()
  const re = /(\d+)([smhdw])/gy
  let total = 0
  let pos = 0
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]]
    pos = re.lastIndex
  }
  if (t === '' || pos !== t.length) throw new ScheduleError(`${what}: "${text}" is not a duration (examples: 15m, 2h, 1d, 1h30m; units s m h d w)`)
  if (total <= 0) throw new ScheduleError(`${what}: "${text}" must be longer than 0`)
  if (total > 10 * 365 * 86400) throw new ScheduleError(`${what}: "${text}" is longer than ten years`)
  return total
}

/** Seconds as the shortest duration text: 7200 → "2h", 5400 → "1h30m". */
export function formatDurationSeconds (seconds: number): string {
  let rest = Math.floor(seconds)
  let out = ''
  for (const [u, v] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= v) { out += `${Math.floor(rest / v)}${u}`; rest %= v }
  }
  return out === '' ? '0s' : out
}

export interface Schedule {
  /** As written in the config. */
  readonly text: string
  /** The first slot strictly after `afterMs`; null: none (a calendar date in the past). */
  next: (afterMs: number) => number | null
}

const NAMED: Record<string, string> = {
  minutely: '0 * * * * *',
  hourly: '0 0 * * * *',
  daily: '0 0 0 * * *',
  weekly: '0 0 0 * * 1',
  monthly: '0 0 0 1 * *',
  yearly: '0 0 0 1 1 *',
  annually: '0 0 0 1 1 *'
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

function dayIndex (word: string): number {
  const i = DAYS.indexOf(word.slice(0, 3).toLowerCase())
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
  if (i < 0 || !(word.length === 3 || full[i] === word.toLowerCase())) throw new ScheduleError(`"${word}" is not a day of the week (Mon, Tue … Sun)`)
  return i
}

/** "Mon..Fri", "Sat,Sun", "Mon" → a croner day-of-week field. */
function weekdays (field: string): string {
  return field.split(',').map(part => {
    const r = part.split('..')
    if (r.length === 2) return `${dayIndex(r[0])}-${dayIndex(r[1])}`
    if (r.length === 1) return String(dayIndex(r[0]))
    throw new ScheduleError(`"${part}" is not a day or a range of days`)
  }).join(',')
}

/** A systemd time or date component: "*", a number, a list "0,30", a step "0/15" → croner's syntax. */
function component (v: string, max: number): string {
  if (v === '*') return '*'
  return v.split(',').map(p => {
    const m = /^(\d{1,4})(?:\/(\d{1,3}))?$/.exec(p)
    if (m === null || Number(m[1]) > max) throw new ScheduleError(`"${v}" is not a calendar value`)
    return m[2] === undefined ? String(Number(m[1])) : `${Number(m[1])}/${Number(m[2])}`
  }).join(',')
}

/** The systemd-calendar subset → a 6-field croner pattern; undefined: not a calendar form. */
export function calendarToCron (text: string): string | undefined {
  const t = text.trim()
  const named = NAMED[t.toLowerCase()]
  if (named !== undefined) return named
  const parts = t.split(/\s+/)
  let dow = '*'
  if (parts.length > 0 && /^[A-Za-z]/.test(parts[0])) dow = weekdays(parts.shift() as string)
  let dom = '*'
  let month = '*'
  if (parts.length > 0 && parts[0].includes('-')) {
    const date = (parts.shift() as string).split('-')
    if (date.length !== 3) throw new ScheduleError(`the date must be YYYY-MM-DD (each part may be *)`)
    if (date[0] !== '*') throw new ScheduleError(`a year other than * is not supported in a schedule`)
    month = component(date[1], 12)
    dom = component(date[2], 31)
  }
  if (parts.length !== 1 || !parts[0].includes(':')) {
    if (dow !== '*' && parts.length === 0) return `0 0 0 ${dom} ${month} ${dow}`
    return undefined
  }
  const time = parts[0].split(':')
  if (time.length < 2 || time.length > 3) throw new ScheduleError(`the time must be HH:MM or HH:MM:SS`)
  const [h, mi, s] = [component(time[0], 23), component(time[1], 59), time[2] === undefined ? '0' : component(time[2], 59)]
  return `${s} ${mi} ${h} ${dom} ${month} ${dow}`
}

class IntervalSchedule implements Schedule {
  constructor (readonly text: string, private readonly ms: number) {}
  next (afterMs: number): number {
    return (Math.floor(afterMs / this.ms) + 1) * this.ms
  }
}

class CronSchedule implements Schedule {
  private readonly cron: Cron
  constructor (readonly text: string, pattern: string, timezone?: string) {
    this.cron = new Cron(pattern, { paused: true, ...(timezone !== undefined ? { timezone } : {}) })
  }

  next (afterMs: number): number | null {
    return this.cron.nextRun(new Date(afterMs))?.getTime() ?? null
  }
}

const EXAMPLES = 'examples: every 1h, every 15m, 0 3 * * *, daily, Mon..Fri 02:30, *-*-* 03:00:00'

/** Parse a schedule; a ScheduleError names `what`. */
export function parseSchedule (text: unknown, what: string, options: { timezone?: string } = {}): Schedule {
  if (typeof text !== 'string' || text.trim() === '') throw new ScheduleError(`${what} must be a schedule (${EXAMPLES}), got ${JSON.stringify(text)}`)
  const t = text.trim()
  const every = /^every\s+(\S+)$/i.exec(t)
  if (every !== null) return new IntervalSchedule(t, parseDurationSeconds(every[1], what) * 1000)
  let pattern: string | undefined
  try {
    pattern = /^[\d*]/.test(t) && t.split(/\s+/).length === 5 ? t : calendarToCron(t)
  } catch (err) {
    throw new ScheduleError(`${what}: "${t}" is not a schedule: ${(err as Error).message} (${EXAMPLES})`)
  }
  if (pattern === undefined) throw new ScheduleError(`${what}: "${t}" is not a schedule (${EXAMPLES})`)
  try {
    const s = new CronSchedule(t, pattern, options.timezone)
    if (s.next(Date.now()) === null) throw new Error('it never comes again')
    return s
  } catch (err) {
    throw new ScheduleError(`${what}: "${t}" is not a schedule: ${(err as Error).message} (${EXAMPLES})`)
  }
}

/** The source's fixed jitter offset in ms, in [0, jitterSeconds): a hash of the peer id and the source name. */
export function jitterOffsetMs (peerId: string, source: string, jitterSeconds: number): number {
  if (jitterSeconds <= 0) return 0
  const h = createHash('sha256').update(`${peerId}\0${source}`).digest()
  return h.readUInt32BE(0) % Math.floor(jitterSeconds * 1000)
}

/** A schedule with a fixed offset: every slot moved `offsetMs` later. */
export function offsetSchedule (s: Schedule, offsetMs: number): Schedule {
  if (offsetMs === 0) return s
  return {
    text: s.text,
    next: afterMs => {
      const n = s.next(afterMs - offsetMs)
      return n === null ? null : n + offsetMs
    }
  }
}

/** Whether a slot of `s` lies in (afterMs, nowMs]: a slot passed since `afterMs`. */
export function slotPassed (s: Schedule, afterMs: number, nowMs: number): boolean {
  const n = s.next(afterMs)
  return n !== null && n <= nowMs
}
