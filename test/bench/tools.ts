/**
 * Helpers shared by the benchmarks that compare with restic: running a command
 * under /usr/bin/time (peak RSS, CPU), tree sizes, `diff -r`, restic's summary.
 */
import { execFile, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { lstat, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { hasRuntime, nodeRuntime } from '../../agent/runtime.js'
import { BENCH_DIR } from './corpus.js'

export const execFileP = promisify(execFile)
export const MB = 1e6
export const MiB = 1024 * 1024
const TIME = '/usr/bin/time'

/**
 * Run this benchmark script again under the agent's runtime (agent/runtime.ts:
 * node flags, malloc settings) unless it already is, so that a backup run
 * in-process measures what an agent would. Returns only in that process.
 */
export function ensureAgentRuntime (): void {
  if (hasRuntime()) return
  const rt = nodeRuntime()
  const r = spawnSync(process.execPath, [...rt.flags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: rt.env })
  process.exit(r.status ?? 1)
}

export const log = (s: string): void => { process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`) }
export const secsSince = (t: number): number => (performance.now() - t) / 1000
export const mib = (bytes: number): number => bytes / MiB
export const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d

/** Sum of the sizes of the regular files under `dir`, and their count. */
export async function treeBytes (dir: string): Promise<{ bytes: number, files: number }> {
  let bytes = 0
  let files = 0
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) await walk(p)
      else if (e.isFile()) { bytes += (await lstat(p)).size; files++ }
    }
  }
  if (existsSync(dir)) await walk(dir)
  return { bytes, files }
}

export async function duBytes (dir: string): Promise<number> {
  const { stdout } = await execFileP('du', ['-sb', dir])
  return Number(stdout.split(/\s/)[0])
}

export interface Run { stdout: string, stderr: string, secs: number, maxRssMib?: number, userSecs?: number, sysSecs?: number }

/** Run a command (under /usr/bin/time -v when present), capture its output, time it. */
export async function run (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const timeFile = join(BENCH_DIR, `.time-${process.pid}`)
  const timed = existsSync(TIME)
  const [file, fileArgs] = timed ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args]
  const t = performance.now()
  const { stdout, stderr, code } = await new Promise<{ stdout: string, stderr: string, code: number | null }>((resolveRun, reject) => {
    const child = spawn(file, fileArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', code => resolveRun({ stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), code }))
  })
  const secs = secsSince(t)
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`)
  const r: Run = { stdout, stderr, secs }
  if (timed) {
    const tv = await readFile(timeFile, 'utf8')
    await rm(timeFile, { force: true })
    const num = (re: RegExp): number | undefined => { const m = re.exec(tv); return m === null ? undefined : Number(m[1]) }
    const rssKb = num(/Maximum resident set size \(kbytes\): (\d+)/)
    if (rssKb !== undefined) r.maxRssMib = rssKb / 1024
    r.userSecs = num(/User time \(seconds\): ([\d.]+)/)
    r.sysSecs = num(/System time \(seconds\): ([\d.]+)/)
  }
  return r
}

/** `diff -r` of two trees; returns null when equal, else the first lines of the difference. */
export async function sameTree (a: string, b: string): Promise<string | null> {
  try {
    await execFileP('diff', ['-r', '-q', '--no-dereference', a, b], { maxBuffer: 64 * MiB })
    return null
  } catch (err) {
    const e = err as { stdout?: string, stderr?: string, message: string }
    return (e.stdout ?? '').split('\n').slice(0, 10).join('\n') || e.stderr || e.message
  }
}

/** The restic summary line of `backup --json`. */
export function resticSummary (stdout: string): Record<string, number> {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      const o = JSON.parse(line) as Record<string, unknown>
      if (o.message_type === 'summary') return o as Record<string, number>
    } catch { /* status lines, not JSON */ }
  }
  return {}
}
