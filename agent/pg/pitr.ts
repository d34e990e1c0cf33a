/**
 * Point-in-time restore of a cluster: the newest base backup record (tag
 * pg-base) that ended at or before the target time, its data snapshot
 * restored into the target directory, backup_label and tablespace_map from
 * the record, and the recovery settings (restore_command through wal-fetch,
 * recovery_target_time, recovery_target_action = promote, recovery.signal).
 * The server started on the directory replays the archived WAL up to the
 * target and is promoted.
 */
import { appendFile, chown, lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Repository } from '../repository/repository.js'
import { dumpFile } from '../restore/dump.js'
import { restore } from '../restore/restorer.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { BASE_META_FILE, BASE_TAG } from './base-backup.js'
import type { BaseBackupMeta } from './base-backup.js'

/** Largest record file read back, in bytes. */
const MAX_RECORD_FILE = 1024 * 1024

export class PgRestoreError extends Error {
  override name = 'PgRestoreError'
}

export interface PitrOptions {
  cluster: string
  /** undefined: latest (replay every archived WAL file). */
  to?: Date
  target: string
  /** The restore_command the server runs (%f %p). */
  restoreCommand: string
}

export interface PitrResult { record: string, meta: BaseBackupMeta, target: string, recoveryTargetTime?: string }

/** The newest base backup record of the cluster ended at or before `to` (any, when undefined). */
export function chooseBase (snaps: SnapshotInfo[], cluster: string, to: Date | undefined): SnapshotInfo | undefined {
  const records = snaps.filter(s => s.tags.includes(BASE_TAG) && s.tags.includes(`pg-cluster:${cluster}`) && (to === undefined || s.time.getTime() <= to.getTime()))
  return records.sort((a, b) => a.time.getTime() - b.time.getTime()).pop()
}

async function readRecordFile (repo: Repository, record: SnapshotInfo, name: string): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    await dumpFile(repo, record, async b => {
      size += b.byteLength
      if (size > MAX_RECORD_FILE) throw new PgRestoreError(`${name} of base backup ${record.idHex.slice(0, 8)} is larger than ${MAX_RECORD_FILE} bytes`)
      chunks.push(Buffer.from(b))
    }, { path: join(record.paths[0] ?? '/', name) })
  } catch (err) {
    if ((err as Error).name === 'PathNotInSnapshotError') return undefined
    throw err
  }
  return Buffer.concat(chunks)
}

/** A time as PostgreSQL's timestamptz input takes it (2026-12-04 22:58:29.712+00). */
export function pgTimestamp (t: Date): string {
  return t.toISOString().replace('T', ' ').replace('Z', '+00')
}

/** PostgreSQL's quoting of a string setting. */
function quoted (v: string): string {
  return `'${v.replace(/'/g, "''")}'`
}

export async function pointInTimeRestore (repo: Repository, opts: PitrOptions): Promise<PitrResult> {
  const snaps = await listSnapshots(repo)
  const record = chooseBase(snaps, opts.cluster, opts.to)
  if (record === undefined) throw new PgRestoreError(`no base backup of cluster ${opts.cluster} ended${opts.to === undefined ? '' : ` at or before ${opts.to.toISOString()}`} (meshbackup pg backup makes one)`)
  const metaBytes = await readRecordFile(repo, record, BASE_META_FILE)
  if (metaBytes === undefined) throw new PgRestoreError(`base backup ${record.idHex.slice(0, 8)} has no ${BASE_META_FILE}`)
  const meta = JSON.parse(metaBytes.toString('utf8')) as BaseBackupMeta
  const data = snaps.find(s => s.idHex === meta.dataSnapshot)
  if (data === undefined) throw new PgRestoreError(`the data snapshot ${meta.dataSnapshot.slice(0, 8)} of base backup ${record.idHex.slice(0, 8)} is gone`)
  const exists = await readdir(opts.target).then(e => e.length > 0, () => false)
  if (exists) throw new PgRestoreError(`--target ${opts.target} is not empty: restore a cluster into a new directory`)
  // restored whole under a scratch directory beside the target, then moved into place
  const scratch = join(dirname(opts.target), `.${basename(opts.target)}.meshbackup-restore`)
  await rm(scratch, { recursive: true, force: true })
  await mkdir(scratch, { recursive: true, mode: 0o700 })
  try {
    await restore(repo, data, { target: scratch, subPath: meta.pgdata })
    await rm(opts.target, { recursive: true, force: true })
    // the restorer keeps the path as backed up under its target
    await rename(join(scratch, meta.pgdata), opts.target)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  const owner = await stat(opts.target)
  const put = async (name: string, content: string | Buffer): Promise<void> => {
    const p = join(opts.target, name)
    await writeFile(p, content, { mode: 0o600 })
    await chown(p, owner.uid, owner.gid)
  }
  const label = await readRecordFile(repo, record, 'backup_label')
  if (label === undefined) throw new PgRestoreError(`base backup ${record.idHex.slice(0, 8)} has no backup_label`)
  await put('backup_label', label)
  const spcmap = await readRecordFile(repo, record, 'tablespace_map')
  if (spcmap !== undefined) await put('tablespace_map', spcmap)
  // pg_wal/ was left out of the copy: the server needs the directory (and archive_status) to exist
  for (const d of ['pg_wal', 'pg_wal/archive_status']) {
    const p = join(opts.target, d)
    if (!await lstat(p).then(() => true, () => false)) { await mkdir(p, { mode: 0o700 }); await chown(p, owner.uid, owner.gid) }
  }
  await put('recovery.signal', '')
  const settings = [
    '',
    `# written by meshbackup pg restore (base backup ${record.idHex.slice(0, 8)}, ${meta.stopLsn})`,
    `restore_command = ${quoted(opts.restoreCommand)}`,
    ...(opts.to === undefined ? [] : [`recovery_target_time = ${quoted(pgTimestamp(opts.to))}`, 'recovery_target_inclusive = true']),
    "recovery_target_action = 'promote'",
    "recovery_target_timeline = 'latest'",
    ''
  ]
  const auto = join(opts.target, 'postgresql.auto.conf')
  await appendFile(auto, settings.join('\n'))
  await chown(auto, owner.uid, owner.gid)
  return { record: record.idHex, meta, target: opts.target, recoveryTargetTime: opts.to?.toISOString() }
}
