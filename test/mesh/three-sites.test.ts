/**
 * The three-site arithmetic with real agent processes: RS 4+2 under the
 * default 3-2-1 policy, with three sites, site diversity allows at most m=2
 * shards a site, so every pack is spread 2+2+2. After a whole site is lost,
 * repair can rebuild all 6 shards on live peers but not site diversity: status
 * must say "degraded: site diversity", not claim compliance.
 *
 * The mesh: hq {a (the owner), b}, branch {c, d, e, f}, cloud {g, h}. Two
 * agents a site would not do: after a site is lost the 4 survivors cannot hold
 * 6 shards on distinct peers (3 copies would break too), and the owner's site
 * may hold at most 2 of the 6 for 1 offsite (≥ k=4 outside hq) to survive the
 * loss — hence the larger branch. With one more branch peer down, 5 live peers
 * cannot hold 6 shards at all: repair reports the packs blocked and reads
 * nothing until the mesh changes.
 *
 * When the site returns, the packs move back onto its copies and are
 * compliant again. Also: every owner's counts in every member's status (b's
 * status shows a's, from a's heartbeats), and the catalog republished after
 * repair.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, makeTree } from '../fixtures/tree.js'
import { MeshHarness } from './harness.js'
import type { BackupResponse, CheckResponse, LocalStatus, SnapshotVerdict } from '../../agent/control/api.js'
import type { PackCounts } from '../../agent/placement/owners.js'

const h = new MeshHarness()
const START = ['--repair-grace', '2']
let src: string
let snapId: string
/** Packs of the snapshot (what compliance counts) and of the repository (with index segments: what repair and check see). */
let packs: number
let allPacks: number

type Rules = SnapshotVerdict['rules']
type Counts = PackCounts

async function full (name: string): Promise<LocalStatus> {
  return await h.status(name)
}

/** a's counts as b reports them (a's heartbeats). */
async function aSeenByB (): Promise<Counts | null | undefined> {
  return (await full('b')).owners.find(o => o.id === h.get('a').peerId)?.packs
}

async function catalogVersionAtB (): Promise<number> {
  return (await full('b')).self.catalogsHeld.find(c => c.owner === h.get('a').peerId)?.version ?? 0
}

beforeAll(async () => {
  await h.setup()
  await h.mesh([
    { name: 'a', site: 'hq' },
    { name: 'b', site: 'hq', media: 'ssd' },
    { name: 'c', site: 'branch', media: 'nas' },
    { name: 'd', site: 'branch', media: 'ssd' },
    { name: 'e', site: 'branch', media: 'object' },
    { name: 'f', site: 'branch', media: 'nas' },
    { name: 'g', site: 'cloud', media: 'object' },
    { name: 'h', site: 'cloud', media: 'ssd' }
  ], { fastHeartbeat: true, startArgs: START })
  await h.waitFor('a to see 7 members up', async () => (await h.status('a')).peers.filter(p => p.up && p.site !== null).length === 7, 60_000)
  src = join(h.root, 'src')
  await makeTree({ root: src, bigBytes: 6 * 1024 * 1024 })
  const out = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
  snapId = out.snapshot.id
}, 180_000)

afterAll(async () => { await h.teardown() })

