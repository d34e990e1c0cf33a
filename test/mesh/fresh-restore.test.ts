/**
 * The disaster case with real agent processes: 6 agents in 3 sites, RS 4+2.
 * Agent a backs up a tree twice (with a change), then a is stopped and its
 * data directory deleted. From a "fresh machine" (no data directory, no
 * agent; only one live member's address, an invite token from a live agent
 * and the passphrase): snapshots are listed (by peer id and by host name), the
 * latest is restored byte-identical, a wrong passphrase fails cleanly, and
 * `init --recover` re-creates a with its old identity, so that its agent lists
 * the old snapshots, backs up incrementally with dedup against the old blobs,
 * publishes a higher catalog version and restores byte-identical.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, makeTree, prng } from '../fixtures/tree.js'
import { MeshHarness, THREE_SITES } from './harness.js'
import type { BackupResponse, RestoreResponse, SnapshotJson, SnapshotsResponse } from '../../agent/control/api.js'

const h = new MeshHarness()
let src: string
let owner: string
let snapIds: string[]
let from: string
let token: string
/** TMPDIR of the fresh-machine commands: must be empty after each (temporary index removed). */
let tmp: string


function remote (): string[] {
  return ['--from', from, '--mesh', token, '--owner', owner]
}

async function fresh (args: string[], env: Record<string, string> = {}): ReturnType<MeshHarness['cli']> {
  // no data directory anywhere: point the default at a path that does not exist
  return await h.cli(args, { env: { TMPDIR: tmp, MESHBACKUP_DATA: join(h.root, 'no-such-data-dir'), ...env }, timeoutMs: 180_000 })
}

beforeAll(async () => {
  await h.setup()
  await h.mesh(THREE_SITES, { fastHeartbeat: true })
  await h.waitForMembers('a', 5)
  src = join(h.root, 'src')
  await makeTree({ root: src, bigBytes: 3 * 1024 * 1024 })
  const first = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
  await writeFile(join(src, 'docs/changed.txt'), prng('changed', 200_000))
  await writeFile(join(src, 'docs/readme.txt'), 'rewritten\n')
  const second = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
  snapIds = [first.snapshot.id, second.snapshot.id]
  owner = h.get('a').peerId as string
  // every member holds a's catalog before a goes away
  await h.waitFor('the catalog on every member', async () => {
    for (const n of ['b', 'c', 'd', 'e', 'f']) {
      if (((await h.status(n)).self.catalogsHeld).find(c => c.owner === owner)?.version !== 2) return false
    }
    return true
  }, 60_000)
  await h.stop('a')
  await rm(h.get('a').dir, { recursive: true, force: true })
  token = (await h.cliOk(['mesh', 'invite', '--data', h.get('c').dir])).trim()
  from = (await h.status('b')).self.addrs[0]
  tmp = join(h.root, 'tmp')
  await mkdir(tmp)
}, 240_000)

afterAll(async () => { await h.teardown() })

