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
 * the fewest are broken, the pack stays degraded and the pass reports it),
 * stores them, and updates the pack's placement in the index. When not even a
 * degraded placement exists (fewer live peers than shards), the pack is
 * *blocked*: skipped before anything is read, counted in the status with the
 * reason, and tried again each pass at no cost until the mesh changes.
 *
 * A few packs are rebuilt at once (`parallelPacks`, bounded by a byte budget,
 * `maxBytesInFlight`, since each holds its k+m shards in memory) and the k
 * shards of a pack are read in parallel; every put waits its turn on one shared
 * byte-rate throttle. It is resumable: the queue is recomputed from the index
 * and the peer table, so a crash loses nothing.
 *
 * Shards left on a lost peer become *surplus*; when that peer comes back they
 * are deleted with the owner's signature — unless pointing the pack back at
 * the returning copy (verified first) makes its placement better: then the
 * rebuilt copy becomes the surplus one. That is how a pack repaired degraded
 * (a whole site lost, too few sites left for site diversity) becomes compliant
 * again when the site returns.
 *
 * After a pass that changed placements, `onChanged` tells the agent, which
 * republishes the catalog. The changed packs are remembered
 * (`meta:repair-unindexed`) until an index segment with their new placements
 * is written (index-segment.ts): that needs the master key, which the agent
 * holds only while a request that gave the passphrase runs (a backup, or
 * repair with a passphrase), so repair on its own leaves them listed till then.
 */
import { pb } from '../../proto/index.js'
import type { IndexDb, ShardRef } from '../../store/index-db.js'
import { hex } from '../../store/keys.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { createErasureCode } from '../erasure/index.js'
import { betterScore } from '../placement/index.js'
import type { Placer } from '../repository/repository.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { shardFailureAction } from './shard-failure.js'

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
  /** A pass changed the placement of `packs` packs (the agent republishes its catalog). */
  onChanged?: (packs: number) => void
  /** How far a placement (peer per shard index) is from the policy, lower is better (placement/score.ts); without it, shards never move back. */
  score?: (assignment: Array<string | undefined>) => number[]
}

export interface RepairInit {
  graceSeconds: number
  maxBytesPerSecond: number
  /** Packs rebuilt at once. Default PARALLEL_PACKS (3). */
  parallelPacks?: number
  /** Most bytes of shards held in memory by the packs being rebuilt. Default MAX_BYTES_IN_FLIGHT (96 MiB). */
  maxBytesInFlight?: number
}

/**
 * How often repair looks for work, in ms: twice per grace period, at most once
 * per heartbeat (a peer's state changes no faster), at least once a second.
 */
export function repairIntervalMs (graceSeconds: number, heartbeatSeconds: number): number {
  return Math.max(1000, Math.min(graceSeconds * 500, heartbeatSeconds * 1000))
}

/** Default of RepairInit.parallelPacks. */
export const PARALLEL_PACKS = 3
/** Default of RepairInit.maxBytesInFlight: three 16 MiB packs at RS 4+2 (24 MiB of shards each) with room to spare. */
export const MAX_BYTES_IN_FLIGHT = 96 * 1024 * 1024
/** Time allowed for one shard read or put, in ms. */
const SHARD_TIMEOUT_MS = 60_000

export interface RepairStatus {
  queue: number
  inProgress: string | null
  /** Pack repairs done (a pack repaired in two passes counts twice). */
  repairedPacks: number
  repairedShards: number
  failedPacks: number
  /** Of repairedPacks, those placed breaking a rule because the live mesh cannot meet them all (e.g. site diversity with a site down). */
  degradedPacks: number
  /** Packs that need repair but cannot be placed at all now (too few live peers); retried each pass without reading anything. */
  blocked: number
  blockedReason: string | null
  /** Repaired packs whose new placements are in the local index but in no index segment yet (needs the passphrase). */
  unindexed: number
  bytesRead: number
  bytesSent: number
  surplus: number
  lastError: string | null
  lastRunMs: number
  /** How long the last pass that rebuilt something took, in ms (0: none yet). */
  lastWorkMs: number
}

/** An old copy of a moved shard on a peer that was down: deleted (or moved back to) when it returns. */
type Surplus = ShardRef

interface MetaList<T> { get: () => Promise<T[]>, set: (items: T[]) => Promise<void> }

/** The outcome of one pack's repair (a blocked pack throws RepairBlockedError). */
type PackOutcome = 'repaired' | 'degraded' | 'none'

