/**
 * A harness for mesh tests with real agent processes: each agent is
 * `node dist/cli/bin.js agent --data DIR` on 127.0.0.1, driven through the CLI
 * like an operator would. Build first (`npm test` does).
 */
import { spawn, execFile } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { NODE_FLAGS, RUNTIME_ENV } from '../../agent/runtime.js'
import type { LocalStatus } from '../../agent/control/api.js'

// test/mesh → the repo root, also when run compiled from dist/test/mesh
export const ROOT = resolve(import.meta.dirname, import.meta.dirname.includes('/dist/test/') ? '../../..' : '../..')
export const BIN = join(ROOT, 'dist/cli/bin.js')
export const PASSPHRASE = 'test passphrase for the mesh'

/** A TCP port free on 127.0.0.1 just now (for an agent's metrics.listen). */
export async function freePort (): Promise<number> {
  const s = createServer()
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const port = (s.address() as AddressInfo).port
  await new Promise(resolve => s.close(resolve))
  return port
}

export interface AgentSpec { name: string, site: string, media?: string, capacity?: string }

/** Six agents in three sites, two each, four media: RS 4+2 meets the 3-2-1 policy (at most 2 shards a site). */
export const THREE_SITES: AgentSpec[] = [
  { name: 'a', site: 'hq' },
  { name: 'b', site: 'hq', media: 'ssd' },
  { name: 'c', site: 'branch', media: 'nas' },
  { name: 'd', site: 'branch', media: 'ssd' },
  { name: 'e', site: 'cloud', media: 'object' },
  { name: 'f', site: 'cloud', media: 'nas' }
]

/** THREE_SITES plus a fourth site (dc2): a whole site can be lost and repaired to full compliance. */
export const FOUR_SITES: AgentSpec[] = [
  ...THREE_SITES,
  { name: 'g', site: 'dc2', media: 'ssd' },
  { name: 'h', site: 'dc2', media: 'nas' }
]

