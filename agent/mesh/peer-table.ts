/**
 * PeerTable: every mesh member this agent knows, from their gossip heartbeats
 * (heartbeat.ts): labels (site, media), capacity / used / free, version, shard
 * count, last backup, addresses, the 3-2-1 counts of its own packs, its
 * backup sources (last success, objectives), when it was last heard from, and
 * whether it is up.
 *
 * - A peer is *up* while heartbeats arrive; a timer ticks and marks it *down*
 *   once nothing was heard for `downAfterSeconds`. Events: 'peer:up' (a new or
 *   down peer was heard), 'peer:down', 'peer:update' (an up peer's announced
 *   fields changed). Placement and repair read the table; status reports it.
 * - The table survives restarts through a PeerTableStore (the agent's is
 *   store/peer-table-db.ts, LevelDB): records are saved when a peer comes up,
 *   changes or goes down, and its last-seen time at most every
 *   `persistIntervalSeconds`; after a restart every peer loads as down until
 *   heard from again. Its sources are kept on disk too, so that an agent
 *   restarted after an owner died still judges that owner's RPO.
 * - This agent itself is not in its table.
 */
import { TypedEventEmitter } from '@libp2p/interface'
import { defaultLogger } from '@libp2p/logger'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import type { SourceSummary } from '../schedule/types.js'


/** What a member announces about itself in its heartbeat. Sizes in bytes. */
export interface PeerInfo {
  peerId: string
  site: string
  media: string
  capacity: number
  used: number
  free: number
  /** Agent software version. */
  version: string
  /** Shards it holds for others. */
  shards: number
  /** ms since the epoch; 0 = never. */
  lastBackupMs: number
  addrs: string[]
  /**
   * The owner's own judgement of its packs (only it knows their placements);
   * absent until it has judged them. Not persisted: after a restart it is
   * unknown until the next heartbeat.
   */
  compliance?: OwnerCompliance
  /**
   * Its backup sources as it last announced them (at most MAX_SOURCES,
   * heartbeat.ts); absent or empty: none announced. Persisted. A source's
   * last success never moves back here: an owner that just restarted may
   * announce 0 (never) until its run history is read; the table keeps the
   * newest success it heard of.
   */
  sources?: SourceSummary[]
  /** The member that attested its site and media (the issuer of its invite); absent: self-declared. */
  attestedBy?: string
  /** The invite that admitted it; absent: none known. */
  inviteId?: string
}

/** Pack counts by 3-2-1 state of one owner's data, as the owner reports them. */
export interface OwnerCompliance {
  compliant: number
  degraded: number
  atRisk: number
  snapshots: number
  /** Time of the newest snapshot, ms since the epoch; 0 = none. */
  lastSnapshotMs: number
  /** When the owner judged them, ms since the epoch (its clock). */
  computedMs: number
}

function sameCompliance (a: OwnerCompliance | undefined, b: OwnerCompliance | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  // computedMs alone changing is no news
  return a.compliant === b.compliant && a.degraded === b.degraded && a.atRisk === b.atRisk &&
    a.snapshots === b.snapshots && a.lastSnapshotMs === b.lastSnapshotMs
}

/** A member as the table keeps it. */
export interface PeerRecord extends PeerInfo {
  /** Local time its last heartbeat arrived, ms since the epoch. */
  lastSeenMs: number
  up: boolean
}

/** A member as persisted: everything but `up` (a loaded peer is down until heard from). */
export type StoredPeerRecord = Omit<PeerRecord, 'up'>

/** Where the table persists (store/peer-table-db.ts implements it). */
export interface PeerTableStore {
  /** Every saved record. */
  load: () => Promise<StoredPeerRecord[]>
  /** Insert or replace the record of `record.peerId`. */
  save: (record: StoredPeerRecord) => Promise<void>
  /** Forget a peer (no error when it is not saved). */
  delete: (peerId: string) => Promise<void>
}

export interface PeerTableEvents {
  /** A new peer, or one that was down, was heard from. */
  'peer:up': CustomEvent<PeerRecord>
  /** An up peer was not heard from for downAfterSeconds. */
  'peer:down': CustomEvent<PeerRecord>
  /** An up peer announced different fields (site, capacity, free…). */
  'peer:update': CustomEvent<PeerRecord>
}

