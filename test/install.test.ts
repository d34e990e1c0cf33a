/**
 * The package installs and runs without the source tree, as README's "Install
 * as a service" does it: `npm pack` of the built tree, `npm install -g
 * --prefix` of the tarball into a scratch prefix (dependencies from npm, the
 * local cache first), then, from a directory outside the repository and with
 * none of its paths in the environment:
 * - `meshbackup --version`;
 * - the unit's own command line (contrib/systemd/meshbackup.service's
 *   ExecStart and Environment, pointed at the scratch prefix) runs an agent the
 *   CLI reaches and SIGTERM stops it with exit 0. As root (CI) the way the
 *   service runs: systemd-sysusers and systemd-tmpfiles (in a scratch root)
 *   make the user and its 0700 data directory, `init` runs as that user, and
 *   the agent runs as that user with CAP_DAC_READ_SEARCH only, no new
 *   privileges, umask 0077, and the whole file system read-only but its data
 *   directory (setpriv and a mount namespace: there is no systemd manager to
 *   start the unit itself);
 * - `meshbackup demo`;
 * - `systemd-analyze verify` and `security` of the unit and its root drop-in
 *   as installed.
 *
 * Agents tier: it packs dist/ as the build before `npm test` left it
 * (`--ignore-scripts`: no second build while other agent tests run from
 * dist/).
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoReport } from '../cli/commands/demo.js'

const ROOT = resolve(import.meta.dirname, '..')
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string, version: string, bin: Record<string, string> }
const UNIT_DIR = 'contrib/systemd'
const UNIT = 'meshbackup.service'
const ROOT_DROP_IN = 'meshbackup-root.conf'
/** Where the shipped unit expects the package (README's prefix) and its data. */
const UNIT_PREFIX = '/usr/local'
const UNIT_DATA = '/var/lib/meshbackup'

interface Run { code: number | null, stdout: string, stderr: string }

async function run (cmd: string, args: string[], opts: { cwd: string, env: NodeJS.ProcessEnv, timeout: number }): Promise<Run> {
  return await new Promise(resolve => {
    execFile(cmd, args, { ...opts, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null
      resolve({ code, stdout, stderr: err !== null && code === null ? `${stderr}\n${err.message}` : stderr })
    })
  })
}

/** npm's environment without what `npm test` put there for this project (npm_*: prefix, config, package). */
function npmEnv (): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_OPTIONS$|NODE_PATH$)/i.test(k)))
}

interface PackResult { filename: string, files: Array<{ path: string }> }

let work: string
let prefix: string
let bin: string
let packed: PackResult
/** The environment of a server: node on the PATH, a home of its own, nothing of the repository. */
let serverEnv: NodeJS.ProcessEnv

