/**
 * PostgreSQL WAL routes: POST /v1/wal/push (raw body) and /v1/wal/fetch (a
 * download). Registered on the control socket and, alone, on the WAL socket
 * (agent/pg/config.ts), which the database server's user may reach.
 */
import { MAX_WAL_FILE_BYTES } from '../../pg/wal-archive.js'
import type { WalArchive } from '../../pg/wal-archive.js'
import type { PgBaseBackup, PgCheck, PgRestore } from '../../pg/index.js'
import { PG_BACKUP_PATH, PG_CHECK_PATH, PG_RESTORE_PATH } from '../api.js'
import type { PgBackupResponse, PgCheckResponse, PgRestoreResponse } from '../api.js'
import { progressEvents } from './common.js'
import { WAL_FETCH_PATH, WAL_PUSH_PATH } from '../api.js'
import type { WalFetchResponse, WalPushResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'

export class PgNotConfiguredError extends Error {
  override name = 'PgNotConfiguredError'
}

export interface PgRouteServices {
  /** undefined: no pg: section in config.yaml. */
  wal: WalArchive | undefined
  baseBackup: PgBaseBackup | undefined
}

function archiveOf (s: PgRouteServices): WalArchive {
  if (s.wal === undefined) throw new PgNotConfiguredError('no PostgreSQL cluster is configured: add a pg: section (cluster, socket) to config.yaml and restart the agent')
  return s.wal
}

export function pgRoutes (server: ControlServer, s: PgRouteServices): void {
  server.stream<PgBackupResponse>('POST', PG_BACKUP_PATH, async (req, send) => {
    if (s.baseBackup === undefined) archiveOf(s)
    const pgdata = req.body.pgdata
    if (typeof pgdata !== 'string' || !pgdata.startsWith('/')) throw new BadRequestError('--pgdata: the absolute path of the cluster\'s data directory')
    const connect = typeof req.body.connect === 'string' && req.body.connect !== '' ? req.body.connect : 'postgresql:///postgres?host=/var/run/postgresql'
    const res = await (s.baseBackup as PgBaseBackup)({ pgdata, connect, signal: req.signal, onProgress: progressEvents(send) })
    return { record: res.record, ...res.meta }
  })

  server.uploadStream<WalPushResponse>('POST', WAL_PUSH_PATH, async req => {
    const wal = archiveOf(s)
    const name = req.query.get('name') ?? ''
    const chunks: Buffer[] = []
    let size = 0
    for await (const c of req.upload as AsyncIterable<Buffer>) {
      size += c.byteLength
      if (size > MAX_WAL_FILE_BYTES) throw new BadRequestError(`a WAL file of more than ${MAX_WAL_FILE_BYTES} bytes`)
      chunks.push(c)
    }
    const expected = Number(req.headers['content-length'])
    if (Number.isFinite(expected) && expected !== size) throw new BadRequestError(`the WAL file was cut short (${size} of ${expected} bytes)`)
    return await wal.push(name, Buffer.concat(chunks))
  })

  server.download<WalFetchResponse>('POST', WAL_FETCH_PATH, async (req, write) => {
    const wal = archiveOf(s)
    const name = typeof req.body.name === 'string' ? req.body.name : ''
    const bytes = await wal.fetch(name)
    for (let i = 0; i < bytes.byteLength; i += 1 << 20) await write(bytes.subarray(i, i + (1 << 20)))
    return { name, bytes: bytes.byteLength }
  })
}

/** On the control socket only (the agent's user): a restore writes where it is told. */
export function pgAdminRoutes (server: ControlServer, s: { pgRestore: PgRestore | undefined, pgCheck: PgCheck | undefined }): void {
  server.json<PgCheckResponse>('POST', PG_CHECK_PATH, async req => {
    if (s.pgCheck === undefined) throw new PgNotConfiguredError('no PostgreSQL cluster is configured: add a pg: section (cluster, socket) to config.yaml and restart the agent')
    const connect = typeof req.body.connect === 'string' && req.body.connect !== '' ? req.body.connect : 'postgresql:///postgres?host=/var/run/postgresql'
    return await s.pgCheck({ connect })
  })

  server.stream<PgRestoreResponse>('POST', PG_RESTORE_PATH, async req => {
    if (s.pgRestore === undefined) throw new PgNotConfiguredError('no PostgreSQL cluster is configured: add a pg: section (cluster, socket) to config.yaml and restart the agent')
    const target = req.body.target
    if (typeof target !== 'string' || !target.startsWith('/')) throw new BadRequestError('--target: the absolute path of a new data directory')
    const toText = typeof req.body.to === 'string' ? req.body.to : 'latest'
    const to = toText === 'latest' ? undefined : new Date(toText)
    if (to !== undefined && Number.isNaN(to.getTime())) throw new BadRequestError(`--to: a time (ISO 8601) or "latest", not ${JSON.stringify(toText)}`)
    const restoreCommand = typeof req.body.restoreCommand === 'string' && req.body.restoreCommand !== '' ? req.body.restoreCommand : undefined
    const r = await s.pgRestore({ to, target, restoreCommand })
    return { record: r.record, target: r.target, recoveryTargetTime: r.recoveryTargetTime, startLsn: r.meta.startLsn, stopLsn: r.meta.stopLsn, timeline: r.meta.timeline }
  })
}