/** Extra node options for agent processes, e.g. MESHBACKUP_AGENT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a benchmark. */
function nodeArgs (): string[] {
  return [...NODE_FLAGS, ...(process.env.MESHBACKUP_AGENT_NODE_ARGS ?? '').split(' ').filter(Boolean)]
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface AgentProc {
  name: string
  dir: string
  site: string
  proc?: ChildProcess
  log: string
  peerId?: string
}

export class MeshHarness {
  readonly agents = new Map<string, AgentProc>()
  root = ''

  async setup (): Promise<void> {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`)
    this.root = await mkdtemp(join(tmpdir(), 'mb-mesh-'))
  }

  env (extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return { ...process.env, ...RUNTIME_ENV, MESHBACKUP_PASSPHRASE: PASSPHRASE, MESHBACKUP_LOG_LEVEL: 'info', ...extra }
  }

  /** Run the CLI to completion. */
  async cli (args: string[], options: { env?: Record<string, string>, timeoutMs?: number, input?: Buffer } = {}): Promise<CliResult> {
    if (options.input !== undefined) {
      const input = options.input
      return await new Promise(resolve => {
        const p = spawn(process.execPath, [BIN, ...args], { env: this.env(options.env) })
        let stdout = ''
        let stderr = ''
        p.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
        p.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
        p.on('exit', code => resolve({ code: code ?? 1, stdout, stderr }))
        p.stdin.end(input)
      })
    }
    return await new Promise(resolve => {
      execFile(process.execPath, [BIN, ...args], { env: this.env(options.env), timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1
        resolve({ code, stdout, stderr })
      })
    })
  }

  async cliOk (args: string[], options: { env?: Record<string, string>, input?: Buffer } = {}): Promise<string> {
    const r = await this.cli(args, options)
    if (r.code !== 0) throw new Error(`meshbackup ${args.join(' ')} failed (${r.code}): ${r.stderr}${r.stdout}`)
    return r.stdout
  }

  /** One agent alone in its own mesh, with k=1, m=0 (its backups go --degraded onto itself); started. Returns its data directory. */
  async lone (name: string, site = 'hq'): Promise<string> {
    const dir = join(this.root, name)
    await this.cliOk(['init', '--data', dir, '--site', site, '--media', 'disk', '--listen', '/ip4/127.0.0.1/tcp/0', '--k', '1', '--m', '0'])
    await this.cliOk(['mesh', 'create', '--data', dir])
    this.agents.set(name, { name, dir, site, log: '' })
    await this.start(name)
    return dir
  }

  /** A command's `--json` output, as the control API's type for it (agent/control/api.ts). */
  async cliJson<T> (args: string[], options: { env?: Record<string, string>, input?: Buffer } = {}): Promise<T> {
    return JSON.parse(await this.cliOk(args, options)) as T
  }

  /** `meshbackup init` (and `mesh create` when no token is given and `create` is set). */
  async init (name: string, opts: { site: string, media?: string, capacity?: string, join?: string, create?: boolean }): Promise<AgentProc> {
    const dir = join(this.root, name)
    const args = ['init', '--data', dir, '--site', opts.site, '--media', opts.media ?? 'disk', '--listen', '/ip4/127.0.0.1/tcp/0']
    if (opts.capacity !== undefined) args.push('--capacity', opts.capacity)
    if (opts.join !== undefined) args.push('--join', opts.join)
    await this.cliOk(args)
    if (opts.create === true) await this.cliOk(['mesh', 'create', '--data', dir])
    const a: AgentProc = { name, dir, site: opts.site, log: '' }
    this.agents.set(name, a)
    return a
  }

  /** Edit a setting in an agent's config.yaml (as an operator would). */
  async configure (name: string, edit: (yaml: string) => string): Promise<void> {
    const path = join(this.get(name).dir, 'config.yaml')
    await writeFile(path, edit(await readFile(path, 'utf8')))
  }

  /** Start an agent process and wait until it listens. */
  async start (name: string, extra: string[] = []): Promise<AgentProc> {
    const a = this.get(name)
    const proc = spawn(process.execPath, [...nodeArgs(), BIN, 'agent', '--data', a.dir, ...extra], { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] })
    a.proc = proc
    a.log = ''
    proc.stderr?.on('data', (d: Buffer) => { a.log += d.toString() })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error(`agent ${name} did not start: ${out}${a.log}`)), 30_000)
      proc.stdout?.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /agent (\S+) running/.exec(out)
        if (m !== null) { clearTimeout(timer); a.peerId = m[1]; resolve() }
      })
      proc.once('exit', code => { clearTimeout(timer); reject(new Error(`agent ${name} exited with ${String(code)}: ${out}${a.log}`)) })
    })
    return a
  }

  get (name: string): AgentProc {
    const a = this.agents.get(name)
    if (a === undefined) throw new Error(`no agent ${name}`)
    return a
  }

  async stop (name: string): Promise<void> {
    const a = this.get(name)
    const p = a.proc
    if (p === undefined || p.exitCode !== null) return
    const exited = new Promise(resolve => p.once('exit', resolve))
    p.kill('SIGTERM')
    const t = setTimeout(() => p.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(t)
    a.proc = undefined
  }

  async kill9 (name: string): Promise<void> {
    const a = this.get(name)
    const p = a.proc
    if (p === undefined || p.exitCode !== null) return
    const exited = new Promise(resolve => p.once('exit', resolve))
    p.kill('SIGKILL')
    await exited
    a.proc = undefined
  }

  /** `meshbackup status --json` of agent `name`. */
  async status (name: string): Promise<LocalStatus> {
    return await this.cliJson<LocalStatus>(['status', '--json', '--data', this.get(name).dir])
  }

  /** `meshbackup mesh invite` on agent `name`: a token attesting `site` and `media` for the server that joins with it. */
  async invite (name: string, opts: { site?: string, media?: string, expires?: string, singleUse?: boolean } = {}): Promise<string> {
    const args = ['mesh', 'invite', '--data', this.get(name).dir]
    if (opts.site !== undefined) args.push('--site', opts.site)
    if (opts.media !== undefined) args.push('--media', opts.media)
    if (opts.expires !== undefined) args.push('--expires', opts.expires)
    if (opts.singleUse === true) args.push('--single-use')
    return (await this.cliOk(args)).trim()
  }

  /** Make a mesh: the first agent creates it, the others join with tokens it issues, one each (attesting their sites and media). */
  async mesh (specs: AgentSpec[], options: { fastHeartbeat?: boolean, startArgs?: string[] } = {}): Promise<string> {
    const [first, ...rest] = specs
    const fast = async (name: string): Promise<void> => {
      if (options.fastHeartbeat === true) await this.configure(name, y => y.replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3'))
    }
    await this.init(first.name, { ...first, create: true })
    await fast(first.name)
    await this.start(first.name, options.startArgs)
    const token = (await this.cliOk(['mesh', 'invite', '--data', this.get(first.name).dir])).trim()
    for (const s of rest) {
      await this.init(s.name, { ...s, join: await this.invite(first.name, { site: s.site, media: s.media ?? 'disk', singleUse: true }) })
      await fast(s.name)
    }
    await Promise.all(rest.map(async s => await this.start(s.name, options.startArgs)))
    return token
  }

  /** Wait until agent `name` sees `count` other members up, with their sites known. */
  async waitForMembers (name: string, count: number, timeoutMs = 60_000): Promise<void> {
    await this.waitFor(`${name} to see ${count} members up`, async () => (await this.status(name)).peers.filter(p => p.up && p.site !== null).length === count, timeoutMs)
  }

  async waitFor (what: string, fn: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs
    let last: unknown
    while (Date.now() < until) {
      try {
        if (await fn()) return
      } catch (err) { last = err }
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${String(last)}`}`)
  }

  async teardown (): Promise<void> {
    await Promise.all([...this.agents.keys()].map(async n => await this.stop(n).catch(() => {})))
    if (this.root !== '') await rm(this.root, { recursive: true, force: true })
  }
}
