/**
 * `meshbackup wal-push PATH` (archive_command = 'meshbackup wal-push --socket S %p')
 * and `meshbackup wal-fetch NAME DEST` (restore_command = 'meshbackup wal-fetch
 * --socket S %f %p'). They run as the database server's user and reach the
 * agent through its WAL socket (config.yaml pg.socket), or through the control
 * socket of --data. Exit 0 only once the segment is stored (wal-push) or
 * written and verified (wal-fetch); failures exit 1 (never ≥ 126, which
 * PostgreSQL takes for a fatal archive_command failure).
 */
import { createReadStream } from 'node:fs'
import { open, readdir, rename, stat, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { request } from 'node:http'
import { basename, dirname, join } from 'node:path'
import type { Command } from 'commander'
import { CONTROL_SOCKET, RESULT_TRAILER, WAL_FETCH_PATH, WAL_PUSH_PATH } from '../../agent/control/api.js'
import type { WalFetchResponse, WalPushResponse } from '../../agent/control/api.js'
import { walFileKind } from '../../agent/pg/wal-names.js'
import { UserError } from '../errors.js'
import { dataDirOf } from '../options.js'
import type { Printer } from '../printer.js'

/** How long a push or fetch may take, in ms (a batch commits within a second; a slow mesh may take longer). */
const WAL_TIMEOUT_MS = 10 * 60_000

interface SocketFlags { socket?: string, data?: string }

function socketOf (opts: SocketFlags): string {
  return opts.socket ?? process.env.MESHBACKUP_WAL_SOCKET ?? join(dataDirOf(opts), CONTROL_SOCKET)
}

function reachError (socket: string, err: NodeJS.ErrnoException): UserError {
  if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') return new UserError(`no agent answers on ${socket} (is it running, with pg.socket set in config.yaml?)`)
  if (err.code === 'EACCES') return new UserError(`no permission to reach ${socket} (pg.socketMode / pg.socketGroup in config.yaml)`)
  return new UserError(`cannot reach the agent on ${socket}: ${err.message}`)
}

/** Upload a file as the raw body; the answer is NDJSON whose last line is done or error. */
async function push (socket: string, name: string, path: string, size: number): Promise<WalPushResponse> {
  return await new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'POST', path: `${WAL_PUSH_PATH}?name=${encodeURIComponent(name)}`, headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, timeout: WAL_TIMEOUT_MS }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => { text += c; if (text.length > 1 << 20) res.destroy(new Error('answer too large')) })
      res.on('error', err => reject(new UserError(`the agent went away: ${err.message}`)))
      res.on('end', () => {
        const last = text.trim().split('\n').pop() ?? ''
        let ev: { event?: string, result?: WalPushResponse, error?: string }
        try { ev = JSON.parse(last) as typeof ev } catch { reject(new UserError(`the agent sent a malformed answer (HTTP ${res.statusCode ?? '?'})`)); return }
        if (ev.event === 'done' && ev.result !== undefined) resolve(ev.result)
        else reject(new UserError(ev.error ?? `the agent refused (HTTP ${res.statusCode ?? '?'})`))
      })
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${WAL_TIMEOUT_MS / 1000} s`)))
    req.on('error', (err: NodeJS.ErrnoException) => reject(err.code !== undefined ? reachError(socket, err) : new UserError(err.message)))
    createReadStream(path).on('error', err => req.destroy(err)).pipe(req)
  })
}

/** Download into an open file; the outcome is in the trailer. */
async function fetchTo (socket: string, name: string, fd: FileHandle): Promise<WalFetchResponse> {
  return await new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'POST', path: WAL_FETCH_PATH, headers: { 'content-type': 'application/json' }, timeout: WAL_TIMEOUT_MS }, res => {
      if ((res.statusCode ?? 500) >= 400) {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => { text += c })
        res.on('end', () => {
          let msg = `agent error ${res.statusCode ?? ''}`
          try { msg = (JSON.parse(text) as { error?: string }).error ?? msg } catch { /* not JSON */ }
          reject(new UserError(msg))
        })
        return
      }
      let writing: Promise<unknown> = Promise.resolve()
      res.on('data', (c: Buffer) => { res.pause(); writing = writing.then(async () => await fd.write(c)).then(() => res.resume(), err => res.destroy(err as Error)) })
      res.on('error', err => reject(new UserError(`the agent went away: ${err.message}`)))
      res.on('end', () => {
        void writing.then(() => {
          const raw = res.trailers[RESULT_TRAILER]
          if (raw === undefined) { reject(new UserError('the agent stopped before the end')); return }
          const outcome = JSON.parse(decodeURIComponent(raw)) as { result?: WalFetchResponse, error?: string }
          if (outcome.result !== undefined) resolve(outcome.result)
          else reject(new UserError(outcome.error ?? 'the agent failed'))
        }, reject)
      })
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${WAL_TIMEOUT_MS / 1000} s`)))
    req.on('error', (err: NodeJS.ErrnoException) => reject(err.code !== undefined ? reachError(socket, err) : new UserError(err.message)))
    req.end(JSON.stringify({ name }))
  })
}

