/**
 * A source's hooks: executables run before a run, after a success and after a
 * failure, with a time limit, the run described in environment variables
 * (MESHBACKUP_SOURCE, MESHBACKUP_RUN, MESHBACKUP_TRIGGER, MESHBACKUP_TYPE,
 * MESHBACKUP_HOOK, and after a run MESHBACKUP_RESULT, MESHBACKUP_SNAPSHOT,
 * MESHBACKUP_ERROR). Each run is recorded as a HookRun: exit status or
 * signal, whether the limit killed it, and the tail of its output.
 */
import { spawn } from 'node:child_process'
import { OUTPUT_TAIL_BYTES } from './constants.js'
import type { HookRun } from './types.js'

/** After a timeout (or an abort) SIGTERM, then SIGKILL this much later, in ms. */
const KILL_GRACE_MS = 5000

/** The last `max` bytes of a stream of output. */
export class OutputTail {
  private chunks: Buffer[] = []
  private bytes = 0
  /** Bytes seen in all. */
  total = 0

  constructor (private readonly max = OUTPUT_TAIL_BYTES) {}

  push (b: Buffer): void {
    this.total += b.byteLength
    this.chunks.push(b)
    this.bytes += b.byteLength
    while (this.bytes - this.chunks[0].byteLength >= this.max) {
      this.bytes -= (this.chunks.shift() as Buffer).byteLength
    }
  }

  text (): string {
    const all = Buffer.concat(this.chunks)
    const tail = all.byteLength > this.max ? all.subarray(all.byteLength - this.max) : all
    return (this.total > tail.byteLength ? '…' : '') + tail.toString('utf8')
  }
}

export interface HookOptions {
  /** Variables added to the agent's environment. */
  env: Record<string, string>
  timeoutMs: number
  signal?: AbortSignal
}

/** Kill a detached child's whole process group (a hook's own children too). */
function killGroup (pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Run one hook to its end (or its time limit); never throws: a hook that cannot start is a HookRun with exitCode null and the reason as output. */
export async function runHook (hook: HookRun['hook'], command: string, options: HookOptions): Promise<HookRun> {
  const started = Date.now()
  const tail = new OutputTail()
  return await new Promise<HookRun>(resolve => {
    let timedOut = false
    let settled = false
    const child = spawn(command, [], {
      env: { ...process.env, ...options.env, MESHBACKUP_HOOK: hook },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let killer: NodeJS.Timeout | undefined
    const stop = (): void => {
      killGroup(child.pid, 'SIGTERM')
      killer = setTimeout(() => { killGroup(child.pid, 'SIGKILL') }, KILL_GRACE_MS)
      killer.unref()
    }
    const timer = setTimeout(() => { timedOut = true; stop() }, options.timeoutMs)
    const onAbort = (): void => { stop() }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    if (options.signal?.aborted === true) stop()
    const done = (exitCode: number | null, signal: string | null, extra?: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      if (extra !== undefined) tail.push(Buffer.from(extra))
      resolve({ hook, command, exitCode, signal, timedOut, durationMs: Date.now() - started, output: tail.text() })
    }
    child.stdout.on('data', (d: Buffer) => { tail.push(d) })
    child.stderr.on('data', (d: Buffer) => { tail.push(d) })
    child.on('error', err => { done(null, null, `cannot run ${command}: ${err.message}`) })
    child.on('close', (code, sig) => {
      if (killer !== undefined) clearTimeout(killer)
      done(code, sig, timedOut ? `\n(killed after the hook timeout of ${Math.round(options.timeoutMs / 1000)} s)` : undefined)
    })
  })
}

/** Whether a hook run counts as a success. */
export function hookOk (h: HookRun): boolean {
  return h.exitCode === 0 && !h.timedOut
}

/** A failed hook in words: "before hook /x exited with 3", "… timed out after 5 s". */
export function hookFailure (h: HookRun): string {
  const why = h.timedOut
    ? `timed out after ${Math.round(h.durationMs / 1000)} s`
    : h.exitCode === null ? (h.signal !== null ? `was killed by ${h.signal}` : 'could not run') : `exited with ${h.exitCode}`
  const last = h.output.trim().split('\n').pop() ?? ''
  return `${h.hook} hook ${h.command} ${why}${last !== '' ? `: ${last.slice(0, 200)}` : ''}`
}
