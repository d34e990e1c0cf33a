/**
 * POST /v1/snapshots (with each one's 3-2-1 verdict), /v1/ls and /v1/diff.
 * All three need the repository passphrase, as restic's `snapshots`, `ls`
 * and `diff` need the repository password: a snapshot names hosts, users,
 * paths and tags. (GET /v1/status keeps its per-snapshot verdicts for
 * operators: ids, times and states only.)
 */
import { filterSnapshots, findSnapshot, listSnapshots, PathNotInSnapshotError } from '../../snapshot/snapshots.js'
import type { SnapshotFilter } from '../../snapshot/snapshots.js'
import { diffSnapshots, walkSnapshot } from '../../snapshot/walk.js'
import type { DiffResponse, LsEntry, LsResponse, SnapshotsResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { lsEntryJson, snapshotJson } from '../views.js'
import { optionalString, stringField } from './common.js'
import type { RouteServices } from './index.js'

/** Entries an ls answer lists at most. */
export const MAX_LS_ENTRIES = 1_000_000
/** Hosts, paths or tag lists a filter names at most, and tags in one list. */
export const MAX_FILTER_ITEMS = 256

/** A request's `filter` (SnapshotFilterJson), checked: lists of strings, each error naming the flag. */
export function snapshotFilterOf (body: Record<string, unknown>): SnapshotFilter | undefined {
  const f = body.filter
  if (f === undefined || f === null) return undefined
  if (typeof f !== 'object' || Array.isArray(f)) throw new BadRequestError('filter: an object with hosts, paths and tags')
  const raw = f as Record<string, unknown>
  const strings = (v: unknown, flag: string): string[] | undefined => {
    if (v === undefined || v === null) return undefined
    if (!Array.isArray(v) || v.length > MAX_FILTER_ITEMS || !v.every(x => typeof x === 'string' && x !== '' && x.length <= 4096)) {
      throw new BadRequestError(`${flag}: a list of at most ${MAX_FILTER_ITEMS} names, none empty`)
    }
    return v as string[]
  }
  const tags = raw.tags === undefined || raw.tags === null ? undefined : Array.isArray(raw.tags) && raw.tags.length <= MAX_FILTER_ITEMS ? raw.tags.map((l, i) => strings(l, `--tag ${i + 1}`) ?? []) : undefined
  if (raw.tags !== undefined && raw.tags !== null && tags === undefined) throw new BadRequestError(`--tag: a list of at most ${MAX_FILTER_ITEMS} tag lists`)
  return { hosts: strings(raw.hosts, '--host'), paths: strings(raw.paths, '--path'), tags }
}

export function snapshotRoutes (server: ControlServer, s: Pick<RouteServices, 'index' | 'compliance' | 'sessions'>): void {
  server.json<SnapshotsResponse>('POST', '/v1/snapshots', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const verdicts = new Map((await s.compliance.report()).snapshots.map(v => [v.id, v]))
    return filterSnapshots(await listSnapshots(repo), snapshotFilterOf(req.body)).map(snap => ({ ...snapshotJson(snap), state: verdicts.get(snap.idHex)?.state ?? 'compliant', rules: verdicts.get(snap.idHex)?.rules ?? null }))
  })
  server.json<LsResponse>('POST', '/v1/ls', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const snap = await findSnapshot(repo, stringField(req.body, 'snapshot', 'latest'), { filter: snapshotFilterOf(req.body) })
    const path = optionalString(req.body, 'path') ?? '/'
    const entries: LsEntry[] = []
    for await (const e of walkSnapshot(repo, snap, path)) {
      entries.push(lsEntryJson(e))
      if (entries.length >= MAX_LS_ENTRIES) break
    }
    if (entries.length === 0 && path.replace(/\/+$/, '') !== '') throw new PathNotInSnapshotError(`path ${path} is not in snapshot ${snap.idHex.slice(0, 8)}`)
    return { snapshot: snapshotJson(snap), entries }
  })
  server.json<DiffResponse>('POST', '/v1/diff', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const filter = snapshotFilterOf(req.body)
    const a = await findSnapshot(repo, stringField(req.body, 'a'), { filter })
    const b = await findSnapshot(repo, stringField(req.body, 'b'), { filter })
    return { a: a.idHex.slice(0, 8), b: b.idHex.slice(0, 8), ...await diffSnapshots(repo, a, b) }
  })
}
