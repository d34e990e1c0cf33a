/**
 * One `forget` run as the control API asks for it: check the request, choose
 * the snapshots to remove (keep policy or ids), remove them from the index and
 * publish a new catalog version (so the members drop them), then prune if
 * asked. A dry run reports the same figures and changes nothing.
 */
import { ForgetPolicyError, MAX_KEEP, parseDuration, planForget, selectSnapshots, validatePolicy } from './retention.js'
import type { ForgetGroup, KeepPolicy, SnapshotFilter } from './retention.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { prune } from './prune.js'
import type { PruneComponents, PruneProgress, PruneResult } from './prune.js'

/** The request body of POST /v1/forget (JSON, checked here). */
export interface ForgetRequest {
  policy?: KeepPolicy
  /** Snapshot ids or prefixes to remove (instead of a policy). */
  ids?: string[]
  filter?: SnapshotFilter
  prune: boolean
  /** Prune only: remove no snapshot. */
  pruneOnly: boolean
  dryRun: boolean
  repackUnused?: number
  timeZone?: string
}

export interface SnapshotLine {
  id: string
  short: string
  time: string
  host: string
  paths: string[]
  tags: string[]
  reasons?: string[]
}

export interface ForgetResult {
  dryRun: boolean
  groups: Array<{ host: string, paths: string[], keep: SnapshotLine[], remove: SnapshotLine[] }>
  removed: number
  catalog?: unknown
  prune?: PruneResult
}

const COUNT_KEYS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const

function strings (v: unknown, what: string): string[] | undefined {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v) || !v.every(x => typeof x === 'string')) throw new ForgetPolicyError(`${what}: a list of strings`)
  return v as string[]
}

/** Check a JSON request body; bad input is a ForgetPolicyError with a clear message. */
export function parseForgetRequest (body: Record<string, unknown>): ForgetRequest {
  const raw = (body.policy ?? {}) as Record<string, unknown>
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ForgetPolicyError('policy: an object')
  const policy: KeepPolicy = {}
  for (const k of COUNT_KEYS) {
    const v = raw[k]
    if (v === undefined || v === null) continue
    if (typeof v !== 'number' || !Number.isInteger(v) || v < -1 || v > MAX_KEEP) throw new ForgetPolicyError(`keep-${k} must be a whole number from 0 to ${MAX_KEEP} (or "unlimited"), not ${JSON.stringify(v)}`)
    policy[k] = v
  }
  if (raw.within !== undefined && raw.within !== null) {
    if (typeof raw.within !== 'string') throw new ForgetPolicyError('keep-within: a duration such as 7d or 1y2m')
    policy.within = parseDuration(raw.within)
  }
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!Array.isArray(raw.tags)) throw new ForgetPolicyError('keep-tag: a list of tag lists')
    policy.tags = raw.tags.map((l, i) => strings(l, `keep-tag ${i + 1}`) ?? [])
    if (policy.tags.some(l => l.length === 0 || l.some(t => t.trim() === ''))) throw new ForgetPolicyError('keep-tag: a tag cannot be empty (an empty tag matches no snapshot: every snapshot would be removed)')
  }
  const f = (body.filter ?? {}) as Record<string, unknown>
  const filter: SnapshotFilter = {
    hosts: strings(f.hosts, 'host'),
    paths: strings(f.paths, 'path'),
    tags: f.tags === undefined || f.tags === null ? undefined : (Array.isArray(f.tags) ? f.tags : [f.tags]).map((l, i) => strings(l, `tag ${i + 1}`) ?? [])
  }
  const repackUnused = body.repackUnused === undefined || body.repackUnused === null ? undefined : Number(body.repackUnused)
  if (repackUnused !== undefined && !(repackUnused >= 0 && repackUnused <= 1)) throw new ForgetPolicyError(`repack threshold: a share between 0 and 1, not ${JSON.stringify(body.repackUnused)}`)
  const timeZone = typeof body.timeZone === 'string' && body.timeZone !== '' ? body.timeZone : undefined
  const ids = strings(body.ids, 'ids')
  const req: ForgetRequest = { policy, ids, filter, prune: body.prune === true, pruneOnly: body.pruneOnly === true, dryRun: body.dryRun === true, repackUnused, timeZone }
  if (req.pruneOnly) return { ...req, prune: true }
  if ((ids ?? []).length > 0) {
    if (COUNT_KEYS.some(k => policy[k] !== undefined && policy[k] !== 0) || policy.within !== undefined || (policy.tags ?? []).length > 0) {
      throw new ForgetPolicyError('give either snapshot ids or a keep policy, not both')
    }
  } else {
    validatePolicy(policy)
  }
  return req
}

function line (s: SnapshotInfo, reasons?: string[]): SnapshotLine {
  return { id: s.idHex, short: s.idHex.slice(0, 8), time: s.time.toISOString(), host: s.host, paths: s.paths, tags: s.tags, ...(reasons !== undefined ? { reasons } : {}) }
}

export async function runForget (c: PruneComponents, req: ForgetRequest, options: { onProgress?: (p: PruneProgress | { phase: 'forget', removed: number }) => void, signal?: AbortSignal } = {}): Promise<ForgetResult> {
  const snaps = (await listSnapshots(c.repo)).map(s => ({ ...s, id: s.idHex, info: s }))
  let groups: Array<ForgetGroup<typeof snaps[number]>> = []
  if (!req.pruneOnly) {
    if ((req.ids ?? []).length > 0) {
      const chosen = selectSnapshots(snaps, req.ids as string[])
      groups = [{ host: '', paths: [], keep: [], remove: chosen }]
    } else {
      groups = planForget(snaps, req.policy ?? {}, { filter: req.filter, timeZone: req.timeZone })
    }
  }
  const removed = groups.flatMap(g => g.remove)
  const result: ForgetResult = {
    dryRun: req.dryRun,
    groups: groups.map(g => ({
      host: g.host,
      paths: g.paths,
      keep: g.keep.map(k => line(k.snapshot.info, k.reasons)),
      remove: g.remove.map(s => line(s.info))
    })),
    removed: removed.length
  }
  if (!req.dryRun && removed.length > 0) {
    await c.repo.index.deleteSnapshots(removed.map(s => s.info.id))
    options.onProgress?.({ phase: 'forget', removed: removed.length })
    c.log?.('snapshots forgotten', { snapshots: removed.map(s => s.id) })
    result.catalog = await c.publishCatalog()
  }
  if (req.prune) {
    result.prune = await prune(c, {
      dryRun: req.dryRun,
      repackUnused: req.repackUnused,
      without: req.dryRun ? new Set(removed.map(s => s.id)) : undefined,
      onProgress: options.onProgress,
      signal: options.signal
    })
  }
  return result
}
