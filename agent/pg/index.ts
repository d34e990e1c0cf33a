/**
 * PostgreSQL in the agent (issue 13). Words: a *cluster* is one PostgreSQL
 * data directory's server, named in config.yaml (`pg.cluster`); its *WAL
 * archive* is the segments its archive_command pushed (wal-archive.ts); the
 * *WAL socket* (`pg.socket`) serves only wal-push / wal-fetch for that
 * cluster, so the database server's user reaches the agent without the
 * control socket's rights.
 *
 * agentWal builds the archive and the WAL socket's server for agent.ts.
 */
import { join } from 'node:path'
import type { Repository } from '../repository/repository.js'
import type { ControlServer as ControlServerType } from '../control/server.js'
import { ControlServer } from '../control/server.js'
import { pgRoutes } from '../control/routes/pg.js'
import { service } from '../service.js'
import type { Service } from '../service.js'
import type { IndexDb } from '../../store/index-db.js'
import type { PgConfig } from './config.js'
import { baseBackup, switchWal } from './base-backup.js'
import { pointInTimeRestore } from './pitr.js'
import type { PitrOptions, PitrResult } from './pitr.js'
import type { BaseBackupOptions, BaseBackupResult } from './base-backup.js'
import { WalArchive, WalNotFoundError } from './wal-archive.js'

/** How long a base backup waits for its stop segment to be archived, in ms. */
const STOP_WAL_WAIT_MS = 60_000

export interface AgentWalComponents {
  dataDir: string
  index: IndexDb
  /** One repository operation at a time (RepositorySessions.exclusive). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>
  /** Opens the repository unattended (the passphraseFile), degraded when pg.degraded. */
  open: (allowDegraded: boolean) => Promise<Repository>
  requireFeasible: (degraded: boolean) => void
  afterCommit: (repo: Repository) => Promise<void>
  onError: (err: Error) => void
}

/** A base backup of the configured cluster (the repository opened unattended). */
export type PgBaseBackup = (opts: Pick<BaseBackupOptions, 'pgdata' | 'connect' | 'onProgress' | 'signal'>) => Promise<BaseBackupResult>

/** A point-in-time restore of the configured cluster; restoreCommand defaults to wal-fetch over the WAL socket. */
export type PgRestore = (opts: Omit<PitrOptions, 'cluster' | 'restoreCommand'> & { restoreCommand?: string }) => Promise<PitrResult>

/** `pg check`: force a WAL switch and wait until that file is archived. */
export type PgCheck = (opts: { connect: string, timeoutMs?: number }) => Promise<{ walFile: string, seconds: number }>

/** The WAL archive and base backups (undefined when pg is off) and the services to start: the archive's stop and the WAL socket. */
export function agentWal (c: AgentWalComponents, config: PgConfig | null): { wal: WalArchive | undefined, baseBackup: PgBaseBackup | undefined, pgRestore: PgRestore | undefined, pgCheck: PgCheck | undefined, services: Service[], socket?: ControlServerType } {
  if (config === null) return { wal: undefined, baseBackup: undefined, pgRestore: undefined, pgCheck: undefined, services: [] }
  const stagingDir = join(c.dataDir, 'pg', 'staging')
  const wal = new WalArchive({
    index: c.index,
    cluster: config.cluster,
    stagingDir,
    withRepository: async fn => await c.exclusive(async () => {
      const repo = await c.open(config.degraded)
      c.requireFeasible(config.degraded)
      return await fn(repo)
    }),
    afterCommit: c.afterCommit
  })
  const base: PgBaseBackup = async o => await c.exclusive(async () => {
    const repo = await c.open(config.degraded)
    c.requireFeasible(config.degraded)
    const res = await baseBackup(repo, { ...o, cluster: config.cluster, stagingDir })
    await c.afterCommit(repo)
    return res
  }).then(async res => {
    // the backup is usable once the WAL up to its stop point is archived (PostgreSQL pushes it now that the repository is free)
    const deadline = Date.now() + STOP_WAL_WAIT_MS
    while (!(await wal.stored()).has(res.meta.stopWalFile)) {
      if (Date.now() > deadline) throw new WalNotFoundError(`base backup ${res.record.slice(0, 8)} is stored, but its last WAL file ${res.meta.stopWalFile} was not archived within ${STOP_WAL_WAIT_MS / 1000} s: check archive_command (meshbackup wal-push) in the server's log`)
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    return res
  })
  const pgRestore: PgRestore = async o => await c.exclusive(async () => {
    const repo = await c.open(true)
    return await pointInTimeRestore(repo, { ...o, cluster: config.cluster, restoreCommand: o.restoreCommand ?? `meshbackup wal-fetch --socket ${config.socket} %f %p` })
  })
  const pgCheck: PgCheck = async o => {
    const started = Date.now()
    const walFile = await switchWal(o.connect)
    const deadline = started + (o.timeoutMs ?? STOP_WAL_WAIT_MS)
    while (!(await wal.stored()).has(walFile)) {
      if (Date.now() > deadline) throw new WalNotFoundError(`${walFile} was not archived within ${(deadline - started) / 1000} s of the WAL switch: check archive_command (meshbackup wal-push) in the server's log`)
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    return { walFile, seconds: (Date.now() - started) / 1000 }
  }
  const socket = new ControlServer(config.socket, c.onError, { mode: config.socketMode, gid: config.socketGroup })
  pgRoutes(socket, { wal, baseBackup: base })
  return { wal, baseBackup: base, pgRestore, pgCheck, socket, services: [service('wal-archive', { stop: async () => { await wal.stop() } }), service('wal-socket', socket)] }
}
