/** `meshbackup ls SNAPSHOT [PATH]` and `meshbackup diff SNAP1 SNAP2`. */
import type { Command } from 'commander'
import type { DiffRequest, DiffResponse, LsEntry, LsRequest, LsResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { filterOf, withSnapshotFilter } from './snapshots.js'
import type { FilterFlags } from './snapshots.js'

/** The first letter of `ls -l` for each entry type. */
const TYPE_CHARS: Record<LsEntry['type'], string> = { dir: 'd', symlink: 'l', file: '-', fifo: 'p', chardev: 'c', blockdev: 'b' }

export function lsCommand (program: Command, printer: Printer): void {
  withSnapshotFilter(withPassphrase(withData(program.command('ls')
    .description('list the files of a snapshot (or of a path inside it; a path the snapshot does not hold is an error)')
    .argument('<snapshot>', 'snapshot id (or prefix) or "latest" (the newest of those --host/--path/--tag select)')
    .argument('[path]', 'a path inside the snapshot', '/')
    .option('--json', 'print JSON'))))
    .action(async (snapshot: string, path: string, opts: FilterFlags & { data?: string, json?: boolean, passphraseFile?: string }) => {
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const res = await call<LsResponse>(dataDirOf(opts), 'POST', '/v1/ls', { snapshot, path, passphrase, filter: filterOf(opts) } satisfies LsRequest, 600_000)
      if (opts.json === true) { printer.json(res.entries); return }
      for (const e of res.entries) {
        printer.line(`${TYPE_CHARS[e.type]} ${e.mode.padStart(5)} ${(e.type === 'file' ? formatBytes(e.size) : '').padStart(10)}  ${e.mtime}  ${e.path}${e.target !== undefined ? ` -> ${e.target}` : ''}${e.hardlink !== undefined ? ` (hard link to ${e.hardlink})` : ''}${xattrsColumn(e)}`)
      }
    })
  withSnapshotFilter(withPassphrase(withData(program.command('diff')
    .description('what changed between two snapshots')
    .argument('<snapshot1>', 'snapshot id (or prefix) or "latest" (the newest of those --host/--path/--tag select)')
    .argument('<snapshot2>')
    .option('--json', 'print JSON'))))
    .action(async (a: string, b: string, opts: FilterFlags & { data?: string, json?: boolean, passphraseFile?: string }) => {
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const res = await call<DiffResponse>(dataDirOf(opts), 'POST', '/v1/diff', { a, b, passphrase, filter: filterOf(opts) } satisfies DiffRequest, 600_000)
      if (opts.json === true) { printer.json(res); return }
      for (const p of res.added) printer.line(`+ ${p}`)
      for (const p of res.removed) printer.line(`- ${p}`)
      for (const p of res.modified) printer.line(`M ${p}`)
      printer.line(`${res.added.length} added, ${res.removed.length} removed, ${res.modified.length} modified`)
    })
}

/** The extended attributes of an entry for `ls`: their count and names. */
function xattrsColumn (e: LsEntry): string {
  const names = e.xattrs ?? []
  return names.length === 0 ? '' : `  [${names.length} ${names.length === 1 ? 'xattr' : 'xattrs'}: ${names.join(', ')}]`
}