class RepairBlockedError extends Error {
  override name = 'RepairBlockedError'
}

export class Repairer {
  private readonly bad = new Set<string>()
  /** Of the bad ones: missing on a peer that was up and said so (markMissing). */
  private readonly missing = new Set<string>()
  private running = false
  private timer: ReturnType<typeof setInterval> | undefined
  private readonly budget: ByteBudget
  private readonly parallel: number
  /** The shared throttle: when the next byte may go out (ms since the epoch). */
  private nextSendMs = 0
  /** Updates of meta lists (surplus, unindexed) one at a time: packs finish concurrently. */
  private metaLock: Promise<unknown> = Promise.resolve()
  readonly state: RepairStatus = { queue: 0, inProgress: null, repairedPacks: 0, repairedShards: 0, failedPacks: 0, degradedPacks: 0, blocked: 0, blockedReason: null, unindexed: 0, bytesRead: 0, bytesSent: 0, surplus: 0, lastError: null, lastRunMs: 0, lastWorkMs: 0 }

  constructor (private readonly c: RepairComponents, private readonly init: RepairInit) {
    this.parallel = Math.max(1, init.parallelPacks ?? PARALLEL_PACKS)
    this.budget = new ByteBudget(Math.max(1, init.maxBytesInFlight ?? MAX_BYTES_IN_FLIGHT))
  }

  start (intervalMs: number): void {
    this.timer = setInterval(() => { void this.runOnce() }, intervalMs)
    this.timer.unref()
    void this.lists.unindexed.get().then(l => { this.state.unindexed = l.length }, () => {})
  }

  stop (): void {
    if (this.timer !== undefined) clearInterval(this.timer)
  }

  /** A shard failed an audit or a read: repair it without waiting for a grace period. */
  markBad (packId: Uint8Array, index: number): void {
    this.bad.add(`${hex(packId)}.${index}`)
  }

  /** The shard's peer, up, does not hold it (the holdings check): rebuilt, and it may go back to that peer. */
  markMissing (packId: Uint8Array, index: number): void {
    this.bad.add(`${hex(packId)}.${index}`)
    this.missing.add(`${hex(packId)}.${index}`)
  }

