/**
 * Restores that fit how operators work, through the CLI and one real agent
 * process (issue 16): "latest" per --host/--path/--tag on snapshots, ls,
 * restore and dump; ls and restore of a path the snapshot does not hold exit
 * non-zero and say so; restore --overwrite if-changed --delete over a target
 * with changes and its summary; --dry-run --json; dump of a directory as a
 * tar stream; backup --stdin-from-command keeping no snapshot when the
 * command fails (exit 1 with its status) and one when it succeeds.
 */
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LsEntry, RestoreResponse, SnapshotsResponse } from '../../agent/control/api.js'
import { MeshHarness } from './harness.js'

const execFileP = promisify(execFile)
const h = new MeshHarness()
let dir: string
let web: string
let db: string
let webBackup: string

beforeAll(async () => {
  await h.setup()
  dir = await h.lone('a')
  // a lone agent meets its policy once the 3-2-1 rules are off (a --stdin backup cannot go --degraded)
  await h.stop('a')
  await h.configure('a', y => y.replace(/(copies|media|offsite|siteDiversity): true/g, '$1: false'))
  await h.start('a')
  web = join(h.root, 'web')
  db = join(h.root, 'db')
  await mkdir(join(web, 'conf'), { recursive: true })
  await mkdir(db, { recursive: true })
  for (let i = 0; i < 4; i++) await writeFile(join(web, `page${i}.html`), `<p>${i}</p>\n`)
  await writeFile(join(web, 'conf', 'site.conf'), 'port 80\n')
  await writeFile(join(db, 'data'), 'rows\n')
  webBackup = await h.cliOk(['backup', '--degraded', '--data', dir, '--host', 'web1', '--tag', 'daily', web])
  await h.cliOk(['backup', '--degraded', '--data', dir, '--host', 'db1', db])
}, 120_000)

afterAll(async () => {
  await h.teardown()
})

describe('restore ops through the CLI', () => {
  it('--host/--path/--tag choose "latest"; a path not in the snapshot is an error', async () => {
    // the summary counts what the bar counts: entries and bytes done, with the time and rate
    expect(webBackup).toMatch(/processed 5 entries, 44 B in [0-9.]+ s \([0-9.]+ MB\/s\)/)
    const all = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(all.map(s => s.host)).toEqual(['web1', 'db1'])
    const web1 = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir, '--host', 'web1'])
    expect(web1.map(s => s.paths)).toEqual([[web]])
    expect(await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir, '--tag', 'daily', '--path', db])).toEqual([])

    // latest is db1's; with --host web1 it is web1's
    const ls = await h.cliJson<LsEntry[]>(['ls', '--json', '--data', dir, 'latest', '--host', 'web1', join(web, 'conf')])
    expect(ls.map(e => e.path)).toEqual([join(web, 'conf'), join(web, 'conf', 'site.conf')])
    const missing = await h.cli(['ls', '--data', dir, 'latest', join(web, 'conf')])
    expect(missing.code).not.toBe(0)
    expect(missing.stderr).toMatch(/path .*\/web\/conf is not in snapshot [0-9a-f]{8}/)
    const none = await h.cli(['ls', '--data', dir, 'latest', '--host', 'nobody'])
    expect(none.code).not.toBe(0)
    expect(none.stderr).toMatch(/no snapshot matching --host nobody/)

    const r = await h.cli(['restore', '--data', dir, 'latest', '--path', join(web, 'nope'), '--snapshot-path', web, '--target', join(h.root, 'nope-out')])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/\/web\/nope is not in snapshot/)
  })

  it('restore --overwrite if-changed --delete over a changed target; --dry-run --json lists, writes nothing', async () => {
    const target = join(h.root, 'out')
    await h.cliOk(['restore', '--data', dir, 'latest', '--host', 'web1', '--target', target])
    const t = (p: string): string => join(target, web, p)
    expect(await readFile(t('page2.html'), 'utf8')).toBe('<p>2</p>\n')
    await writeFile(t('page1.html'), 'defaced\n')
    await writeFile(t('extra.html'), 'not backed up\n')

    const refused = await h.cli(['restore', '--data', dir, 'latest', '--host', 'web1', '--target', target])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/is not empty .*--overwrite/)
    const badMode = await h.cli(['restore', '--data', dir, 'latest', '--target', target, '--overwrite', 'sometimes'])
    expect(badMode.code).toBe(2)
    expect(badMode.stderr).toMatch(/--overwrite: one of always, if-changed, if-newer, never/)

    const dry = await h.cliJson<RestoreResponse>(['restore', '--data', dir, 'latest', '--host', 'web1', '--target', target, '--overwrite', 'if-changed', '--delete', '--dry-run', '--json'])
    expect(dry.dryRun).toBe(true)
    expect(dry.changes).toEqual([{ action: 'write', path: t('page1.html') }, { action: 'delete', path: t('extra.html') }])
    expect(await readFile(t('page1.html'), 'utf8')).toBe('defaced\n')

    const out = await h.cliOk(['restore', '--data', dir, 'latest', '--host', 'web1', '--target', target, '--overwrite', 'if-changed', '--delete', '--verify'])
    expect(out).toMatch(/written 1, unchanged 4, skipped 0, deleted 1/)
    expect(out).toMatch(/verified 5 files/)
    expect(await readFile(t('page1.html'), 'utf8')).toBe('<p>1</p>\n')
  })

  it('dump: a directory as a tar stream, a file as itself', async () => {
    const tarball = join(h.root, 'web.tar')
    const res = await h.cli(['dump', '--data', dir, 'latest', '--host', 'web1', web])
    expect(res.code, res.stderr).toBe(0)
    await writeFile(tarball, res.stdout, 'latin1')
    const { stdout } = await execFileP('tar', ['-tf', tarball], { timeout: 30_000 })
    expect(stdout.split('\n')).toContain(`${web.slice(1)}/conf/site.conf`)
    const one = await h.cliOk(['dump', '--data', dir, 'latest', '--host', 'web1', join(web, 'conf', 'site.conf')])
    expect(one).toBe('port 80\n')
  })

  it('backup --stdin-from-command: a failing command keeps no snapshot and exits 1 with its status; a clean one is backed up', async () => {
    const count = async (): Promise<number> => (await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])).length
    const before = await count()
    const bad = await h.cli(['backup', '--data', dir, '--stdin-from-command', '--name', 'dump.sql', '--', 'sh', '-c', 'echo partial dump; exit 4'])
    expect(bad.code, bad.stderr).toBe(1)
    expect(bad.stderr).toMatch(/sh exited with status 4: no snapshot was kept/)
    expect(await count()).toBe(before)

    const good = await h.cli(['backup', '--data', dir, '--host', 'db1', '--stdin-from-command', '--name', 'dump.sql', '--', 'sh', '-c', 'echo whole dump'])
    expect(good.code, good.stderr).toBe(0)
    expect(good.stdout).toMatch(/snapshot [0-9a-f]{8} saved: .* from sh as dump\.sql in [0-9.]+ s \([0-9.]+ MB\/s\)/)
    expect(await count()).toBe(before + 1)
    expect(await h.cliOk(['dump', '--data', dir, 'latest', '/dump.sql'])).toBe('whole dump\n')
    const snaps = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(snaps.at(-1)?.host).toBe('db1')
  })
})
