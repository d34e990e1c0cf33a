/**
 * Real agent processes on 127.0.0.1: a mesh made with `mesh create` / `mesh
 * invite` / `init --join`, status, backup and restore over the mesh, a
 * non-member refused, and a full storage peer skipped.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, makeTree } from '../fixtures/tree.js'
import { spawn } from 'node:child_process'
import { BIN, MeshHarness } from './harness.js'
import type { BackupResponse, DiffResponse, LocalStatus, LsEntry, SnapshotsResponse, StatusView } from '../../agent/control/api.js'

const h = new MeshHarness()

beforeAll(async () => {
  await h.setup()
  await h.mesh([
    { name: 'a', site: 'hq' },
    { name: 'b', site: 'hq', media: 'ssd' },
    { name: 'c', site: 'branch', media: 'nas' },
    { name: 'd', site: 'branch', media: 'ssd' },
    { name: 'e', site: 'cloud', media: 'object' },
    { name: 'f', site: 'cloud', media: 'nas' },
    { name: 'g', site: 'dc2', capacity: '64KiB' },
    { name: 'h', site: 'dc2' }
  ])
  await h.waitFor('a to see 7 members up with their sites', async () => (await h.status('a')).peers.filter(p => p.up && p.site !== null).length === 7, 60_000)
}, 120_000)

afterAll(async () => { await h.teardown() })

/** The CLI with stdout kept as bytes (for restore --stdout). */
async function cliBytes (args: string[]): Promise<{ code: number, stdout: Buffer, stderr: string }> {
  return await new Promise(resolve => {
    const p = spawn(process.execPath, [BIN, ...args], { env: h.env() })
    const out: Buffer[] = []
    let stderr = ''
    p.stdout.on('data', (d: Buffer) => out.push(d))
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    p.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr }))
  })
}

