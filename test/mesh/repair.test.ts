/**
 * Repair with real agent processes: 8 agents in 4 sites (2 each), RS 4+2.
 * A whole site goes down: restore still works, the snapshot is degraded,
 * repair rebuilds the lost shards elsewhere and the snapshot is compliant again
 * with the site still down; when the site returns, its surplus shards are
 * deleted. Then bits flipped in shards on two peers: check --read-data finds
 * exactly those, repair fixes them, restore is byte-identical.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, open as openFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, makeTree } from '../fixtures/tree.js'
import { BIN, FOUR_SITES, MeshHarness } from './harness.js'
import type { BackupResponse, CheckResponse, LocalStatus, SnapshotsResponse } from '../../agent/control/api.js'

const h = new MeshHarness()
let src: string
let snapId: string

async function verdict (): Promise<LocalStatus> {
  return await h.status('a')
}

async function shardFiles (name: string): Promise<string[]> {
  const dir = join(h.get(name).dir, 'shards')
  const all = (await readdir(dir, { recursive: true })) as string[]
  const out: string[] = []
  for (const f of all) if (/\.\d+$/.test(f) && (await stat(join(dir, f))).isFile()) out.push(join(dir, f))
  return out.sort()
}

beforeAll(async () => {
  await h.setup()
  await h.mesh(FOUR_SITES, { fastHeartbeat: true, startArgs: ['--repair-grace', '2'] })
  await h.waitForMembers('a', 7)
  src = join(h.root, 'src')
  await makeTree({ root: src, bigBytes: 4 * 1024 * 1024 })
  const out = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
  snapId = out.snapshot.id
  expect((await verdict()).snapshots[0].state).toBe('compliant')
}, 180_000)

afterAll(async () => { await h.teardown() })

describe('repair after losing a whole site', () => {
  it('restores with the site down, repairs to compliant, and collects surplus when it returns', async () => {
    const held = async (n: string): Promise<number> => (await h.status(n)).self.shardsHeld.reduce((s, o) => s + o.shards, 0)
    const cloudShards = (await held('e')) + (await held('f'))
    // the cloud holds shards (this test's premise), at most m=2 of every pack's 6 (site diversity)
    const allShards = (await Promise.all(FOUR_SITES.map(async a => await held(a.name)))).reduce((s, n) => s + n, 0)
    expect(allShards % 6).toBe(0)
    expect(cloudShards).toBeGreaterThanOrEqual(1)
    expect(cloudShards).toBeLessThanOrEqual(allShards / 3)
    await h.stop('e')
    await h.stop('f')
    // restore right away, before repair: from the other sites
    const target = join(h.root, 'restore-site-down')
    await h.cliOk(['restore', snapId.slice(0, 8), '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
    // repair rebuilds the cloud's shards elsewhere: compliant with the site still down
    await h.waitFor('repair to make the snapshot compliant', async () => (await verdict()).snapshots[0].state === 'compliant', 40_000).catch(async err => {
      { const v = await verdict(); console.log(JSON.stringify({ s: v.snapshots, r: v.repair }, null, 1)) }
      console.log(h.get('a').log.split('\n').filter(l => /refused|unreadable/.test(l)).slice(0, 6).join('\n'))
      throw err
    })
    const v = await verdict()
    expect(v.snapshots[0].rules).toEqual({ copies: true, media: true, offsite: true, siteDiversity: true })
    expect(v.repair.repairedShards).toBeGreaterThanOrEqual(cloudShards)
    expect(v.repair.surplus).toBeGreaterThanOrEqual(cloudShards)
    // the site comes back: its now-surplus shards are deleted
    await h.start('e', ['--repair-grace', '2'])
    await h.start('f', ['--repair-grace', '2'])
    await h.waitFor('surplus shards to be collected', async () => (await held('e')) + (await held('f')) === 0 && (await verdict()).repair.surplus === 0, 90_000)
    expect((await verdict()).snapshots[0].state).toBe('compliant')
  })
})

describe('corrupted shards', () => {
  it('check --read-data finds exactly the flipped shards, repair fixes them, restore is byte-identical', async () => {
    const flipped: string[] = []
    for (const n of ['c', 'g']) {
      const files = await shardFiles(n)
      const victim = files.sort((x, y) => x.length - y.length)[0]
      const fh = await openFile(victim, 'r+')
      const { size } = await fh.stat()
      const b = Buffer.alloc(1)
      await fh.read(b, 0, 1, size - 1)
      b[0] ^= 0x5a
      await fh.write(b, 0, 1, size - 1)
      await fh.close()
      const name = victim.split('/').at(-1) as string
      flipped.push(`${name.split('.')[0]}.${name.split('.')[1]}@${h.get(n).peerId}`)
    }
    const r = await h.cli(['check', '--read-data', '--json', '--data', h.get('a').dir])
    expect(r.code).toBe(3)
    const res = JSON.parse(r.stdout) as CheckResponse
    const found = res.problems.map(p => `${p.pack}.${p.index}@${p.peer}`).sort()
    expect(found).toEqual(flipped.sort())
    expect(res.problems.every(p => p.problem === 'corrupt')).toBe(true)
    await h.waitFor('check --read-data to come back clean', async () => (await h.cli(['check', '--read-data', '--data', h.get('a').dir])).code === 0, 90_000)
    const target = join(h.root, 'restore-after-repair')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })
})

describe('a backup interrupted by kill -9 of the owner agent', () => {
  it('leaves the previous snapshot intact; the next backup completes and reuses what was uploaded', async () => {
    const big = join(h.root, 'big')
    await mkdir(big, { recursive: true })
    for (let i = 0; i < 30; i++) await writeFile(join(big, `part-${i}.bin`), randomBytes(5 * 1024 * 1024))
    const before = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', h.get('a').dir])
    const run = spawn(process.execPath, [BIN, 'backup', '--data', h.get('a').dir, big], { env: h.env(), stdio: 'ignore' })
    const runExit = new Promise<number | null>(resolve => run.once('exit', resolve))
    // as soon as the first packs have landed on the peers (read from their disks), kill the agent
    const stored = async (): Promise<number> => {
      let sum = 0
      for (const n of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) for (const f of await shardFiles(n)) sum += (await stat(f)).size
      return sum
    }
    const base = await stored()
    const until = Date.now() + 60_000
    while (await stored() < base + 60 * 1024 * 1024 && Date.now() < until) await new Promise(resolve => setTimeout(resolve, 20))
    await h.kill9('a')
    expect(await runExit, 'the backup should have been cut off by the kill').not.toBe(0)
    await h.start('a', ['--repair-grace', '2'])
    await h.waitFor('a to see its peers again', async () => (await h.status('a')).peers.filter(p => p.up).length === 7, 60_000)
    const after = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', h.get('a').dir])
    expect(after.map(s => s.id)).toEqual(before.map(s => s.id))
    const target = join(h.root, 'restore-after-kill')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
    const again = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, big])
    expect(again.snapshot.stats.bytesRead).toBe(150 * 1024 * 1024)
    // part of it was already stored by the killed run and is not sent again
    expect(again.snapshot.stats.bytesAdded).toBeLessThan(150 * 1024 * 1024)
    const t2 = join(h.root, 'restore-big')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', t2])
    expect(await describeTree(join(t2, big))).toEqual(await describeTree(big))
  })
})