/** Every option is optional. */
export interface PeerTableInit {
  /** Mark a peer down after this long without a heartbeat, in seconds. Default DOWN_AFTER_SECONDS (45). */
  downAfterSeconds?: number
  /** How often the down-check runs, in seconds. Default: a quarter of downAfterSeconds, 0.05..5. */
  tickSeconds?: number
  /** Save a peer's last-seen time at most this often, in seconds (changes are saved at once). Default 60. */
  persistIntervalSeconds?: number
  /** Most peers kept; heartbeats of further new peers are dropped. Default MAX_PEERS (10000). */
  maxPeers?: number
  /** The clock, ms since the epoch (tests). Default Date.now. */
  now?: () => number
}

export interface PeerTableComponents {
  /** Persistence; without it the table lives in memory only. */
  store?: PeerTableStore
  /** Default: @libp2p/logger. */
  logger?: ComponentLogger
}

/** Default of PeerTableInit.downAfterSeconds: 4.5 default heartbeat intervals (10 s). */
export const DOWN_AFTER_SECONDS = 45
export const PERSIST_INTERVAL_SECONDS = 60
export const MAX_PEERS = 10_000

function sameSources (a: SourceSummary[] = [], b: SourceSummary[] = []): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]
    return x.name === y.name && x.lastSuccessMs === y.lastSuccessMs && x.lastAttemptMs === y.lastAttemptMs &&
      x.lastAttemptFailed === y.lastAttemptFailed && x.rpoSeconds === y.rpoSeconds && x.rtoSeconds === y.rtoSeconds
  })
}

/** The sources announced now, each with the newest last success heard of it (never moving back). */
function mergeSources (held: SourceSummary[] | undefined, now: SourceSummary[] | undefined): SourceSummary[] | undefined {
  if (held === undefined || now === undefined) return now
  const before = new Map(held.map(s => [s.name, s.lastSuccessMs]))
  return now.map(s => {
    const last = before.get(s.name) ?? 0
    return last > s.lastSuccessMs ? { ...s, lastSuccessMs: last } : s
  })
}

function sameInfo (a: PeerInfo, b: PeerInfo): boolean {
  return a.site === b.site && a.media === b.media && a.capacity === b.capacity && a.used === b.used &&
    a.free === b.free && a.version === b.version && a.shards === b.shards && a.lastBackupMs === b.lastBackupMs &&
    a.addrs.length === b.addrs.length && a.addrs.every((addr, i) => addr === b.addrs[i]) &&
    sameCompliance(a.compliance, b.compliance) && sameSources(a.sources, b.sources) && a.attestedBy === b.attestedBy && a.inviteId === b.inviteId
}

function copySources (sources: SourceSummary[] | undefined): { sources?: SourceSummary[] } {
  return sources === undefined ? {} : { sources: sources.map(s => ({ ...s })) }
}

function copy (record: PeerRecord): PeerRecord {
  return { ...record, addrs: [...record.addrs], ...(record.compliance === undefined ? {} : { compliance: { ...record.compliance } }), ...copySources(record.sources) }
}

function stored (record: PeerRecord): StoredPeerRecord {
  const { up: _up, compliance: _compliance, ...rest } = record
  return { ...rest, addrs: [...rest.addrs], ...copySources(rest.sources) }
}

export class PeerTable extends TypedEventEmitter<PeerTableEvents> {
  private readonly peers = new Map<string, PeerRecord>()
  /** When each peer's record was last saved (local ms). */
  private readonly savedAt = new Map<string, number>()
  private readonly store?: PeerTableStore
  private readonly downAfterMs: number
  private readonly tickMs: number
  private readonly persistIntervalMs: number
  private readonly maxPeers: number
  private readonly now: () => number
  private timer?: ReturnType<typeof setInterval>
  private saving: Promise<void> = Promise.resolve()
  private started = false
  private readonly log: Logger

  constructor (init: PeerTableInit = {}, components: PeerTableComponents = {}) {
    super()
    const downAfterSeconds = init.downAfterSeconds ?? DOWN_AFTER_SECONDS
    if (!(downAfterSeconds > 0)) throw new RangeError('downAfterSeconds must be positive')
    this.downAfterMs = downAfterSeconds * 1000
    this.tickMs = (init.tickSeconds ?? Math.min(5, Math.max(0.05, downAfterSeconds / 4))) * 1000
    this.persistIntervalMs = (init.persistIntervalSeconds ?? PERSIST_INTERVAL_SECONDS) * 1000
    this.maxPeers = init.maxPeers ?? MAX_PEERS
    this.now = init.now ?? Date.now
    this.store = components.store
    this.log = (components.logger ?? defaultLogger()).forComponent('meshbackup:mesh:peer-table')
  }

