/**
 * `meshbackup demo`: the first thing a new user runs.
 *
 * Eight real agent processes in four sites on 127.0.0.1, in a temporary
 * directory: one agent backs up a sample tree into the mesh (RS 4+2, the 3-2-1
 * policy), status shows the verdict, a whole site is stopped, the data is
 * restored from the surviving sites and every byte verified, repair rebuilds
 * the lost shards until the snapshot is compliant again with the site still
 * down, then everything is stopped and removed. Each step is printed; any
 * failure exits non-zero. With --json the steps go to stderr and stdout gets
 * one DemoReport: the phases in order, each with its state.
 */
import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { nodeRuntime } from '../../agent/runtime.js'
import type { BackupRequest, BackupResponse, RestoreRequest, RestoreResponse, SnapshotVerdict, StatusResponse } from '../../agent/control/api.js'
import { call, callStream } from '../control-client.js'
import { UserError } from '../errors.js'
import { formatBytes, formatRate } from '../../agent/util/format.js'
import { Printer } from '../printer.js'

const BIN = fileURLToPath(new URL('../bin.js', import.meta.url))
const PASSPHRASE = 'demo passphrase'
const AGENTS = [
  { name: 'hq-1', site: 'hq', media: 'disk' },
  { name: 'hq-2', site: 'hq', media: 'ssd' },
  { name: 'branch-a-1', site: 'branch-a', media: 'nas' },
  { name: 'branch-a-2', site: 'branch-a', media: 'ssd' },
  { name: 'branch-b-1', site: 'branch-b', media: 'disk' },
  { name: 'branch-b-2', site: 'branch-b', media: 'nas' },
  { name: 'cloud-1', site: 'cloud', media: 'object' },
  { name: 'cloud-2', site: 'cloud', media: 'object' }
]
const LOST_SITE = 'branch-b'

/** The snapshot's verdict at one phase, as /v1/status gave it. */
export interface DemoVerdictPhase {
  phase: 'backup' | 'site-down' | 'repair'
  /** The snapshot's state: compliant, degraded or at-risk. */
  state: string
  rules: Record<string, boolean>
  problems: string[]
  /** Other agents seen up by the backing-up agent. */
  peersUp: number
  /** Shards of the snapshot's packs per site, by the index's locations. */
  shardsBySite: Record<string, number>
}

/** One phase of the demo, in the order it ran. */
export type DemoPhase =
  | { phase: 'mesh', state: 'up', agents: number, sites: number, peersUp: number }
  | (DemoVerdictPhase & { phase: 'backup', files: number, bytesRead: number })
  | (DemoVerdictPhase & { phase: 'site-down', site: string })
  | { phase: 'restore', state: 'verified', files: number, entries: number, mismatched: number, shardFailures: number, packDecodes: number }
  | (DemoVerdictPhase & { phase: 'repair', repairedShards: number })

/** What `meshbackup demo --json` prints: ok, the phases in order, the error if one stopped it. */
export interface DemoReport {
  ok: boolean
  phases: DemoPhase[]
  error?: string
}

export function demoCommand (program: Command, printer: Printer): void {
  program
    .command('demo')
    .description('run a local mesh of 8 agents in 4 sites on 127.0.0.1: back up, lose a whole site, restore and verify every byte, repair')
    .option('--keep', 'keep the temporary directory')
    .option('--size <MiB>', 'size of the sample tree in MiB', '24')
    .option('--json', 'print the steps on stderr and one JSON report of the phases and their states on stdout')
    .action(async (opts: { keep?: boolean, size: string, json?: boolean }) => {
      const mib = Number(opts.size)
      if (!Number.isFinite(mib) || mib <= 0 || mib > 4096) throw new UserError('--size must be a number of MiB between 1 and 4096', 2)
      const run = { keep: opts.keep === true, bytes: Math.round(mib * 1024 * 1024) }
      if (opts.json !== true) {
        await runDemo(printer, run)
        return
      }
      const phases: DemoPhase[] = []
      try {
        await runDemo(new Printer(printer.err, printer.err), run, phases)
      } catch (err) {
        printer.json({ ok: false, phases, error: (err as Error).message } satisfies DemoReport)
        throw err
      }
      printer.json({ ok: true, phases } satisfies DemoReport)
    })
}

async function cli (args: string[], env: Record<string, string> = {}): Promise<string> {
  return await new Promise((resolve, reject) => {
    const rt = nodeRuntime({ ...process.env, MESHBACKUP_PASSPHRASE: PASSPHRASE, ...env })
    execFile(process.execPath, [...rt.flags, BIN, ...args], { env: rt.env }, (err, stdout, stderr) => {
      if (err !== null) reject(new UserError(`meshbackup ${args[0]} failed: ${stderr.trim() || err.message}`))
      else resolve(stdout)
    })
  })
}

async function waitFor (what: string, fn: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await fn().catch(() => false)) return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new UserError(`timed out waiting for ${what}`)
}

