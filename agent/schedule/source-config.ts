/**
 * The scheduler's part of config.yaml: `sources:`, `passphraseFile:`,
 * `runs:` and `prune:`, validated key by key (a ConfigError names the key,
 * e.g. `sources[1].schedule`). Called from validateConfig (agent/config.ts).
 *
 *   passphraseFile: /etc/meshbackup/passphrase   # owner passphrase, mode 0600/0400; needed with any source
 *   runs: { keep: 200 }                          # run records kept per source
 *   prune: { schedule: weekly }                  # the agent prunes unused packs on this schedule
 *   sources:
 *     - name: www
 *       paths: [/srv/www]           # or command: pg_dump -Fc app (its stdout is one file)
 *       exclude: ['*.tmp']
 *       tags: [web]
 *       schedule: every 1h          # none: by hand only (meshbackup run www)
 *       jitter: 5m                  # fixed per-source offset in [0, jitter)
 *       type: incremental           # or plan: { full: 'Sun 02:00', otherwise: incremental }
 *       rpo: 2h
 *       rto: 30m
 *       keep: { daily: 7, weekly: 4, monthly: 12 }
 *       hooks: { before: /usr/local/bin/pre-backup, after: …, failure: …, timeout: 5m }
 *       onInfeasible: degrade       # or fail
 *       retry: { max: 3, backoff: 1m }
 */
import { accessSync, constants, statSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { isAbsolute } from 'node:path'
import YAML from 'yaml'
import { ConfigError } from '../config.js'
import { compileExcludes } from '../backup/exclude.js'
import { ForgetPolicyError, formatDuration, parseDuration as parseKeepDuration } from '../prune/retention.js'
import type { KeepPolicy } from '../prune/retention.js'
import { BACKUP_TYPES_TEXT, isBackupType } from '../snapshot/snapshot-type.js'
import type { BackupType } from '../snapshot/snapshot-type.js'
import { DEFAULT_HOOK_TIMEOUT_SECONDS, DEFAULT_RETRY, DEFAULT_RUNS_KEEP } from './constants.js'
import { formatDurationSeconds, parseDurationSeconds, parseSchedule, ScheduleError } from './schedule.js'

/** Which backup type a run of a paths source makes. */
export type TypePlan =
  | { kind: 'fixed', type: BackupType }
  /** A full backup when a slot of `full` passed since the last successful full one, `otherwise` else. */
  | { kind: 'plan', full: string, otherwise: BackupType }

export interface HooksConfig {
  before: string | null
  after: string | null
  failure: string | null
  timeoutSeconds: number
}

export interface SourceConfig {
  name: string
  /** Empty for a command source. */
  paths: string[]
  /** Run with /bin/sh -c; its stdout is backed up as one file. null: a paths source. */
  command: string | null
  exclude: string[]
  tags: string[]
  /** null: runs by hand only. */
  schedule: string | null
  jitterSeconds: number
  plan: TypePlan
  rpoSeconds: number
  rtoSeconds: number | null
  /** The forget policy applied to this source's snapshots after each success; null: keep all. */
  keep: KeepPolicy | null
  hooks: HooksConfig
  onInfeasible: 'degrade' | 'fail'
  retry: { max: number, backoffSeconds: number }
}

export interface OperationsConfig {
  sources: SourceConfig[]
  /** A file holding the owner's passphrase (the unattended agent opens the repository with it). */
  passphraseFile: string | null
  runs: { keep: number }
  prune: { schedule: string | null }
}


/** The keys of the scheduler's top-level sections (validateConfig lists them as known). */
export const OPERATIONS_KEYS = ['sources', 'passphraseFile', 'runs', 'prune']

const SOURCE_KEYS = ['name', 'paths', 'command', 'exclude', 'tags', 'schedule', 'jitter', 'type', 'plan', 'rpo', 'rto', 'keep', 'hooks', 'onInfeasible', 'retry']
const KEEP_COUNTS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/

function mapping (v: unknown, what: string, keys: string[]): Record<string, unknown> {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`${what} must be a mapping`)
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) throw new ConfigError(`unknown setting ${what}.${k} (known: ${keys.join(', ')})`)
  }
  return v as Record<string, unknown>
}

function strings (v: unknown, what: string): string[] {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v) || !v.every(x => typeof x === 'string' && x !== '')) throw new ConfigError(`${what} must be a list of strings`)
  return v as string[]
}

/** Errors of the pure parsers, as ConfigErrors (their messages name the key already). */
function configured<T> (fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof ScheduleError) throw new ConfigError(err.message)
    throw err
  }
}

function duration (v: unknown, what: string): number {
  return configured(() => parseDurationSeconds(v, what))
}

function optionalDuration (v: unknown, what: string, dflt: number): number {
  return v === undefined || v === null ? dflt : duration(v, what)
}

