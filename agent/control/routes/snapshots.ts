/**
 * POST /v1/snapshots (with each one's 3-2-1 verdict), /v1/ls and /v1/diff.
 * All three need the repository passphrase, as restic's `snapshots`, `ls`
 * and `diff` need the repository password: a snapshot names hosts, users,
 * paths and tags. (GET /v1/status keeps its per-snapshot verdicts for
 * operators: ids, times and states only.)
 */
import { findSnapshot, listSnapshots } from '../../snapshot/snapshots.js'
import { diffSnapshots, walkSnapshot } from '../../snapshot/walk.js'
import type { DiffResponse, LsEntry, LsResponse, SnapshotsResponse } from '../api.js'
import type { ControlServer } from '../server.js'
import { lsEntryJson, snapshotJson } from '../views.js'
import { optionalString, stringField } from './common.js'
import type { RouteServices } from './index.js'

/** Entries an ls answer lists at most. */
export const MAX_LS_ENTRIES = 1_000_000

export function snapshotRoutes (server: ControlServer, s: Pick<RouteServices, 'index' | 'compliance' | 'sessions'>): void {
  server.json<SnapshotsResponse>('POST', '/v1/snapshots', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const verdicts = new Map((await s.compliance.report()).snapshots.map(v => [v.id, v]))
    return (await listSnapshots(repo)).map(snap => ({ ...snapshotJson(snap), state: verdicts.get(snap.idHex)?.state ?? 'compliant', rules: verdicts.get(snap.idHex)?.rules ?? null }))
  })
  server.json<LsResponse>('POST', '/v1/ls', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const snap = await findSnapshot(repo, stringField(req.body, 'snapshot', 'latest'))
    const entries: LsEntry[] = []
    for await (const e of walkSnapshot(repo, snap, optionalString(req.body, 'path') ?? '/')) {
      entries.push(lsEntryJson(e))
      if (entries.length >= MAX_LS_ENTRIES) break
    }
    return { snapshot: snapshotJson(snap), entries }
  })
  server.json<DiffResponse>('POST', '/v1/diff', async (req) => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const a = await findSnapshot(repo, stringField(req.body, 'a'))
    const b = await findSnapshot(repo, stringField(req.body, 'b'))
    return { a: a.idHex.slice(0, 8), b: b.idHex.slice(0, 8), ...await diffSnapshots(repo, a, b) }
  })
}
