/** `meshbackup status`: this agent and the mesh as it sees it. */
import type { Command } from 'commander'
import { call } from '../control-client.js'
import { collect, dataDirOf, withData } from '../options.js'
import { formatBytes } from '../printer.js'
import type { Printer } from '../printer.js'

interface SnapshotVerdict { short: string, time: string, state: string, rules: Record<string, boolean>, problems: string[] }

interface StatusJson {
  snapshots?: SnapshotVerdict[]
  compliance?: { without: unknown, owners: Array<{ owner: string, packs: Record<string, number> }>, sites: Array<{ site: string, shards: number, peers: number, up: number }> }
  self: { id: string, site: string, media: string, addrs: string[], capacity: number, used: number, free: number, version: string, uptimeMs: number, mesh: string | null, shardsHeld: Array<{ owner: string, shards: number, bytes: number }> }
  peers: Array<{ id: string, site: string | null, media: string | null, up: boolean, capacity: number | null, used: number | null }>
}

export function statusCommand (program: Command, printer: Printer): void {
  withData(program.command('status')
    .description('show this agent and the mesh as it sees it')
    .option('--json', 'print JSON')
    .option('--peer <id>', 'ask another agent over the mesh')
    .option('--without-site <name>', 'what if this site were lost? (repeatable)', collect)
    .option('--without-peer <id>', 'what if this peer were lost? (repeatable)', collect))
    .action(async (opts: { data?: string, json?: boolean, peer?: string, withoutSite?: string[], withoutPeer?: string[] }) => {
      const q = new URLSearchParams()
      if (opts.peer !== undefined) q.set('peer', opts.peer)
      for (const s of opts.withoutSite ?? []) q.append('without-site', s)
      for (const p of opts.withoutPeer ?? []) q.append('without-peer', p)
      const path = `/v1/status${q.size > 0 ? '?' + q.toString() : ''}`
      const s = await call<StatusJson>(dataDirOf(opts), 'GET', path)
      if (opts.json === true) { printer.json(s); return }
      const me = s.self
      printer.line(`agent   ${me.id}`)
      printer.line(`site    ${me.site}   media ${me.media}   mesh ${me.mesh ?? '(none)'}   version ${me.version}   up ${Math.round(me.uptimeMs / 1000)} s`)
      printer.line(`store   ${formatBytes(me.used)} used of ${formatBytes(me.capacity)} (${formatBytes(me.free)} free), shards of ${me.shardsHeld.length} owners`)
      for (const a of me.addrs) printer.line(`addr    ${a}`)
      printer.line()
      const bySite = new Map<string, StatusJson['peers']>()
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
      if (s.snapshots !== undefined && s.snapshots.length > 0) {
        printer.line()
        const yn = (b: boolean | undefined): string => b === true ? 'ok' : 'BROKEN'
        printer.table(['snapshot', 'time', 'state', '3 copies', '2 media', '1 offsite', 'site diversity'],
          s.snapshots.map(x => [x.short, x.time, x.state, yn(x.rules.copies), yn(x.rules.media), yn(x.rules.offsite), yn(x.rules.siteDiversity)]))
        for (const x of s.snapshots) for (const p of x.problems) printer.line(`  ${x.short}: ${p}`)
      }
    })
}
