/**
 * The self report: what this agent says about itself — in its heartbeats
 * (site, media, capacity, free space, version, shard count, last backup, its
 * own compliance, its backup sources' last success and objectives) and in the
 * status protocol's answer.
 */
import type { Logger } from 'pino'
import type { AgentStatusFields } from '../../protocol/status/index.js'
import type { ShardStore } from '../../store/shard-store.js'
import type { OwnerSummary } from '../placement/owners.js'
import type { SourceSummary } from '../schedule/types.js'
import { VERSION } from '../version.js'
import type { LocalHeartbeatInfo } from './heartbeat.js'
import type { PeerRecord } from './peer-table.js'

export interface SelfInfo { site: string, media: string, capacity: number, used: number, free: number, version: string, lastBackupMs: number, addrs: string[] }

export interface SelfReportComponents {
  selfId: string
  config: { site: string, media: string, capacity: number }
  store: Pick<ShardStore, 'usedBytes' | 'freeBytes' | 'usage'>
  addrs: () => string[]
  peerTable: { list: () => PeerRecord[] }
  /** This owner's pack counts (Compliance.ownSummary). */
  ownSummary: () => Promise<OwnerSummary>
  /** This agent's backup sources for its heartbeats (Scheduler.summaries); default none. */
  ownSources?: () => SourceSummary[]
  log: Logger
}

export class SelfReport {
  readonly startedAt = Date.now()
  private lastBackup = 0

  constructor (private readonly c: SelfReportComponents) {}

  /** A backup was committed now. */
  noteBackup (): void {
    this.lastBackup = Date.now()
  }

  /** ms since the epoch of the last backup made by this agent since it started; 0 = none. */
  get lastBackupMs (): number {
    return this.lastBackup
  }

  info (): SelfInfo {
    const { site, media, capacity } = this.c.config
    return {
      site,
      media,
      capacity,
      used: this.c.store.usedBytes(),
      free: Math.max(0, this.c.store.freeBytes()),
      version: VERSION,
      lastBackupMs: this.lastBackup,
      addrs: this.c.addrs()
    }
  }

  /** The heartbeat's content (without its own compliance when that cannot be judged now). */
  async heartbeat (): Promise<LocalHeartbeatInfo> {
    let shards = 0
    for (const u of this.c.store.usage().values()) shards += u.shards
    const compliance = await this.c.ownSummary().catch(err => {
      this.c.log.warn({ err: (err as Error).message }, 'could not judge own packs')
      return undefined
    })
    let sources: SourceSummary[] = []
    try {
      sources = this.c.ownSources?.() ?? []
    } catch (err) {
      this.c.log.warn({ err: (err as Error).message }, 'could not list own sources')
    }
    return { ...this.info(), shards, compliance, sources }
  }

  /** This agent's status in the status protocol's terms. */
  statusFields (): AgentStatusFields {
    return {
      ...this.info(),
      peerId: this.c.selfId,
      shardsPerOwner: [...this.c.store.usage()].map(([owner, u]) => ({ owner, shards: u.shards, bytes: u.bytes })),
      peers: this.c.peerTable.list().map(p => ({ peerId: p.peerId, site: p.site, media: p.media, up: p.up, capacity: p.capacity, used: p.used, lastSeenMs: p.lastSeenMs, addrs: p.addrs })),
      uptimeMs: Date.now() - this.startedAt
    }
  }
}
