/** POST /v1/backup (paths) and POST /v1/backup-stdin (a stream stored as one file). */
import { backup, backupStream } from '../../backup/archiver.js'
import type { BackupProgress } from '../../backup/archiver.js'
import { scanTotals } from '../../backup/scanner.js'
import { BACKUP_TYPES_TEXT, isBackupType } from '../../snapshot/snapshot-type.js'
import { listSnapshots } from '../../snapshot/snapshots.js'
import type { Repository } from '../../repository/repository.js'
import { PASSPHRASE_HEADER } from '../api.js'
import type { BackupResponse, SnapshotJson } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { snapshotJson } from '../views.js'
import { compileExcludeRequest, optionalString, progressEvents, stringField } from './common.js'
import type { RouteServices } from './index.js'

/** Longest host name a snapshot takes (a DNS name's limit). */
const MAX_HOST = 253

/** `host` of a backup request: undefined (this machine's), or a name without control characters. */
function hostOf (v: string | null | undefined): string | undefined {
  if (v === undefined || v === null) return undefined
  if (v === '' || v.length > MAX_HOST || /[\x00-\x1f\x7f]/.test(v)) throw new BadRequestError(`--host: a host name of 1 to ${MAX_HOST} printable characters, not ${JSON.stringify(v)}`)
  return v
}

export function backupRoutes (server: ControlServer, s: Pick<RouteServices, 'sessions' | 'placement' | 'upkeep'>): void {
  /** After a backup: the catalog follows; the snapshot as the answer shows it. */
  const committed = async (repo: Repository, id: Uint8Array): Promise<{ snapshot: SnapshotJson, catalog: BackupResponse['catalog'] }> => {
    const catalog = await s.upkeep.afterBackup(repo)
    const info = (await listSnapshots(repo)).find(x => Buffer.from(x.id).equals(id))
    if (info === undefined) throw new Error('the committed snapshot is not in the index')
    return { snapshot: snapshotJson(info), catalog }
  }

  server.stream<BackupResponse>('POST', '/v1/backup', async (req, send) => await s.sessions.exclusive(async () => {
    const paths = req.body.paths
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every(p => typeof p === 'string')) throw new BadRequestError('paths: a list of paths to back up')
    const type: unknown = req.body.type ?? 'incremental'
    if (!isBackupType(type)) throw new BadRequestError(`type must be ${BACKUP_TYPES_TEXT}, not ${String(type)}`)
    const degraded = req.body.degraded === true
    const host = hostOf(optionalString(req.body, 'host'))
    const exclude = compileExcludeRequest(req.body)
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'), { allowDegraded: degraded })
    s.placement.requireFeasible(degraded)
    // Totals for a progress bar, counted alongside (never waited for); skipped
    // when nobody draws one (it stats every file a second time).
    if (req.body.totals !== false) scanTotals(paths as string[], exclude, req.signal).then(t => send({ event: 'total', ...t }), () => {})
    // the last progress report (the archiver sends one at the end): the bar's figures, for the summary
    const events = progressEvents<BackupProgress>(send)
    let last: BackupProgress | undefined
    const res = await backup(repo, {
      paths: paths as string[],
      type,
      tags: Array.isArray(req.body.tags) ? req.body.tags.map(String) : [],
      host,
      exclude,
      signal: req.signal,
      onProgress: p => { last = p; events(p) }
    })
    for (const w of res.warnings) send({ event: 'warning', message: w })
    const processed = last === undefined ? undefined : { files: last.filesDone, bytes: last.bytesDone }
    return { ...await committed(repo, res.id), warnings: res.warnings, notes: res.notes, peers: [...repo.peers.keys()], processed }
  }))

  server.uploadStream<BackupResponse>('POST', '/v1/backup-stdin', async (req, send) => await s.sessions.exclusive(async () => {
    const repo = await s.sessions.open(Buffer.from(String(req.headers[PASSPHRASE_HEADER] ?? ''), 'base64').toString('utf8'))
    s.placement.requireFeasible(false, false)
    const res = await backupStream(repo, req.upload as AsyncIterable<Uint8Array>, {
      name: req.query.get('name') ?? '',
      tags: req.query.getAll('tag'),
      host: hostOf(req.query.get('host')),
      signal: req.signal,
      onProgress: progressEvents(send)
    })
    return { ...await committed(repo, res.id), warnings: [] }
  }))
}
