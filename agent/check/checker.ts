/**
 * The checker: verifies this owner's packs where they are placed. Every
 * placement is checked, and every shard either by a random-block audit (the
 * audit protocol; this agent's own store from disk) or, with readData, by
 * fetching and verifying all of it. Shards found missing or corrupt go to
 * repair. Scheduled audits run every auditIntervalSeconds.
 */
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from 'pino'
import { auditShard, verifyAuditBlock } from '../../protocol/audit/index.js'
import type { AuditResult } from '../../protocol/audit/index.js'
import type { IndexDb } from '../../store/index-db.js'
import { BLOCK_SIZE } from '../../store/shard-format.js'
import type { ShardStore } from '../../store/shard-store.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { Semaphore } from '../util/semaphore.js'
import type { CheckProblem, CheckResponse } from '../control/api.js'
import { shardFailureAction } from '../repair/shard-failure.js'
import { ShardCorruptError, ShardNotFoundError } from '../../store/shard-errors.js'
import { readHeldBlock } from './held-block.js'

/** Packs checked at once: one pack's shard reads leave the peers idle between packs (3 packs: ≤ ~75 MiB of shards in memory). */
export const PARALLEL_PACKS = 3
/** Time to read a whole shard / to audit one block, in ms. */
export const READ_TIMEOUT_MS = 60_000
export const AUDIT_TIMEOUT_MS = 30_000

export interface CheckerComponents {
  selfId: string
  index: Pick<IndexDb, 'listPacks'>
  store: Pick<ShardStore, 'getHeader' | 'readRaw'>
  node: Pick<Libp2p, 'dialProtocol'>
  shardPeer: (id: string) => ShardPeer | undefined
  /** Where bad shards go. */
  repairer: { markBad: (packId: Uint8Array, index: number) => void, runOnce: () => Promise<void> }
  log: Logger
}

export interface CheckerInit {
  /** Seconds between scheduled audits; 0: none. */
  auditIntervalSeconds: number
}

export class Checker {
  readonly name = 'checker'
  private timer: ReturnType<typeof setInterval> | undefined

  constructor (private readonly c: CheckerComponents, private readonly init: CheckerInit) {}

  start (): void {
    if (this.init.auditIntervalSeconds <= 0) return
    this.timer = setInterval(() => {
      void this.check(false).then(r => {
        if (r.problems.length > 0) this.c.log.warn({ problems: r.problems.length }, 'scheduled audit found problems (repair will follow)')
      }, err => this.c.log.warn({ err: (err as Error).message }, 'scheduled audit failed'))
    }, this.init.auditIntervalSeconds * 1000)
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  async check (readData: boolean, onProgress: (done: number, total: number) => void = () => {}): Promise<CheckResponse> {
    const { selfId } = this.c
    const packs = await this.c.index.listPacks()
    const problems: CheckProblem[] = []
    let shards = 0
    let ok = 0
    let bytes = 0
    let done = 0
    const slots = new Semaphore(PARALLEL_PACKS)
    await Promise.all(packs.map(async rec => await slots.use(async () => {
      const pack = Buffer.from(rec.id).toString('hex')
      await Promise.all(rec.locations.map(async l => {
        const index = l.index ?? 0
        const store = l.store ?? ''
        shards++
        const report = (problem: string, repair = problem !== 'unreachable'): void => {
          problems.push({ pack, index, peer: store, problem })
          if (repair) this.c.repairer.markBad(rec.id, index)
        }
        const peer = this.c.shardPeer(store)
        if (peer === undefined) { report('unreachable'); return }
        if (readData) {
          try {
            const data = await peer.read(selfId, rec.id, index, 0, rec.shardLength, { expectHash: rec.shardHashes[index], signal: AbortSignal.timeout(READ_TIMEOUT_MS) })
            bytes += data.byteLength
            ok++
          } catch (err) {
            report(err instanceof ShardNotFoundError ? 'missing' : err instanceof ShardCorruptError ? 'corrupt' : `unreadable: ${(err as Error).message}`, shardFailureAction(err) === 'repair')
          }
          return
        }
        const block = Math.floor(Math.random() * Math.max(1, Math.ceil(rec.shardLength / BLOCK_SIZE)))
        const ref = { owner: selfId, packId: rec.id, index }
        // this agent's own store is audited from disk: the audit protocol does not dial itself
        const r: AuditResult = store === selfId
          ? await readHeldBlock(this.c.store, ref, block).then(
            held => held === undefined ? { ok: false, reason: 'missing', message: 'not held' } : verifyAuditBlock(ref, block, rec.shardHashes[index], held.header, held.data),
            err => ({ ok: false, reason: 'error', message: (err as Error).message }))
          : await auditShard(this.c.node, peerIdFromString(store), ref, block, rec.shardHashes[index], { signal: AbortSignal.timeout(AUDIT_TIMEOUT_MS) })
        if (r.ok) ok++
        else report(r.reason)
      }))
      if (rec.locations.length < rec.k + rec.m) problems.push({ pack, index: -1, peer: '', problem: `only ${rec.locations.length} of ${rec.k + rec.m} shards placed` })
      onProgress(++done, packs.length)
    })))
    if (problems.some(p => p.problem !== 'unreachable')) void this.c.repairer.runOnce()
    return { mode: readData ? 'read-data' : 'audit', packs: packs.length, shards, ok, bytesRead: bytes, problems }
  }
}
