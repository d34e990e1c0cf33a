/** `meshbackup status`: this agent and the mesh as it sees it. */
import type { Command } from 'commander'
import { call } from '../control-client.js'
import { dataDirOf, withData } from '../options.js'
import { formatBytes } from '../printer.js'
import type { Printer } from '../printer.js'

interface StatusJson {
  self: { id: string, site: string, media: string, addrs: string[], capacity: number, used: number, free: number, version: string, uptimeMs: number, mesh: string | null, shardsHeld: Array<{ owner: string, shards: number, bytes: number }> }
  peers: Array<{ id: string, site: string | null, media: string | null, up: boolean, capacity: number | null, used: number | null }>
}

export function statusCommand (program: Command, printer: Printer): void {
  withData(program.command('status')
    .description('show this agent and the mesh as it sees it')
    .option('--json', 'print JSON')
    .option('--peer <id>', 'ask another agent over the mesh'))
    .action(async (opts: { data?: string, json?: boolean, peer?: string }) => {
      const path = opts.peer === undefined ? '/v1/status' : `/v1/status?peer=${encodeURIComponent(opts.peer)}`
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
    })
}
