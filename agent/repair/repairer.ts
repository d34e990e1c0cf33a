/**
 * Repair: restore redundancy after a peer (or a whole site) is lost, or a shard
 * fails an audit or a read.
 *
 * For each of the owner's packs, a shard is *lost* when its peer has been down
 * longer than the grace period, or when it was reported bad. The repairer reads
 * k good shards (verified against the hashes in the index), rebuilds the
 * missing ones with the erasure code — no decryption, shards are ciphertext —
 * places them by the same rules (kept shards count toward every limit, so
 * nothing piles onto one site's survivors; when the rules cannot all be met
 * the fewest are broken and the pack stays degraded), stores them, and updates
 * the pack's placement in the index. It works one pack at a time, throttled to
 * a byte rate, and is resumable: its queue is recomputed from the index and the
 * peer table, so a crash loses nothing. Shards left on a lost peer become
 * *surplus*; when that peer comes back they are deleted with the owner's
 * signature.
 */
import { pb } from '../../proto/index.js'
import type { IndexDb } from '../../store/index-db.js'
import { hex } from '../../store/keys.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { createErasureCode } from '../erasure/index.js'
import type { Placer } from '../repository/repository.js'
import type { ShardPeer } from '../repository/shard-peer.js'

export interface RepairPeer {
  id: string
  up: boolean
  lastSeenMs: number
}

export interface RepairComponents {
  index: IndexDb
  owner: string
  /** Peers as the peer table knows them. */
  peers: () => RepairPeer[]
  /** A connected peer to read from or write to, or undefined. */
  shardPeer: (id: string) => ShardPeer | undefined
  /** The placement policy, degraded allowed. */
  placer: Placer
  log: (msg: string, fields?: Record<string, unknown>) => void
}

export interface RepairInit {
  graceSeconds: number
  maxBytesPerSecond: number
}

export interface RepairStatus {
  queue: number
  inProgress: string | null
  repairedPacks: number
  repairedShards: number
  failedPacks: number
  bytesSent: number
  surplus: number
  lastError: string | null
  lastRunMs: number
}

interface Surplus { peer: string, pack: string, index: number }

export class Repairer {
  private readonly bad = new Set<string>()
  private running = false
  private timer: ReturnType<typeof setInterval> | undefined
  readonly state: RepairStatus = { queue: 0, inProgress: null, repairedPacks: 0, repairedShards: 0, failedPacks: 0, bytesSent: 0, surplus: 0, lastError: null, lastRunMs: 0 }

  constructor (private readonly c: RepairComponents, private readonly init: RepairInit) {}

  start (intervalMs: number): void {
    this.timer = setInterval(() => { void this.runOnce() }, intervalMs)
    this.timer.unref()
  }

  stop (): void {
    if (this.timer !== undefined) clearInterval(this.timer)
  }

  /** A shard failed an audit or a read: repair it without waiting for a grace period. */
  markBad (packId: Uint8Array, index: number): void {
    this.bad.add(`${hex(packId)}.${index}`)
  }

  /** Which shards of a pack are lost, by index. */
  private static locs (rec: pb.PackRecord): Array<{ index: number, store: string }> {
    return rec.locations.map(l => ({ index: l.index ?? 0, store: l.store ?? '' }))
  }

  private lostOf (rec: pb.PackRecord, now: number): number[] {
    const peers = new Map(this.c.peers().map(p => [p.id, p]))
    const grace = this.init.graceSeconds * 1000
    const lost: number[] = []
    for (let i = 0; i < rec.k + rec.m; i++) {
      const loc = Repairer.locs(rec).find(l => l.index === i)
      const p = loc === undefined ? undefined : peers.get(loc.store)
      const gone = loc === undefined || p === undefined || (!p.up && now - p.lastSeenMs > grace)
      if (gone || this.bad.has(`${hex(rec.id)}.${i}`)) lost.push(i)
    }
    return lost
  }

