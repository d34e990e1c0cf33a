/** `meshbackup snapshots`: list snapshots; the --host/--path/--tag filters the commands share. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { SnapshotFilterJson, SnapshotsRequest, SnapshotsResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { isRemote, withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'

/** The filter flags as commander gives them (`pathFlag` names the path one: --path, or --snapshot-path where --path is taken). */
export interface FilterFlags { host?: string[], path?: string[], snapshotPath?: string[], tag?: string[] }

/** restic's `--host`, `--path` and `--tag` (`pathFlag`: the name of the path flag on this command). */
export function withSnapshotFilter (cmd: Command, pathFlag: '--path' | '--snapshot-path' = '--path'): Command {
  return cmd
    .option('--host <host>', 'only snapshots of this host (repeatable: any of them); "latest" is the newest of those', collect)
    .option(`${pathFlag} <path>`, 'only snapshots whose backed-up paths include this one (repeatable: all of them)', collect)
    .option('--tag <tags>', 'only snapshots with these tags (comma-separated: all of them; repeated: any of the lists)', collect)
}

/** The filter for the request; undefined when no flag was given. */
export function filterOf (f: FilterFlags): SnapshotFilterJson | undefined {
  const paths = [...f.path ?? [], ...f.snapshotPath ?? []].map(p => resolve(p))
  const tags = (f.tag ?? []).map(t => t.split(',').map(x => x.trim()).filter(Boolean))
  const hosts = f.host ?? []
  if (paths.length === 0 && tags.length === 0 && hosts.length === 0) return undefined
  return { hosts, paths, tags }
}

export function snapshotsCommand (program: Command, printer: Printer): void {
  withRemote(withPassphrase(withData(withSnapshotFilter(program.command('snapshots')
    .description('list snapshots')
    .option('--json', 'print JSON')))))
    .action(async (opts: RemoteOptions & FilterFlags & { data?: string, json?: boolean }) => {
      // a fresh machine: straight from the mesh (agent/recover), no agent
      if (isRemote(opts)) { await (await import('./remote.js')).remoteSnapshots(opts, printer); return }
      // the passphrase, as restic's `snapshots` needs the repository password
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const list = await call<SnapshotsResponse>(dataDirOf(opts), 'POST', '/v1/snapshots', { passphrase, filter: filterOf(opts) } satisfies SnapshotsRequest)
      if (opts.json === true) { printer.json(list); return }
      printer.table(['id', 'time', 'host', 'type', 'size', 'state', 'tags', 'paths'], list.map(s => [s.short, s.time, s.host, s.type, formatBytes(Number(s.stats.bytesTotal ?? 0)), s.state, s.tags.join(','), s.paths.join(' ')]))
    })
}

/** restic's filters on a list the client has (a fresh machine's `snapshots --from`): any --host, every --path, any --tag list wholly. */
export function filterSnapshots<T extends { host?: string, paths: string[], tags: string[] }> (list: T[], f: FilterFlags): T[] {
  const want = filterOf(f)
  if (want === undefined) return list
  return list.filter(s =>
    ((want.hosts ?? []).length === 0 || (want.hosts ?? []).includes(s.host ?? '')) &&
    (want.paths ?? []).every(p => s.paths.includes(p)) &&
    ((want.tags ?? []).length === 0 || (want.tags ?? []).some(l => l.every(t => s.tags.includes(t)))))
}
