/** `meshbackup backup PATH...`: back up through the local agent into the mesh. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { PASSPHRASE_HEADER } from '../../agent/control/api.js'
import type { BackupRequest, BackupResponse } from '../../agent/control/api.js'
import { BACKUP_TYPES_TEXT, isBackupType } from '../../agent/snapshot/snapshot-type.js'
import { callStream } from '../control-client.js'
import { IncompleteError, UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes } from '../../agent/util/format.js'
import type { Printer } from '../printer.js'
import { ProgressBar } from '../progress.js'

/** Patterns from --exclude-file: one per line; blank lines and # comments skipped (restic's format). */
async function readExcludeFiles (files: string[]): Promise<string[]> {
  const out: string[] = []
  for (const f of files) {
    let text: string
    try {
      text = await readFile(f, 'utf8')
    } catch (err) {
      throw new UserError(`--exclude-file ${f}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 2)
    }
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim()
      if (t !== '' && !t.startsWith('#')) out.push(t)
    }
  }
  return out
}

export function backupCommand (program: Command, printer: Printer): void {
  withPassphrase(withData(program.command('backup')
    .description('back up paths into the mesh (incremental by default)')
    .argument('[path...]', 'files or directories to back up')
    .option('--stdin', 'back up standard input (e.g. a database dump) as one file')
    .option('--name <name>', 'with --stdin: the file name to store it as')
    .option('--type <type>', 'incremental (vs the last snapshot), differential (vs the last full one) or full', 'incremental')
    .option('--tag <tag>', 'tag the snapshot (repeatable)', collect)
    .option('-e, --exclude <pattern>', 'leave out paths matching a glob (repeatable; "*.log" at any depth, "/abs/path" anchored, "!pattern" re-includes)', collect)
    .option('--iexclude <pattern>', 'like --exclude, ignoring case', collect)
    .option('--exclude-file <file>', 'read exclude patterns from FILE, one per line (# comments)', collect)
    .option('--degraded', 'back up even if the mesh cannot meet the placement policy; the snapshot is marked degraded')
    .option('--no-progress', 'no progress bar (there is none anyway when stderr is not a terminal)')
    .option('--json', 'print the result as JSON')))
    .action(async (paths: string[], opts: { data?: string, type: string, tag?: string[], json?: boolean, passphraseFile?: string, degraded?: boolean, stdin?: boolean, name?: string, exclude?: string[], iexclude?: string[], excludeFile?: string[], progress: boolean }) => {
      if (opts.stdin === true) {
        if (paths.length > 0) throw new UserError('--stdin takes no paths', 2)
        if (opts.name === undefined || opts.name === '') throw new UserError('--stdin needs --name NAME (the file name to store the stream as)', 2)
        if (opts.passphraseFile === undefined && (process.env.MESHBACKUP_PASSPHRASE ?? '') === '') throw new UserError('with --stdin the passphrase must come from --passphrase-file or MESHBACKUP_PASSPHRASE (stdin carries the data)', 2)
        const passphrase = await getPassphrase({ file: opts.passphraseFile })
        const q = new URLSearchParams({ name: opts.name })
        for (const t of opts.tag ?? []) q.append('tag', t)
        const bar = new ProgressBar('backup', opts.progress && opts.json !== true)
        const res = await bar.around(async () => await callStream<BackupResponse>(dataDirOf(opts), 'POST', `/v1/backup-stdin?${q.toString()}`, undefined, ev => {
          if (ev.event === 'progress') bar.update({ files: 0, bytes: Number(ev.bytesDone), added: Number(ev.bytesAdded) })
        }, { source: process.stdin, headers: { [PASSPHRASE_HEADER]: Buffer.from(passphrase).toString('base64') } }))
        if (opts.json === true) { printer.json(res); return }
        const snap = res.snapshot
        printer.line(`snapshot ${snap.short} saved: ${formatBytes(snap.stats.bytesRead ?? 0)} from stdin as ${opts.name}, ${formatBytes(snap.stats.bytesAdded ?? 0)} new after dedup and compression`)
        return
      }
      if (paths.length === 0) throw new UserError('give at least one path to back up (or --stdin --name NAME)', 2)
      const type = opts.type
      if (!isBackupType(type)) throw new UserError(`--type must be ${BACKUP_TYPES_TEXT}, not "${type}"`, 2)
      const excludes = [...opts.exclude ?? [], ...await readExcludeFiles(opts.excludeFile ?? [])]
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const bar = new ProgressBar('backup', opts.progress && opts.json !== true)
      const res = await bar.around(async () => await callStream<BackupResponse>(dataDirOf(opts), 'POST', '/v1/backup', {
        paths: paths.map(p => resolve(p)), type, tags: opts.tag ?? [], passphrase, degraded: opts.degraded === true, excludes, iexcludes: opts.iexclude ?? [], totals: bar.active
      } satisfies BackupRequest, ev => {
        if (ev.event === 'warning') printer.warn(String(ev.message))
        else if (ev.event === 'total') bar.total(Number(ev.files), Number(ev.bytes))
        else if (ev.event === 'progress') bar.update({ files: Number(ev.filesDone), bytes: Number(ev.bytesDone), added: Number(ev.bytesAdded) })
      }))
      const incomplete = (): void => {
        if (res.warnings.length > 0) throw new IncompleteError(`snapshot ${res.snapshot.short} saved without ${res.warnings.length} ${res.warnings.length === 1 ? 'path' : 'paths'} that could not be read (listed above)`)
      }
      if (opts.json === true) { printer.json(res); incomplete(); return }
      for (const n of res.notes ?? []) printer.line(`note: ${n}`)
      const snap = res.snapshot
      const st = snap.stats
      printer.line(`snapshot ${snap.short} saved${snap.degraded ? ' (DEGRADED: placed without meeting every placement rule)' : ''}`)
      printer.line(`files: ${st.filesNew ?? 0} new, ${st.filesChanged ?? 0} changed, ${st.filesUnchanged ?? 0} unchanged`)
      printer.line(`read ${formatBytes(Number(st.bytesRead ?? 0))}, added ${formatBytes(Number(st.bytesAdded ?? 0))} after dedup and compression, sent ${formatBytes(Number(st.bytesStored ?? 0))} with parity`)
      incomplete()
    })
}
