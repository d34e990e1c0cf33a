/** `meshbackup backup PATH...`: back up through the local agent into the mesh. */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import type { Command } from 'commander'
import { PASSPHRASE_HEADER } from '../../agent/control/api.js'
import type { BackupRequest, BackupResponse } from '../../agent/control/api.js'
import { BACKUP_TYPES_TEXT, isBackupType } from '../../agent/snapshot/snapshot-type.js'
import { callStream } from '../control-client.js'
import { IncompleteError, UserError } from '../errors.js'
import { collect, dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import { formatBytes, formatRate } from '../../agent/util/format.js'
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

/** How a command run for --stdin-from-command ended. */
interface CommandEnd { code: number | null, signal: NodeJS.Signals | null, error?: Error }

/**
 * Run `cmd args` with its stdout as the upload: the stream ends (and the
 * agent commits) only once the command has exited 0; otherwise the stream
 * fails, the upload is aborted and the agent keeps no snapshot.
 */
function commandSource (cmd: string, args: string[]): { source: PassThrough, ended: Promise<CommandEnd>, running: () => boolean, kill: () => void } {
  const source = new PassThrough()
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const ended = new Promise<CommandEnd>(resolve => {
    child.on('error', error => { resolve({ code: null, signal: null, error }) })
    child.on('close', (code, signal) => { resolve({ code, signal }) })
  })
  child.stdout.pipe(source, { end: false })
  let done = false
  void ended.then(e => {
    done = true
    if (e.code === 0) source.end()
    else source.destroy(new Error('the command failed'))
  })
  return { source, ended, running: () => !done, kill: () => { child.kill('SIGTERM') } }
}

function commandWords (e: CommandEnd): string {
  if (e.error !== undefined) return `could not be run (${(e.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such command' : e.error.message})`
  return e.signal !== null ? `was killed by ${e.signal}` : `exited with status ${e.code ?? '?'}`
}

/** "1.2 s", "3 min 4 s". */
function formatDuration (ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
}

export function backupCommand (program: Command, printer: Printer): void {
  withPassphrase(withData(program.command('backup')
    .description('back up paths into the mesh (incremental by default)')
    .argument('[path...]', 'files or directories to back up')
    .option('--stdin', 'back up standard input (e.g. a database dump) as one file')
    .option('--stdin-from-command', 'back up the standard output of the command given as the arguments (meshbackup backup --stdin-from-command -- pg_dump mydb): no snapshot is kept when it exits non-zero (exit 1)')
    .option('--name <name>', 'with --stdin: the file name to store it as (with --stdin-from-command: default the command\'s name)')
    .option('--host <name>', 'the host name the snapshot records (default: this machine\'s), e.g. after a recovery on a machine with another name')
    .option('--type <type>', 'incremental (vs the last snapshot), differential (vs the last full one) or full', 'incremental')
    .option('--tag <tag>', 'tag the snapshot (repeatable)', collect)
    .option('-e, --exclude <pattern>', 'leave out paths matching a glob (repeatable; "*.log" at any depth, "/abs/path" anchored, "!pattern" re-includes)', collect)
    .option('--iexclude <pattern>', 'like --exclude, ignoring case', collect)
    .option('--exclude-file <file>', 'read exclude patterns from FILE, one per line (# comments)', collect)
    .option('--degraded', 'back up even if the mesh cannot meet the placement policy; the snapshot is marked degraded')
    .option('--no-progress', 'no progress bar (there is none anyway when stderr is not a terminal)')
    .option('--json', 'print the result as JSON')))
    .action(async (paths: string[], opts: { data?: string, type: string, tag?: string[], json?: boolean, passphraseFile?: string, degraded?: boolean, stdin?: boolean, stdinFromCommand?: boolean, name?: string, host?: string, exclude?: string[], iexclude?: string[], excludeFile?: string[], progress: boolean }) => {
      if (opts.host !== undefined && (opts.host === '' || opts.host.length > 253 || /[\x00-\x1f\x7f]/.test(opts.host))) throw new UserError(`--host: a host name of 1 to 253 printable characters, not ${JSON.stringify(opts.host)}`, 2)
      const fromCommand = opts.stdinFromCommand === true
      if (opts.stdin === true || fromCommand) {
        if (opts.stdin === true && fromCommand) throw new UserError('--stdin and --stdin-from-command exclude each other', 2)
        if (opts.stdin === true && paths.length > 0) throw new UserError('--stdin takes no paths', 2)
        if (fromCommand && paths.length === 0) throw new UserError('--stdin-from-command needs the command to run: meshbackup backup --stdin-from-command -- CMD ARGS…', 2)
        const name = opts.name ?? (fromCommand ? basename(paths[0]) : undefined)
        if (name === undefined || name === '') throw new UserError('--stdin needs --name NAME (the file name to store the stream as)', 2)
        if (!fromCommand && opts.passphraseFile === undefined && (process.env.MESHBACKUP_PASSPHRASE ?? '') === '') throw new UserError('with --stdin the passphrase must come from --passphrase-file or MESHBACKUP_PASSPHRASE (stdin carries the data)', 2)
        const passphrase = await getPassphrase({ file: opts.passphraseFile })
        const q = new URLSearchParams({ name })
        for (const t of opts.tag ?? []) q.append('tag', t)
        if (opts.host !== undefined) q.set('host', opts.host)
        const command = fromCommand ? commandSource(paths[0], paths.slice(1)) : undefined
        const bar = new ProgressBar('backup', opts.progress && opts.json !== true)
        let res: BackupResponse
        try {
          res = await bar.around(async () => await callStream<BackupResponse>(dataDirOf(opts), 'POST', `/v1/backup-stdin?${q.toString()}`, undefined, ev => {
            if (ev.event === 'progress') bar.update({ files: 0, bytes: Number(ev.bytesDone), added: Number(ev.bytesAdded) })
          }, { source: command?.source ?? process.stdin, headers: { [PASSPHRASE_HEADER]: Buffer.from(passphrase).toString('base64') } }))
        } catch (err) {
          // the agent refused or failed first: the command is stopped, the agent's error stands
          if (command?.running() === true) { command.kill(); throw err }
          const end = command === undefined ? undefined : await command.ended
          if (end !== undefined && end.code !== 0) throw new UserError(`${paths[0]} ${commandWords(end)}: no snapshot was kept`, 1)
          throw err
        }
        if (command !== undefined) {
          // (the upload ends only after a clean exit; this is the belt to those braces)
          const end = await command.ended
          if (end.code !== 0) throw new UserError(`${paths[0]} ${commandWords(end)}`, 1)
        }
        if (opts.json === true) { printer.json(res); return }
        const snap = res.snapshot
        const ms = Number(snap.stats.durationMs ?? 0)
        printer.line(`snapshot ${snap.short} saved: ${formatBytes(snap.stats.bytesRead ?? 0)} from ${fromCommand ? paths[0] : 'stdin'} as ${name} in ${formatDuration(ms)} (${formatRate(Number(snap.stats.bytesRead ?? 0), ms)}), ${formatBytes(snap.stats.bytesAdded ?? 0)} new after dedup and compression`)
        return
      }
      if (paths.length === 0) throw new UserError('give at least one path to back up (or --stdin --name NAME)', 2)
      const type = opts.type
      if (!isBackupType(type)) throw new UserError(`--type must be ${BACKUP_TYPES_TEXT}, not "${type}"`, 2)
      const excludes = [...opts.exclude ?? [], ...await readExcludeFiles(opts.excludeFile ?? [])]
      const passphrase = await getPassphrase({ file: opts.passphraseFile })
      const bar = new ProgressBar('backup', opts.progress && opts.json !== true)
      const res = await bar.around(async () => await callStream<BackupResponse>(dataDirOf(opts), 'POST', '/v1/backup', {
        paths: paths.map(p => resolve(p)), type, tags: opts.tag ?? [], host: opts.host, passphrase, degraded: opts.degraded === true, excludes, iexcludes: opts.iexclude ?? [], totals: bar.active
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
      // the bar's figures (entries done, bytes done: read, or unchanged and not read) over the run's time
      const ms = Number(st.durationMs ?? 0)
      const done = res.processed ?? { files: Number(st.filesNew ?? 0) + Number(st.filesChanged ?? 0) + Number(st.filesUnchanged ?? 0), bytes: Number(st.bytesTotal ?? 0) }
      printer.line(`processed ${done.files} ${done.files === 1 ? 'entry' : 'entries'}, ${formatBytes(done.bytes)} in ${formatDuration(ms)} (${formatRate(done.bytes, ms)})`)
      printer.line(`read ${formatBytes(Number(st.bytesRead ?? 0))}, added ${formatBytes(Number(st.bytesAdded ?? 0))} after dedup and compression, sent ${formatBytes(Number(st.bytesStored ?? 0))} with parity`)
      incomplete()
    })
}
