/** `meshbackup snapshots`: list snapshots. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { SnapshotsResponse, WithPassphrase } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { isRemote, withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'


export function snapshotsCommand (program: Command, printer: Printer): void {
  withRemote(withPassphrase(withData(program.command('snapshots')
    .description('list snapshots')
    .option('--path <path>', 'only snapshots that include this path (repeatable: all of them)', collect)
    .option('--tag <tags>', 'only snapshots with these tags (comma-separated: all of them; repeated: any of the lists)', collect)
    .option('--json', 'print JSON'))))
    .action(async (opts: RemoteOptions & { data?: string, json?: boolean, path?: string[], tag?: string[] }) => {
      // a fresh machine: straight from the mesh (agent/recover), no agent
      if (isRemote(opts)) { await (await import('./remote.js')).remoteSnapshots(opts, printer); return }
      // the passphrase, as restic's `snapshots` needs the repository password
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const list = filterSnapshots(await call<SnapshotsResponse>(dataDirOf(opts), 'POST', '/v1/snapshots', { passphrase } satisfies WithPassphrase), opts)
      if (opts.json === true) { printer.json(list); return }
      printer.table(['id', 'time', 'type', 'size', 'state', 'paths'], list.map(s => [s.short, s.time, s.type, formatBytes(Number(s.stats.bytesTotal ?? 0)), s.state, s.paths.join(' ')]))
    })
}

/** restic's --path / --tag filters: every --path must be among the snapshot's paths; any --tag list must be wholly among its tags. */
export function filterSnapshots<T extends { paths: string[], tags: string[] }> (list: T[], f: { path?: string[], tag?: string[] }): T[] {
  const paths = (f.path ?? []).map(p => resolve(p))
  const tagLists = (f.tag ?? []).map(t => t.split(',').map(x => x.trim()).filter(Boolean))
  return list.filter(s =>
    paths.every(p => s.paths.includes(p)) &&
    (tagLists.length === 0 || tagLists.some(l => l.every(t => s.tags.includes(t)))))
}
