/**
 * One run of a source, under the repository lock (sessions.exclusive: a
 * manual `meshbackup backup` and a scheduled run queue, never overlap):
 *
 *   before hook (failing: the run fails) → the owner's passphrase from
 *   passphraseFile → placement (the mesh cannot meet the policy: commit
 *   degraded when onInfeasible is degrade, else fail) → paths: backup();
 *   command: `/bin/sh -c` with its stdout into backupStream() (a non-zero
 *   exit fails the stream before the commit: no snapshot is kept) → the
 *   catalog follows (upkeep.afterBackup) → retention: the source's keep
 *   policy over the snapshots tagged `source:NAME` → after hook (success) or
 *   failure hook.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { open as openFile } from 'node:fs/promises'
import { backup, backupStream } from '../backup/archiver.js'
import type { BackupResult } from '../backup/archiver.js'
import { compileExcludes } from '../backup/exclude.js'
import { runForget } from '../prune/forget-run.js'
import type { Repository } from '../repository/repository.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { MAX_PASSPHRASE_FILE_BYTES } from './constants.js'
import { hookFailure, hookOk, OutputTail, runHook } from './hooks.js'
import { EMPTY_OUTCOME } from './scheduler.js'
import type { RunContext, RunOutcome, SourceRunner } from './scheduler.js'
import type { SourceConfig } from './source-config.js'
import type { HookRun } from './types.js'

export class CommandFailedError extends Error {
  override name = 'CommandFailedError'
}

export class PassphraseFileError extends Error {
  override name = 'PassphraseFileError'
}

/** The tag every snapshot of a source carries (retention looks only at these). */
export function sourceTag (source: string): string {
  return `source:${source}`
}

export interface RunnerComponents {
  /** One repository operation at a time (RepositorySessions.exclusive). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>
  /** The repository opened with the passphrase (RepositorySessions.open). */
  open: (passphrase: string, options: { allowDegraded: boolean }) => Promise<Repository>
  /** Throws PlacementInfeasibleError when the live mesh cannot meet the policy and `degraded` is false. */
  requireFeasible: (degraded: boolean) => void
  /** The catalog follows a committed snapshot (CatalogUpkeep.afterBackup). */
  afterBackup: (repo: Repository) => Promise<unknown>
  /** For retention's forget: shard peers and the catalog publish. */
  shardPeer: (id: string) => ShardPeer | undefined
  publishCatalog: (repo: Repository) => Promise<unknown>
  passphraseFile: string | null
  log: { info: (fields: Record<string, unknown>, msg: string) => void, warn: (fields: Record<string, unknown>, msg: string) => void }
}

/** The owner's passphrase: the file's first line. */
export async function readPassphraseFile (path: string | null): Promise<string> {
  if (path === null) throw new PassphraseFileError('passphraseFile is not set in config.yaml: an unattended run needs the owner\'s passphrase')
  let text: string
  try {
    const f = await openFile(path, 'r')
    try {
      const buf = Buffer.alloc(MAX_PASSPHRASE_FILE_BYTES + 1)
      const { bytesRead } = await f.read(buf, 0, buf.length, 0)
      if (bytesRead > MAX_PASSPHRASE_FILE_BYTES) throw new PassphraseFileError(`passphraseFile ${path} is larger than ${MAX_PASSPHRASE_FILE_BYTES} bytes`)
      text = buf.subarray(0, bytesRead).toString('utf8')
    } finally {
      await f.close()
    }
  } catch (err) {
    if (err instanceof PassphraseFileError) throw err
    throw new PassphraseFileError(`cannot read passphraseFile ${path}: ${(err as Error).message}`)
  }
  const pass = text.split(/\r?\n/)[0]
  if (pass === '') throw new PassphraseFileError(`passphraseFile ${path} is empty`)
  return pass
}

function killGroup (child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // gone
  }
}

/**
 * A command's stdout as a stream that fails (before its end, so before any
 * commit) when the command exits non-zero or is killed.
 */
