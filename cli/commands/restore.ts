/** `meshbackup restore SNAPSHOT|latest --target DIR`: restore through the local agent from the mesh. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { DumpRequest, DumpResponse, RestoreRequest, RestoreResponse } from '../../agent/control/api.js'
import { callDownload, callStream } from '../control-client.js'
import { IncompleteError, UserError } from '../errors.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { isRemote, withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'
import { ProgressBar } from '../progress.js'

export function restoreCommand (program: Command, printer: Printer): void {
  withRemote(withPassphrase(withData(program.command('restore')
    .description('restore a snapshot (or "latest") into an empty directory')
    .argument('<snapshot>', 'snapshot id (or unique prefix) or "latest"')
    .option('--target <dir>', 'directory to restore into (new or empty)')
    .option('--stdout', 'write one file (the snapshot\'s only file, or --path) to standard output, e.g. a --stdin dump')
    .option('--no-progress', 'no progress bar (there is none anyway when stderr is not a terminal)')
    .option('--path <path>', 'restore only this path of the snapshot')
    .option('--numeric-owner', 'as root, set owners by uid and gid only (default: by the recorded user and group names where this host has them)')
    .option('--at <time>', 'point in time: the newest snapshot at or before TIME (ISO 8601)')
    .option('--json', 'print the result as JSON'))))
    .action(async (snapshot: string, opts: RemoteOptions & { data?: string, target?: string, stdout?: boolean, progress: boolean, path?: string, at?: string, json?: boolean, passphraseFile?: string, numericOwner?: boolean }) => {
      if (opts.at !== undefined && Number.isNaN(new Date(opts.at).getTime())) throw new UserError(`--at: "${opts.at}" is not a time (use ISO 8601, e.g. 2026-11-24T18:00:00Z)`, 2)
      if (isRemote(opts)) {
        // a fresh machine: straight from the mesh (agent/recover), no agent
        if (opts.stdout === true || opts.target === undefined) throw new UserError('with --from, give --target DIR (--stdout needs a running agent)', 2)
        const { remoteRestore } = await import('./remote.js')
        await remoteRestore(snapshot, { ...opts, target: opts.target }, printer)
        return
      }
      if (opts.stdout === true) {
        if (opts.target !== undefined) throw new UserError('--stdout and --target exclude each other', 2)
        if (opts.json === true) throw new UserError('--stdout writes the file\'s bytes; it cannot be combined with --json', 2)
        const passphrase = await getPassphrase({ file: opts.passphraseFile })
        await callDownload<DumpResponse>(dataDirOf(opts), '/v1/dump', { snapshot, path: opts.path, at: opts.at, passphrase } satisfies DumpRequest, printer.out)
        return
      }
      if (opts.target === undefined) throw new UserError('give --target DIR (a new or empty directory), or --stdout for a single file', 2)
      const target = resolve(opts.target)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const bar = new ProgressBar('restore', opts.progress && opts.json !== true)
      const res = await bar.around(async () => await callStream<RestoreResponse>(dataDirOf(opts), 'POST', '/v1/restore', {
        snapshot, target, path: opts.path, at: opts.at, passphrase, numericOwner: opts.numericOwner === true
      } satisfies RestoreRequest, ev => {
        if (ev.event === 'total') bar.total(Number(ev.files), Number(ev.bytes))
        else if (ev.event === 'progress') bar.update({ files: Number(ev.filesDone), bytes: Number(ev.bytesWritten) })
      }))
      const incomplete = (): void => {
        if (res.warnings.length > 0) throw new IncompleteError(`restored snapshot ${res.snapshot.short} with ${res.warnings.length} ${res.warnings.length === 1 ? 'problem' : 'problems'} (listed above)`)
      }
      if (opts.json === true) { printer.json(res); incomplete(); return }
      for (const w of res.warnings) printer.warn(w)
      for (const n of res.notes) printer.line(`note: ${n}`)
      printer.line(`restored snapshot ${res.snapshot.short}: ${res.files} files, ${formatBytes(res.bytes)} into ${target}`)
      const failures = res.shardFailures
      if (failures.length > 0) printer.line(`${failures.length} shards were missing or bad and were rebuilt around (${res.packDecodes} packs decoded from parity)`)
      incomplete()
    })
}
