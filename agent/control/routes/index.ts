/**
 * The control routes, grouped by area (one file each): status and mesh,
 * snapshots (list, ls, diff), backup, restore and dump, check and repair,
 * keys, forget and prune, sources and runs. Each group names the services it uses.
 */
import type { Libp2p } from '@libp2p/interface'
import type { CatalogDb } from '../../../store/catalog-db.js'
import type { IndexDb } from '../../../store/index-db.js'
import type { Alerter } from '../../alerts/alerter.js'
import type { Checker } from '../../check/checker.js'
import type { CatalogUpkeep } from '../../catalog/upkeep.js'
import type { CatalogPublisher } from '../../catalog/publisher.js'
import type { Admissions } from '../../mesh/admissions.js'
import type { MembershipGate } from '../../mesh/membership-gate.js'
import type { PeerTable } from '../../mesh/peer-table.js'
import type { Membership } from '../../mesh/membership.js'
import type { SelfReport } from '../../mesh/self-report.js'
import type { ShardPeers } from '../../mesh/shard-peers.js'
import type { Compliance } from '../../placement/compliance.js'
import type { LivePlacement } from '../../placement/live-placement.js'
import type { Repairer } from '../../repair/repairer.js'
import type { RepositorySessions } from '../../repository/sessions.js'
import type { OwnerSources } from '../../schedule/owner-sources.js'
import type { Scheduler } from '../../schedule/scheduler.js'
import type { ControlServer } from '../server.js'
import type { Logger } from 'pino'
import { alertRoutes } from './alerts.js'
import { backupRoutes } from './backup.js'
import { checkRoutes } from './check.js'
import { drillRoutes } from './drill.js'
import type { DrillRouteServices } from './drill.js'
import { forgetRoutes } from './forget.js'
import { keyRoutes } from './keys.js'
import { meshRoutes } from './mesh.js'
import { pgAdminRoutes, pgRoutes } from './pg.js'
import type { PgRouteServices } from './pg.js'
import type { PgCheck, PgRestore } from '../../pg/index.js'
import { restoreRoutes } from './restore.js'
import { snapshotRoutes } from './snapshots.js'
import { sourceRoutes } from './sources.js'
import { statusRoutes } from './status.js'

/** Everything a route may use; each group takes the part it names. */
export interface RouteServices extends DrillRouteServices, PgRouteServices {
  pgRestore: PgRestore | undefined
  pgCheck: PgCheck | undefined
  selfId: string
  node: Pick<Libp2p, 'dialProtocol' | 'getMultiaddrs'>
  membership: Membership | undefined
  index: IndexDb
  gate: Pick<MembershipGate, 'isConnectedMember'>
  peerTable: Pick<PeerTable, 'get' | 'remove'>
  admissions: Pick<Admissions, 'issue' | 'attestation'>
  catalogs: Pick<CatalogDb, 'list' | 'remove'>
  selfReport: Pick<SelfReport, 'statusFields'>
  compliance: Pick<Compliance, 'report' | 'owners' | 'invalidate'>
  placement: Pick<LivePlacement, 'requireFeasible'>
  sessions: Pick<RepositorySessions, 'open' | 'exclusive'>
  publisher: Pick<CatalogPublisher, 'publish'>
  upkeep: Pick<CatalogUpkeep, 'afterBackup' | 'afterKeyChange' | 'indexRepairsAndPublish'>
  checker: Pick<Checker, 'check'>
  repairer: Pick<Repairer, 'runOnce' | 'state' | 'markBad'>
  shardPeers: Pick<ShardPeers, 'get'>
  /** Every owner's sources and RPO (status). */
  ownerSources: Pick<OwnerSources, 'ownerSources'>
  alerter: Pick<Alerter, 'list' | 'stats' | 'channelNames'>
  scheduler: Pick<Scheduler, 'sources' | 'runs' | 'runNow' | 'has'>
  /** Stop the agent (after the answer is sent). */
  stop: () => void
  log: Logger
}

export function registerRoutes (server: ControlServer, s: RouteServices): void {
  statusRoutes(server, s)
  meshRoutes(server, s)
  snapshotRoutes(server, s)
  backupRoutes(server, s)
  restoreRoutes(server, s)
  checkRoutes(server, s)
  keyRoutes(server, s)
  forgetRoutes(server, s)
  alertRoutes(server, s)
  sourceRoutes(server, s)
  drillRoutes(server, s)
  pgRoutes(server, s)
  pgAdminRoutes(server, s)
}