  /** One pass: repair every pack that needs it, then collect surplus shards. */
  async runOnce (): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      const now = Date.now()
      const packs = await this.c.index.listPacks()
      const todo = packs.filter(p => this.lostOf(p, now).length > 0)
      this.state.queue = todo.length
      for (const rec of todo) {
        this.state.inProgress = hex(rec.id).slice(0, 16)
        try {
          await this.repairPack(rec)
          this.state.repairedPacks++
        } catch (err) {
          this.state.failedPacks++
          this.state.lastError = `pack ${hex(rec.id).slice(0, 16)}: ${(err as Error).message}`
          this.c.log('repair failed', { pack: hex(rec.id), err: (err as Error).message })
        }
        this.state.queue--
      }
      this.state.inProgress = null
      await this.collectSurplus()
    } finally {
      this.state.lastRunMs = Date.now()
      this.running = false
    }
  }

  private async repairPack (rec: pb.PackRecord): Promise<void> {
    const lost = this.lostOf(rec, Date.now())
    if (lost.length === 0) return
    const { k, m } = rec
    const shards: Array<Uint8Array | undefined> = new Array(k + m).fill(undefined)
    const keep = new Map<number, string>()
    const bad = new Set(lost)
    // Read good shards until k are in hand (each verified against the index's hash).
    const locs = Repairer.locs(rec)
    let read = 0
    for (const loc of locs) {
      if (bad.has(loc.index)) continue
      if (read >= k) { keep.set(loc.index, loc.store); continue }
      const peer = this.c.shardPeer(loc.store)
      try {
        if (peer === undefined) throw new Error('not connected')
        shards[loc.index] = await peer.read(this.c.owner, rec.id, loc.index, 0, rec.shardLength, { expectHash: rec.shardHashes[loc.index], signal: AbortSignal.timeout(60_000) })
        read++
        keep.set(loc.index, loc.store)
      } catch (err) {
        if (peer !== undefined) bad.add(loc.index) // a shard that fails its read is repaired too
        this.c.log('repair: shard unreadable', { pack: hex(rec.id), index: loc.index, peer: loc.store, err: (err as Error).message })
        if (peer === undefined) keep.set(loc.index, loc.store) // down but within grace: leave it
      }
    }
    if (read < k) throw new Error(`only ${read} of the ${k} shards needed could be read`)
    const all = createErasureCode(k, m).reconstruct(shards)
    const missing = [...Array(k + m).keys()].filter(i => !keep.has(i))
    const avoid = new Set<string>(locs.filter(l => bad.has(l.index)).map(l => l.store))
    const locations = new Map(keep)
    for (let attempt = 0; attempt < 4 && missing.some(i => !locations.has(i)); attempt++) {
      const placed = this.c.placer({ packId: rec.id, shardBytes: rec.shardLength, keep: locations, avoid })
      if (!placed.ok) throw new Error(placed.reason)
      for (const i of missing) {
        if (locations.has(i)) continue
        const target = placed.assignment[i]
        const peer = this.c.shardPeer(target)
        try {
          if (peer === undefined) throw new Error('not connected')
          const header = makeShardHeader({ owner: this.c.owner, packId: rec.id, index: i, k, m, packLength: Number(rec.length) }, all[i])
          if (!Buffer.from(header.shardHash as Uint8Array).equals(rec.shardHashes[i])) throw new Error('rebuilt shard does not match its recorded hash')
          await peer.put(header, all[i], { signal: AbortSignal.timeout(60_000) })
          locations.set(i, target)
          this.state.bytesSent += all[i].byteLength
          this.state.repairedShards++
          await this.throttle(all[i].byteLength)
        } catch (err) {
          avoid.add(target)
          this.c.log('repair: put refused', { peer: target, err: (err as Error).message })
        }
      }
    }
    if (missing.some(i => !locations.has(i))) throw new Error('no peer took some rebuilt shards')
    // Old copies of moved shards are surplus: deleted when their peer is back.
    const surplus = JSON.parse(await this.c.index.getMeta('surplus') ?? '[]') as Surplus[]
    for (const l of locs) {
      if (locations.get(l.index) !== l.store) surplus.push({ peer: l.store, pack: hex(rec.id), index: l.index })
    }
    await this.c.index.putMeta('surplus', JSON.stringify(surplus))
    this.state.surplus = surplus.length
    const updated: pb.IPackRecord = { id: rec.id, length: rec.length, k, m, shardLength: rec.shardLength, shardHashes: rec.shardHashes, blobCount: rec.blobCount, createdMs: rec.createdMs, locations: [...locations].sort((a, b) => a[0] - b[0]).map(([index, store]) => ({ index, store })) }
    await this.c.index.putPack(updated, [])
    for (const i of lost) this.bad.delete(`${hex(rec.id)}.${i}`)
    for (const i of bad) this.bad.delete(`${hex(rec.id)}.${i}`)
    this.c.log('pack repaired', { pack: hex(rec.id), rebuilt: missing.length })
  }

  private async throttle (bytes: number): Promise<void> {
    const rate = this.init.maxBytesPerSecond
    if (rate <= 0) return
    await new Promise(resolve => setTimeout(resolve, Math.round(bytes / rate * 1000)))
  }

  /** Delete surplus shards from peers that are back. */
  async collectSurplus (): Promise<void> {
    const list = JSON.parse(await this.c.index.getMeta('surplus') ?? '[]') as Surplus[]
    if (list.length === 0) { this.state.surplus = 0; return }
    const left: Surplus[] = []
    for (const s of list) {
      const peer = this.c.shardPeer(s.peer)
      if (peer === undefined) { left.push(s); continue }
      // never delete a shard the pack still places there
      const rec = await this.c.index.getPack(s.pack)
      if (rec?.locations.some(l => l.index === s.index && l.store === s.peer) === true) continue
      try {
        await peer.delete(this.c.owner, Buffer.from(s.pack, 'hex'), s.index, { signal: AbortSignal.timeout(15_000) })
      } catch (err) {
        this.c.log('surplus delete failed', { peer: s.peer, err: (err as Error).message })
        left.push(s)
      }
    }
    await this.c.index.putMeta('surplus', JSON.stringify(left))
    this.state.surplus = left.length
  }
}
