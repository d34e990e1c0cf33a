/**
 * Exit codes and owners through the CLI and a real agent process (issue 16):
 * a backup that could not read some files saves the snapshot without them,
 * lists each with why in words and exits 3 (restic's code); `ls --json`
 * shows each entry's uid, gid, user and group; a restore that cannot write
 * a path exits 3, one that writes everything exits 0 (with or without
 * --numeric-owner).
 *
 * What cannot be read, as root too: a path longer than PATH_MAX (4096
 * bytes), which coreutils' `mkdir -p` makes one directory at a time.
 */
import { execFile } from 'node:child_process'
import { lstat, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LsEntry, SnapshotsResponse } from '../../agent/control/api.js'
import { MeshHarness } from './harness.js'

const execFileP = promisify(execFile)
const h = new MeshHarness()
let dir: string
let src: string

beforeAll(async () => {
  await h.setup()
  dir = await h.lone('a')
  src = join(h.root, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'ok.txt'), 'read fine\n')
}, 120_000)

afterAll(async () => {
  // node's recursive rm cannot remove paths beyond PATH_MAX; coreutils' rm can
  await execFileP('rm', ['-rf', '--', join(src, 'deep')], { timeout: 60_000 }).catch(() => {})
  await h.teardown()
})

describe('exit codes', () => {
  it('a backup that could not read a file saves the rest, says why in words and exits 3; ls --json shows owners; restore exits 0', async () => {
    const deep = join(src, 'deep', ...Array.from({ length: 25 }, (_, i) => `${'d'.repeat(200)}${i}`))
    await execFileP('mkdir', ['-p', '--', deep], { timeout: 60_000 })
    const snaps = async (): Promise<number> => (await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])).length
    const before = await snaps()
    const res = await h.cli(['backup', '--degraded', '--data', dir, src])
    expect(res.code, res.stderr).toBe(3)
    expect(res.stderr).toMatch(/warning: cannot read .*: name too long/)
    expect(res.stderr).toMatch(/saved without 1 path that could not be read/)
    expect(res.stdout).toMatch(/snapshot [0-9a-f]{8} saved/)
    expect(await snaps()).toBe(before + 1)

    const ls = await h.cliJson<LsEntry[]>(['ls', '--json', '--data', dir, 'latest', src])
    const ok = ls.find(e => e.path === join(src, 'ok.txt'))
    const st = await lstat(join(src, 'ok.txt'))
    expect(ok).toMatchObject({ type: 'file', uid: st.uid, gid: st.gid })
    expect(ok?.user === null || typeof ok?.user === 'string').toBe(true)
    expect(ok?.group === null || typeof ok?.group === 'string').toBe(true)

    // the whole snapshot: the long path cannot be made on the target either (exit 3, the rest restored)
    const all = await h.cli(['restore', '--data', dir, 'latest', '--target', join(h.root, 'out-all')])
    expect(all.code, all.stderr).toBe(3)
    expect(all.stderr).toMatch(/warning: cannot write .* and what it holds: name too long/)
    expect(await lstat(join(h.root, 'out-all', src, 'ok.txt'))).toBeDefined()

    for (const [name, extra] of [['out', []], ['out-numeric', ['--numeric-owner']]] as const) {
      const target = join(h.root, name)
      const r = await h.cli(['restore', '--data', dir, 'latest', '--path', join(src, 'ok.txt'), '--target', target, ...extra])
      expect(r.code, r.stderr).toBe(0)
      const back = await lstat(join(target, src, 'ok.txt'))
      expect([back.uid, back.gid]).toEqual([st.uid, st.gid])
    }
  })
})
