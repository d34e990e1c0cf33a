/**
 * Forget: which snapshots a keep policy keeps, with restic's semantics (pure,
 * no I/O; the agent removes what this returns and prune frees the data).
 *
 * - Snapshots are grouped by host and paths (restic's default `--group-by
 *   host,paths`); the policy applies to each group on its own.
 * - In a group, newest first, each bucket rule (last, hourly, daily, weekly,
 *   monthly, yearly) keeps the newest snapshot of every distinct hour / day /
 *   ISO week / month / year until it has kept N of them (-1: no limit). When a
 *   rule still has count left at the oldest snapshot, that one is kept too
 *   ("oldest daily snapshot"): the longest history the counts allow.
 * - `within` keeps everything newer than (newest snapshot − duration);
 *   `tags` keeps snapshots carrying every tag of one of the tag lists.
 * - A snapshot kept by any rule is kept. An empty policy is refused, so that a
 *   mistyped command never removes everything.
 * - Calendar buckets use local time (like restic); `timeZone` overrides it.
 */

export class ForgetPolicyError extends Error {
  override name = 'ForgetPolicyError'
}

/** What the policy looks at in a snapshot. */
export interface ForgetSnapshot {
  /** Full id, hex. */
  id: string
  time: Date
  host: string
  paths: string[]
  tags: string[]
}

/** restic's duration: years, months, days, hours ("1y5m7d2h"). */
export interface Duration {
  years: number
  months: number
  days: number
  hours: number
}

export interface KeepPolicy {
  last?: number
  hourly?: number
  daily?: number
  weekly?: number
  monthly?: number
  yearly?: number
  /** Keep snapshots newer than the newest one minus this. */
  within?: Duration
  /** Keep snapshots that have all tags of any one of these lists. */
  tags?: string[][]
}

/** Which snapshots the policy looks at (restic's --host, --path, --tag). */
export interface SnapshotFilter {
  /** Any of these hosts. */
  hosts?: string[]
  /** Snapshots whose paths include every one of these. */
  paths?: string[]
  /** Tag lists: a snapshot matches when it has every tag of one list; [''] matches untagged ones. */
  tags?: string[][]
}

export interface KeptSnapshot<S> {
  snapshot: S
  reasons: string[]
}

export interface PolicyResult<S> {
  /** Newest first. */
  keep: Array<KeptSnapshot<S>>
  /** Newest first. */
  remove: S[]
}

export interface ForgetGroup<S> extends PolicyResult<S> {
  host: string
  paths: string[]
}

export interface PolicyOptions {
  /** IANA time zone for the calendar buckets (default: the process's local time). */
  timeZone?: string
  /** "Now", for `within` (snapshots in the future are not the newest). Default: the clock. */
  now?: Date
}

const COUNTS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const
/** Largest keep count accepted (more than a million snapshots is a typo; "unlimited" keeps all). */
export const MAX_KEEP = 1_000_000

/** Parse "1y5m7d2h" (any subset, in any order, each unit once). */
export function parseDuration (text: string): Duration {
  const d: Duration = { years: 0, months: 0, days: 0, hours: 0 }
  const units: Record<string, keyof Duration> = { y: 'years', m: 'months', d: 'days', h: 'hours' }
  const re = /(\d+)([ymdh])/gy
  const seen = new Set<string>()
  let pos = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (seen.has(m[2])) throw new ForgetPolicyError(`duration "${text}": unit ${m[2]} given twice`)
    seen.add(m[2])
    d[units[m[2]]] = Number(m[1])
    pos = re.lastIndex
  }
  if (text === '' || pos !== text.length) throw new ForgetPolicyError(`"${text}" is not a duration (e.g. 1y5m7d2h: years, months, days, hours)`)
  return d
}

export function formatDuration (d: Duration): string {
  const s = `${d.years > 0 ? `${d.years}y` : ''}${d.months > 0 ? `${d.months}m` : ''}${d.days > 0 ? `${d.days}d` : ''}${d.hours > 0 ? `${d.hours}h` : ''}`
  return s === '' ? '0h' : s
}

