/** `meshbackup mesh create|invite|retire`: make a mesh; hand out join tokens; forget a member that left. */
import type { Command } from 'commander'
import type { InviteResponse, RetireRequest, RetireResponse } from '../../agent/control/api.js'
import { loadConfig } from '../../agent/config.js'
import { call } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'

export function meshCommand (program: Command, printer: Printer): void {
  const mesh = program.command('mesh').description('create a mesh and invite servers into it')
  withData(mesh.command('create').description('make a new mesh (id and secret) with this agent as its first member'))
    .action(async (opts: { data?: string }) => {
      const dir = dataDirOf(opts)
      await loadConfig(dir).catch(err => { throw new UserError((err as Error).message) })
      const { loadMembership, newMembership, saveMembership } = await import('../../agent/mesh/membership.js') // libp2p crypto: loaded only when used
      if (await loadMembership(dir) !== undefined) throw new UserError(`${dir} is already in a mesh; nothing changed`)
      const m = newMembership()
      await saveMembership(dir, m)
      printer.line(`created mesh ${m.meshId}`)
      printer.line(`start the agent (meshbackup agent --data ${dir}), then invite others with: meshbackup mesh invite --data ${dir}`)
    })
  withData(mesh.command('invite').description('print a join token (mesh id, secret, this agent\'s addresses, an invite signed by this agent) alone on stdout')
    .option('--expires <duration>', 'how long the invite admits new servers: 30m, 24h, 7d', '24h')
    .option('--single-use', 'the invite admits one server only')
    .option('--site <name>', 'the site this agent attests for the server that joins with it')
    .option('--media <kind>', 'the media this agent attests for the server that joins with it'))
    .action(async (opts: { data?: string, expires: string, singleUse?: boolean, site?: string, media?: string }) => {
      const q = new URLSearchParams({ 'expires-ms': String(parseDuration(opts.expires, '--expires')) })
      if (opts.singleUse === true) q.set('single-use', '1')
      if (opts.site !== undefined) q.set('site', opts.site)
      if (opts.media !== undefined) q.set('media', opts.media)
      const res = await call<InviteResponse>(dataDirOf(opts), 'GET', `/v1/invite?${q.toString()}`)
      printer.line(res.token)
      printer.err.write(`invite ${res.inviteId}: expires ${new Date(res.expiresMs).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} (UTC)${res.singleUse ? ', single use' : ''}${res.site === '' ? '' : `, site ${res.site}`}${res.media === '' ? '' : `, media ${res.media}`}\n`)
    })
  withData(mesh.command('retire').description('forget a member that left the mesh, on this agent: its peer-table entry and its catalog (stop it first)'))
    .argument('<peer-id>', 'the peer id of the member')
    .option('--json', 'print JSON')
    .action(async (peer: string, opts: { data?: string, json?: boolean }) => {
      const body: RetireRequest = { peer }
      const res = await call<RetireResponse>(dataDirOf(opts), 'POST', '/v1/mesh/retire', body)
      if (opts.json === true) { printer.json(res); return }
      const removed = [res.peerTable ? 'its peer-table entry' : '', res.catalog ? 'its catalog' : ''].filter(Boolean)
      printer.line(removed.length === 0 ? `nothing held of ${res.peer} on this agent` : `retired ${res.peer} on this agent: removed ${removed.join(' and ')}`)
      printer.line('(other members keep theirs until retired there too)')
    })
}

const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3600_000, d: 86400_000, w: 7 * 86400_000 }

/** "30m", "24h", "7d" → ms (at most a year). */
export function parseDuration (text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/.exec(text)
  const ms = m === null ? NaN : Math.round(Number(m[1]) * DURATION_UNITS[m[2]])
  if (!Number.isSafeInteger(ms) || ms <= 0 || ms > 366 * 86400_000) throw new UserError(`${what}: "${text}" is not a duration (examples: 30m, 24h, 7d; at most a year)`, 2)
  return ms
}