beforeAll(async () => {
  const built = join(ROOT, PKG.bin.meshbackup)
  if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`)
  work = await mkdtemp(join(tmpdir(), 'mb-install-'))
  prefix = join(work, 'prefix')
  bin = join(prefix, 'bin', 'meshbackup')
  await mkdir(join(work, 'home'))
  serverEnv = { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: join(work, 'home') }

  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv(), timeout: 60_000 })
  expect(pack.code, pack.stderr).toBe(0)
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]
  const install = await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], {
    cwd: work, env: npmEnv(), timeout: 240_000
  })
  expect(install.code, install.stderr).toBe(0)
}, 300_000)

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

describe('npm pack, npm install -g --prefix, run from there', () => {
  it('the tarball holds the built code, README and contrib/: no tests, sources, maps or benchmarks', () => {
    const paths = packed.files.map(f => f.path)
    expect(packed.filename).toBe(`${PKG.name}-${PKG.version}.tgz`)
    expect(paths).toEqual(expect.arrayContaining([
      'package.json', 'README.md', PKG.bin.meshbackup, 'dist/cli/commands/demo.js', 'dist/proto/gen/format.js',
      `${UNIT_DIR}/${UNIT}`, `${UNIT_DIR}/${ROOT_DROP_IN}`, `${UNIT_DIR}/meshbackup.sysusers.conf`, `${UNIT_DIR}/meshbackup.tmpfiles.conf`
    ]))
    const stray = paths.filter(p => !(p === 'package.json' || p === 'README.md' || /^dist\/.+\.js$/.test(p) || p.startsWith('contrib/') || /^LICEN[CS]E/i.test(p)))
    expect(stray).toEqual([])
    const testish = paths.filter(p => /^dist\/test\/|\.test\.js$|\/test-support\/|bench/.test(p))
    expect(testish).toEqual([])
  })

  it('installs a meshbackup command of its own: --version is package.json\'s', async () => {
    // the command is the installed copy, not a link into this tree
    expect(realpathSync(bin)).toBe(join(realpathSync(prefix), 'lib/node_modules', PKG.name, PKG.bin.meshbackup))
    const res = await run(bin, ['--version'], { cwd: work, env: serverEnv, timeout: 30_000 })
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout.trim()).toBe(PKG.version)
  })

  it('the unit\'s ExecStart, pointed at the prefix, runs an agent the CLI reaches, and SIGTERM stops it cleanly (as root: as the sysusers user, in the directory tmpfiles made, sandboxed like the unit)', async () => {
    const installed = join(prefix, 'lib/node_modules', PKG.name, UNIT_DIR)
    const unit = await readFile(join(installed, UNIT), 'utf8')
    const exec = /^ExecStart=(.+)$/m.exec(unit)?.[1].trim().split(/\s+/) ?? []
    const unitEnv = Object.fromEntries([...unit.matchAll(/^Environment=(\S+?)=(\S*)$/gm)].map(m => [m[1], m[2]]))
    expect(exec[0]).toBe('node')

    // as root, README's steps in a scratch root: sysusers makes the user, tmpfiles its data directory
    const asRoot = process.getuid?.() === 0
    let data = join(work, 'data')
    let asUser: string[] = []
    let sandbox: string[] = []
    if (asRoot) {
      const sysroot = join(work, 'sysroot')
      await mkdir(join(sysroot, 'etc/sysusers.d'), { recursive: true })
      await mkdir(join(sysroot, 'etc/tmpfiles.d'), { recursive: true })
      await copyFile(join(installed, 'meshbackup.sysusers.conf'), join(sysroot, 'etc/sysusers.d/meshbackup.conf'))
      await copyFile(join(installed, 'meshbackup.tmpfiles.conf'), join(sysroot, 'etc/tmpfiles.d/meshbackup.conf'))
      const users = await run('systemd-sysusers', [`--root=${sysroot}`], { cwd: work, env: serverEnv, timeout: 30_000 })
      expect(users.code, users.stderr).toBe(0)
      const tmpfiles = await run('systemd-tmpfiles', [`--root=${sysroot}`, '--create', 'meshbackup.conf'], { cwd: work, env: serverEnv, timeout: 30_000 })
      expect(tmpfiles.code, tmpfiles.stderr).toBe(0)
      const passwd = (await readFile(join(sysroot, 'etc/passwd'), 'utf8')).split('\n').find(l => l.startsWith('meshbackup:'))?.split(':') ?? []
      expect(passwd.slice(5)).toEqual([UNIT_DATA, '/usr/sbin/nologin'])
      const [uid, gid] = [Number(passwd[2]), Number(passwd[3])]
      expect(uid).toBeGreaterThan(0)
      data = join(sysroot, UNIT_DATA)
      const st = await stat(data)
      expect([st.mode & 0o777, st.uid, st.gid]).toEqual([0o700, uid, gid])
      await chmod(work, 0o711) // mkdtemp's 0700: let the user through to the prefix and the data directory
      asUser = ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--']
      // the unit's sandbox as far as it matters here: the file system read-only but the data directory
      // (ProtectSystem=strict, ReadWritePaths=), UMask=0077, then User=, AmbientCapabilities=CAP_DAC_READ_SEARCH
      // with the same bounding set, NoNewPrivileges=
      sandbox = ['unshare', '--mount', '--propagation', 'private', '--', 'sh', '-c',
        'mount --bind "$1" "$1" && mount -o remount,bind,ro / && umask 0077 && shift && exec "$@"', 'sh', data,
        'setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--inh-caps=-all,+dac_read_search',
        '--ambient-caps=-all,+dac_read_search', '--bounding-set=-all,+dac_read_search', '--no-new-privs', '--']
    }
    // systemd gives the user's home (sysusers: the data directory) as HOME
    const env = { ...serverEnv, HOME: data, MESHBACKUP_PASSPHRASE: 'install test passphrase' }
    const cli = async (args: string[]): Promise<Run> => {
      const [cmd, ...rest] = [...asUser, bin, ...args]
      return await run(cmd, rest, { cwd: work, env, timeout: 60_000 })
    }
    const init = await cli(['init', '--data', data, '--site', 'hq', '--media', 'disk', '--listen', '/ip4/127.0.0.1/tcp/0'])
    expect(init.code, init.stderr).toBe(0)

    const argv = exec.map(a => a === `${UNIT_PREFIX}/bin/meshbackup` ? bin : a === UNIT_DATA ? data : a)
    expect(argv).toContain(bin)
    expect(argv).toContain(data)
    const [cmd, ...args] = [...sandbox, ...argv]
    const agent = spawn(cmd, args, { cwd: work, env: { ...serverEnv, HOME: data, ...unitEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    agent.stdout.on('data', (d: Buffer) => { out += d.toString() })
    agent.stderr.on('data', (d: Buffer) => { out += d.toString() })
    const exited = new Promise<number | null>(resolve => agent.once('exit', code => { resolve(code) }))
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const t = setTimeout(() => { reject(new Error(`the agent did not start in 30 s: ${out}`)) }, 30_000)
        const tick = setInterval(() => {
          const m = /^agent \S+ running.*$/m.exec(out)
          if (m !== null) { clearTimeout(t); clearInterval(tick); resolve(m[0]) }
        }, 50)
        void exited.then(code => { clearTimeout(t); clearInterval(tick); reject(new Error(`the agent exited (${String(code)}): ${out}`)) })
      })
      const peerId = line.split(' ')[1]
      if (asRoot) {
        // the process is the agent itself (each wrapper execs the next), with the unit's identity and limits
        const proc = await readFile(`/proc/${agent.pid}/status`, 'utf8')
        const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(proc)?.[1] ?? ''
        expect(field('Name')).toBe('node')
        expect(field('Uid').split(/\s+/)).toEqual(Array(4).fill(asUser[1].slice('--reuid='.length)))
        expect(field('CapEff')).toBe('0000000000000004') // CAP_DAC_READ_SEARCH (2) only
        expect(field('CapBnd')).toBe('0000000000000004')
        expect(field('NoNewPrivs')).toBe('1')
        const mounts = (await readFile(`/proc/${agent.pid}/mountinfo`, 'utf8')).split('\n').map(l => l.split(' '))
        const optionsOf = (point: string): string[] => mounts.findLast(m => m[4] === point)?.[5].split(',') ?? []
        expect(optionsOf('/')).toContain('ro')
        expect(optionsOf(data)).toContain('rw')
      }
      const status = await cli(['status', '--data', data, '--json'])
      expect(status.code, status.stderr).toBe(0)
      expect(status.stdout).toContain(peerId)
    } finally {
      agent.kill('SIGTERM')
    }
    expect(await exited, out).toBe(0)
  }, 90_000)

  it('meshbackup demo runs from the installed copy, outside the repository', async () => {
    const res = await run(bin, ['demo', '--size', '1', '--json'], { cwd: work, env: serverEnv, timeout: 180_000 })
    expect(res.code, res.stderr).toBe(0)
    const report = JSON.parse(res.stdout) as DemoReport
    expect(report.ok, res.stderr).toBe(true)
    expect(report.phases.map(p => [p.phase, p.state])).toEqual([
      ['mesh', 'up'], ['backup', 'compliant'], ['site-down', 'degraded'], ['restore', 'verified'], ['repair', 'compliant']
    ])
  }, 200_000)

  it('systemd-analyze verify accepts the installed unit, alone and with the root drop-in', async () => {
    const analyze = await run('systemd-analyze', ['--version'], { cwd: work, env: serverEnv, timeout: 30_000 })
    expect(analyze.code, 'systemd-analyze (Debian: apt-get install systemd) checks the unit').toBe(0)
    const installed = join(prefix, 'lib/node_modules', PKG.name, UNIT_DIR)
    // two unit folders: systemd reads drop-ins from beside a unit given by path too
    const plain = join(work, 'units-plain')
    const asRoot = join(work, 'units-root')
    await mkdir(plain)
    await mkdir(join(asRoot, `${UNIT}.d`), { recursive: true })
    await copyFile(join(installed, UNIT), join(plain, UNIT))
    await copyFile(join(installed, UNIT), join(asRoot, UNIT))
    await copyFile(join(installed, ROOT_DROP_IN), join(asRoot, `${UNIT}.d`, 'root.conf'))
    const envOf = (dir: string): NodeJS.ProcessEnv => ({ ...serverEnv, SYSTEMD_UNIT_PATH: `${dir}:` })

    for (const dir of [plain, asRoot]) {
      const r = await run('systemd-analyze', ['verify', UNIT], { cwd: work, env: envOf(dir), timeout: 60_000 })
      expect(r.code, r.stderr).toBe(0)
      // warnings (an unknown key, a bad value) go to stderr with exit 0: none may name our files
      expect(r.stderr.split('\n').filter(l => l.includes(dir))).toEqual([])
    }

    // the hardening as systemd rates it (0 best, 10 worst; 1.8 and 3.1 when written), which also shows the drop-in was read
    const exposure = async (dir: string): Promise<{ level: number, out: string }> => {
      const r = await run('systemd-analyze', ['security', '--offline=yes', '--no-pager', UNIT], { cwd: work, env: envOf(dir), timeout: 60_000 })
      expect(r.code, r.stderr).toBe(0)
      const m = /Overall exposure level for meshbackup\.service: (\d+\.\d)/.exec(r.stdout)
      expect(m, r.stdout).not.toBeNull()
      return { level: Number(m?.[1]), out: r.stdout }
    }
    const p = await exposure(plain)
    expect(p.out).toMatch(/static non-root user/)
    expect(p.level).toBeLessThanOrEqual(2.5)
    const r = await exposure(asRoot)
    expect(r.out).toMatch(/runs as root user/)
    expect(r.level).toBeLessThanOrEqual(4)
  }, 120_000)
})
