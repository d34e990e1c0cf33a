/** POST /v1/restore (into a directory) and POST /v1/dump (one file to the client, checked on the way). */
import { shardFailureAction } from '../../repair/shard-failure.js'
import type { ShardFailure } from '../../repair/shard-failure.js'
import { dumpFile } from '../../restore/dump.js'
import { isOverwriteMode, OVERWRITE_MODES } from '../../restore/overwrite.js'
import { restore } from '../../restore/restorer.js'
import type { RestoreResult } from '../../restore/restorer.js'
import { findSnapshot } from '../../snapshot/snapshots.js'
import type { SnapshotInfo } from '../../snapshot/snapshots.js'
import type { Repository } from '../../repository/repository.js'
import type { DumpResponse, RestoreResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { snapshotJson } from '../views.js'
import { optionalString, progressEvents, stringField, stringList } from './common.js'
import type { RouteServices } from './index.js'
import { snapshotFilterOf } from './snapshots.js'

/** The snapshot a restore or dump names: `snapshot` (id, prefix or "latest"), `at` (point in time), `filter` (which "latest"). */
async function chosenSnapshot (repo: Repository, body: Record<string, unknown>): Promise<SnapshotInfo> {
  const at = body.at === undefined ? undefined : new Date(String(body.at))
  if (at !== undefined && Number.isNaN(at.getTime())) throw new BadRequestError(`at: "${String(body.at)}" is not a time`)
  return await findSnapshot(repo, stringField(body, 'snapshot', 'latest'), { at, filter: snapshotFilterOf(body) })
}

export function restoreRoutes (server: ControlServer, s: Pick<RouteServices, 'sessions' | 'repairer'>): void {
  /** A shard that fails its hash (or is missing) on a read is repaired like a failed audit. */
  const repairIfBad = ({ packId, index, error }: ShardFailure): void => {
    if (shardFailureAction(error) === 'repair') s.repairer.markBad(packId, index)
  }

  server.stream<RestoreResponse>('POST', '/v1/restore', async (req, send) => await s.sessions.exclusive(async () => {
    const target = req.body.target
    if (typeof target !== 'string' || target === '') throw new BadRequestError('target: the directory to restore into')
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const overwrite = req.body.overwrite
    if (overwrite !== undefined && !isOverwriteMode(overwrite)) throw new BadRequestError(`--overwrite: one of ${OVERWRITE_MODES.join(', ')}, not ${JSON.stringify(overwrite)}`)
    const includes = stringList(req.body.includes, '--include')
    const excludes = stringList(req.body.excludes, '--exclude')
    const dryRun = req.body.dryRun === true
    const snap = await chosenSnapshot(repo, req.body)
    const subPath = optionalString(req.body, 'path')
    if ((subPath === undefined || subPath === '/') && includes.length === 0 && excludes.length === 0 && !dryRun && overwrite === undefined) {
      // The whole snapshot into an empty target: its recorded totals drive the progress bar
      // (with a policy, files left as they are would keep it short of its end).
      const st = snap.stats
      send({ event: 'total', files: Number(st.filesNew ?? 0) + Number(st.filesChanged ?? 0) + Number(st.filesUnchanged ?? 0), bytes: Number(st.bytesTotal ?? 0) })
    }
    const failures: string[] = []
    const res = await restore(repo, snap, {
      target,
      subPath,
      numericOwner: req.body.numericOwner === true,
      overwrite,
      delete: req.body.delete === true,
      includes,
      excludes,
      dryRun,
      verify: req.body.verify === true,
      signal: req.signal,
      events: {
        onShardFailure: failure => {
          failures.push(`${failure.store} shard ${failure.index}: ${failure.error.message}`)
          repairIfBad(failure)
        }
      },
      onProgress: progressEvents(send)
    })
    return restoreResponse(snap, res, failures, dryRun)
  }))

  server.download<DumpResponse>('POST', '/v1/dump', async (req, write) => await s.sessions.exclusive(async () => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const snap = await chosenSnapshot(repo, req.body)
    const res = await dumpFile(repo, snap, write, {
      path: optionalString(req.body, 'path'),
      tar: req.body.tar === true,
      signal: req.signal,
      events: { onShardFailure: repairIfBad }
    })
    return { snapshot: snapshotJson(snap), ...res }
  }))
}

/** A restore's answer (the agent's route and the fresh-machine restore give the same one). */
export function restoreResponse (snap: SnapshotInfo, res: RestoreResult, failures: string[], dryRun: boolean): RestoreResponse {
  return { snapshot: snapshotJson(snap), files: res.files, dirs: res.dirs, symlinks: res.symlinks, bytes: res.bytes, packDecodes: res.loader.packDecodes, shardFailures: [...new Set(failures)], warnings: res.warnings, notes: res.notes, written: res.written, unchanged: res.unchanged, skipped: res.skipped, deleted: res.deleted, verified: res.verified, dryRun, changes: res.changes }
}
