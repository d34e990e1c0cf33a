/**
 * agent/metrics — Prometheus /metrics for the agent: the registry and its
 * collectors (metrics.ts), the HTTP server (server.ts), the config section
 * (config.ts). `agentMetrics` builds both services from the agent's own
 * services, for the composition root.
 */
import type { Logger } from 'pino'
import type { Compliance } from '../placement/compliance.js'
import type { PeerTable } from '../mesh/peer-table.js'
import type { SelfReport } from '../mesh/self-report.js'
import type { Repairer } from '../repair/repairer.js'
import type { OperationsView, RunRecord } from '../schedule/types.js'
import type { DrillRecord } from '../drill/types.js'
import { Metrics } from './metrics.js'
import type { MetricsComponents } from './metrics.js'
import { MetricsServer } from './server.js'
import type { MetricsListen } from './config.js'

export interface AgentMetricsComponents {
  selfId: string
  version: string
  operations: OperationsView
  onRunFinished: (listener: (run: RunRecord) => void) => void
  selfReport: Pick<SelfReport, 'info'>
  peerTable: Pick<PeerTable, 'list'>
  isConnectedMember: (id: string) => boolean
  compliance: Pick<Compliance, 'report'>
  repairer: Pick<Repairer, 'state'>
  /** The drill history, oldest first, and finished drills as they end (agent/drill/). */
  drills?: () => Promise<DrillRecord[]>
  onDrillFinished?: (listener: (drill: DrillRecord) => void) => void
  /** The PostgreSQL WAL archive's figures (agent/pg/); absent: none configured. */
  pgWal?: MetricsComponents['pgWal']
  log: Logger
}

/** The metrics and their server, reading the agent's services at each scrape. */
export function agentMetrics (c: AgentMetricsComponents, listen: MetricsListen): [Metrics, MetricsServer] {
  const metrics = new Metrics({
    selfId: c.selfId,
    version: c.version,
    operations: c.operations,
    onRunFinished: c.onRunFinished,
    storage: () => {
      const i = c.selfReport.info()
      return [{ peer: c.selfId, site: i.site, capacity: i.capacity, used: i.used }, ...c.peerTable.list().map(p => ({ peer: p.peerId, site: p.site, capacity: p.capacity, used: p.used }))]
    },
    peers: () => c.peerTable.list().map(p => ({ peerId: p.peerId, site: p.site, up: p.up && c.isConnectedMember(p.peerId) })),
    compliance: async () => { const r = await c.compliance.report(); return { packs: r.owners[0].packs, snapshots: r.snapshots } },
    repair: () => c.repairer.state,
    drills: c.drills,
    onDrillFinished: c.onDrillFinished,
    pgWal: c.pgWal
  })
  return [metrics, new MetricsServer({ metrics, log: c.log }, listen)]
}
