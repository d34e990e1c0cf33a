/**
 * The holdings check: when a member (re)connects — perhaps rebuilt with an
 * empty disk under the same identity — this owner asks it, in batches, which
 * of the shards it placed there it still holds (the shard protocol's `has`),
 * before counting them again. Missing ones are marked bad at once: status
 * says degraded within seconds and repair rebuilds them now, not at the next
 * audit (an hour later by default).
 *
 * At most one check per peer at a time, and not again within RECHECK_MS of
 * the last one while it stays connected (both ends prove membership on a new
 * connection: several proofs arrive for one reconnection); a disconnection
 * clears that, so the next connection is always checked.
 */
import type { Logger } from 'pino'
import { MAX_HAS_REFS } from '../../protocol/shard/index.js'
import type { IndexDb } from '../../store/index-db.js'
import type { ShardPeer } from '../repository/shard-peer.js'

/** A peer is not checked again within this time of its last check, in ms. */
export const RECHECK_MS = 10_000

export interface HoldingsComponents {
  selfId: string
  index: Pick<IndexDb, 'listPacks'>
  shardPeer: (id: string) => ShardPeer | undefined
  repairer: { markMissing: (packId: Uint8Array, index: number) => void, runOnce: () => Promise<void> }
  /** The owner's verdicts changed (compliance must judge again). */
  changed: () => void
  log: Logger
}

export interface HoldingsResult { peer: string, asked: number, missing: number }

export class HoldingsCheck {
  readonly name = 'holdings-check'
  private readonly lastCheck = new Map<string, number>()
  private readonly running = new Map<string, Promise<HoldingsResult | undefined>>()
  private stopping = false

  constructor (private readonly c: HoldingsComponents, private readonly init: { recheckMs?: number } = {}) {}

  stop (): void {
    this.stopping = true
  }

  /** The peer's last connection closed: its next connection is checked whatever the time. */
  disconnected (peer: string): void {
    this.lastCheck.delete(peer)
  }

  /** A member proved itself again: check what it holds of ours (at most once per RECHECK_MS while connected). */
  reconnected (peer: string): void {
    if (peer === this.c.selfId || this.stopping) return
    const last = this.lastCheck.get(peer)
    if (this.running.has(peer) || (last !== undefined && Date.now() - last < (this.init.recheckMs ?? RECHECK_MS))) return
    void this.check(peer).catch((err: unknown) => {
      this.c.log.warn({ peer, err: (err as Error).message }, 'holdings check failed')
    })
  }

  /** Ask `peer` about every shard this owner placed there; mark the missing ones bad and start repair. */
  async check (peer: string): Promise<HoldingsResult | undefined> {
    const under = this.running.get(peer)
    if (under !== undefined) return await under
    const run = this.run(peer).finally(() => { this.running.delete(peer); this.lastCheck.set(peer, Date.now()) })
    this.running.set(peer, run)
    return await run
  }

  private async run (peer: string): Promise<HoldingsResult | undefined> {
    const sp = this.c.shardPeer(peer)
    if (sp?.has === undefined) return undefined
    const refs: Array<{ packId: Uint8Array, index: number }> = []
    for (const rec of await this.c.index.listPacks()) {
      for (const l of rec.locations) if (l.store === peer) refs.push({ packId: rec.id, index: l.index ?? 0 })
    }
    let missing = 0
    for (let i = 0; i < refs.length && !this.stopping; i += MAX_HAS_REFS) {
      const batch = refs.slice(i, i + MAX_HAS_REFS)
      const held = await sp.has(this.c.selfId, batch, { signal: AbortSignal.timeout(30_000) })
      batch.forEach((r, j) => {
        if (held[j] !== true) { missing++; this.c.repairer.markMissing(r.packId, r.index) }
      })
    }
    if (missing > 0) {
      this.c.log.warn({ peer, missing, placed: refs.length }, `peer ${peer} no longer holds ${missing} of the ${refs.length} shards this owner placed there: repairing them now`)
      this.c.changed()
      void this.c.repairer.runOnce().catch(() => {})
    }
    return { peer, asked: refs.length, missing }
  }
}
