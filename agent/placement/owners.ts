/**
 * The owners of the mesh as `meshbackup status` lists them, with each one's
 * 3-2-1 pack counts (pure: the agent gathers the inputs).
 *
 * Only an owner knows where its shards are, so the counts of another owner
 * are the latest it reported in its heartbeat (`reportedMs`, its clock); this
 * agent's own are judged now. Owners come from the peer table (members that
 * report data of their own) and from the catalogs held (owners that are gone
 * still have their catalog replicated here: listed down, counts unknown).
 */

/** Pack counts by state. */
export interface PackCounts {
  compliant: number
  degraded: number
  atRisk: number
}

/** What an owner reported of its own data (heartbeat), or what this agent judged of its own. */
export interface OwnerSummary extends PackCounts {
  snapshots: number
  /** Time of the newest snapshot, ms since the epoch; 0 = none. */
  lastSnapshotMs: number
  computedMs: number
}

export interface OwnerInput {
  self: { id: string, host: string, site: string, lastBackupMs: number, summary: OwnerSummary }
  peers: Array<{ peerId: string, site: string, up: boolean, lastBackupMs: number, compliance?: OwnerSummary }>
  /** Catalog records held, with the fields of their bodies that status shows (null when undecodable). */
  catalogs: Array<{ owner: string, host: string | null, site: string | null, snapshots: number | null }>
}

export interface OwnerRow {
  id: string
  host: string | null
  site: string | null
  self: boolean
  up: boolean
  /** null: not known here (the owner never reported, or is gone). */
  packs: PackCounts | null
  snapshots: number | null
  /** ISO time of the newest backup known, or null. */
  lastBackup: string | null
  /** When the owner judged its packs (ISO, its clock), or null. */
  reported: string | null
}

function iso (ms: number): string | null {
  return ms > 0 ? new Date(ms).toISOString() : null
}

/** One row per known owner: this agent first, then by site and id. */
export function ownerRows (input: OwnerInput): OwnerRow[] {
  const catalogs = new Map(input.catalogs.map(c => [c.owner, c]))
  const { self } = input
  const rows: OwnerRow[] = [{
    id: self.id,
    host: self.host,
    site: self.site,
    self: true,
    up: true,
    packs: { compliant: self.summary.compliant, degraded: self.summary.degraded, atRisk: self.summary.atRisk },
    snapshots: self.summary.snapshots,
    lastBackup: iso(Math.max(self.lastBackupMs, self.summary.lastSnapshotMs)),
    reported: iso(self.summary.computedMs)
  }]
  const others: OwnerRow[] = []
  const seen = new Set([self.id])
  for (const p of input.peers) {
    if (seen.has(p.peerId)) continue
    const cat = catalogs.get(p.peerId)
    const c = p.compliance
    // a member is an owner once it has data: a catalog, or snapshots it reports
    if (cat === undefined && (c === undefined || c.snapshots === 0)) continue
    seen.add(p.peerId)
    others.push({
      id: p.peerId,
      host: cat?.host ?? null,
      site: p.site !== '' ? p.site : cat?.site ?? null,
      self: false,
      up: p.up,
      packs: c === undefined ? null : { compliant: c.compliant, degraded: c.degraded, atRisk: c.atRisk },
      snapshots: c?.snapshots ?? cat?.snapshots ?? null,
      lastBackup: iso(Math.max(p.lastBackupMs, c?.lastSnapshotMs ?? 0)),
      reported: c === undefined ? null : iso(c.computedMs)
    })
  }
  for (const cat of input.catalogs) {
    if (seen.has(cat.owner)) continue
    seen.add(cat.owner)
    others.push({ id: cat.owner, host: cat.host, site: cat.site, self: false, up: false, packs: null, snapshots: cat.snapshots, lastBackup: null, reported: null })
  }
  others.sort((a, b) => (a.site ?? '').localeCompare(b.site ?? '') || a.id.localeCompare(b.id))
  return [...rows, ...others]
}
