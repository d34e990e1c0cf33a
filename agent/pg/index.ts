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
import { WalArchive } from './wal-archive.js'

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

/** The WAL archive (undefined when pg is off) and the services to start: the archive's stop and the WAL socket. */
export function agentWal (c: AgentWalComponents, config: PgConfig | null): { wal: WalArchive | undefined, services: Service[], socket?: ControlServerType } {
  if (config === null) return { wal: undefined, services: [] }
  const wal = new WalArchive({
    index: c.index,
    cluster: config.cluster,
    stagingDir: join(c.dataDir, 'pg', 'staging'),
    withRepository: async fn => await c.exclusive(async () => {
      const repo = await c.open(config.degraded)
      c.requireFeasible(config.degraded)
      return await fn(repo)
    }),
    afterCommit: c.afterCommit
  })
  const socket = new ControlServer(config.socket, c.onError, { mode: config.socketMode, gid: config.socketGroup })
  pgRoutes(socket, { wal })
  return { wal, socket, services: [service('wal-archive', { stop: async () => { await wal.stop() } }), service('wal-socket', socket)] }
}
