/** `meshbackup snapshots`: list snapshots. */
import type { Command } from 'commander'
import { call } from '../control-client.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { formatBytes } from '../printer.js'
import type { Printer } from '../printer.js'
import { isRemote, withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'

interface SnapJson { id: string, short: string, time: string, type: string, paths: string[], tags: string[], stats: Record<string, number>, state?: string }

export function snapshotsCommand (program: Command, printer: Printer): void {
  withRemote(withPassphrase(withData(program.command('snapshots')
    .description('list snapshots')
    .option('--json', 'print JSON'))))
    .action(async (opts: RemoteOptions & { data?: string, json?: boolean }) => {
      // a fresh machine: straight from the mesh (agent/recover), no agent
      if (isRemote(opts)) { await (await import('./remote.js')).remoteSnapshots(opts, printer); return }
      const list = await call<SnapJson[]>(dataDirOf(opts), 'POST', '/v1/snapshots', {})
      if (opts.json === true) { printer.json(list); return }
      printer.table(['id', 'time', 'type', 'size', 'state', 'paths'], list.map(s => [s.short, s.time, s.type, formatBytes(Number(s.stats.bytesTotal ?? 0)), s.state ?? '?', s.paths.join(' ')]))
    })
}