  /** Is this shard known bad or missing (an audit, a read or the holdings check found it so) and not rebuilt yet? */
  isBad (packId: Uint8Array, index: number): boolean {
    return this.bad.has(`${hex(packId)}.${index}`)
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

  /** One pass: repair every pack that needs it (a few at once), then collect surplus shards. */
  async runOnce (): Promise<void> {
    if (this.running) return
    this.running = true
    const started = Date.now()
    try {
      const now = Date.now()
      const packs = await this.c.index.listPacks()
      const todo = packs.filter(p => this.lostOf(p, now).length > 0)
      this.state.queue = todo.length
      let changed = 0
      let blocked = 0
      let blockedReason: string | null = null
      let next = 0
      const worker = async (): Promise<void> => {
        while (next < todo.length) {
          const rec = todo[next++]
          const bytes = rec.shardLength * (rec.k + rec.m)
          await this.budget.acquire(bytes)
          this.state.inProgress = hex(rec.id).slice(0, 16)
          try {
            const outcome = await this.repairPack(rec)
            if (outcome === 'repaired' || outcome === 'degraded') {
              changed++
              this.state.repairedPacks++
              if (outcome === 'degraded') this.state.degradedPacks++
            }
          } catch (err) {
            if (err instanceof RepairBlockedError) {
              blocked++
              blockedReason = err.message
            } else {
              this.state.failedPacks++
              this.state.lastError = `pack ${hex(rec.id).slice(0, 16)}: ${(err as Error).message}`
              this.c.log('repair failed', { pack: hex(rec.id), err: (err as Error).message })
            }
          } finally {
            this.budget.release(bytes)
            this.state.queue--
          }
        }
      }
      await Promise.all(Array.from({ length: Math.min(this.parallel, todo.length) }, worker))
      this.state.inProgress = null
      if (blockedReason !== this.state.blockedReason && blockedReason !== null) {
        // said once per change of reason, not every pass
        this.c.log('repair blocked: the live mesh cannot hold every shard of these packs', { packs: blocked, reason: blockedReason })
      }
      this.state.blocked = blocked
      this.state.blockedReason = blockedReason
      if (changed > 0) this.state.lastWorkMs = Date.now() - started
      changed += await this.collectSurplus()
      if (changed > 0) this.c.onChanged?.(changed)
    } finally {
      this.state.lastRunMs = Date.now()
      this.running = false
    }
  }

  private async repairPack (rec: pb.PackRecord): Promise<PackOutcome> {
    const lost = this.lostOf(rec, Date.now())
    if (lost.length === 0) return 'none'
    const { k, m } = rec
    const locs = Repairer.locs(rec)
    const bad = new Set(lost)
    // Lost shards go elsewhere — except those a peer that is up simply no longer has (an emptied
    // disk, found by the holdings check): it may take its rebuilt copy again. Avoiding it left packs
    // degraded where it was the only peer the rules allowed (a site of two). A corrupt copy's peer
    // is avoided: its bad copy is still there.
    const up = new Set(this.c.peers().filter(p => p.up).map(p => p.id))
    const avoid = new Set<string>(locs.filter(l => bad.has(l.index) && !(up.has(l.store) && this.missing.has(`${hex(rec.id)}.${l.index}`))).map(l => l.store))
    // Can the lost shards go anywhere at all? Asked before reading anything, so
    // a mesh too small for the pack costs nothing pass after pass.
    const before = this.c.placer({ packId: rec.id, shardBytes: rec.shardLength, keep: new Map(locs.filter(l => !bad.has(l.index)).map(l => [l.index, l.store])), avoid })
    if (!before.ok) throw new RepairBlockedError(before.reason)

    // Read k good shards in parallel (each verified against the index's hash);
    // a failed read moves on to the next candidate.
    const shards: Array<Uint8Array | undefined> = new Array(k + m).fill(undefined)
    const keep = new Map<number, string>()
    // this agent's own store first: a disk read, no network
    const candidates = locs.filter(l => !bad.has(l.index)).sort((x, y) => Number(y.store === this.c.owner) - Number(x.store === this.c.owner))
    let read = 0
    let inFlight = 0
    let next = 0
    const reader = async (): Promise<void> => {
      while (read + inFlight < k && next < candidates.length) {
        const loc = candidates[next++]
        const peer = this.c.shardPeer(loc.store)
        if (peer === undefined) {
          keep.set(loc.index, loc.store) // down but within grace: leave it
          this.c.log('repair: shard unreadable', { pack: hex(rec.id), index: loc.index, peer: loc.store, err: 'not connected' })
          continue
        }
        inFlight++
        try {
          shards[loc.index] = await peer.read(this.c.owner, rec.id, loc.index, 0, rec.shardLength, { expectHash: rec.shardHashes[loc.index], signal: AbortSignal.timeout(SHARD_TIMEOUT_MS) })
          read++
          this.state.bytesRead += rec.shardLength
          keep.set(loc.index, loc.store)
        } catch (err) {
          avoid.add(loc.store)
          // a shard found missing or corrupt by its read is repaired too; one
          // that could not be read now stays where it is for the next pass
          if (shardFailureAction(err) === 'repair') bad.add(loc.index)
          else keep.set(loc.index, loc.store)
          this.c.log('repair: shard unreadable', { pack: hex(rec.id), index: loc.index, peer: loc.store, err: (err as Error).message })
        } finally {
          inFlight--
        }
      }
    }
    await Promise.all(Array.from({ length: k }, reader))
    // the shards not needed for decoding stay where they are
    for (const l of candidates.slice(next)) keep.set(l.index, l.store)
    if (read < k) throw new Error(`only ${read} of the ${k} shards needed could be read`)
    const all = createErasureCode(k, m).reconstruct(shards)
    const missing = [...Array(k + m).keys()].filter(i => !keep.has(i))
    const locations = new Map(keep)
    let degraded = false
    for (let attempt = 0; attempt < 4 && missing.some(i => !locations.has(i)); attempt++) {
      const placed = this.c.placer({ packId: rec.id, shardBytes: rec.shardLength, keep: locations, avoid })
      if (!placed.ok) throw attempt === 0 ? new RepairBlockedError(placed.reason) : new Error(placed.reason)
      degraded = placed.degraded
      await Promise.all(missing.filter(i => !locations.has(i)).map(async i => {
        const target = placed.assignment[i]
        const peer = this.c.shardPeer(target)
        try {
          if (peer === undefined) throw new Error('not connected')
          const header = makeShardHeader({ owner: this.c.owner, packId: rec.id, index: i, k, m, packLength: Number(rec.length) }, all[i])
          if (!Buffer.from(header.shardHash as Uint8Array).equals(rec.shardHashes[i])) throw new Error('rebuilt shard does not match its recorded hash')
          await this.throttle(all[i].byteLength)
          await peer.put(header, all[i], { signal: AbortSignal.timeout(SHARD_TIMEOUT_MS) })
          locations.set(i, target)
          this.state.bytesSent += all[i].byteLength
          this.state.repairedShards++
        } catch (err) {
          avoid.add(target)
          this.c.log('repair: put refused', { peer: target, err: (err as Error).message })
        }
      }))
    }
    if (missing.some(i => !locations.has(i))) throw new Error('no peer took some rebuilt shards')
    // forgotten and pruned meanwhile: do not bring its record back (the rebuilt shards are surplus)
    const pruned = await this.c.index.getPack(rec.id) === undefined
    // Old copies of moved shards are surplus: deleted when their peer is back.
    const moved = pruned
      ? [...locations].map(([index, peer]) => ({ peer, pack: hex(rec.id), index }))
      : locs.filter(l => locations.get(l.index) !== l.store).map(l => ({ peer: l.store, pack: hex(rec.id), index: l.index }))
    const surplus = await this.updateList(this.lists.surplus, list => [...list, ...moved])
    this.state.surplus = surplus.length
    if (pruned) return 'none'
    const updated: pb.IPackRecord = { id: rec.id, length: rec.length, k, m, shardLength: rec.shardLength, shardHashes: rec.shardHashes, blobCount: rec.blobCount, createdMs: rec.createdMs, locations: [...locations].sort((a, b) => a[0] - b[0]).map(([index, store]) => ({ index, store })) }
    await this.c.index.putPack(updated, [])
    const unindexed = await this.updateList(this.lists.unindexed, list => list.includes(hex(rec.id)) ? list : [...list, hex(rec.id)])
    this.state.unindexed = unindexed.length
    for (const i of [...lost, ...bad]) {
      this.bad.delete(`${hex(rec.id)}.${i}`)
      this.missing.delete(`${hex(rec.id)}.${i}`)
    }
    if (degraded) this.c.log('pack repaired, degraded: the live mesh cannot meet every placement rule', { pack: hex(rec.id), rebuilt: missing.length })
    else this.c.log('pack repaired', { pack: hex(rec.id), rebuilt: missing.length })
    return degraded ? 'degraded' : 'repaired'
  }

  /** One shared byte rate for every put of every pack being rebuilt. */
  private async throttle (bytes: number): Promise<void> {
    const rate = this.init.maxBytesPerSecond
    if (rate <= 0) return
    const now = Date.now()
    const at = Math.max(now, this.nextSendMs)
    this.nextSendMs = at + bytes / rate * 1000
    if (at > now) await new Promise(resolve => setTimeout(resolve, at - now))
  }

  /** The two lists repair keeps in the index (meta:repair-unindexed, meta:surplus). */
  private readonly lists: { unindexed: MetaList<string>, surplus: MetaList<Surplus> } = {
    unindexed: { get: async () => await this.c.index.getRepairUnindexed(), set: async l => { await this.c.index.setRepairUnindexed(l) } },
    surplus: { get: async () => await this.c.index.getSurplus(), set: async l => { await this.c.index.setSurplus(l) } }
  }

  /** Read, change and write one of the lists, one update at a time. */
  private async updateList<T> (list: MetaList<T>, change: (items: T[]) => T[]): Promise<T[]> {
    const run = this.metaLock.then(async () => {
      const items = change(await list.get())
      await list.set(items)
      return items
    })
    this.metaLock = run.catch(() => {})
    return await run
  }

  /** Repaired packs whose placements are in no index segment yet (hex ids). */
  async unindexedPacks (): Promise<string[]> {
    return await this.lists.unindexed.get()
  }

  /** These packs' placements are now in an index segment. */
  async markIndexed (packs: string[]): Promise<void> {
    const done = new Set(packs)
    const left = await this.updateList(this.lists.unindexed, list => list.filter(h => !done.has(h)))
    this.state.unindexed = left.length
  }

  /**
   * Surplus shards on peers that are back: move the pack back onto them when
   * that improves its placement, else delete them. Returns the packs moved.
   */
  async collectSurplus (): Promise<number> {
    const list = await this.lists.surplus.get()
    if (list.length === 0) { this.state.surplus = 0; return 0 }
    const key = (s: Surplus): string => `${s.peer}/${s.pack}.${s.index}`
    const handled = new Set<string>()
    const keep: Surplus[] = []
    let moved = 0
    // up in the peer table too: a peer that just reconnected counts as down for
    // placement until its first heartbeat, and a move back would not look better
    const up = new Set(this.c.peers().filter(p => p.up).map(p => p.id))
    for (const s of list) {
      const peer = up.has(s.peer) ? this.c.shardPeer(s.peer) : undefined
      if (peer === undefined) continue
      handled.add(key(s))
      // never delete a shard the pack still places there
      const rec = await this.c.index.getPack(s.pack)
      if (rec?.locations.some(l => l.index === s.index && l.store === s.peer) === true) continue
      if (rec !== undefined) {
        const back = await this.moveBack(rec, s, peer)
        if (back === 'later') {
          keep.push(s)
          continue
        }
        if (back !== undefined) {
          keep.push(back)
          moved++
          continue
        }
      }
      try {
        await peer.delete(this.c.owner, Buffer.from(s.pack, 'hex'), s.index, { signal: AbortSignal.timeout(15_000) })
      } catch (err) {
        this.c.log('surplus delete failed', { peer: s.peer, err: (err as Error).message })
        keep.push(s)
      }
    }
    // entries added meanwhile stay; handled ones leave unless kept
    const now = await this.updateList(this.lists.surplus, current => [...current.filter(s => !handled.has(key(s))), ...keep])
    this.state.surplus = now.length
    return moved
  }

  /**
   * Point shard `s.index` of the pack back at `s.peer` if that makes the
   * placement better and the copy there is intact; returns the now-surplus
   * rebuilt copy, undefined when the pack stays as it is (the returning copy is
   * surplus), or 'later' when the copy could not be read now (kept for the next pass).
   */
  private async moveBack (rec: pb.PackRecord, s: Surplus, peer: ShardPeer): Promise<Surplus | 'later' | undefined> {
    const score = this.c.score
    if (score === undefined || rec.locations.some(l => l.store === s.peer)) return undefined
    const assignment: Array<string | undefined> = new Array(rec.k + rec.m).fill(undefined)
    for (const l of rec.locations) assignment[l.index ?? 0] = l.store ?? undefined
    const from = assignment[s.index]
    const moved = [...assignment]
    moved[s.index] = s.peer
    if (from === undefined || !betterScore(score(moved), score(assignment))) return undefined
    try {
      await peer.read(this.c.owner, rec.id, s.index, 0, rec.shardLength, { expectHash: rec.shardHashes[s.index], signal: AbortSignal.timeout(SHARD_TIMEOUT_MS) })
      this.state.bytesRead += rec.shardLength
    } catch (err) {
      if (shardFailureAction(err) === 'retry') {
        this.c.log('returning shard unreadable now, tried again next pass', { pack: s.pack, index: s.index, peer: s.peer, err: (err as Error).message })
        return 'later'
      }
      this.c.log('returning shard unusable, deleting it', { pack: s.pack, index: s.index, peer: s.peer, err: (err as Error).message })
      return undefined
    }
    const locations = moved.flatMap((store, index) => store === undefined ? [] : [{ index, store }])
    await this.c.index.putPack({ id: rec.id, length: rec.length, k: rec.k, m: rec.m, shardLength: rec.shardLength, shardHashes: rec.shardHashes, blobCount: rec.blobCount, createdMs: rec.createdMs, locations }, [])
    const unindexed = await this.updateList(this.lists.unindexed, list => list.includes(s.pack) ? list : [...list, s.pack])
    this.state.unindexed = unindexed.length
    this.c.log('shard moved back to a returning peer', { pack: s.pack, index: s.index, peer: s.peer, from })
    return { peer: from, pack: s.pack, index: s.index }
  }
}

/** A budget of bytes in flight: acquire waits until the bytes fit (one oversized request runs alone). */
class ByteBudget {
  private used = 0
  private readonly waiters: Array<() => void> = []

  constructor (private readonly size: number) {}

  async acquire (bytes: number): Promise<void> {
    while (this.used > 0 && this.used + bytes > this.size) {
      await new Promise<void>(resolve => this.waiters.push(resolve))
    }
    this.used += bytes
  }

  release (bytes: number): void {
    this.used -= bytes
    for (const w of this.waiters.splice(0)) w()
  }
}