/** At most this many files pushed ahead of the one asked for. */
const READ_AHEAD = 15

/** The WAL files after `path`'s that PostgreSQL marked ready to archive (pg_wal/archive_status/NAME.ready), in order. */
async function readyAfter (path: string): Promise<string[]> {
  const name = basename(path)
  let entries: string[]
  try { entries = await readdir(join(dirname(path), 'archive_status')) } catch { return [] }
  return entries.filter(e => e.endsWith('.ready')).map(e => e.slice(0, -'.ready'.length))
    .filter(n => n > name && isWalName(n)).sort().slice(0, READ_AHEAD)
}

function isWalName (n: string): boolean {
  try { walFileKind(n); return true } catch { return false }
}

export function walCommands (program: Command, printer: Printer): void {
  program.command('wal-push')
    .description("archive one WAL file into the mesh (PostgreSQL archive_command = 'meshbackup wal-push --socket SOCKET %p'); exits 0 once it is stored to policy")
    .argument('<path>', 'the WAL file (%p)')
    .option('--socket <path>', 'the agent\'s WAL socket (config.yaml pg.socket; default $MESHBACKUP_WAL_SOCKET, else --data\'s control socket)')
    .option('--data <dir>', 'the agent\'s data directory (its control socket)')
    .action(async (path: string, opts: SocketFlags) => {
      let size: number
      try { size = (await stat(path)).size } catch (err) { throw new UserError(`cannot read ${path}: ${(err as Error).message}`) }
      const socket = socketOf(opts)
      // PostgreSQL archives one file at a time: push the next ones ready too (pgBackRest's and WAL-G's read-ahead), so they share a batch; their own archive_command then finds them archived
      const ahead = (await readyAfter(path)).map(async n => { const p = join(dirname(path), n); await push(socket, n, p, (await stat(p)).size) })
      const [r] = await Promise.all([push(socket, basename(path), path, size), Promise.allSettled(ahead)])
      printer.line(`${r.name}: ${r.stored ? 'stored' : 'already archived (identical)'} (${r.bytes} bytes, snapshot ${r.snapshot.slice(0, 8)})`)
    })

  program.command('wal-fetch')
    .description("write an archived WAL file (PostgreSQL restore_command = 'meshbackup wal-fetch --socket SOCKET %f %p'); exits 1 when it is not archived")
    .argument('<name>', 'the WAL file name (%f)')
    .argument('<dest>', 'where to write it (%p)')
    .option('--socket <path>', 'the agent\'s WAL socket (config.yaml pg.socket; default $MESHBACKUP_WAL_SOCKET, else --data\'s control socket)')
    .option('--data <dir>', 'the agent\'s data directory (its control socket)')
    .action(async (name: string, dest: string, opts: SocketFlags) => {
      const tmp = join(dirname(dest), `.${basename(dest)}.meshbackup-tmp`)
      const fd = await open(tmp, 'w', 0o600)
      try {
        await fetchTo(socketOf(opts), name, fd)
        await fd.sync()
      } catch (err) {
        await fd.close().catch(() => {})
        await unlink(tmp).catch(() => {})
        throw err
      }
      await fd.close()
      await rename(tmp, dest)
    })
}