/** Run the demo, printing each step; `phases` gets each phase as it completes. */
export async function runDemo (printer: Printer, opts: { keep: boolean, bytes: number }, phases: DemoPhase[] = []): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'meshbackup-demo-'))
  const procs = new Map<string, ChildProcess>()
  const dirOf = (name: string): string => join(work, 'agents', name)
  const start = async (name: string): Promise<void> => {
    const rt = nodeRuntime({ ...process.env, MESHBACKUP_LOG_LEVEL: 'warn' })
    const p = spawn(process.execPath, [...rt.flags, BIN, 'agent', '--data', dirOf(name), '--repair-grace', '3'], {
      env: rt.env, stdio: ['ignore', 'pipe', 'ignore']
    })
    procs.set(name, p)
    await new Promise<void>((resolve, reject) => {
      let out = ''
      const t = setTimeout(() => reject(new UserError(`agent ${name} did not start`)), 30_000)
      p.stdout?.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('running')) { clearTimeout(t); resolve() } })
      p.once('exit', code => { clearTimeout(t); reject(new UserError(`agent ${name} exited (${String(code)})`)) })
    })
  }
  const stop = async (name: string): Promise<void> => {
    const p = procs.get(name)
    if (p === undefined || p.exitCode !== null) return
    const exited = new Promise(resolve => p.once('exit', resolve))
    p.kill('SIGTERM')
    await exited
    procs.delete(name)
  }
  const owner = dirOf(AGENTS[0].name)
  const status = async (): Promise<StatusResponse> => await call<StatusResponse>(owner, 'GET', '/v1/status')
  const showVerdict = (v: SnapshotVerdict | undefined): void => {
    if (v === undefined) return
    const yn = (b: boolean | undefined): string => b === true ? 'ok' : 'BROKEN'
    printer.ok(`snapshot ${v.short}: ${v.state.toUpperCase()} — 3 copies ${yn(v.rules.copies)}, 2 media ${yn(v.rules.media)}, 1 offsite ${yn(v.rules.offsite)}, site diversity ${yn(v.rules.siteDiversity)}`)
    for (const p of v.problems.slice(0, 3)) printer.line(`      ${p}`)
  }
  try {
    printer.step(`starting 8 agents in 4 sites on 127.0.0.1 (in ${work})`)
    for (const [i, a] of AGENTS.entries()) {
      const args = ['init', '--data', dirOf(a.name), '--site', a.site, '--media', a.media, '--listen', '/ip4/127.0.0.1/tcp/0']
      // each joiner gets its own invite attesting its site and media; the token travels in the environment, not argv
      const token = i === 0 ? undefined : (await cli(['mesh', 'invite', '--data', owner, '--site', a.site, '--media', a.media])).trim()
      await cli(args, token === undefined ? {} : { MESHBACKUP_TOKEN: token })
      const cfg = join(dirOf(a.name), 'config.yaml')
      await writeFile(cfg, (await readFile(cfg, 'utf8')).replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3'))
      if (i === 0) {
        await cli(['mesh', 'create', '--data', owner])
        await start(a.name)
      }
    }
    await Promise.all(AGENTS.slice(1).map(async a => await start(a.name)))
    await waitFor('every agent to join', async () => (await status()).peers.filter(p => p.up && p.site !== null).length === 7, 60_000)
    for (const a of AGENTS) printer.line(`  ${a.name.padEnd(11)} site ${a.site.padEnd(9)} media ${a.media}`)
    phases.push({ phase: 'mesh', state: 'up', agents: AGENTS.length, sites: new Set(AGENTS.map(a => a.site)).size, peersUp: upPeers(await status()) })

    printer.step(`backing up a sample tree from ${AGENTS[0].name} (RS 4+2: any 2 of 6 shards may be lost)`)
    const src = join(work, 'sample')
    await makeSample(src, opts.bytes)
    let t = Date.now()
    const res = await callStream<BackupResponse>(owner, 'POST', '/v1/backup', { paths: [src], passphrase: PASSPHRASE } satisfies BackupRequest, () => {})
    const st = res.snapshot.stats
    printer.ok(`${st.filesNew ?? 0} files, read ${formatBytes(Number(st.bytesRead))} at ${formatRate(Number(st.bytesRead), Date.now() - t)}; ${formatBytes(Number(st.bytesAdded))} after dedup and compression; ${formatBytes(Number(st.bytesStored))} sent with parity`)
    // on a loaded machine a heartbeat may come late: judge with every agent seen up again
    await waitFor('every agent to be seen up', async () => upPeers(await status()) === 7, 30_000)
    const backedUp = await status()
    showVerdict(backedUp.snapshots?.[0])
    phases.push({ ...verdictPhase('backup', backedUp), phase: 'backup', files: Number(st.filesNew ?? 0), bytesRead: Number(st.bytesRead ?? 0) })

    printer.step(`stopping both agents of site "${LOST_SITE}"`)
    await Promise.all(AGENTS.filter(a => a.site === LOST_SITE).map(async a => await stop(a.name)))
    await waitFor('the site to be seen down', async () => (await status()).peers.filter(p => p.up).length === 5, 30_000)
    const down = await status()
    showVerdict(down.snapshots?.[0])
    phases.push({ ...verdictPhase('site-down', down), phase: 'site-down', site: LOST_SITE })

    printer.step('restoring from the surviving sites and verifying every byte')
    const target = join(work, 'restored')
    t = Date.now()
    const r = await callStream<RestoreResponse>(owner, 'POST', '/v1/restore', { snapshot: 'latest', target, passphrase: PASSPHRASE } satisfies RestoreRequest, () => {})
    printer.ok(`restored ${r.files} files, ${formatBytes(r.bytes)} at ${formatRate(r.bytes, Date.now() - t)}; ${r.shardFailures.length} shards missing on the way, ${r.packDecodes} packs rebuilt from parity`)
    const want = await hashTree(src)
    const got = await hashTree(join(target, src))
    const diffs = [...want].filter(([p, h]) => got.get(p) !== h).map(([p]) => p)
    if (got.size !== want.size || diffs.length > 0) throw new UserError(`verification FAILED: ${diffs.length} entries differ (${diffs.slice(0, 5).join(', ')})`)
    printer.ok(`all ${want.size} files and folders identical (content, mode, mtime)`)
    phases.push({ phase: 'restore', state: 'verified', files: r.files, entries: want.size, mismatched: diffs.length, shardFailures: r.shardFailures.length, packDecodes: r.packDecodes })

    printer.step(`repair: rebuilding the lost shards on the other sites (site "${LOST_SITE}" still down)`)
    await waitFor('repair to restore compliance', async () => (await status()).snapshots?.[0]?.state === 'compliant', 60_000)
    const after = await status()
    printer.ok(`${after.repair?.repairedShards ?? 0} shards rebuilt`)
    showVerdict(after.snapshots?.[0])
    phases.push({ ...verdictPhase('repair', after), phase: 'repair', repairedShards: after.repair?.repairedShards ?? 0 })
    printer.step('demo finished: the data survived the loss of a whole site and the mesh healed itself')
  } finally {
    await Promise.all([...procs.keys()].map(async n => await stop(n).catch(() => {})))
    if (!opts.keep) await rm(work, { recursive: true, force: true })
    else printer.line(`kept ${work}`)
  }
}

