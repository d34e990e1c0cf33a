/** `meshbackup restore SNAPSHOT|latest --target DIR`: restore through the local agent from the mesh. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { DumpRequest, DumpResponse, RestoreRequest, RestoreResponse } from '../../agent/control/api.js'
import { callDownload, callStream } from '../control-client.js'
import { IncompleteError, UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { isRemote, withRemote } from './remote-options.js'
import type { RemoteOptions } from './remote-options.js'
import { ProgressBar } from '../progress.js'
import { filterOf, withSnapshotFilter } from './snapshots.js'
import type { FilterFlags } from './snapshots.js'

/** restic's --overwrite words (agent/restore/overwrite.ts says what each does). */
const OVERWRITE = ['always', 'if-changed', 'if-newer', 'never'] as const
type Overwrite = typeof OVERWRITE[number]

export function restoreCommand (program: Command, printer: Printer): void {
  withSnapshotFilter(withRemote(withPassphrase(withData(program.command('restore')
    .description('restore a snapshot (or "latest") into a directory: a new or empty one, or with --overwrite one that is not')
    .argument('<snapshot>', 'snapshot id (or unique prefix) or "latest" (the newest of those --host/--snapshot-path/--tag select)')
    .option('--target <dir>', 'directory to restore into (new or empty, unless --overwrite)')
    .option('--stdout', 'write one file (the snapshot\'s only file, or --path) to standard output, e.g. a --stdin dump')
    .option('--no-progress', 'no progress bar (there is none anyway when stderr is not a terminal)')
    .option('--path <path>', 'restore only this path of the snapshot (to TARGET/PATH)')
    .option('--overwrite <policy>', 'restore into a target that is not empty (without it such a target is refused): "always" rewrites every file, "if-changed" leaves files whose size and mtime match, "if-newer" rewrites only files older than the snapshot\'s, "never" keeps every existing file')
    .option('--delete', 'remove what the target holds that the snapshot does not (within --include/--exclude; symlinks removed, never followed); needs --overwrite')
    .option('--include <pattern>', 'restore only paths matching a glob, and what a matching directory holds (repeatable; the backup\'s --exclude syntax, on snapshot paths)', collect)
    .option('-e, --exclude <pattern>', 'leave out paths matching a glob (repeatable)', collect)
    .option('--dry-run', 'list what would be written and deleted; write nothing')
    .option('--verify', 'read back every file written (or found unchanged) and compare it with the snapshot; a difference is an error')
    .option('--numeric-owner', 'as root, set owners by uid and gid only (default: by the recorded user and group names where this host has them)')
    .option('--at <time>', 'point in time: the newest snapshot at or before TIME (ISO 8601)')
    .option('--json', 'print the result as JSON')))), '--snapshot-path')
    .action(async (snapshot: string, opts: RemoteOptions & FilterFlags & { data?: string, target?: string, stdout?: boolean, progress: boolean, path?: string, at?: string, json?: boolean, passphraseFile?: string, numericOwner?: boolean, overwrite?: string, delete?: boolean, include?: string[], exclude?: string[], dryRun?: boolean, verify?: boolean }) => {
      if (opts.at !== undefined && Number.isNaN(new Date(opts.at).getTime())) throw new UserError(`--at: "${opts.at}" is not a time (use ISO 8601, e.g. 2026-11-24T18:00:00Z)`, 2)
      if (opts.overwrite !== undefined && !(OVERWRITE as readonly string[]).includes(opts.overwrite)) throw new UserError(`--overwrite: one of ${OVERWRITE.join(', ')}, not "${opts.overwrite}"`, 2)
      if (opts.delete === true && opts.overwrite === undefined) throw new UserError('--delete needs --overwrite POLICY (it works on a target that is not empty)', 2)
      if (opts.dryRun === true && opts.verify === true) throw new UserError('--dry-run writes nothing: there is nothing to --verify', 2)
      const selecting = opts.overwrite !== undefined || opts.delete === true || (opts.include ?? []).length > 0 || (opts.exclude ?? []).length > 0 || opts.dryRun === true || opts.verify === true
      if (opts.stdout === true && selecting) throw new UserError('--stdout writes one file: --overwrite, --delete, --include, --exclude, --dry-run and --verify are for --target', 2)
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
        await callDownload<DumpResponse>(dataDirOf(opts), '/v1/dump', { snapshot, path: opts.path, at: opts.at, passphrase, filter: filterOf({ host: opts.host, tag: opts.tag, snapshotPath: opts.snapshotPath }) } satisfies DumpRequest, printer.out)
        return
      }
      if (opts.target === undefined) throw new UserError('give --target DIR (a new or empty directory), or --stdout for a single file', 2)
      const target = resolve(opts.target)
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const bar = new ProgressBar('restore', opts.progress && opts.json !== true && opts.dryRun !== true)
      const res = await bar.around(async () => await callStream<RestoreResponse>(dataDirOf(opts), 'POST', '/v1/restore', {
        snapshot,
        target,
        path: opts.path,
        at: opts.at,
        passphrase,
        numericOwner: opts.numericOwner === true,
        filter: filterOf({ host: opts.host, tag: opts.tag, snapshotPath: opts.snapshotPath }),
        overwrite: opts.overwrite as Overwrite | undefined,
        delete: opts.delete === true,
        includes: opts.include ?? [],
        excludes: opts.exclude ?? [],
        dryRun: opts.dryRun === true,
        verify: opts.verify === true
      } satisfies RestoreRequest, ev => {
        if (ev.event === 'total') bar.total(Number(ev.files), Number(ev.bytes))
        else if (ev.event === 'progress') bar.update({ files: Number(ev.filesDone), bytes: Number(ev.bytesWritten) })
      }))
      printRestore(printer, res, target, opts)
    })
}

/** A restore's outcome as the operator reads it (exit 3 when something could not be written or owned). */
export function printRestore (printer: Printer, res: RestoreResponse, target: string, opts: { json?: boolean, overwrite?: string, delete?: boolean, verify?: boolean }, of = ''): void {
  const incomplete = (): void => {
    if (res.warnings.length > 0) throw new IncompleteError(`restored snapshot ${res.snapshot.short} with ${res.warnings.length} ${res.warnings.length === 1 ? 'problem' : 'problems'} (listed above)`)
  }
  if (opts.json === true) { printer.json(res); incomplete(); return }
  for (const w of res.warnings) printer.warn(w)
  for (const n of res.notes) printer.line(`note: ${n}`)
  if (res.dryRun) {
    for (const c of res.changes) printer.line(`${c.action === 'write' ? 'would write ' : 'would delete'} ${c.path}`)
    printer.line(`dry run of snapshot ${res.snapshot.short}${of} into ${target}: would write ${res.written} (${res.files} files, ${formatBytes(res.bytes)}), ${res.unchanged} unchanged, ${res.skipped} kept, would delete ${res.deleted}; nothing was written`)
    incomplete()
    return
  }
  printer.line(`restored snapshot ${res.snapshot.short}${of}: ${res.files} files, ${formatBytes(res.bytes)} into ${target}`)
  if (opts.overwrite !== undefined || opts.delete === true) printer.line(`written ${res.written}, unchanged ${res.unchanged}, skipped ${res.skipped}, deleted ${res.deleted}`)
  if (opts.verify === true) printer.line(`verified ${res.verified} files: as in the snapshot`)
  const failures = res.shardFailures
  if (failures.length > 0) printer.line(`${failures.length} shards were missing or bad and were rebuilt around (${res.packDecodes} packs decoded from parity)`)
  incomplete()
}
