/** `meshbackup dump SNAPSHOT PATH`: a file to standard output as itself, a directory as a tar stream (restic's `dump`). */
import type { Command } from 'commander'
import type { DumpRequest, DumpResponse } from '../../agent/control/api.js'
import { callDownload } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import type { Printer } from '../printer.js'
import { filterOf, withSnapshotFilter } from './snapshots.js'
import type { FilterFlags } from './snapshots.js'

export function dumpCommand (program: Command, printer: Printer): void {
  withSnapshotFilter(withPassphrase(withData(program.command('dump')
    .description('write a file of a snapshot to standard output, or a directory ("/" for all of it) as a tar stream with owners, modes, mtimes, links and long names')
    .argument('<snapshot>', 'snapshot id (or prefix) or "latest" (the newest of those --host/--path/--tag select)')
    .argument('<path>', 'the path in the snapshot (absolute, as backed up)'))))
    .action(async (snapshot: string, path: string, opts: FilterFlags & { data?: string, passphraseFile?: string }) => {
      if (!path.startsWith('/')) throw new UserError(`PATH: an absolute path in the snapshot (as \`meshbackup ls\` shows it), not "${path}"`, 2)
      if ((printer.out as NodeJS.WriteStream).isTTY === true) throw new UserError('dump writes raw bytes: redirect standard output to a file or a pipe', 2)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      await callDownload<DumpResponse>(dataDirOf(opts), '/v1/dump', { snapshot, path, passphrase, tar: true, filter: filterOf(opts) } satisfies DumpRequest, printer.out)
    })
}
