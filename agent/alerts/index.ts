/**
 * The alerter as the agent wires it: channels from the config, records in
 * the index, inputs from the operations view (scheduler, heartbeats), the
 * shard store, compliance and repair. See types.ts for the words.
 */
import type { Logger } from 'pino'
import type { Compliance } from '../placement/compliance.js'
import type { RepairStatus } from '../repair/repairer.js'
import type { OperationsView } from '../schedule/types.js'
import type { DrillRecord } from '../drill/types.js'
import { AlertDb } from './alert-db.js'
import type { AlertLevel } from './alert-db.js'
import { Alerter } from './alerter.js'
import type { AlertsConfig } from './config.js'
import { commandChannel, webhookChannel } from './delivery.js'
import type { AlertChannel } from './delivery.js'

export { Alerter } from './alerter.js'
export type { AlertsConfig } from './config.js'

export interface AgentAlerterComponents {
  selfId: string
  host: string
  /** The agent's index (alert records under `alert:`). */
  level: AlertLevel
  /** This agent's sources (the scheduler); undefined: none. */
  sources?: OperationsView['sources']
  /** Every owner's sources this agent hears of (heartbeats); undefined: none. */
  ownerSources?: OperationsView['ownerSources']
  onRunFinished?: (listener: () => void) => void
  storage: { used: () => number, capacity: number }
  compliance: Pick<Compliance, 'report'>
  repair: () => Pick<RepairStatus, 'blocked' | 'blockedReason'>
  /** The recovery drill history, oldest first (agent/drill/drill-history.ts); undefined: none. */
  drills?: () => Promise<DrillRecord[]>
  log: Logger
}

/** The channels the config names (none: alerts are only listed). */
export function alertChannels (config: Pick<AlertsConfig, 'webhook' | 'command'>): AlertChannel[] {
  const out: AlertChannel[] = []
  if (config.webhook !== null) out.push(webhookChannel(config.webhook))
  if (config.command !== null) out.push(commandChannel(config.command))
  return out
}

export function agentAlerter (c: AgentAlerterComponents, config: AlertsConfig): Alerter {
  return new Alerter({
    selfId: c.selfId,
    host: c.host,
    store: new AlertDb(c.level),
    channels: alertChannels(config),
    onRunFinished: c.onRunFinished,
    inputs: async () => ({
      selfId: c.selfId,
      sources: await c.sources?.() ?? [],
      ownerSources: c.ownerSources?.() ?? [],
      storage: { used: c.storage.used(), capacity: c.storage.capacity },
      snapshots: (await c.compliance.report()).snapshots,
      repair: c.repair(),
      drills: latestDrills(await c.drills?.() ?? [])
    }),
    log: (level, msg, fields) => { c.log[level](fields ?? {}, msg) }
  }, config)
}

/** The latest drill of each source (and of drills naming none), from a history oldest first. */
export function latestDrills (history: DrillRecord[]): DrillRecord[] {
  const last = new Map<string, DrillRecord>()
  for (const d of history) last.set(d.source ?? '', d)
  return [...last.values()]
}