describe('RS 4+2 in three sites', () => {
  it('spreads every pack 2+2+2, and every member shows the owner compliant', async () => {
    const v = await full('a')
    expect(v.snapshots[0].state).toBe('compliant')
    packs = v.compliance.owners[0].packs.compliant
    // the backup's packs: one of data (≈ 9 MiB before compression, under the 16 MiB pack size),
    // one of trees (flushed before the snapshot is written), one holding the snapshot
    expect(packs).toBe(3)
    allPacks = (await h.cliJson<CheckResponse>(['check', '--read-data', '--json', '--data', h.get('a').dir])).packs
    // and the index segment's pack, which no snapshot references
    expect(allPacks).toBe(packs + 1)
    // the audit covers the owner's own shard too (read from its disk)
    const audit = await h.cliJson<CheckResponse>(['check', '--json', '--data', h.get('a').dir])
    expect(audit).toMatchObject({ shards: 6 * allPacks, ok: 6 * allPacks, problems: [] })
    const sites = Object.fromEntries(v.compliance.sites.map(s => [s.site, s.shards]))
    expect(sites).toEqual({ hq: 2 * packs, branch: 2 * packs, cloud: 2 * packs })
    expect(v.owners[0]).toMatchObject({ id: h.get('a').peerId, self: true, up: true, site: 'hq', packs: { compliant: packs, degraded: 0, atRisk: 0 }, snapshots: 1 })
    // b learns a's counts from a's heartbeats
    await h.waitFor('b to show a compliant', async () => JSON.stringify(await aSeenByB()) === JSON.stringify({ compliant: packs, degraded: 0, atRisk: 0 }))
    const bRow = (await full('b')).owners.find(o => o.id === h.get('a').peerId)
    expect(bRow).toMatchObject({ self: false, up: true, site: 'hq', snapshots: 1 })
  })

  it('after losing a whole site, repair restores all 6 shards but not site diversity, and says so', async () => {
    const catalogBefore = await catalogVersionAtB()
    // one backup, one publish: version 1
    expect(catalogBefore).toBe(1)
    await h.stop('g')
    await h.stop('h')
    // b sees a's packs turn degraded (before repair: shards lost; after: site diversity)
    await h.waitFor('b to show a degraded', async () => (await aSeenByB())?.degraded === packs, 40_000)

    const expected: Rules = { copies: true, media: true, offsite: true, siteDiversity: false }
    await h.waitFor('repair to rebuild every lost shard', async () => {
      const v = await full('a')
      return v.repair.queue === 0 && JSON.stringify(v.snapshots[0].rules) === JSON.stringify(expected)
    }, 60_000).catch(async err => {
      const v = await full('a')
      console.log(JSON.stringify({ s: v.snapshots, r: v.repair }, null, 1))
      throw err
    })
    // status --check: degraded (site diversity), exit 1, one line naming a snapshot and the rule
    const monitor = await h.cli(['status', '--check', '--data', h.get('a').dir])
    expect(monitor.code, monitor.stderr).toBe(1)
    expect(monitor.stdout).toMatch(/^DEGRADED: 1 of 1 snapshots degraded — [0-9a-f]{8}: /)
    const v = await full('a')
    expect(v.snapshots[0].state).toBe('degraded')
    expect(v.snapshots[0].rules).toEqual(expected)
    expect(v.snapshots[0].problems.every(p => p.startsWith('site diversity: site branch holds 4 shards'))).toBe(true)
    // never piled beyond what the live sites allow: hq keeps 2 (offsite needs 4 elsewhere), branch takes the rest
    const sites = Object.fromEntries(v.compliance.sites.map(s => [s.site, s.shards]))
    expect(sites.hq).toBe(2 * packs)
    expect(sites.branch).toBe(4 * packs)
    expect(sites.cloud ?? 0).toBe(0)
    expect(v.repair.repairedShards).toBe(2 * allPacks)
    // every repair placed its pack degraded (g and h may be repaired in two passes)
    expect(v.repair.degradedPacks).toBe(v.repair.repairedPacks)
    expect(v.repair.degradedPacks).toBeGreaterThanOrEqual(allPacks)
    expect(v.repair.failedPacks).toBe(0)
    expect(v.repair.blocked).toBe(0)
    expect(v.compliance.owners[0].packs).toEqual({ compliant: 0, degraded: packs, 'at-risk': 0 })
    // all 6 shards of every pack are on live peers and verify
    const check = await h.cliJson<CheckResponse>(['check', '--read-data', '--json', '--data', h.get('a').dir])
    expect(check).toMatchObject({ shards: 6 * allPacks, ok: 6 * allPacks, problems: [] })
    // what if branch, now holding 4 of every 6, were lost too: every pack at risk
    const whatIf = await h.cliJson<LocalStatus>(['status', '--json', '--without-site', 'branch', '--data', h.get('a').dir])
    expect(whatIf.snapshots[0].state).toBe('at-risk')
    expect(whatIf.compliance.owners[0].packs).toEqual({ compliant: 0, degraded: 0, 'at-risk': packs })
    // the table says it in words
    const table = await h.cliOk(['status', '--data', h.get('a').dir])
    expect(table).toContain('degraded: site diversity')
    expect(table).toContain('placed degraded: the live mesh cannot meet every rule')

    // b shows what repair achieved, as a reports it
    await h.waitFor('b to show a as a judges itself', async () => JSON.stringify(await aSeenByB()) === JSON.stringify({ compliant: 0, degraded: packs, atRisk: 0 }))
    // the catalog was republished after repair (no passphrase: the placements wait for a segment)
    await h.waitFor('b to hold a newer catalog of a', async () => await catalogVersionAtB() > catalogBefore)
    expect(v.repair.unindexed).toBe(allPacks)

    const target = join(h.root, 'restore-after-repair')
    await h.cliOk(['restore', snapId.slice(0, 8), '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('with too few live peers for 6 shards, repair reports the packs blocked and reads nothing again', async () => {
    await h.stop('f')
    await h.waitFor('repair to report the packs blocked', async () => (await full('a')).repair.blocked === allPacks, 40_000)
    const before = (await full('a')).repair
    expect(before.blockedReason).toMatch(/needs .*peer/)
    // several passes (one a second): nothing read, nothing failed, nothing rebuilt
    await new Promise(resolve => setTimeout(resolve, 5_000))
    const after = (await full('a')).repair
    expect(after).toMatchObject({ blocked: allPacks, bytesRead: before.bytesRead, failedPacks: before.failedPacks, repairedShards: before.repairedShards })
    expect(await h.cliOk(['status', '--data', h.get('a').dir])).toContain(`${allPacks} packs cannot be repaired now: `)
    // f comes back with its shards: nothing to do any more
    await h.start('f', START)
    await h.waitFor('the block to clear', async () => {
      const v = await full('a')
      return v.repair.blocked === 0 && v.snapshots[0].rules.copies
    }, 40_000)
    expect((await full('a')).snapshots[0].rules).toEqual({ copies: true, media: true, offsite: true, siteDiversity: false })
  })

  it('a backup with the passphrase writes the repaired placements into an index segment and republishes the catalog', async () => {
    const catalogBefore = await catalogVersionAtB()
    // the live mesh cannot meet the policy: a plain backup refuses, --degraded goes ahead
    const refused = await h.cli(['backup', '--data', h.get('a').dir, src])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr + refused.stdout).toMatch(/cannot satisfy the placement policy/)
    await h.cliOk(['backup', '--degraded', '--data', h.get('a').dir, src])
    const v = await full('a')
    expect(v.repair.unindexed).toBe(0)
    await h.waitFor('b to hold the newer catalog', async () => await catalogVersionAtB() > catalogBefore)
    const target = join(h.root, 'restore-latest')
    await h.cliOk(['restore', 'latest', '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('when the site returns, shards move back to it: the first snapshot is compliant again, no extra copy is left', async () => {
    await h.start('g', START)
    await h.start('h', START)
    await h.waitFor('the first snapshot to be compliant again and surplus collected', async () => {
      const v = await full('a')
      return v.snapshots[0].state === 'compliant' && v.repair.surplus === 0
    }, 90_000).catch(async err => {
      const v = await full('a')
      console.log(JSON.stringify({ s: v.snapshots, r: v.repair }, null, 1))
      console.log(h.get('a').log.split('\n').filter(l => /moved back|surplus|unusable/.test(l)).slice(0, 10).join('\n'))
      throw err
    })
    // (the packs the degraded backup added were never on cloud: they keep their
    // placement, degraded, until something rebalances them — not done yet)
    const check = await h.cliJson<CheckResponse>(['check', '--read-data', '--json', '--data', h.get('a').dir])
    expect(check).toMatchObject({ shards: 6 * check.packs, ok: 6 * check.packs, problems: [] })
    // every peer holds just the shards the placements name: 6 a pack in all
    let held = 0
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      held += (await h.status(n)).self.shardsHeld.find(o => o.owner === h.get('a').peerId)?.shards ?? 0
    }
    expect(held).toBe(6 * check.packs)
    const target = join(h.root, 'restore-site-back')
    await h.cliOk(['restore', snapId.slice(0, 8), '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('a peer rebuilt with an empty disk (same identity): the owner finds out when it reconnects, says degraded and repairs it, without check', async () => {
    const held = async (n: string): Promise<number> => (await h.status(n)).self.shardsHeld.find(o => o.owner === h.get('a').peerId)?.shards ?? 0
    // the owner with the default grace period: b's restart is far shorter, so only the holdings check can repair
    const states = async (): Promise<string> => JSON.stringify((await full('a')).snapshots.map(x => x.state))
    const statesBefore = await states()
    await h.stop('a')
    await h.start('a', ['--repair-grace', '3600'])
    await h.waitFor('a to see 7 members up', async () => (await h.status('a')).peers.filter(p => p.up).length === 7, 60_000)
    await h.waitFor('a to judge its snapshots as before its restart', async () => await states() === statesBefore, 60_000)
    const before = await held('b')
    expect(before).toBeGreaterThan(0)
    await h.stop('b')
    await rm(join(h.get('b').dir, 'shards'), { recursive: true, force: true })
    await h.start('b', START)
    // no audit runs here (its interval is an hour): only the reconnection can tell (repair may refill faster than a poll sees it degraded)
    await h.waitFor('a to find the shards missing on b', async () => /no longer holds \d+ of the \d+ shards this owner placed there/.test(h.get('a').log), 30_000)
    await h.waitFor('repair to refill the lost shards', async () => await states() === statesBefore && (await full('a')).repair.queue === 0, 90_000).catch(async err => {
      const v = await full('a')
      console.log(JSON.stringify({ s: v.snapshots, r: v.repair }, null, 1), h.get('a').log.split('\n').filter(l => /repair|holds|bad|rebuil/i.test(l)).slice(-15).join('\n'))
      throw err
    })
    await h.waitFor('b to hold its shards again', async () => await held('b') === before, 30_000)
    const target = join(h.root, 'restore-after-refill')
    await h.cliOk(['restore', snapId.slice(0, 8), '--data', h.get('a').dir, '--target', target])
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })

  it('a restore with two frozen peers (SIGSTOP: connected, answering nothing) reads around them and is byte-identical', async () => {
    // (last: repair may move shards while they are frozen) b and g each hold one of the 6 shards of every
    // pack the site rules placed (hq and cloud hold 2 each): with both frozen, 4 remain
    for (const n of ['b', 'g']) h.get(n).proc?.kill('SIGSTOP')
    const target = join(h.root, 'restore-frozen')
    const started = Date.now()
    try {
      // without hedged reads every read waits out the shard timeout, several per pack
      await h.cliOk(['restore', snapId.slice(0, 8), '--data', h.get('a').dir, '--target', target])
    } finally {
      for (const n of ['b', 'g']) h.get(n).proc?.kill('SIGCONT')
    }
    console.log(`restore with two frozen peers: ${Date.now() - started} ms`)
    expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
  })
})