describe('a mesh of agent processes', () => {
  it('prints an invite token alone on stdout and status as JSON', async () => {
    const out = await h.cliOk(['mesh', 'invite', '--data', h.get('a').dir])
    expect(out.trim()).toMatch(/^mbinvite2:[A-Za-z0-9_-]+$/)
    expect(out.trim().split('\n').length).toBe(1)
    const s = await h.status('a')
    expect(s.self.id).toBe(h.get('a').peerId)
    expect(s.self.site).toBe('hq')
    expect(s.self.media).toBe('disk')
    expect(s.self.addrs.every(a => a.includes('/p2p/' + s.self.id))).toBe(true)
    expect(s.peers.map(p => p.id).sort()).toEqual(['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(n => h.get(n).peerId).sort())
    for (const p of s.peers) expect(p).toHaveProperty('up')
    const c = s.peers.find(p => p.id === h.get('c').peerId)
    expect(c).toMatchObject({ site: 'branch', media: 'nas', up: true, capacity: 100 * 2 ** 30 })
    // members learn of each other through heartbeats and connect to each other
    await h.waitFor('b to see every member', async () => (await h.status('b')).peers.filter(p => p.up).length === 7, 60_000)
  })

  it('answers status for another agent over the mesh', async () => {
    const remote = await h.cliJson<StatusView>(['status', '--json', '--data', h.get('a').dir, '--peer', h.get('e').peerId as string])
    expect(remote.self).toMatchObject({ id: h.get('e').peerId, site: 'cloud', media: 'object' })
    const bad = await h.cli(['status', '--data', h.get('a').dir, '--peer', 'not-a-peer'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/not a peer id/)
  })

  it('backs up over the mesh and restores byte-identical; a full peer is skipped', async () => {
    const src = join(h.root, 'src')
    await makeTree({ root: src, bigBytes: 3 * 1024 * 1024 })
    const out = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
    expect(out.snapshot.id).toMatch(/^[0-9a-f]{64}$/)
    // shards went to other agents, none to the one with 64 KiB of capacity
    const held = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(async n => (await h.status(n)).self.shardsHeld))
    const total = held.reduce((sum, list) => sum + list.reduce((s, o) => s + o.shards, 0), 0)
    expect(total).toBeGreaterThanOrEqual(6)
    // the 64 KiB peer refused the big shards (over quota): they were placed elsewhere
    expect(held[6].reduce((sum, o) => sum + o.bytes, 0)).toBeLessThanOrEqual(64 * 1024)
    expect(total % 6).toBe(0) // every pack got all its k+m shards
    const target = join(h.root, 'restored')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
    // 3-2-1 verdict per snapshot, and what-if
    const st = await h.cliJson<LocalStatus>(['status', '--json', '--data', h.get('a').dir])
    expect(st.snapshots).toHaveLength(1)
    expect(st.snapshots[0]).toMatchObject({ id: out.snapshot.id, state: 'compliant', rules: { copies: true, media: true, offsite: true, siteDiversity: true } })
    const whatIf = await h.cliJson<LocalStatus>(['status', '--json', '--data', h.get('a').dir, '--without-site', 'cloud'])
    expect(['degraded', 'compliant']).toContain(whatIf.snapshots[0].state)
    const lost3 = await h.cliJson<LocalStatus>(['status', '--json', '--data', h.get('a').dir, '--without-site', 'cloud', '--without-site', 'branch', '--without-site', 'dc2'])
    expect(lost3.snapshots[0].state).toBe('at-risk')
    // status --check, as a monitoring plugin runs it: 0 compliant, 2 at risk (here: the what-if)
    const ok = await h.cli(['status', '--check', '--data', h.get('a').dir])
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/^OK: 1 snapshots compliant/)
    const risk = await h.cli(['status', '--check', '--data', h.get('a').dir, '--without-site', 'cloud', '--without-site', 'branch', '--without-site', 'dc2'])
    expect(risk.code, risk.stderr).toBe(2)
    expect(risk.stdout).toMatch(/^AT RISK \(what if\): 1 of 1 snapshots cannot survive another loss/)
    expect(risk.stderr).toBe('')
    const snaps = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', h.get('a').dir])
    expect(snaps[0]).toMatchObject({ id: out.snapshot.id, state: 'compliant', type: 'incremental', paths: [src] })
    expect(new Date(snaps[0].time).toISOString()).toBe(snaps[0].time)
    // the owner's signed catalog reached every member
    for (const n of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const held = (await h.status(n)).self.catalogsHeld
      // one backup, one publish (no key change, no repair): version 1
      expect(held.find(c => c.owner === h.get('a').peerId)?.version, n).toBe(1)
    }
  })

  it('lists a snapshot and diffs two', async () => {
    const src = join(h.root, 'src')
    await writeFile(join(src, 'docs/readme.txt'), 'changed\n')
    await writeFile(join(src, 'added.txt'), 'new\n')
    await h.cliOk(['backup', '--data', h.get('a').dir, src])
    const snaps = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', h.get('a').dir])
    const mine = snaps.filter(x => x.paths[0] === src)
    const d = await h.cliJson<DiffResponse>(['diff', '--json', '--data', h.get('a').dir, mine[0].id.slice(0, 8), mine[1].id.slice(0, 8)])
    expect(d.added).toEqual([`${src}/added.txt`])
    expect(d.removed).toEqual([])
    expect(d.modified).toContain(`${src}/docs/readme.txt`)
    const ls = await h.cliJson<LsEntry[]>(['ls', '--json', '--data', h.get('a').dir, 'latest', `${src}/docs/deep`])
    expect(ls.map(e => e.path)).toEqual([`${src}/docs/deep`, `${src}/docs/deep/deeper`, `${src}/docs/deep/deeper/notes.md`])
    const bad = await h.cli(['ls', '--data', h.get('a').dir, 'ffffffff'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/snapshot ffffffff not found/)
  })

  it('backs up a stream from stdin and restores it', async () => {
    const dump = Buffer.concat([Buffer.from('-- pg_dump\n'), randomBytes(2 * 1024 * 1024)])
    const out = await h.cliJson<BackupResponse>(['backup', '--stdin', '--name', 'db.sql', '--json', '--data', h.get('a').dir], { input: dump })
    expect(out.snapshot).toMatchObject({ type: 'stdin', paths: ['db.sql'] })
    const target = join(h.root, 'restored-stdin')
    await h.cliOk(['restore', out.snapshot.id.slice(0, 12), '--data', h.get('a').dir, '--target', target])
    expect(await readFile(join(target, 'db.sql'))).toEqual(dump)
    const noName = await h.cli(['backup', '--stdin', '--data', h.get('a').dir], { input: Buffer.from('x') })
    expect(noName.code).toBe(2)
    expect(noName.stderr).toMatch(/--name/)
    // restore --stdout gives the stream back, byte for byte (a pipe into psql)
    const back = await cliBytes(['restore', out.snapshot.id.slice(0, 12), '--stdout', '--data', h.get('a').dir])
    expect(back.code).toBe(0)
    expect(back.stdout.equals(dump)).toBe(true)
    const both = await h.cli(['restore', 'latest', '--stdout', '--target', target, '--data', h.get('a').dir])
    expect(both.code).toBe(2)
  })

  it('leaves out --exclude patterns; --stdout writes one named file', async () => {
    const src = join(h.root, 'src-exclude')
    await mkdir(join(src, 'app/cache/tmp'), { recursive: true })
    await mkdir(join(src, 'app/logs'), { recursive: true })
    await writeFile(join(src, 'app/main.js'), 'console.log(1)\n')
    await writeFile(join(src, 'app/cache/tmp/blob'), randomBytes(1000))
    await writeFile(join(src, 'app/logs/a.log'), 'log\n')
    await writeFile(join(src, 'app/logs/keep.log'), 'kept\n')
    await writeFile(join(src, 'app/Photo.JPG'), 'jpg\n')
    const list = join(h.root, 'excludes.txt')
    await writeFile(list, '# patterns\n\ncache/\n')
    await h.cliOk(['backup', '--data', h.get('a').dir, src, '--exclude', '*.log', '--exclude', '!keep.log', '--iexclude', '*.jpg', '--exclude-file', list])
    const ls = await h.cliJson<LsEntry[]>(['ls', '--json', '--data', h.get('a').dir, 'latest', src])
    expect(ls.map(e => e.path.slice(src.length)).filter(Boolean).sort()).toEqual(['/app', '/app/logs', '/app/logs/keep.log', '/app/main.js'])
    const one = await cliBytes(['restore', 'latest', '--stdout', '--path', `${src}/app/main.js`, '--data', h.get('a').dir])
    expect(one.code).toBe(0)
    expect(one.stdout.toString()).toBe('console.log(1)\n')
    const many = await cliBytes(['restore', 'latest', '--stdout', '--data', h.get('a').dir])
    expect(many.code).toBe(1)
    expect(many.stderr).toMatch(/more than one file: name the one to write with --path/)
    expect(many.stdout.byteLength).toBe(0)
    const dir = await cliBytes(['restore', 'latest', '--stdout', '--path', `${src}/app`, '--data', h.get('a').dir])
    expect(dir.code).toBe(1)
    expect(dir.stderr).toMatch(/is a directory/)
    const noFile = await h.cli(['backup', '--data', h.get('a').dir, src, '--exclude-file', join(h.root, 'missing.txt')])
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toMatch(/--exclude-file .*ENOENT/)
  })

  it('filters snapshots by --path and --tag; an unreadable path fails with nothing written', async () => {
    const src = join(h.root, 'src-exclude')
    await h.cliOk(['backup', '--data', h.get('a').dir, src, '--tag', 'nightly', '--tag', 'db'])
    const ids = async (...args: string[]): Promise<number> => (await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', h.get('a').dir, ...args])).length
    const all = await ids()
    expect(await ids('--path', src)).toBe(2)
    expect(await ids('--path', src, '--path', '/nowhere')).toBe(0)
    expect(await ids('--tag', 'nightly')).toBe(1)
    expect(await ids('--tag', 'nightly,db')).toBe(1)
    expect(await ids('--tag', 'nightly,other')).toBe(0)
    expect(await ids('--tag', 'other', '--tag', 'db')).toBe(1)
    const bad = await h.cli(['backup', '--data', h.get('a').dir, join(h.root, 'no-such-dir')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/cannot read .*no-such-dir: ENOENT/)
    expect(await ids()).toBe(all)
  })

  it('keeps its peer table across a restart', async () => {
    await h.stop('d')
    await h.start('d')
    const s = await h.status('d')
    expect(s.peers.length).toBe(7)
    await h.waitFor('d to see the others up again', async () => (await h.status('d')).peers.filter(p => p.up).length === 7, 60_000)
  })

  it('refuses a non-member at connection time and keeps serving members', async () => {
    await h.init('x', { site: 'evil', create: true }) // its own mesh: a different secret
    const aAddr = (await h.status('a')).self.addrs[0]
    await h.start('x', ['--bootstrap', aAddr])
    await new Promise(resolve => setTimeout(resolve, 3000))
    const sx = await h.status('x')
    expect(sx.peers.filter(p => p.up)).toEqual([])
    const sa = await h.status('a')
    expect(sa.peers.map(p => p.id)).not.toContain(h.get('x').peerId)
    expect(h.get('a').log + h.get('x').log).toMatch(/refus|did not prove/)
    await h.stop('x')
    // members still served
    const src = join(h.root, 'src2')
    await mkdir(src)
    await writeFile(join(src, 'f.txt'), 'still here\n')
    await h.cliOk(['backup', '--data', h.get('a').dir, src])
    const target = join(h.root, 'restored2')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', target])
    expect(await readFile(join(target, src, 'f.txt'), 'utf8')).toBe('still here\n')
  })
})
