/**
 * Recovery drills with real agent processes (THREE_SITES: hq {a, b}, branch
 * {c, d}, cloud {e, f}; RS 4+2, two shards a site): a drill without the cloud
 * restores from the four peers left, verifies every file, records its RTO and
 * never contacts e or f (their logs note no shard reads); without two sites
 * it fails saying why and alerts; with shards corrupted on a peer it rebuilds around
 * them, still verifies, and sends them to repair.
 */
import { open as openFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTree } from '../fixtures/tree.js'
import { MeshHarness, THREE_SITES } from './harness.js'
import type { AlertsResponse, DrillRecord, DrillsResponse } from '../../agent/control/api.js'

const h = new MeshHarness()
const SERVING = /serving shard reads/

async function shardFiles (name: string): Promise<string[]> {
  const dir = join(h.get(name).dir, 'shards')
  const all = (await readdir(dir, { recursive: true })) as string[]
  const out: string[] = []
  for (const f of all) if (/\.\d+$/.test(f) && (await stat(join(dir, f))).isFile()) out.push(join(dir, f))
  return out.sort()
}

async function drill (args: string[]): Promise<{ code: number, rec: DrillRecord, stderr: string }> {
  const r = await h.cli(['drill', '--json', '--data', h.get('a').dir, ...args], { timeoutMs: 60_000 })
  return { code: r.code, rec: JSON.parse(r.stdout) as DrillRecord, stderr: r.stderr }
}

beforeAll(async () => {
  await h.setup()
  await h.mesh(THREE_SITES, { fastHeartbeat: true })
  await h.waitForMembers('a', 5)
  const src = join(h.root, 'src')
  await makeTree({ root: src, bigBytes: 3 * 1024 * 1024 })
  await h.cliOk(['backup', '--data', h.get('a').dir, src])
}, 120_000)

afterAll(async () => { await h.teardown() })

describe('meshbackup drill', () => {
  it('without the cloud site: restores from hq and branch, verifies, records its RTO, contacts neither e nor f', async () => {
    const before = new Map(['c', 'd', 'e', 'f'].map(n => [n, h.get(n).log.length]))
    const { code, rec } = await drill(['--without-site', 'cloud', '--validate', 'test -n "$(find . -type f)"'])
    expect(rec.error).toBeNull()
    expect(code).toBe(0)
    expect(rec.result).toBe('ok')
    expect(rec.withoutSites).toEqual(['cloud'])
    expect(rec.verified).toBeGreaterThan(0)
    expect(rec.verified).toBe(rec.files)
    expect(rec.rtoSeconds).toBeGreaterThan(0)
    expect(rec.validate?.exitCode).toBe(0)
    expect(rec.peers.map(p => p.peer).sort()).toEqual(['a', 'b', 'c', 'd'].map(n => h.get(n).peerId).sort())
    expect(Object.keys(rec.sites).sort()).toEqual(['branch', 'hq'])
    expect(rec.sites.branch).toBeGreaterThan(0)
    // the serving side: branch noted a's reads, the cloud saw none
    const served = (n: string): boolean => SERVING.test(h.get(n).log.slice(before.get(n)))
    expect(served('c') || served('d')).toBe(true)
    expect(served('e')).toBe(false)
    expect(served('f')).toBe(false)
    const hist = await h.cliJson<DrillsResponse>(['drills', '--json', '--data', h.get('a').dir])
    expect(hist.drills[0].snapshot).toBe(rec.snapshot)
    expect(hist.drills[0].result).toBe('ok')
  }, 90_000)

  it('without two sites fails, saying that too few shards are held outside them; a failed validation fails the drill', async () => {
    const { code, rec } = await drill(['--without-site', 'cloud', '--without-site', 'branch'])
    expect(code).toBe(1)
    expect(rec.result).toBe('failed')
    expect(rec.error).toMatch(/cannot recover without site cloud, site branch: too few shards are held outside/)
    const bad = await h.cli(['drill', '--data', h.get('a').dir, '--without-site', 'nosuch'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/without-site nosuch: no member is in that site/)
    const v = await drill(['--validate', 'echo broken; exit 7'])
    expect(v.code).toBe(1)
    expect(v.rec.error).toMatch(/validation "echo broken; exit 7" exited 7: broken/)
    const hist = await h.cliJson<DrillsResponse>(['drills', '--json', '--data', h.get('a').dir])
    expect(hist.drills.slice(0, 2).map(d => d.result)).toEqual(['failed', 'failed'])
    // the drills join the health figures of status
    const health = (await h.status('a')).health
    expect(health?.drills30d).toBe(3) // ok, two failed (the refused --without-site nosuch is no drill)
    expect(health?.drillSuccessRate).toBeCloseTo(1 / 3)
    // the failed drill alerts (a drill of no source is keyed "any")
    await h.waitFor('the drill_failed alert', async () => (await h.cliJson<AlertsResponse>(['alerts', '--json', '--data', h.get('a').dir])).active.some(a => a.key === 'drill_failed:any' && /exited 7/.test(a.summary)), 15_000)
  }, 90_000)

  it('shards corrupted on c are read around (rebuilt from parity), the drill verifies, the bad shards go to repair', async () => {
    // a byte flipped in every 64 KiB block of every shard c holds: any read of them fails its hash
    for (const f of await shardFiles('c')) {
      const fh = await openFile(f, 'r+')
      const { size } = await fh.stat()
      const b = Buffer.alloc(1)
      for (let at = size - 1; at > 4096; at -= 65536) {
        await fh.read(b, 0, 1, at)
        b[0] ^= 0x5a
        await fh.write(b, 0, 1, at)
      }
      await fh.close()
    }
    const { code, rec } = await drill(['--without-peer', h.get('f').peerId as string])
    expect(rec.error).toBeNull()
    expect(code).toBe(0)
    expect(rec.verified).toBe(rec.files)
    expect(rec.badShards).toBeGreaterThan(0)
    expect(rec.packDecodes).toBeGreaterThan(0)
    expect(rec.peers.some(p => p.peer === h.get('f').peerId)).toBe(false)
  }, 90_000)
})
