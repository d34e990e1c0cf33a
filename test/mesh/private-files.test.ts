/**
 * What stays with the agent's own user (issue 19), with a real agent process:
 * `init` and the agent run under umask 022 leave nothing in the data
 * directory another user can read (folders 0700, files and the control socket
 * 0600), listing snapshots needs the passphrase as `ls` does (restic's
 * `snapshots` needs the repository password), and status shows snapshots by
 * id, time and state only.
 */
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SnapshotsResponse } from '../../agent/control/api.js'
import { call } from '../../cli/control-client.js'
import { MeshHarness } from './harness.js'

const h = new MeshHarness()
let umask: number
let dir: string
let src: string

beforeAll(async () => {
  // the agent and the CLI inherit this umask (vitest runs tests in forks)
  umask = process.umask(0o022)
  await h.setup()
  dir = await h.lone('a')
  src = join(h.root, 'private-src')
  await mkdir(join(src, 'payroll'), { recursive: true })
  await writeFile(join(src, 'payroll', 'salaries-2026.txt'), 'alice 1\nbob 2\n')
  await h.cliOk(['backup', '--degraded', '--data', dir, src])
}, 120_000)

afterAll(async () => {
  await h.teardown()
  process.umask(umask)
})

describe('the data directory', () => {
  it('holds only 0700 folders and 0600 files and socket, under umask 022', async () => {
    const found: Array<[string, string, string]> = []
    const walk = async (rel: string): Promise<void> => {
      const st = await lstat(join(dir, rel))
      const kind = st.isDirectory() ? 'dir' : st.isSocket() ? 'socket' : st.isFile() ? 'file' : 'other'
      found.push([rel === '' ? '.' : rel, kind, (st.mode & 0o777).toString(8)])
      if (st.isDirectory()) for (const name of await readdir(join(dir, rel))) await walk(join(rel, name))
    }
    await walk('')
    const paths = found.map(([p]) => p)
    for (const p of ['.', 'identity.key', 'mesh.key', 'config.yaml', 'control.sock', 'index', 'index/CURRENT', 'shards']) expect(paths).toContain(p)
    expect(found.filter(([p]) => p.startsWith('shards/') && p.split('/').length === 4).length).toBeGreaterThan(0) // shards were written
    expect(found.filter(([, kind, mode]) => mode !== (kind === 'dir' ? '700' : '600') || kind === 'other')).toEqual([])
  })
})

describe('listing snapshots', () => {
  it('needs the passphrase: none and a wrong one are refused, the CLI reads it like ls', async () => {
    await expect(call<SnapshotsResponse>(dir, 'POST', '/v1/snapshots', {})).rejects.toThrow(/a passphrase is needed/)
    await expect(call<SnapshotsResponse>(dir, 'POST', '/v1/snapshots', { passphrase: 'not it' })).rejects.toThrow(/wrong passphrase/)
    const none = await h.cli(['snapshots', '--data', dir], { env: { MESHBACKUP_PASSPHRASE: '' } })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/no passphrase/)
    expect(none.stdout).not.toContain(src)
    const listed = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(listed.map(s => s.paths)).toEqual([[src]])
  })

  it('status shows the snapshots by id, time and state only: no path, name or tag', async () => {
    const st = await h.status('a')
    expect(st.snapshots).toHaveLength(1)
    expect(Object.keys(st.snapshots?.[0] ?? {}).sort()).toEqual(['id', 'packs', 'problems', 'rules', 'short', 'state', 'time'])
    const text = JSON.stringify(st)
    expect(text).not.toContain('private-src')
    expect(text).not.toContain('salaries')
  })
})