/** Refuse bad counts (integers ≥ -1) and an empty policy. */
export function validatePolicy (p: KeepPolicy): void {
  for (const k of COUNTS) {
    const v = p[k]
    if (v === undefined) continue
    if (!Number.isInteger(v) || v < -1 || v > MAX_KEEP) throw new ForgetPolicyError(`keep-${k} must be a whole number from 0 to ${MAX_KEEP} (or "unlimited"), not ${String(v)}`)
  }
  for (const list of p.tags ?? []) {
    if (list.length === 0 || list.some(t => t === '')) throw new ForgetPolicyError('keep-tag: a tag cannot be empty (an empty tag matches no snapshot: every snapshot would be removed)')
  }
  if (p.within !== undefined) {
    for (const [k, v] of Object.entries(p.within)) {
      if (!Number.isInteger(v) || v < 0) throw new ForgetPolicyError(`keep-within: ${k} must be a whole number ≥ 0, not ${String(v)}`)
    }
  }
  if (isEmptyPolicy(p)) throw new ForgetPolicyError('no policy was specified, no snapshots will be removed (give --keep-* options or snapshot ids)')
}

export function isEmptyPolicy (p: KeepPolicy): boolean {
  const within = p.within !== undefined && (p.within.years + p.within.months + p.within.days + p.within.hours) > 0
  return COUNTS.every(k => (p[k] ?? 0) === 0) && !within && (p.tags ?? []).length === 0
}

/** Local calendar fields of an instant. */
interface Fields { year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

function fieldsOf (t: Date, timeZone?: string): Fields {
  if (timeZone === undefined) {
    return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate(), hour: t.getHours(), minute: t.getMinutes(), second: t.getSeconds(), ms: t.getMilliseconds() }
  }
  let f = formatters.get(timeZone)
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    } catch {
      throw new ForgetPolicyError(`unknown time zone ${JSON.stringify(timeZone)}`)
    }
    formatters.set(timeZone, f)
  }
  const parts: Record<string, number> = {}
  for (const p of f.formatToParts(t)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second, ms: t.getUTCMilliseconds() }
}

/** ISO 8601 year and week of a calendar date. */
export function isoWeek (year: number, month: number, day: number): { year: number, week: number } {
  const date = Date.UTC(year, month - 1, day)
  const weekday = (new Date(date).getUTCDay() + 6) % 7 // Monday = 0
  const thursday = new Date(date + (3 - weekday) * 86_400_000)
  const y = thursday.getUTCFullYear()
  return { year: y, week: 1 + Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 / 7) }
}

type Bucker = (f: Fields, nr: number) => number

const BUCKETS: Array<{ key: typeof COUNTS[number], bucker: Bucker, reason: string }> = [
  { key: 'last', bucker: (_f, nr) => nr, reason: 'last snapshot' },
  { key: 'hourly', bucker: f => ((f.year * 100 + f.month) * 100 + f.day) * 100 + f.hour, reason: 'hourly snapshot' },
  { key: 'daily', bucker: f => (f.year * 100 + f.month) * 100 + f.day, reason: 'daily snapshot' },
  { key: 'weekly', bucker: f => { const w = isoWeek(f.year, f.month, f.day); return w.year * 100 + w.week }, reason: 'weekly snapshot' },
  { key: 'monthly', bucker: f => f.year * 100 + f.month, reason: 'monthly snapshot' },
  { key: 'yearly', bucker: f => f.year, reason: 'yearly snapshot' }
]

function hasTags (s: ForgetSnapshot, list: string[]): boolean {
  const wanted = list.filter(t => t !== '')
  if (wanted.length === 0) return s.tags.length === 0
  return wanted.every(t => s.tags.includes(t))
}

/** The instant `d` before `t`, counted on the local calendar (Go's AddDate, then hours). */
function before (t: Date, d: Duration, timeZone?: string): number {
  const f = fieldsOf(t, timeZone)
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms)
  const offset = wall - t.getTime()
  const back = Date.UTC(f.year - d.years, f.month - 1 - d.months, f.day - d.days, f.hour, f.minute, f.second, f.ms)
  return back - offset - d.hours * 3_600_000
}