/** An executable file (a hook): absolute path, a regular file, executable by this user. */
/** An absolute path to an existing regular file, stat'ed; `needs` says what it must be in the message. */
function regularFile (v: unknown, what: string, needs: string): { path: string, st: Stats } {
  if (typeof v !== 'string' || v === '') throw new ConfigError(`${what} must be the path of ${needs}`)
  if (!isAbsolute(v)) throw new ConfigError(`${what}: "${v}" must be an absolute path`)
  let st: Stats
  try {
    st = statSync(v)
  } catch (err) {
    throw new ConfigError(`${what}: "${v}" cannot be found (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
  if (!st.isFile()) throw new ConfigError(`${what}: "${v}" is not a file`)
  return { path: v, st }
}

export function checkExecutable (value: unknown, what: string): string {
  const { path: v } = regularFile(value, what, 'an executable file')
  try {
    accessSync(v, constants.X_OK)
  } catch {
    throw new ConfigError(`${what}: "${v}" is not executable (chmod +x it)`)
  }
  return v
}

/** The passphrase file: readable by this user, not by its group or others. */
export function checkPassphraseFile (value: unknown, what = 'passphraseFile'): string {
  const { path: v, st } = regularFile(value, what, 'a file holding the owner\'s passphrase')
  if ((st.mode & 0o077) !== 0) throw new ConfigError(`${what}: "${v}" is readable by its group or others (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`)
  try {
    accessSync(v, constants.R_OK)
  } catch {
    throw new ConfigError(`${what}: "${v}" is not readable by this user`)
  }
  return v
}

function keepPolicy (v: unknown, what: string): KeepPolicy | null {
  if (v === undefined || v === null) return null
  const k = mapping(v, what, [...KEEP_COUNTS, 'within', 'tags'])
  const p: KeepPolicy = {}
  for (const c of KEEP_COUNTS) {
    const n = k[c]
    if (n === undefined) continue
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new ConfigError(`${what}.${c} must be a whole number ≥ 0, got ${JSON.stringify(n)}`)
    p[c] = n
  }
  if (k.within !== undefined) {
    if (typeof k.within !== 'string') throw new ConfigError(`${what}.within must be a duration such as 7d or 1y2m`)
    try {
      p.within = parseKeepDuration(k.within)
    } catch (err) {
      if (err instanceof ForgetPolicyError) throw new ConfigError(`${what}.within: ${err.message}`)
      throw err
    }
  }
  if (k.tags !== undefined) {
    if (!Array.isArray(k.tags)) throw new ConfigError(`${what}.tags must be a list of tag lists`)
    p.tags = k.tags.map((l, i) => strings(Array.isArray(l) ? l : [l], `${what}.tags[${i}]`))
  }
  const within = p.within !== undefined && p.within.years + p.within.months + p.within.days + p.within.hours > 0
  if (KEEP_COUNTS.every(c => (p[c] ?? 0) === 0) && !within && (p.tags ?? []).length === 0) {
    throw new ConfigError(`${what} keeps nothing: give at least one of ${KEEP_COUNTS.join(', ')}, within, tags above 0 (or leave keep out to keep every snapshot)`)
  }
  return p
}

function backupType (v: unknown, what: string): BackupType {
  if (!isBackupType(v)) throw new ConfigError(`${what} must be ${BACKUP_TYPES_TEXT}, got ${JSON.stringify(v)}`)
  return v
}

function typePlan (s: Record<string, unknown>, what: string, command: boolean): TypePlan {
  if (s.type !== undefined && s.plan !== undefined) throw new ConfigError(`${what}: give type or plan, not both`)
  if (command && (s.type !== undefined || s.plan !== undefined)) throw new ConfigError(`${what}: type and plan apply to paths sources (a command's output is stored whole each run)`)
  if (s.plan !== undefined) {
    const p = mapping(s.plan, `${what}.plan`, ['full', 'otherwise'])
    if (p.full === undefined) throw new ConfigError(`${what}.plan.full: the schedule of the full backups is needed (e.g. 'Sun 02:00')`)
    const full = configured(() => parseSchedule(p.full, `${what}.plan.full`)).text
    const otherwise = p.otherwise === undefined ? 'incremental' : backupType(p.otherwise, `${what}.plan.otherwise`)
    if (otherwise === 'full') throw new ConfigError(`${what}.plan.otherwise must be incremental or differential (use type: full for full runs only)`)
    return { kind: 'plan', full, otherwise }
  }
  return { kind: 'fixed', type: s.type === undefined ? (command ? 'full' : 'incremental') : backupType(s.type, `${what}.type`) }
}

function source (v: unknown, what: string): SourceConfig {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`${what} must be a mapping (name, paths or command, schedule, rpo …)`)
  const s = mapping(v, what, SOURCE_KEYS)
  if (typeof s.name !== 'string' || !NAME.test(s.name)) throw new ConfigError(`${what}.name must be a name (letters, digits, . _ -, up to 63), got ${JSON.stringify(s.name)}`)
  const at = `sources[${s.name}]`
  const hasPaths = s.paths !== undefined && s.paths !== null
  const hasCommand = s.command !== undefined && s.command !== null
  if (hasPaths === hasCommand) throw new ConfigError(`${at}: give either paths (files to back up) or command (its output is backed up), ${hasPaths ? 'not both' : 'one of them is needed'}`)
  const paths = strings(s.paths, `${at}.paths`)
  if (hasPaths && paths.length === 0) throw new ConfigError(`${at}.paths must list at least one path`)
  for (const p of paths) if (!isAbsolute(p)) throw new ConfigError(`${at}.paths: "${p}" must be an absolute path`)
  if (hasCommand && (typeof s.command !== 'string' || s.command.trim() === '')) throw new ConfigError(`${at}.command must be a shell command line`)
  if (hasCommand && s.exclude !== undefined) throw new ConfigError(`${at}.exclude applies to paths sources only`)
  const h = mapping(s.hooks, `${at}.hooks`, ['before', 'after', 'failure', 'timeout'])
  const hook = (k: 'before' | 'after' | 'failure'): string | null => h[k] === undefined || h[k] === null ? null : checkExecutable(h[k], `${at}.hooks.${k}`)
  const r = mapping(s.retry, `${at}.retry`, ['max', 'backoff'])
  if (r.max !== undefined && (typeof r.max !== 'number' || !Number.isInteger(r.max) || r.max < 0 || r.max > 100)) throw new ConfigError(`${at}.retry.max must be a whole number from 0 to 100, got ${JSON.stringify(r.max)}`)
  if (s.onInfeasible !== undefined && s.onInfeasible !== 'degrade' && s.onInfeasible !== 'fail') throw new ConfigError(`${at}.onInfeasible must be degrade or fail, got ${JSON.stringify(s.onInfeasible)}`)
  if (s.rpo === undefined || s.rpo === null) throw new ConfigError(`${at}.rpo: the recovery point objective is needed (e.g. rpo: 2h)`)
  const schedule = s.schedule === undefined || s.schedule === null ? null : configured(() => parseSchedule(s.schedule, `${at}.schedule`)).text
  const exclude = strings(s.exclude, `${at}.exclude`)
  try {
    compileExcludes(exclude)
  } catch (err) {
    throw new ConfigError(`${at}.exclude: ${(err as Error).message}`)
  }
  return {
    name: s.name,
    paths,
    command: hasCommand ? (s.command as string) : null,
    exclude,
    tags: strings(s.tags, `${at}.tags`),
    schedule,
    jitterSeconds: s.jitter === undefined || s.jitter === null || s.jitter === 0 || s.jitter === '0' ? 0 : duration(s.jitter, `${at}.jitter`),
    plan: typePlan(s, at, hasCommand),
    rpoSeconds: duration(s.rpo, `${at}.rpo`),
    rtoSeconds: s.rto === undefined || s.rto === null ? null : duration(s.rto, `${at}.rto`),
    keep: keepPolicy(s.keep, `${at}.keep`),
    hooks: { before: hook('before'), after: hook('after'), failure: hook('failure'), timeoutSeconds: optionalDuration(h.timeout, `${at}.hooks.timeout`, DEFAULT_HOOK_TIMEOUT_SECONDS) },
    onInfeasible: s.onInfeasible ?? 'degrade',
    retry: {
      max: (r.max as number | undefined) ?? DEFAULT_RETRY.max,
      backoffSeconds: optionalDuration(r.backoff, `${at}.retry.backoff`, DEFAULT_RETRY.backoffSeconds)
    }
  }
}

/** Validate the scheduler's sections of a parsed config document (`c`: its top-level mapping). */
export function validateOperations (c: Record<string, unknown>): OperationsConfig {
  if (c.sources !== undefined && c.sources !== null && !Array.isArray(c.sources)) throw new ConfigError('sources must be a list of sources')
  const raw = (c.sources ?? []) as unknown[]
  const sources = raw.map((s, i) => source(s, `sources[${i}]`))
  const seen = new Set<string>()
  for (const s of sources) {
    if (seen.has(s.name)) throw new ConfigError(`sources: the name "${s.name}" is given twice (sources[].name must be unique)`)
    seen.add(s.name)
  }
  const passphraseFile = c.passphraseFile === undefined || c.passphraseFile === null ? null : checkPassphraseFile(c.passphraseFile)
  if (sources.length > 0 && passphraseFile === null) throw new ConfigError('passphraseFile: the owner\'s passphrase file is needed to run sources unattended (a file of mode 600 holding the passphrase)')
  const runs = mapping(c.runs, 'runs', ['keep'])
  if (runs.keep !== undefined && (typeof runs.keep !== 'number' || !Number.isInteger(runs.keep) || runs.keep < 1 || runs.keep > 10_000)) throw new ConfigError(`runs.keep must be a whole number from 1 to 10000, got ${JSON.stringify(runs.keep)}`)
  const prune = mapping(c.prune, 'prune', ['schedule'])
  return {
    sources,
    passphraseFile,
    runs: { keep: (runs.keep as number | undefined) ?? DEFAULT_RUNS_KEEP },
    prune: { schedule: prune.schedule === undefined || prune.schedule === null ? null : configured(() => parseSchedule(prune.schedule, 'prune.schedule')).text }
  }
}

function keepYaml (p: KeepPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const c of KEEP_COUNTS) if (p[c] !== undefined) out[c] = p[c]
  if (p.within !== undefined) out.within = formatDuration(p.within)
  if (p.tags !== undefined) out.tags = p.tags
  return out
}

/** The scheduler's sections as config.yaml text, with a commented example when there is no source (saveConfig). */
export function operationsYaml (o: OperationsConfig): string {
  const head = `# Sources and schedules: what this agent backs up by itself (README "Sources and schedules").
# passphraseFile: a file (mode 600) holding the owner's passphrase; needed with any source.
# runs.keep: run records kept per source. prune.schedule: when the agent prunes unused packs.
# A source has name, paths (or command: its stdout is one file), exclude, tags,
# schedule (every 1h | 5-field cron | daily, Mon..Fri 02:30, *-*-* 03:00:00),
# jitter, type (incremental|differential|full) or plan { full: SCHEDULE, otherwise: TYPE },
# rpo, rto (durations: 15m, 2h, 1d), keep (last, hourly, daily, weekly, monthly,
# yearly, within, tags), hooks { before, after, failure: executable paths; timeout },
# onInfeasible (degrade|fail) and retry { max, backoff }.
`
  const runs = o.runs.keep === DEFAULT_RUNS_KEEP ? `# runs:\n#   keep: ${DEFAULT_RUNS_KEEP}\n` : `runs:\n  keep: ${o.runs.keep}\n`
  const prune = o.prune.schedule === null ? '# prune:\n#   schedule: weekly\n' : `prune:\n  schedule: ${JSON.stringify(o.prune.schedule)}\n`
  if (o.sources.length === 0) {
    return `${head}# passphraseFile: /etc/meshbackup/passphrase
# sources:
#   - name: www
#     paths: [/srv/www]
#     exclude: ['*.tmp']
#     schedule: every 1h
#     jitter: 5m
#     plan: { full: 'Sun 02:00', otherwise: incremental }
#     rpo: 2h
#     rto: 30m
#     keep: { daily: 7, weekly: 4, monthly: 12 }
#     hooks: { before: /usr/local/bin/pre-backup, timeout: 5m }
#     retry: { max: 3, backoff: 1m }
#   - name: db
#     command: pg_dump -Fc app
#     schedule: '0 3 * * *'
#     rpo: 26h
${runs}${prune}`
  }
  const sources = o.sources.map(s => {
    const out: Record<string, unknown> = { name: s.name }
    if (s.command !== null) out.command = s.command; else out.paths = s.paths
    if (s.exclude.length > 0) out.exclude = s.exclude
    if (s.tags.length > 0) out.tags = s.tags
    if (s.schedule !== null) out.schedule = s.schedule
    if (s.jitterSeconds > 0) out.jitter = formatDurationSeconds(s.jitterSeconds)
    if (s.command === null) {
      if (s.plan.kind === 'plan') out.plan = { full: s.plan.full, otherwise: s.plan.otherwise }
      else out.type = s.plan.type
    }
    out.rpo = formatDurationSeconds(s.rpoSeconds)
    if (s.rtoSeconds !== null) out.rto = formatDurationSeconds(s.rtoSeconds)
    if (s.keep !== null) out.keep = keepYaml(s.keep)
    const hooks: Record<string, unknown> = {}
    for (const k of ['before', 'after', 'failure'] as const) if (s.hooks[k] !== null) hooks[k] = s.hooks[k]
    hooks.timeout = formatDurationSeconds(s.hooks.timeoutSeconds)
    out.hooks = hooks
    out.onInfeasible = s.onInfeasible
    out.retry = { max: s.retry.max, backoff: formatDurationSeconds(s.retry.backoffSeconds) }
    return out
  })
  return `${head}passphraseFile: ${JSON.stringify(o.passphraseFile)}\n${YAML.stringify({ sources })}${runs}${prune}`
}
