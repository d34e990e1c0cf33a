/** POST /v1/restore (into a directory) and POST /v1/dump (one file to the client, checked on the way). */
import { shardFailureAction } from '../../repair/shard-failure.js'
import type { ShardFailure } from '../../repair/shard-failure.js'
import { dumpFile } from '../../restore/dump.js'
import { restore } from '../../restore/restorer.js'
import type { DumpResponse, RestoreResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { snapshotJson } from '../views.js'
import { optionalString, progressEvents, requestedSnapshot, stringField } from './common.js'
import type { RouteServices } from './index.js'

export function restoreRoutes (server: ControlServer, s: Pick<RouteServices, 'sessions' | 'repairer'>): void {
  /** A shard that fails its hash (or is missing) on a read is repaired like a failed audit. */
  const repairIfBad = ({ packId, index, error }: ShardFailure): void => {
    if (shardFailureAction(error) === 'repair') s.repairer.markBad(packId, index)
  }

  server.stream<RestoreResponse>('POST', '/v1/restore', async (req, send) => await s.sessions.exclusive(async () => {
    const target = req.body.target
    if (typeof target !== 'string' || target === '') throw new BadRequestError('target: the directory to restore into')
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const snap = await requestedSnapshot(repo, req.body)
    const subPath = optionalString(req.body, 'path')
    if (subPath === undefined || subPath === '/') {
      // The whole snapshot: its recorded totals drive the progress bar.
      const st = snap.stats
      send({ event: 'total', files: Number(st.filesNew ?? 0) + Number(st.filesChanged ?? 0) + Number(st.filesUnchanged ?? 0), bytes: Number(st.bytesTotal ?? 0) })
    }
    const failures: string[] = []
    const res = await restore(repo, snap, {
      target,
      subPath,
      numericOwner: req.body.numericOwner === true,
      signal: req.signal,
      events: {
        onShardFailure: failure => {
          failures.push(`${failure.store} shard ${failure.index}: ${failure.error.message}`)
          repairIfBad(failure)
        }
      },
      onProgress: progressEvents(send)
    })
    return { snapshot: snapshotJson(snap), files: res.files, dirs: res.dirs, symlinks: res.symlinks, bytes: res.bytes, packDecodes: res.loader.packDecodes, shardFailures: [...new Set(failures)], warnings: res.warnings, notes: res.notes }
  }))

  server.download<DumpResponse>('POST', '/v1/dump', async (req, write) => await s.sessions.exclusive(async () => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const snap = await requestedSnapshot(repo, req.body)
    const res = await dumpFile(repo, snap, write, {
      path: optionalString(req.body, 'path'),
      signal: req.signal,
      events: { onShardFailure: repairIfBad }
    })
    return { snapshot: snapshotJson(snap), ...res }
  }))
}
