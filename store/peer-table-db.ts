/**
 * The peer table on disk (agent/mesh/peer-table.ts persists through it): one
 * LevelDB record per mesh member, so the table survives restarts.
 *
 * Key layout — add this line to the prefix table in store/keys.ts (owned
 * elsewhere; kept here until then):
 *
 * | prefix            | value                         | what                                      |
 * |-------------------|-------------------------------|-------------------------------------------|
 * | `peer:<peer id>`  | PeerTableEntry (mesh.proto)   | a member as last heard: labels, capacity, last seen, its backup sources |
 *
 * It takes an already-open database: the agent's `Level<string, Uint8Array>`
 * index or a sublevel of it (`db.sublevel('mesh')`); keys and values are
 * encoded per operation (utf8 / view), whatever the database's defaults.
 * It is a cache of gossip: a damaged record is skipped (and logged), not fatal.
 */
import { defaultLogger } from '@libp2p/logger'
import type { Logger } from '@libp2p/interface'
import { decode, encode, int64, pb } from '../proto/index.js'


/** Key prefix of peer records. */
export const PEER_PREFIX = 'peer:'

/** Largest encoded PeerTableEntry read back, in bytes. */
const MAX_ENTRY_BYTES = 64 * 1024
/** Most sources kept per peer (as the heartbeat's MAX_SOURCES). */
export const MAX_STORED_SOURCES = 64

/** One backup source of a member as last announced (same shape as agent/schedule/types.ts SourceSummary). */
export interface PeerTableDbSource {
  name: string
  /** 0: never. */
  lastSuccessMs: number
  lastAttemptMs: number
  lastAttemptFailed: boolean
  rpoSeconds: number
  rtoSeconds: number
}

/** A member as persisted (same shape as agent/mesh/peer-table.ts StoredPeerRecord). */
export interface PeerTableDbRecord {
  peerId: string
  site: string
  media: string
  capacity: number
  used: number
  free: number
  version: string
  shards: number
  lastBackupMs: number
  addrs: string[]
  /** Local time the last heartbeat arrived, ms since the epoch. */
  lastSeenMs: number
  /** Issuer of the invite that attests its labels; absent: self-declared. */
  attestedBy?: string
  /** The invite that admitted it. */
  inviteId?: string
  /** Its backup sources as last announced; absent: none. */
  sources?: PeerTableDbSource[]
}

const UTF8 = { keyEncoding: 'utf8' } as const
const VIEW = { keyEncoding: 'utf8', valueEncoding: 'view' } as const

/** The part of an open `level` database (or sublevel) this store uses. */
export interface PeerTableLevel {
  put: (key: string, value: Uint8Array, options: typeof VIEW) => Promise<void>
  del: (key: string, options: typeof UTF8) => Promise<void>
  iterator: (options: { gte: string, lt: string, keyEncoding: 'utf8', valueEncoding: 'view' }) => AsyncIterable<[string, Uint8Array]>
}

/** Upper bound of the prefix's keys (':' + 1 = ';'). */
const PEER_END = PEER_PREFIX.slice(0, -1) + String.fromCharCode(PEER_PREFIX.charCodeAt(PEER_PREFIX.length - 1) + 1)

export class PeerTableDb {
  private readonly log: Logger

  /** `log`: where damaged records are reported (the agent's logger family; default @libp2p/logger). */
  constructor (private readonly db: PeerTableLevel, log?: Logger) {
    this.log = log ?? defaultLogger().forComponent('meshbackup:store:peer-table')
  }

  /** Every saved peer; damaged records are skipped. */
  async load (): Promise<PeerTableDbRecord[]> {
    const out: PeerTableDbRecord[] = []
    for await (const [key, value] of this.db.iterator({ gte: PEER_PREFIX, lt: PEER_END, ...VIEW })) {
      try {
        const entry = decode(pb.PeerTableEntry, value, MAX_ENTRY_BYTES, `peer record ${key}`)
        if (entry.peerId !== key.slice(PEER_PREFIX.length)) throw new Error('peer id differs from its key')
        out.push({
          peerId: entry.peerId,
          site: entry.site,
          media: entry.media,
          capacity: int64(entry.capacity, 'capacity'),
          used: int64(entry.used, 'used'),
          free: int64(entry.free, 'free'),
          version: entry.version,
          shards: entry.shards,
          lastBackupMs: int64(entry.lastBackupMs, 'last backup'),
          addrs: entry.addrs,
          lastSeenMs: int64(entry.lastSeenMs, 'last seen'),
          ...(entry.attestedBy === '' ? {} : { attestedBy: entry.attestedBy }),
          ...(entry.inviteId === '' ? {} : { inviteId: entry.inviteId }),
          ...(entry.sources.length === 0 ? {} : { sources: loadSources(entry.sources) })
        })
      } catch (err) {
        this.log.error('skipping damaged peer record %s - %s', key, (err as Error).message)
      }
    }
    return out
  }

  /** Insert or replace one peer's record. */
  async save (record: PeerTableDbRecord): Promise<void> {
    await this.db.put(PEER_PREFIX + record.peerId, encode(pb.PeerTableEntry, {
      peerId: record.peerId,
      site: record.site,
      media: record.media,
      capacity: record.capacity,
      used: record.used,
      free: record.free,
      version: record.version,
      shards: record.shards,
      lastBackupMs: record.lastBackupMs,
      addrs: record.addrs,
      lastSeenMs: record.lastSeenMs,
      attestedBy: record.attestedBy ?? '',
      inviteId: record.inviteId ?? '',
      sources: (record.sources ?? []).slice(0, MAX_STORED_SOURCES)
    }), VIEW)
  }

  /** Forget a peer. */
  async delete (peerId: string): Promise<void> {
    await this.db.del(PEER_PREFIX + peerId, UTF8)
  }
}

/** A record's sources, checked like the rest of it (a bad one makes the record damaged). */
function loadSources (sources: pb.SourceSummary.$Properties[]): PeerTableDbSource[] {
  if (sources.length > MAX_STORED_SOURCES) throw new Error(`${sources.length} sources is over ${MAX_STORED_SOURCES}`)
  return sources.map(s => ({
    name: s.name ?? '',
    lastSuccessMs: int64(s.lastSuccessMs, `source ${s.name ?? ''} last success`),
    lastAttemptMs: int64(s.lastAttemptMs, `source ${s.name ?? ''} last attempt`),
    lastAttemptFailed: s.lastAttemptFailed === true,
    rpoSeconds: s.rpoSeconds ?? 0,
    rtoSeconds: s.rtoSeconds ?? 0
  }))
}
