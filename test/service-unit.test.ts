/**
 * contrib/systemd stays in step with the code and the README: the unit starts
 * the `meshbackup` the README installs, with agent/runtime.ts's node flags and
 * environment, as the user sysusers makes, on the data directory tmpfiles
 * makes, with the hardening the unit's comments promise. Plain file reads (the
 * unit tier); test/install.test.ts runs `systemd-analyze verify` on the files
 * as installed.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NODE_FLAGS, RUNTIME_ENV } from '../agent/runtime.js'

const root = resolve(import.meta.dirname, '..')
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8')

/** A systemd unit file: each section's assignments in order (keys repeat). */
type Unit = Map<string, Array<[string, string]>>

/** systemd's unit syntax as far as our files use it: sections, comments, Key=Value, backslash continuations. */
function parseUnit (text: string): Unit {
  const unit: Unit = new Map()
  let section: Array<[string, string]> | undefined
  const lines = text.replace(/\\\n/g, ' ').split('\n')
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return
    const head = /^\[([^\]]+)\]$/.exec(line)
    if (head !== null) {
      section = unit.get(head[1]) ?? []
      unit.set(head[1], section)
      return
    }
    const eq = line.indexOf('=')
    if (eq <= 0 || section === undefined) throw new Error(`line ${i + 1}: not an assignment inside a section: ${raw}`)
    section.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()])
  })
  return unit
}

/** Every value assigned to `key` in `section`. */
function all (unit: Unit, section: string, key: string): string[] {
  return (unit.get(section) ?? []).filter(([k]) => k === key).map(([, v]) => v)
}

/** The one value of `key` (assigned exactly once). */
function one (unit: Unit, section: string, key: string): string {
  const values = all(unit, section, key)
  if (values.length !== 1) throw new Error(`[${section}] ${key}: assigned ${values.length} times, want once`)
  return values[0]
}

/** Non-comment lines of a sysusers.d / tmpfiles.d file, split into fields. */
function records (text: string): string[][] {
  return text.split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#'))
    .map(l => [...l.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2]))
}

const unit = parseUnit(read('contrib/systemd/meshbackup.service'))
const readme = read('README.md')
const [[uType, user, , , home]] = records(read('contrib/systemd/meshbackup.sysusers.conf'))
const [[dType, dataDir, dMode, dUser, dGroup]] = records(read('contrib/systemd/meshbackup.tmpfiles.conf'))

/** Where the README installs the package: `npm install -g --prefix PREFIX`. */
function readmePrefix (): string {
  const prefixes = [...readme.matchAll(/npm install -g --prefix (\S+) \.\/meshbackup-/g)].map(m => m[1])
  expect(prefixes.length, 'README: the install line').toBeGreaterThan(0)
  expect(new Set(prefixes).size, 'README: one install prefix').toBe(1)
  return prefixes[0]
}

describe('contrib/systemd/meshbackup.service', () => {
  it('parses: the three sections, nothing outside them', () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install'])
    expect(one(unit, 'Install', 'WantedBy')).toBe('multi-user.target')
  })

  it('starts the meshbackup the README installs, with agent/runtime.ts\'s node flags, on the data directory', () => {
    const prefix = readmePrefix()
    const exec = one(unit, 'Service', 'ExecStart')
    expect(exec).not.toMatch(/["'$%]/) // no quoting or specifiers: a plain split is systemd's reading
    expect(exec.split(/\s+/)).toEqual(['node', ...NODE_FLAGS, `${prefix}/bin/meshbackup`, 'agent', '--data', dataDir])
    expect(one(unit, 'Unit', 'Documentation')).toBe(`file:${prefix}/lib/node_modules/meshbackup/README.md`)
    // the README's steps use the same directory
    expect(readme).toContain(`meshbackup init --data ${dataDir} `)
    expect(readme).toContain(`meshbackup status --data ${dataDir}`)
  })

  it('sets exactly agent/runtime.ts\'s environment', () => {
    const env = Object.fromEntries(all(unit, 'Service', 'Environment').flatMap(v => v.split(/\s+/)).map(kv => {
      const eq = kv.indexOf('=')
      return [kv.slice(0, eq), kv.slice(eq + 1)]
    }))
    expect(env).toEqual(RUNTIME_ENV)
  })

  it('runs as the user sysusers makes, on the directory tmpfiles makes (0700, that user\'s)', () => {
    expect(uType).toBe('u')
    expect(one(unit, 'Service', 'User')).toBe(user)
    expect(one(unit, 'Service', 'Group')).toBe(user)
    expect(home).toBe(dataDir)
    expect([dType, dMode, dUser, dGroup]).toEqual(['d', '0700', user, user])
    expect(all(unit, 'Service', 'DynamicUser')).toEqual([])
  })

  it('reads everything, writes only its data directory, and carries the hardening', () => {
    const s = (key: string): string => one(unit, 'Service', key)
    expect(s('AmbientCapabilities')).toBe('CAP_DAC_READ_SEARCH')
    expect(s('CapabilityBoundingSet')).toBe('CAP_DAC_READ_SEARCH')
    expect(s('ReadWritePaths').split(/\s+/)).toEqual([dataDir])
    expect(s('UMask')).toBe('0077')
    expect(s('Restart')).toBe('on-failure')
    expect(s('RestrictAddressFamilies').split(/\s+/).sort()).toEqual(['AF_INET', 'AF_INET6', 'AF_UNIX'])
    expect(Number(s('LimitNOFILE'))).toBeGreaterThanOrEqual(65536)
    for (const [key, value] of Object.entries({
      NoNewPrivileges: 'yes',
      ProtectSystem: 'strict',
      ProtectHome: 'read-only',
      PrivateTmp: 'yes',
      ProtectKernelTunables: 'yes',
      ProtectKernelModules: 'yes',
      ProtectKernelLogs: 'yes',
      ProtectControlGroups: 'yes',
      LockPersonality: 'yes',
      // V8's JIT and the WebAssembly erasure kernel write code and run it
      MemoryDenyWriteExecute: 'no'
    })) expect([key, s(key)]).toEqual([key, value])
  })

  it('the root drop-in widens only what restore needs', () => {
    const dropIn = parseUnit(read('contrib/systemd/meshbackup-root.conf'))
    expect([...dropIn.keys()]).toEqual(['Service'])
    expect(one(dropIn, 'Service', 'User')).toBe('root')
    expect(one(dropIn, 'Service', 'CapabilityBoundingSet').split(/\s+/)).toEqual(expect.arrayContaining(['CAP_CHOWN', 'CAP_FOWNER']))
    // the read-only file system and the address families stay
    expect(all(dropIn, 'Service', 'ProtectSystem')).toEqual([])
    expect(all(dropIn, 'Service', 'RestrictAddressFamilies')).toEqual([])
    expect(all(dropIn, 'Service', 'NoNewPrivileges')).toEqual([])
  })
})

describe('the unit parser', () => {
  it('reads repeated keys, continuations and comments, and refuses stray lines', () => {
    const u = parseUnit('# c\n[A]\nX=1\n; c\nX=2 \\\n  3\n[B]\nY=a=b\n')
    expect(all(u, 'A', 'X')).toEqual(['1', '2    3'])
    expect(one(u, 'B', 'Y')).toBe('a=b')
    expect(() => one(u, 'A', 'X')).toThrow(/assigned 2 times/)
    expect(() => parseUnit('X=1\n')).toThrow(/line 1/)
    expect(() => parseUnit('[A]\njunk\n')).toThrow(/line 2/)
  })
})