async function * commandOutput (command: string, env: Record<string, string>, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  const child = spawn('/bin/sh', ['-c', command], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const stderr = new OutputTail()
  child.stderr.on('data', (d: Buffer) => { stderr.push(d) })
  const exited = new Promise<{ code: number | null, signal: string | null }>((resolve, reject) => {
    child.on('close', (code, sig) => { resolve({ code, signal: sig }) })
    child.on('error', reject)
  })
  exited.catch(() => {})
  const onAbort = (): void => { killGroup(child, 'SIGTERM') }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer
    const end = await exited
    if (end.code !== 0) {
      const last = stderr.text().trim().split('\n').pop() ?? ''
      throw new CommandFailedError(`command ${end.code === null ? `was killed by ${end.signal ?? 'a signal'}` : `exited with ${end.code}`}${last !== '' ? `: ${last.slice(0, 300)}` : ''} (no snapshot kept)`)
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    killGroup(child, 'SIGKILL')
  }
}

export class Runner implements SourceRunner {
  constructor (private readonly c: RunnerComponents) {}

  async run (source: SourceConfig, ctx: RunContext): Promise<RunOutcome> {
    return await this.c.exclusive(async () => await this.runLocked(source, ctx))
  }

  /** The agent's scheduled prune: unused packs removed (no snapshot forgotten), under the lock. */
  async prune (signal: AbortSignal): Promise<void> {
    await this.c.exclusive(async () => {
      const repo = await this.c.open(await readPassphraseFile(this.c.passphraseFile), { allowDegraded: true })
      await runForget({
        repo,
        shardPeer: id => this.c.shardPeer(id),
        publishCatalog: async () => await this.c.publishCatalog(repo),
        log: (msg, fields) => { this.c.log.info(fields ?? {}, msg) }
      }, { prune: true, pruneOnly: true, dryRun: false }, { signal })
    })
  }

  private async runLocked (source: SourceConfig, ctx: RunContext): Promise<RunOutcome> {
    // aborted while it waited for the lock (the agent is stopping): not started at all
    ctx.signal.throwIfAborted()
    const hooks: HookRun[] = []
    const env: Record<string, string> = {
      MESHBACKUP_SOURCE: source.name,
      MESHBACKUP_RUN: String(ctx.record.seq),
      MESHBACKUP_TRIGGER: ctx.trigger,
      MESHBACKUP_TYPE: ctx.type,
      MESHBACKUP_ATTEMPT: String(ctx.record.attempt),
      MESHBACKUP_SCHEDULED: new Date(ctx.record.scheduledMs).toISOString()
    }
    const hook = async (kind: HookRun['hook'], path: string | null, extra: Record<string, string> = {}): Promise<HookRun | undefined> => {
      if (path === null) return undefined
      const h = await runHook(kind, path, { env: { ...env, ...extra }, timeoutMs: source.hooks.timeoutSeconds * 1000, signal: ctx.signal })
      hooks.push(h)
      return h
    }
    const failed = async (error: string, partial: Partial<RunOutcome> = {}): Promise<RunOutcome> => {
      await hook('failure', source.hooks.failure, { MESHBACKUP_RESULT: 'failed', MESHBACKUP_ERROR: error })
      return { ...EMPTY_OUTCOME, ...partial, error, hooks }
    }

    const before = await hook('before', source.hooks.before)
    if (before !== undefined && !hookOk(before)) return await failed(hookFailure(before))

    let res: BackupResult
    let degraded = false
    let repo: Repository
    try {
      ctx.signal.throwIfAborted()
      const passphrase = await readPassphraseFile(this.c.passphraseFile)
      if (source.onInfeasible === 'degrade') {
        try {
          this.c.requireFeasible(false)
        } catch (err) {
          if ((err as Error).name !== 'PlacementInfeasibleError') throw err
          degraded = true
        }
      } else {
        this.c.requireFeasible(false)
      }
      repo = await this.c.open(passphrase, { allowDegraded: source.onInfeasible === 'degrade' })
      const tags = [...source.tags, sourceTag(source.name)]
      if (source.command !== null) {
        res = await backupStream(repo, commandOutput(source.command, env, ctx.signal), { name: source.name, tags, signal: ctx.signal })
      } else {
        res = await backup(repo, { paths: source.paths, type: ctx.type, tags, exclude: compileExcludes(source.exclude), signal: ctx.signal })
        for (const w of res.warnings) this.c.log.warn({ source: source.name, warning: w }, 'backup warning')
      }
    } catch (err) {
      return await failed((err as Error).message, { degraded })
    }
    const st = res.snapshot.stats ?? {}
    const snapshot = Buffer.from(res.id).toString('hex')
    const outcome: RunOutcome = {
      error: null,
      filesRead: Number(st.filesNew ?? 0) + Number(st.filesChanged ?? 0) + Number(st.filesUnchanged ?? 0),
      bytesRead: Number(st.bytesRead ?? 0),
      bytesAdded: Number(st.bytesAdded ?? 0),
      bytesSent: Number(st.bytesStored ?? 0),
      snapshot,
      // packs placed without meeting the policy (the mesh was short at the start, or lost a peer mid-run)
      degraded: degraded || res.snapshot.degraded === true,
      hooks
    }
    await this.c.afterBackup(repo)
    if (source.keep !== null) {
      try {
        const f = await runForget({
          repo,
          shardPeer: id => this.c.shardPeer(id),
          publishCatalog: async () => await this.c.publishCatalog(repo),
          log: (msg, fields) => { this.c.log.info({ source: source.name, ...fields }, msg) }
        }, { policy: source.keep, filter: { tags: [[sourceTag(source.name)]] }, prune: false, pruneOnly: false, dryRun: false })
        if (f.removed > 0) this.c.log.info({ source: source.name, removed: f.removed }, 'retention: snapshots forgotten')
      } catch (err) {
        this.c.log.warn({ source: source.name, err: (err as Error).message }, 'retention failed (the snapshot is kept; the next run tries again)')
      }
    }
    await hook('after', source.hooks.after, { MESHBACKUP_RESULT: 'success', MESHBACKUP_SNAPSHOT: snapshot, MESHBACKUP_ERROR: '' })
    return outcome
  }
}