describe('a fresh machine with one peer address, the invite token and the passphrase', () => {
  it('lists the lost owner\'s snapshots by peer id and by host name', async () => {
    const r = await fresh(['snapshots', '--json', ...remote()])
    expect(r.code, r.stderr).toBe(0)
    const list = JSON.parse(r.stdout) as SnapshotJson[]
    expect(list.map(s => s.id)).toEqual(snapIds)
    expect(list[0].paths).toEqual([src])
    expect(await readdir(tmp)).toEqual([])
    const byHost = await fresh(['snapshots', '--json', '--from', from, '--mesh', token, '--owner', hostname()])
    expect(byHost.code, byHost.stderr).toBe(0)
    expect((JSON.parse(byHost.stdout) as SnapshotJson[]).map(s => s.id)).toEqual(snapIds)
    const table = await fresh(['snapshots', ...remote()])
    expect(table.stdout).toContain(snapIds[1].slice(0, 8))
  })

  it('takes the token from --mesh-file or MESHBACKUP_TOKEN: no process\'s command line holds it', async () => {
    const file = join(h.root, 'token.txt')
    await writeFile(file, token + '\n', { mode: 0o600 })
    const seen = { running: false, leaks: [] as string[] }
    let done = false
    const scan = (async () => {
      while (!done) {
        for (const pid of await readdir('/proc').catch(() => [] as string[])) {
          if (!/^\d+$/.test(pid)) continue
          const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
          if (argv.includes(file)) seen.running = true
          if (argv.includes(token)) seen.leaks.push(`${pid}: ${argv.split('\0').join(' ')}`)
        }
        await new Promise(resolve => setTimeout(resolve, 20))
      }
    })()
    const r = await fresh(['snapshots', '--json', '--from', from, '--mesh-file', file, '--owner', owner]).finally(() => { done = true })
    await scan
    expect(r.code, r.stderr).toBe(0)
    expect((JSON.parse(r.stdout) as SnapshotJson[]).map(s => s.id)).toEqual(snapIds)
    expect(seen.running).toBe(true) // the scan saw the command while it ran
    expect(seen.leaks).toEqual([])
    expect(r.stderr).not.toMatch(/cmdline/)

    const byEnv = await fresh(['snapshots', '--json', '--from', from, '--owner', owner], { MESHBACKUP_TOKEN: token })
    expect(byEnv.code, byEnv.stderr).toBe(0)
    expect((JSON.parse(byEnv.stdout) as SnapshotJson[]).map(s => s.id)).toEqual(snapIds)

    // as an argument it still works, with a warning
    const byArg = await fresh(['snapshots', '--json', ...remote()])
    expect(byArg.code, byArg.stderr).toBe(0)
    expect(byArg.stderr).toMatch(/warning: --mesh puts the mesh secret on the command line.*\/proc\/PID\/cmdline/)
  })

  it('restores the latest snapshot byte-identical', async () => {
    const target = join(h.root, 'restore-fresh')
    const r = await fresh(['restore', 'latest', '--target', target, ...remote()])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(`restored snapshot ${snapIds[1].slice(0, 8)}`)
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
    expect(await readdir(tmp)).toEqual([])
  })

  it('takes the restore options on a fresh machine too: --include, --dry-run, --overwrite if-changed with --verify', async () => {
    const target = join(h.root, 'restore-fresh-options')
    const dry = await fresh(['restore', 'latest', '--target', target, '--include', 'docs', '--dry-run', '--json', ...remote()])
    expect(dry.code, dry.stderr).toBe(0)
    const plan = JSON.parse(dry.stdout) as RestoreResponse
    expect(plan.dryRun).toBe(true)
    expect(plan.changes.length).toBeGreaterThan(0)
    // only docs/ and the folders on the way to it
    const docsAt = join(target, src, 'docs')
    expect(plan.changes.filter(c => !(c.action === 'write' && (c.path.startsWith(docsAt) || docsAt.startsWith(c.path + '/'))))).toEqual([])
    expect(plan.changes.some(c => c.path.startsWith(docsAt + '/'))).toBe(true)
    expect(await readdir(target).catch(() => [])).toEqual([])
    const docs = await fresh(['restore', 'latest', '--target', target, '--include', 'docs', ...remote()])
    expect(docs.code, docs.stderr).toBe(0)
    expect(await describeTree(join(target, src, 'docs'))).toEqual(await describeTree(join(src, 'docs')))
    const again = await fresh(['restore', 'latest', '--target', target, '--overwrite', 'if-changed', '--verify', '--json', ...remote()])
    expect(again.code, again.stderr).toBe(0)
    const res = JSON.parse(again.stdout) as RestoreResponse
    expect(res.unchanged).toBeGreaterThan(0)
    expect(res.verified).toBeGreaterThanOrEqual(res.unchanged) // files written and files found unchanged, all read back
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('fails cleanly: wrong passphrase, unknown owner, bad token, unreachable peer', async () => {
    const target = join(h.root, 'restore-wrong')
    const wrong = await fresh(['restore', 'latest', '--target', target, ...remote()], { MESHBACKUP_PASSPHRASE: 'not the passphrase' })
    expect(wrong.code, wrong.stderr).not.toBe(0)
    expect(wrong.stderr).toMatch(/wrong passphrase/)
    expect(existsSync(target)).toBe(false)
    expect(await readdir(tmp)).toEqual([])

    const unknown = await fresh(['snapshots', '--from', from, '--mesh', token, '--owner', 'no-such-host'])
    expect(unknown.code, unknown.stderr).not.toBe(0)
    expect(unknown.stderr).toContain('no owner "no-such-host"')
    expect(unknown.stderr).toContain(owner) // the owners known are listed

    const badToken = await fresh(['snapshots', '--from', from, '--mesh', 'mbinvite1:AAAA', '--owner', owner])
    expect(badToken.code, badToken.stderr).toBe(2)
    expect(badToken.stderr).toMatch(/--mesh: invite token is damaged/)

    const gone = await fresh(['snapshots', '--from', '/ip4/127.0.0.1/tcp/9/p2p/' + owner, '--mesh', token, '--owner', owner])
    expect(gone.code, gone.stderr).not.toBe(0)
    expect(gone.stderr).toMatch(/cannot reach --from/)

    const partial = await fresh(['snapshots', '--from', from, '--owner', owner])
    expect(partial.code, partial.stderr).toBe(2)
    expect(partial.stderr).toMatch(/--from, --mesh and --owner go together/)
  })

  it('init --recover re-creates the agent: old snapshots, dedup against old blobs, a newer catalog', async () => {
    const dir = join(h.root, 'a-recovered')
    const r = await fresh(['init', '--recover', '--data', dir, '--listen', '/ip4/127.0.0.1/tcp/0', ...remote()])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(`recovered agent ${owner}`)
    h.agents.set('a2', { name: 'a2', dir, site: 'hq', log: '' })
    await h.configure('a2', y => y.replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3'))
    const a2 = await h.start('a2')
    expect(a2.peerId).toBe(owner)
    await h.waitForMembers('a2', 5)

    const listed = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(listed.map(s => s.id)).toEqual(snapIds)

    await writeFile(join(src, 'docs/after-recovery.txt'), prng('after', 10_000))
    const out = await h.cliJson<BackupResponse>(['backup', '--json', '--data', dir, src])
    expect(out.snapshot.parent).toBe(snapIds[1])
    // only the new file, the trees above it and the snapshot are new
    expect(out.snapshot.stats.bytesAdded).toBeLessThan(100 * 1024)
    // above the mesh's v2 (repair of the shards lost with a's disk may have published one in between)
    expect(out.catalog?.version ?? 0).toBeGreaterThan(2)
    // at least that version: repair may republish again right after
    await h.waitFor('members to hold the new catalog', async () => ((await h.status('b')).self.catalogsHeld.find(c => c.owner === owner)?.version ?? 0) >= (out.catalog?.version ?? 0), 30_000)

    const target = join(h.root, 'restore-recovered')
    await h.cliOk(['restore', 'latest', '--data', dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('says which members are missing when fewer than k shards of a pack can be reached', async () => {
    // b, e and f hold 3 shards of each pack; 4 are needed
    await Promise.all(['a2', 'c', 'd'].map(async n => { await h.stop(n) }))
    const target = join(h.root, 'restore-too-few')
    const r = await fresh(['restore', 'latest', '--target', target, ...remote()])
    expect(r.code, r.stderr).not.toBe(0)
    expect(r.stderr).toMatch(/only 3 of the 4 shards needed are available/)
    expect(r.stderr).toMatch(/3 members were reached, 3 could not be/)
    expect(existsSync(target)).toBe(false)
    expect(await readdir(tmp)).toEqual([])
  })
})
