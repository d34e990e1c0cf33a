/**
 * A hot base backup of a running PostgreSQL cluster (PostgreSQL >= 15's
 * non-exclusive low-level API, as pgBackRest does it): on one client
 * connection `pg_backup_start(label, fast)`, the data directory through the
 * ordinary backup pipeline (without pg_wal/'s contents, postmaster.pid and
 * .opts, temp files and directories), then `pg_backup_stop()` on the same
 * connection, whose backup_label and tablespace_map must go with the copy.
 *
 * Two snapshots: the data directory (tag `pg-base-data`), and the *base
 * backup record* (tag `pg-base`): backup_label, tablespace_map and
 * meshbackup-pg.json (label, LSNs, timeline, the data snapshot's id), with
 * the stop LSN in its tags. The record is written only after
 * pg_backup_stop succeeded: a data snapshot without one is not a backup.
 * pg_backup_stop does not wait for archiving here (its archive_command needs
 * the repository this backup holds): the caller waits for the stop segment
 * after it let go of the repository.
 */
import { mkdir, realpath, rm, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import pg from 'pg'
import { backup } from '../backup/archiver.js'
import type { BackupProgress } from '../backup/archiver.js'
import type { Repository } from '../repository/repository.js'

export const BASE_TAG = 'pg-base'
export const BASE_DATA_TAG = 'pg-base-data'
/** The record's metadata file. */
export const BASE_META_FILE = 'meshbackup-pg.json'
/** How long connecting to the server may take, in ms. */
const CONNECT_TIMEOUT_MS = 10_000

export class PgBackupError extends Error {
  override name = 'PgBackupError'
}

export interface BaseBackupMeta {
  cluster: string
  label: string
  pgdata: string
  startLsn: string
  stopLsn: string
  timeline: number
  startWalFile: string
  stopWalFile: string
  startedAt: string
  stoppedAt: string
  dataSnapshot: string
  serverVersion: number
}

export interface BaseBackupOptions {
  pgdata: string
  /** A libpq connection string (the pg client's): postgresql://user@/db?host=/run/postgresql. */
  connect: string
  cluster: string
  /** Where the record's files are staged. */
  stagingDir: string
  onProgress?: (p: BackupProgress) => void
  signal?: AbortSignal
}

export interface BaseBackupResult { meta: BaseBackupMeta, record: string }

/** What a copy of a data directory leaves out (relative path, directory or not): pgBackRest's list. */
export function excludedFromBase (rel: string, isDir: boolean): boolean {
  const parts = rel.split(sep)
  const top = parts[0]
  if (parts.length === 1) {
    if (['postmaster.pid', 'postmaster.opts', 'backup_label', 'backup_label.old', 'tablespace_map', 'recovery.signal', 'standby.signal', 'recovery.done'].includes(top)) return true
  }
  // the directories stay (empty): their contents do not
  if (parts.length >= 2 && ['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans'].includes(top)) return true
  const name = parts[parts.length - 1]
  if (name.startsWith('pgsql_tmp')) return true
  if (!isDir && name.startsWith('pg_internal.init')) return true
  return false
}

/** Forces a WAL switch; the name of the last file written before it (the one to wait for). */
export async function switchWal (connect: string): Promise<string> {
  const client = new pg.Client({ connectionString: connect, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'meshbackup' })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    throw new PgBackupError(`cannot connect to PostgreSQL (--connect ${connect}): ${(err as Error).message}`)
  }
  try {
    return (await client.query<{ f: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS f')).rows[0].f
  } finally {
    await client.end().catch(() => {})
  }
}

export async function baseBackup (repo: Repository, opts: BaseBackupOptions): Promise<BaseBackupResult> {
  const client = new pg.Client({ connectionString: opts.connect, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'meshbackup' })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    throw new PgBackupError(`cannot connect to PostgreSQL (--connect ${opts.connect}): ${(err as Error).message}`)
  }
  const stage = join(opts.stagingDir, `base-${Date.now()}-${process.pid}`)
  try {
    const [{ v }] = (await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows
    const serverVersion = Number(v)
    if (serverVersion < 150000) throw new PgBackupError(`PostgreSQL ${v} is older than 15 (pg_backup_start / pg_backup_stop)`)
    const [{ dir }] = (await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")).rows
    if (await realpath(dir).catch(() => dir) !== await realpath(opts.pgdata).catch(() => opts.pgdata)) throw new PgBackupError(`--pgdata ${opts.pgdata} is not the server's data directory (${dir})`)
    const label = `meshbackup ${new Date().toISOString()}`
    const startedAt = new Date()
    const [start] = (await client.query<{ lsn: string, f: string, tli: number }>(
      'SELECT l AS lsn, pg_walfile_name(l) AS f, (SELECT timeline_id FROM pg_control_checkpoint()) AS tli FROM pg_backup_start($1, true) AS l', [label])).rows
    let stopped = false
    try {
      const data = await backup(repo, {
        paths: [opts.pgdata],
        type: 'full',
        tags: [BASE_DATA_TAG, `pg-cluster:${opts.cluster}`],
        exclude: (p, isDir) => { const rel = relative(opts.pgdata, p); return rel !== '' && !rel.startsWith('..') && excludedFromBase(rel, isDir) },
        signal: opts.signal,
        onProgress: opts.onProgress
      })
      const [stop] = (await client.query<{ lsn: string, labelfile: string, spcmapfile: string, f: string }>(
        'SELECT lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS f FROM pg_backup_stop(false)')).rows
      stopped = true
      const meta: BaseBackupMeta = {
        cluster: opts.cluster, label, pgdata: opts.pgdata, startLsn: start.lsn, stopLsn: stop.lsn, timeline: Number(start.tli),
        startWalFile: start.f, stopWalFile: stop.f, startedAt: startedAt.toISOString(), stoppedAt: new Date().toISOString(),
        dataSnapshot: Buffer.from(data.id).toString('hex'), serverVersion
      }
      await mkdir(stage, { recursive: true, mode: 0o700 })
      await writeFile(join(stage, 'backup_label'), stop.labelfile, { mode: 0o600 })
      if (stop.spcmapfile !== '') await writeFile(join(stage, 'tablespace_map'), stop.spcmapfile, { mode: 0o600 })
      await writeFile(join(stage, BASE_META_FILE), JSON.stringify(meta, null, 2) + '\n', { mode: 0o600 })
      const record = await backup(repo, {
        paths: [stage],
        type: 'full',
        tags: [BASE_TAG, `pg-cluster:${opts.cluster}`, `pg-stop-lsn:${stop.lsn}`, `pg-start-wal:${start.f}`, `pg-stop-wal:${stop.f}`, `pg-data:${meta.dataSnapshot}`]
      })
      return { meta, record: Buffer.from(record.id).toString('hex') }
    } finally {
      if (!stopped) await client.query('SELECT pg_backup_stop(false)').catch(() => {})
    }
  } finally {
    await client.end().catch(() => {})
    await rm(stage, { recursive: true, force: true }).catch(() => {})
  }
}