function upPeers (s: StatusResponse): number {
  return s.peers.filter(p => p.up).length
}

/** The first snapshot's verdict in a status answer, as a phase. */
function verdictPhase (phase: DemoVerdictPhase['phase'], s: StatusResponse): DemoVerdictPhase {
  const v = s.snapshots?.[0]
  if (v === undefined) throw new UserError(`no snapshot in the status after the ${phase} phase`)
  const shardsBySite = Object.fromEntries((s.compliance?.sites ?? []).map(e => [e.site, e.shards]))
  return { phase, state: v.state, rules: v.rules, problems: v.problems, peersUp: upPeers(s), shardsBySite }
}

async function makeSample (root: string, bytes: number): Promise<void> {
  const words = ['backup', 'mesh', 'site', 'shard', 'restore', 'peer', 'snapshot', 'the', 'a', 'of', 'data', '\n']
  const dirs = ['etc', 'var/log', 'home/alice/photos', 'home/bob/src', 'srv/db']
  for (const d of dirs) await mkdir(join(root, d), { recursive: true })
  let made = 0
  for (let i = 0; made < bytes; i++) {
    const text = i % 3 !== 2
    const size = Math.min(bytes - made, text ? 2000 + (i * 7919) % 200_000 : 500_000 + (i * 104_729) % 3_000_000)
    let data: Buffer
    if (text) {
      const seed = createHash('sha256').update(`t${i}`).digest()
      const parts: string[] = []
      for (let j = 0, len = 0; len < size; j++) { const w = words[(seed[j % 32] ^ j) % words.length]; parts.push(w); len += w.length + 1 }
      data = Buffer.from(parts.join(' ')).subarray(0, size)
    } else {
      data = Buffer.alloc(size)
      for (let off = 0; off < size; off += 32) createHash('sha256').update(`b${i}:${off}`).digest().copy(data, off)
    }
    await writeFile(join(root, dirs[i % dirs.length], `file-${i}.${text ? 'txt' : 'bin'}`), data)
    made += size
  }
  await writeFile(join(root, 'etc', 'empty.conf'), '')
  await mkdir(join(root, 'empty-dir'))
}

async function hashTree (root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const p = join(dir, name)
      const st = await lstat(p)
      const rel = relative(root, p)
      if (st.isDirectory()) {
        out.set(rel, `dir ${st.mode & 0o7777}`)
        await walk(p)
      } else {
        out.set(rel, `${st.mode & 0o7777} ${Math.round(st.mtimeMs)} ${createHash('sha256').update(await readFile(p)).digest('hex')}`)
      }
    }
  }
  await walk(root)
  return out
}