/** Apply the policy to one group of snapshots (restic's ApplyPolicy). */
export function applyPolicy<S extends ForgetSnapshot> (snapshots: S[], policy: KeepPolicy, options: PolicyOptions = {}): PolicyResult<S> {
  validatePolicy(policy)
  const list = [...snapshots].sort((a, b) => b.time.getTime() - a.time.getTime())
  const keep: Array<KeptSnapshot<S>> = []
  const remove: S[] = []
  if (list.length === 0) return { keep, remove }
  const now = (options.now ?? new Date()).getTime()
  // The newest snapshot not in the future: `within` counts back from it.
  let latest: Date | undefined
  for (const s of list) if (s.time.getTime() < now && (latest === undefined || s.time > latest)) latest = s.time
  const buckets = BUCKETS.map(b => ({ ...b, count: policy[b.key] ?? 0, last: Number.NaN }))
  const withinFrom = policy.within === undefined || isEmptyPolicy({ within: policy.within })
    ? undefined
    : latest === undefined ? -Infinity : before(latest, policy.within, options.timeZone)
  list.forEach((cur, nr) => {
    const reasons: string[] = []
    for (const l of policy.tags ?? []) {
      if (hasTags(cur, l)) reasons.push(`has tags ${l.filter(t => t !== '').join(',') || '(none)'}`)
    }
    if (withinFrom !== undefined && cur.time.getTime() > withinFrom) reasons.push(`within ${formatDuration(policy.within as Duration)}`)
    const f = fieldsOf(cur.time, options.timeZone)
    for (const b of buckets) {
      if (b.count === 0) continue
      const val = b.bucker(f, nr)
      const oldest = nr === list.length - 1
      if (val !== b.last || oldest) {
        // The oldest snapshot is kept while the rule has count left: the longest history.
        reasons.push(val === b.last ? `oldest ${b.reason}` : b.reason)
        b.last = val
        if (b.count > 0) b.count--
      }
    }
    if (reasons.length > 0) keep.push({ snapshot: cur, reasons })
    else remove.push(cur)
  })
  return { keep, remove }
}

/** Does a snapshot pass the filter (restic's --host, --path, --tag)? */
export function matchesFilter (s: ForgetSnapshot, filter: SnapshotFilter = {}): boolean {
  if ((filter.hosts ?? []).length > 0 && !(filter.hosts as string[]).includes(s.host)) return false
  if ((filter.paths ?? []).length > 0 && !(filter.paths as string[]).every(p => s.paths.includes(p))) return false
  if ((filter.tags ?? []).length > 0 && !(filter.tags as string[][]).some(l => hasTags(s, l))) return false
  return true
}

/** Filter, group by host and paths, and apply the policy to each group. */
export function planForget<S extends ForgetSnapshot> (snapshots: S[], policy: KeepPolicy, options: PolicyOptions & { filter?: SnapshotFilter } = {}): Array<ForgetGroup<S>> {
  validatePolicy(policy)
  const groups = new Map<string, { host: string, paths: string[], list: S[] }>()
  for (const s of snapshots) {
    if (!matchesFilter(s, options.filter)) continue
    const paths = [...s.paths].sort()
    const key = JSON.stringify([s.host, paths])
    const g = groups.get(key) ?? { host: s.host, paths, list: [] }
    g.list.push(s)
    groups.set(key, g)
  }
  return [...groups].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    .map(([, g]) => ({ host: g.host, paths: g.paths, ...applyPolicy(g.list, policy, options) }))
}

/** Resolve snapshot ids or unique prefixes (≥ 4 hex digits); an unknown or ambiguous one is an error. */
export function selectSnapshots<S extends ForgetSnapshot> (snapshots: S[], refs: string[]): S[] {
  const out = new Map<string, S>()
  for (const ref of refs) {
    if (!/^[0-9a-f]{4,64}$/i.test(ref)) throw new ForgetPolicyError(`"${ref}" is not a snapshot id (hex, at least 4 digits)`)
    const matches = snapshots.filter(s => s.id.startsWith(ref.toLowerCase()))
    if (matches.length === 0) throw new ForgetPolicyError(`snapshot ${ref} not found`)
    if (matches.length > 1) throw new ForgetPolicyError(`snapshot id prefix ${ref} is ambiguous (${matches.length} snapshots)`)
    out.set(matches[0].id, matches[0])
  }
  return [...out.values()]
}
