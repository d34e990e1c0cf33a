/**
 * Compliance: the 3-2-1 verdict of this owner's data against the live mesh.
 * Each pack is judged from its shard placements (the index) and the live
 * peers (LivePlacement); a snapshot takes the worst of its packs; `without`
 * asks "what if these sites or peers were lost?". Also every owner known
 * here with its pack counts: only an owner knows where its shards are, so the
 * others' counts are what each last reported in its heartbeat.
 */
import type { IndexDb } from '../../store/index-db.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import { evaluate } from './evaluate.js'
import type { LivePlacement } from './live-placement.js'
import { ownerRows } from './owners.js'
import type { OwnerRow, OwnerSummary } from './owners.js'
import type { PackState, Verdict } from './types.js'
import { worst } from './worst.js'

/** How long this owner's own summary is reused when nothing changed, in ms. */
export const OWN_SUMMARY_MAX_AGE_MS = 60_000
/** Problems listed per snapshot at most. */
const MAX_PROBLEMS = 8

export interface WhatIf { sites?: string[], peers?: string[] }

export interface SnapshotVerdict {
  id: string
  short: string
  time: string
  state: PackState
  rules: Verdict['rules']
  problems: string[]
  packs: number
}

export interface SiteShards { site: string, shards: number, peers: number, up: number }

export interface ComplianceReport {
  without: WhatIf | null
  owners: Array<{ owner: string, packs: Record<PackState, number> }>
  sites: SiteShards[]
  snapshots: SnapshotVerdict[]
}

export interface ComplianceComponents {
  selfId: string
  index: IndexDb
  placement: Pick<LivePlacement, 'peers' | 'owner' | 'policy'>
  /** The peer table: its changes make the own summary stale. */
  peerTable: Pick<EventTarget, 'addEventListener'> & { list: () => Array<{ peerId: string, site: string, up: boolean, lastBackupMs: number, compliance?: OwnerSummary }> }
  catalogs: { list: () => Promise<Array<{ owner: string }>>, describe: (owner: string) => Promise<{ host: string | null, site: string | null, snapshots: number | null }> }
  upMembers: () => string[]
  /** This agent's host name, site, and the time of its last backup here. */
  self: () => { host: string, site: string, lastBackupMs: number }
  /** A shard known missing or bad where it is placed (Repairer.isBad): it counts as lost until rebuilt. */
  isBad?: (packId: Uint8Array, index: number) => boolean
}

export class Compliance {
  private summary: OwnerSummary | undefined
  private dirty = true

  constructor (private readonly c: ComplianceComponents) {
    for (const e of ['peer:up', 'peer:down', 'peer:update']) c.peerTable.addEventListener(e, () => { this.dirty = true })
  }

  /** Something changed this owner's packs or their peers (a backup, a repair): judge again when next asked. */
  invalidate (): void {
    this.dirty = true
  }

  /** The verdict of every snapshot of this owner, and its packs per site. */
  async report (without?: WhatIf): Promise<ComplianceReport> {
    const peers = this.c.placement.peers()
    const owner = this.c.placement.owner
    const policy = this.c.placement.policy
    const packVerdicts = new Map<string, Verdict>()
    const bySite = new Map<string, { shards: number, peers: Set<string> }>()
    const judge = async (packId: Uint8Array): Promise<Verdict | undefined> => {
      const h = Buffer.from(packId).toString('hex')
      let v = packVerdicts.get(h)
      if (v !== undefined) return v
      const rec = await this.c.index.getPack(packId)
      if (rec === undefined) return undefined
      const assignment: Array<string | undefined> = new Array(rec.k + rec.m).fill(undefined)
      for (const l of rec.locations) if (this.c.isBad?.(rec.id, l.index ?? 0) !== true) assignment[l.index ?? 0] = l.store ?? undefined
      v = evaluate(assignment, peers, owner, policy, { without })
      packVerdicts.set(h, v)
      for (const l of rec.locations) {
        const site = peers.find(p => p.id === l.store)?.site ?? '?'
        const e = bySite.get(site) ?? { shards: 0, peers: new Set<string>() }
        e.shards++
        e.peers.add(l.store ?? '?')
        bySite.set(site, e)
      }
      return v
    }
    const snapshots: SnapshotVerdict[] = []
    for (const s of await listSnapshots(this.c)) {
      const packs = await this.c.index.getSnapshotPacks(s.id) ?? []
      const verdicts = (await Promise.all(packs.map(judge))).filter((v): v is Verdict => v !== undefined)
      const rules = { copies: true, media: true, offsite: true, siteDiversity: true }
      const problems = new Set<string>()
      for (const v of verdicts) {
        for (const k of Object.keys(rules) as Array<keyof typeof rules>) rules[k] &&= v.rules[k]
        for (const p of v.problems) if (problems.size < MAX_PROBLEMS) problems.add(p)
      }
      snapshots.push({ id: s.idHex, short: s.idHex.slice(0, 8), time: s.time.toISOString(), state: verdicts.length === 0 ? 'compliant' : worst(verdicts.map(v => v.state)), rules, problems: [...problems], packs: verdicts.length })
    }
    const counts: Record<PackState, number> = { compliant: 0, degraded: 0, 'at-risk': 0 }
    for (const v of packVerdicts.values()) counts[v.state]++
    const lost = (site: string, id: string): boolean => (without?.sites ?? []).includes(site) || (without?.peers ?? []).includes(id)
    return {
      without: without ?? null,
      owners: [{ owner: this.c.selfId, packs: counts }],
      sites: [...bySite].sort().map(([site, e]) => ({ site, shards: e.shards, peers: e.peers.size, up: peers.filter(p => p.site === site && p.up && !lost(site, p.id)).length })),
      snapshots
    }
  }

  /**
   * This owner's pack counts, judged again when the peer table changed (or a
   * backup or repair did) and at least every minute — at most once per
   * heartbeat, since the heartbeat asks.
   */
  async ownSummary (): Promise<OwnerSummary> {
    if (this.summary !== undefined && !this.dirty && Date.now() - this.summary.computedMs < OWN_SUMMARY_MAX_AGE_MS) return this.summary
    this.dirty = false
    const r = await this.report()
    const packs = r.owners[0].packs
    const times = r.snapshots.map(s => Date.parse(s.time))
    this.summary = { compliant: packs.compliant, degraded: packs.degraded, atRisk: packs['at-risk'], snapshots: times.length, lastSnapshotMs: Math.max(0, ...times), computedMs: Date.now() }
    return this.summary
  }

  /** Every owner known here with its pack counts (its own report; this agent's judged now). */
  async owners (): Promise<OwnerRow[]> {
    this.dirty = true
    const summary = await this.ownSummary()
    const catalogs = []
    for (const { owner } of await this.c.catalogs.list()) catalogs.push({ owner, ...await this.c.catalogs.describe(owner) })
    const connected = new Set(this.c.upMembers())
    const self = this.c.self()
    return ownerRows({
      self: { id: this.c.selfId, host: self.host, site: self.site, lastBackupMs: self.lastBackupMs, summary },
      peers: this.c.peerTable.list().map(p => ({ peerId: p.peerId, site: p.site, up: p.up && connected.has(p.peerId), lastBackupMs: p.lastBackupMs, compliance: p.compliance })),
      catalogs
    })
  }
}