  readonly [Symbol.toStringTag] = 'meshbackup/peer-table'

  /** Load the saved peers (all down) and start the down-check timer. */
  async start (): Promise<void> {
    if (this.started) return
    if (this.store != null) {
      for (const record of await this.store.load()) {
        if (this.peers.has(record.peerId) || this.peers.size >= this.maxPeers) continue
        this.peers.set(record.peerId, { ...record, addrs: [...record.addrs], ...copySources(record.sources), up: false })
        this.savedAt.set(record.peerId, record.lastSeenMs)
      }
      this.log('loaded %d peers, all down until heard from', this.peers.size)
    }
    this.timer = setInterval(() => { this.tick() }, this.tickMs)
    this.timer.unref?.()
    this.started = true
  }

  /** Stop the timer and save every peer's latest last-seen time. */
  async stop (): Promise<void> {
    if (!this.started) return
    clearInterval(this.timer)
    this.timer = undefined
    this.started = false
    for (const record of this.peers.values()) {
      if ((this.savedAt.get(record.peerId) ?? -1) !== record.lastSeenMs) this.persist(record)
    }
    await this.saving
  }

  isStarted (): boolean {
    return this.started
  }

  /**
   * A heartbeat of `info.peerId` arrived (already authenticated and
   * validated). Marks the peer up, updates its fields, emits and persists.
   */
  heard (info: PeerInfo): void {
    const now = this.now()
    const held = this.peers.get(info.peerId)
    if (held == null && this.peers.size >= this.maxPeers) {
      this.log.error('peer table full (%d peers): ignoring %s', this.maxPeers, info.peerId)
      return
    }
    const record: PeerRecord = { ...info, addrs: [...info.addrs], ...copySources(mergeSources(held?.sources, info.sources)), lastSeenMs: now, up: true }
    this.peers.set(info.peerId, record)
    if (held == null || !held.up) {
      this.log('peer %s is up (%s, %s)', info.peerId, info.site, info.media)
      this.persist(record)
      this.safeDispatch('peer:up', record)
    } else if (!sameInfo(held, record)) {
      this.persist(record)
      this.safeDispatch('peer:update', record)
    } else if (now - (this.savedAt.get(info.peerId) ?? 0) >= this.persistIntervalMs) {
      this.persist(record)
    }
  }

  /** Mark down every up peer not heard from for downAfterSeconds (the timer calls this). */
  tick (): void {
    const now = this.now()
    for (const record of this.peers.values()) {
      if (record.up && now - record.lastSeenMs > this.downAfterMs) {
        record.up = false
        this.log('peer %s is down (last heard %d ms ago)', record.peerId, now - record.lastSeenMs)
        this.persist(record)
        this.safeDispatch('peer:down', record)
      }
    }
  }

  /** A copy of one peer's record. */
  get (peerId: string): PeerRecord | undefined {
    const record = this.peers.get(peerId)
    return record == null ? undefined : copy(record)
  }

  /** Copies of every record. */
  list (): PeerRecord[] {
    return [...this.peers.values()].map(copy)
  }

  /** Copies of the up peers' records. */
  upPeers (): PeerRecord[] {
    return this.list().filter(p => p.up)
  }

  /** Forget a peer (it left the mesh), here and in the store. */
  async remove (peerId: string): Promise<boolean> {
    const had = this.peers.delete(peerId)
    this.savedAt.delete(peerId)
    if (this.store != null) {
      const store = this.store
      this.saving = this.saving.then(async () => store.delete(peerId)).catch((err) => {
        this.log.error('could not delete peer %s from the store - %s', peerId, (err as Error).message)
      })
      await this.saving
    }
    return had
  }

  /** Saves and deletes not yet written; resolves when they are. */
  async flush (): Promise<void> {
    await this.saving
  }

  /** Queue a save (in order; a failure is logged, the table keeps working in memory). */
  private persist (record: PeerRecord): void {
    if (this.store == null) return
    const store = this.store
    const snapshot = stored(record)
    this.savedAt.set(record.peerId, record.lastSeenMs)
    this.saving = this.saving.then(async () => store.save(snapshot)).catch((err) => {
      this.log.error('could not save peer %s - %s', record.peerId, (err as Error).message)
    })
  }

  private safeDispatch (type: keyof PeerTableEvents, record: PeerRecord): void {
    try {
      this.safeDispatchEvent(type, { detail: copy(record) })
    } catch (err) {
      this.log.error('%s listener failed - %s', type, (err as Error).message)
    }
  }
}
