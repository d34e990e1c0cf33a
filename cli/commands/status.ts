/** `meshbackup status`: this agent and the mesh as it sees it. */
import type { Command } from 'commander'
import type { Health, StatusResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { QuietExit, UserError } from '../errors.js'
import { collect, dataDirOf, withData } from '../options.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'

/** The rules by the names the 3-2-1 columns use. */
const RULE_NAMES: Record<string, string> = { copies: '3 copies', media: '2 media', offsite: '1 offsite', siteDiversity: 'site diversity' }

/** "degraded: site diversity": a snapshot's state with the rules it breaks. */
export function stateText (v: { state: string, rules: Record<string, boolean> }): string {
  const broken = Object.keys(RULE_NAMES).filter(r => v.rules[r] === false).map(r => RULE_NAMES[r])
  return v.state === 'compliant' || broken.length === 0 ? v.state : `${v.state}: ${broken.join(', ')}`
}

/** A duration for people, the larger two units: 45s, 12m, 1m30s, 2h, 2h05m, 3d04h. */
export function formatDuration (seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const two = (n: number): string => String(n).padStart(2, '0')
  if (s < 60) return `${s}s`
  if (s < 3600) return s % 60 === 0 ? `${Math.floor(s / 60)}m` : `${Math.floor(s / 60)}m${two(s % 60)}s`
  if (s < 86_400) { const m = Math.floor(s / 60) % 60; return `${Math.floor(s / 3600)}h${m === 0 ? '' : two(m) + 'm'}` }
  const h = Math.floor(s / 3600) % 24
  return `${Math.floor(s / 86_400)}d${h === 0 ? '' : two(h) + 'h'}`
}

/** The rows of the sources section: every owner's sources with their RPO state. */
export function sourceRows (s: Pick<StatusResponse, 'sources' | 'owners' | 'peers'>, nowMs: number): Array<Array<string | number>> {
  const owners = new Map((s.owners ?? []).map(o => [o.id, o]))
  const sites = new Map(s.peers.map(p => [p.id, p.site]))
  return (s.sources ?? []).map(x => {
    const o = owners.get(x.owner)
    const where = [o?.host ?? null, o?.site ?? sites.get(x.owner) ?? null].filter(w => w !== null).join('/')
    const lastSuccess = x.lastSuccessMs === null ? 'never' : `${formatDuration(x.rpoAgeSeconds ?? 0)} ago`
    const lastAttempt = x.lastAttemptMs === null ? 'never' : `${formatDuration((nowMs - x.lastAttemptMs) / 1000)} ago${x.lastAttemptFailed ? ' (FAILED)' : ''}`
    return [
      x.owner.slice(0, 16) + '…' + (o?.self === true ? ' (this)' : '') + (where === '' ? '' : ` ${where}`),
      x.source,
      lastSuccess,
      lastAttempt,
      x.rpoSeconds > 0 ? formatDuration(x.rpoSeconds) : 'none',
      x.rpoState === 'breached' ? 'BREACHED' : 'ok',
      x.ownerUp ? 'up' : `silent ${formatDuration((nowMs - x.heardMs) / 1000)}`
    ]
  })
}

export function statusCommand (program: Command, printer: Printer): void {
  withData(program.command('status')
    .description('show this agent and the mesh as it sees it')
    .option('--json', 'print JSON')
    .option('--peer <id>', 'ask another agent over the mesh')
    .option('--without-site <name>', 'what if this site were lost? (repeatable)', collect)
    .option('--without-peer <id>', 'what if this peer were lost? (repeatable)', collect)
    .option('--check', 'for monitoring: one line, exit 0 compliant, 1 degraded (or an own source past its RPO), 2 at risk'))
    .action(async (opts: { data?: string, json?: boolean, peer?: string, withoutSite?: string[], withoutPeer?: string[], check?: boolean }) => {
      if (opts.check === true && (opts.peer !== undefined || opts.json === true)) throw new UserError('--check judges this agent: without --peer or --json', 2)
      const q = new URLSearchParams()
      if (opts.peer !== undefined) q.set('peer', opts.peer)
      for (const s of opts.withoutSite ?? []) q.append('without-site', s)
      for (const p of opts.withoutPeer ?? []) q.append('without-peer', p)
      const path = `/v1/status${q.size > 0 ? '?' + q.toString() : ''}`
      const s = await call<StatusResponse>(dataDirOf(opts), 'GET', path)
      if (opts.check === true) {
        const verdict = checkVerdict(s)
        printer.line(verdict.line)
        if (verdict.code !== 0) throw new QuietExit(verdict.code)
        return
      }
      if (opts.json === true) { printer.json(s); return }
      const me = s.self
      printer.line(`agent   ${me.id}`)
      printer.line(`site    ${me.site}   media ${me.media}   mesh ${me.mesh ?? '(none)'}   version ${me.version}   up ${Math.round(me.uptimeMs / 1000)} s`)
      printer.line(`store   ${formatBytes(me.used)} used of ${formatBytes(me.capacity)} (${formatBytes(me.free)} free), shards of ${me.shardsHeld.length} owners`)
      for (const a of me.addrs) printer.line(`addr    ${a}`)
      if (s.health !== undefined) printer.line(`health  ${healthLine(s.health)}`)
      printer.line()
      const bySite = new Map<string, StatusResponse['peers']>()
      for (const p of s.peers) {
        const k = p.site ?? '?'
        bySite.set(k, [...(bySite.get(k) ?? []), p])
      }
      printer.table(['site', 'peer', 'media', 'state', 'used', 'capacity'],
        [...bySite].sort().flatMap(([site, ps]) => ps.map(p => [site, p.id.slice(0, 16) + '…', p.media ?? '?', p.up ? 'up' : 'DOWN', p.used === null ? '?' : formatBytes(p.used), p.capacity === null ? '?' : formatBytes(p.capacity)])))
      const c = s.compliance
      if (c !== undefined) {
        printer.line()
        if (c.without !== null) printer.line(`what if lost: ${JSON.stringify(c.without)}`)
        for (const o of c.owners) printer.line(`packs of ${o.owner.slice(0, 16)}…: ${o.packs.compliant ?? 0} compliant, ${o.packs.degraded ?? 0} degraded, ${o.packs['at-risk'] ?? 0} at risk`)
        printer.table(['site', 'shards (own packs)', 'peers holding', 'peers up'], c.sites.map(x => [x.site, x.shards, x.peers, x.up]))
      }
      if (s.owners !== undefined && s.owners.length > 0) {
        // other owners' counts are their own latest report (only an owner knows its placements)
        printer.line()
        printer.table(['owner', 'host', 'site', 'state', 'compliant', 'degraded', 'at risk', 'snapshots', 'last backup'],
          s.owners.map(o => [o.id.slice(0, 16) + '…' + (o.self ? ' (this)' : ''), o.host ?? '?', o.site ?? '?', o.up ? 'up' : 'DOWN',
            o.packs?.compliant ?? '?', o.packs?.degraded ?? '?', o.packs?.atRisk ?? '?', o.snapshots ?? '?', o.lastBackup ?? 'never']))
      }
      if (s.sources !== undefined && s.sources.length > 0) {
        // other owners' sources as last announced, aged on this agent's clock (also while the owner is silent)
        printer.line()
        printer.table(['owner', 'source', 'last success', 'last attempt', 'rpo', 'state', 'owner is'], sourceRows(s, Date.now()))
      }
      const r = s.repair
      if (r !== undefined && (r.queue > 0 || r.repairedPacks > 0 || r.blocked > 0 || r.surplus > 0 || r.unindexed > 0)) {
        printer.line()
        printer.line(`repair  ${r.queue} packs queued, ${r.repairedPacks} rebuilt (${r.repairedShards} shards${r.degradedPacks > 0 ? `, ${r.degradedPacks} placed degraded: the live mesh cannot meet every rule` : ''}), ${r.surplus} surplus shards waiting`)
        if (r.blocked > 0) printer.line(`        ${r.blocked} packs cannot be repaired now: ${r.blockedReason ?? '?'}`)
        if (r.unindexed > 0) printer.line(`        ${r.unindexed} repaired placements not yet in an index segment (written at the next backup, or repair with the passphrase)`)
        if (r.lastError !== null) printer.line(`        last error: ${r.lastError}`)
      }
      if (s.snapshots !== undefined && s.snapshots.length > 0) {
        printer.line()
        const yn = (b: boolean | undefined): string => b === true ? 'ok' : 'BROKEN'
        printer.table(['snapshot', 'time', 'state', '3 copies', '2 media', '1 offsite', 'site diversity'],
          s.snapshots.map(x => [x.short, x.time, stateText(x), yn(x.rules.copies), yn(x.rules.media), yn(x.rules.offsite), yn(x.rules.siteDiversity)]))
        for (const x of s.snapshots) for (const p of x.problems) printer.line(`  ${x.short}: ${p}`)
      }
    })
}

/** The health figures in one line: backup success rate and mean duration over 30 days, recovery drill success rate, storage used. */
export function healthLine (h: Health): string {
  const backups = h.backupSuccessRate === null
    ? 'no backup run in 30 days'
    : `${Math.round(100 * h.backupSuccessRate)} % of ${h.backupRuns30d} backup runs succeeded in 30 days${h.backupAvgSeconds === null ? '' : `, ${formatDuration(h.backupAvgSeconds)} on average`}`
  const drills = h.drills30d === undefined
    ? ''
    : h.drillSuccessRate === null || h.drillSuccessRate === undefined ? '; no recovery drill in 30 days' : `; ${Math.round(100 * h.drillSuccessRate)} % of ${h.drills30d} recovery drills succeeded in 30 days`
  return `${backups}${drills}; storage ${Math.round(100 * h.storageUtilisation)} % used`
}

/**
 * `status --check`: the worst of this owner's snapshots (compliant, degraded,
 * at risk) and of its own sources' RPO, as a monitoring plugin reads it: the
 * exit code (0, 1, 2) and one line saying why.
 */
export function checkVerdict (s: Pick<StatusResponse, 'snapshots' | 'sources' | 'self' | 'compliance'>): { code: 0 | 1 | 2, line: string } {
  const snaps = s.snapshots ?? []
  const atRisk = snaps.filter(x => x.state === 'at-risk')
  const degraded = snaps.filter(x => x.state === 'degraded')
  const late = (s.sources ?? []).filter(x => x.owner === s.self.id && x.rpoState === 'breached')
  const what = s.compliance?.without === null || s.compliance?.without === undefined ? '' : ' (what if)'
  const reasons = (list: typeof snaps): string => list.slice(0, 3).map(x => `${x.short}: ${x.problems[0] ?? x.state}`).join('; ') + (list.length > 3 ? `; … ${list.length - 3} more` : '')
  if (atRisk.length > 0) return { code: 2, line: `AT RISK${what}: ${atRisk.length} of ${snaps.length} snapshots cannot survive another loss — ${reasons(atRisk)}` }
  const parts: string[] = []
  if (degraded.length > 0) parts.push(`${degraded.length} of ${snaps.length} snapshots degraded — ${reasons(degraded)}`)
  if (late.length > 0) parts.push(`${late.length} sources past their RPO — ${late.map(x => `${x.source} (${x.rpoAgeSeconds === null ? 'never backed up' : `last success ${formatDuration(x.rpoAgeSeconds)} ago`}, objective ${formatDuration(x.rpoSeconds)})`).join(', ')}`)
  if (parts.length > 0) return { code: 1, line: `DEGRADED${what}: ${parts.join('; ')}` }
  return { code: 0, line: `OK${what}: ${snaps.length} snapshots compliant${(s.sources ?? []).some(x => x.owner === s.self.id) ? ', every source within its RPO' : ''}` }
}
