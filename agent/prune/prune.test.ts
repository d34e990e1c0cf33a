/**
 * Prune on the local data path: six local shard stores (RS 4+2), a data pack per run,
 * snapshots with changing files. Forgetting the old ones and pruning frees
 * shard bytes, keeps the remaining snapshot restorable byte-identical, and a
 * second prune finds nothing. Faults: a catalog that cannot be published stops
 * the prune before any delete (only garbage is left, the next prune finishes);
 * a store that is unreachable keeps its shard deletes pending until it is back.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, prng } from '../../test/fixtures/tree.js'
import type { Entry } from '../../test/fixtures/tree.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { ShardStore } from '../../store/shard-store.js'
import { backup } from '../backup/archiver.js'
import { findSnapshot, listSnapshots } from '../snapshot/snapshots.js'
import { Repository } from '../repository/repository.js'
import { LocalShardPeer } from '../repository/shard-peer.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { restore } from '../restore/restorer.js'
import { parseForgetRequest, runForget } from './forget-run.js'
import { prune } from './prune.js'
import type { PruneComponents } from './prune.js'

const PASS = 'prune test passphrase'
/**
 * Packs hold one backup run's data (each run stores under 4 MiB): a pack's
 * contents do not depend on the order the blobs were sealed in, nor on where
 * the repository's secret chunker seed cuts the larger files, so the counts
 * below are the same on every run.
 */
const PACK_BYTES = 4 * 1024 * 1024
let work: string
let src: string
let repo: Repository
let stores: ShardStore[]
const down = new Set<string>()
let published = 0
let failPublish = false
const trees: Array<Map<string, Entry>> = []

const components = (): PruneComponents => ({
  repo,
  shardPeer: (id: string): ShardPeer | undefined => down.has(id) ? undefined : repo.peers.get(id),
  publishCatalog: async () => {
    if (failPublish) throw new Error('no member reachable')
    published++
  }
})

const stored = (): number => stores.reduce((a, s) => a + s.usedBytes(), 0)

async function snap (time: string): Promise<void> {
  await backup(repo, { paths: [src], time: new Date(time) })
  trees.push(await describeTree(src))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-prune-'))
  src = join(work, 'src')
  await mkdir(join(src, 'keep'), { recursive: true })
  stores = []
  for (let i = 0; i < 6; i++) {
    const s = new ShardStore(join(work, 'stores', `store-${i}`))
    await s.open()
    stores.push(s)
  }
  repo = await Repository.create(join(work, 'repo'), PASS, { scrypt: { logN: 10, r: 8, p: 1 }, config: { packBytes: PACK_BYTES } })
  stores.forEach((s, i) => repo.addPeer(new LocalShardPeer(`store-${i}`, s)))
  // many small kept files: the tree of keep/ outweighs the trees that go with the first snapshot
  for (let i = 0; i < 20; i++) await writeFile(join(src, 'keep', `k${i}.bin`), prng(`k${i}`, 25 * 1024))
  await writeFile(join(src, 'old.bin'), prng('old', 900 * 1024))
  await snap('2026-01-01T10:00:00Z')
  await rm(join(src, 'old.bin'))
  await writeFile(join(src, 'mid.bin'), prng('mid', 700 * 1024))
  await snap('2026-01-02T10:00:00Z')
  await rm(join(src, 'mid.bin'))
  await writeFile(join(src, 'new.bin'), prng('new', 300 * 1024))
  await snap('2026-01-03T10:00:00Z')
})

afterAll(async () => {
  await repo?.close().catch(() => {})
  await rm(work, { recursive: true, force: true })
})

describe('prune on local shard stores', () => {
  it('a dry run plans without changing anything', async () => {
    const before = stored()
    const res = await runForget(components(), parseForgetRequest({ policy: { last: 1 }, prune: true, dryRun: true }))
    expect(res.removed).toBe(2)
    // Each run stored a data pack, a pack of trees, one of its snapshot blob and one of its index
    // segment. Keeping the last snapshot: the second run's data (mid.bin), its trees, the first two
    // snapshot blobs and the three index packs go; the first data pack is mostly old.bin: rewritten
    // (its kept files copied out); the first run's trees stay (the tree of keep/ is still used).
    expect(res.prune?.packsDeleted).toBe(7)
    expect(res.prune?.packsRewritten).toBe(1)
    expect(res.prune?.bytesFreed).toBeGreaterThan(1024 * 1024)
    expect(stored()).toBe(before)
    expect(await listSnapshots(repo)).toHaveLength(3)
    expect(published).toBe(0)
  })

  it('a catalog that cannot be published stops the prune before anything is deleted', async () => {
    const res = await runForget(components(), parseForgetRequest({ policy: { last: 1 } }))
    expect(res.removed).toBe(2)
    expect(published).toBe(1)
    const packsBefore = (await repo.index.listPacks()).length
    const before = stored()
    failPublish = true
    await expect(prune(components())).rejects.toThrow(/catalog could not be published.*nothing was deleted/)
    failPublish = false
    // new packs (the repacked blobs, the index) were written; nothing was deleted
    expect((await repo.index.listPacks()).length).toBe(packsBefore + 2)
    expect(stored()).toBeGreaterThan(before)
    const target = join(work, 'restore-after-failed-prune')
    await restore(repo, await findSnapshot(repo, 'latest'), { target })
    expect(await describeTree(join(target, src))).toEqual(trees[2])
  })

  it('the next prune frees the garbage; the kept snapshot restores byte-identical; an unreachable store stays pending', async () => {
    const before = stored()
    down.add('store-5')
    const held5 = stores[5].usedBytes()
    const res = await prune(components(), { repackUnused: 0.5 })
    // The 7 of the dry run, the first data pack (its kept blobs are in the failed prune's copy
    // now) and the failed prune's index pack; nothing left to rewrite.
    expect(res.packsDeleted).toBe(9)
    expect(res.packsRewritten).toBe(0)
    // RS 4+2 over six stores: one shard of every deleted pack was on store-5
    expect(res.shardsPending).toBe(9)
    expect(stores[5].usedBytes()).toBeGreaterThanOrEqual(held5) // nothing deleted there (new shards may land)
    expect(stored()).toBeLessThan(before - 1024 * 1024)
    expect(published).toBe(2)
    const target = join(work, 'restore-after-prune')
    await restore(repo, await findSnapshot(repo, 'latest'), { target })
    expect(await describeTree(join(target, src))).toEqual(trees[2])
    // the index names only packs that exist, and one fresh index pack
    const packs = new Set((await repo.index.listPacks()).map(p => Buffer.from(p.id).toString('hex')))
    const indexPacks = await repo.index.getIndexPacks()
    expect(indexPacks).toHaveLength(1)
    expect(packs.has(indexPacks[0])).toBe(true)
    for await (const b of repo.index.blobRecords()) expect(packs.has(Buffer.from(b.packId).toString('hex'))).toBe(true)

    // the store is back: the next prune has nothing to free but deletes what was pending
    down.delete('store-5')
    const again = await prune(components())
    expect(again.packsDeleted + again.packsRewritten).toBe(0)
    expect(again.shardsDeleted).toBe(res.shardsPending)
    expect(again.shardsPending).toBe(0)
    expect(stores[5].usedBytes()).toBeLessThan(held5 - 100 * 1024)
    expect(published).toBe(2) // nothing changed: no new catalog
    const third = await prune(components())
    expect(third.shardsDeleted + third.packsDeleted + third.packsRewritten).toBe(0)
  })

  it('shards of packs no index knows (a backup killed after sending them) are found and deleted; a dry run only counts them', async () => {
    // what an interrupted backup leaves: the shards of a pack sent to three stores, the pack never indexed
    const packId = randomBytes(32)
    const known = stores.map(s => s.usedBytes())
    for (const i of [0, 2, 4]) {
      const data = randomBytes(5000)
      await stores[i].put(makeShardHeader({ owner: repo.owner, packId, index: i, k: 4, m: 2, packLength: 5000 * 4 }, data), data)
    }
    // and a shard of another owner's pack, which is none of this owner's business
    const other = randomBytes(3000)
    await stores[1].put(makeShardHeader({ owner: 'someone-else', packId: randomBytes(32), index: 0, k: 4, m: 2, packLength: 3000 * 4 }, other), other)
    const dry = await prune(components(), { dryRun: true })
    expect(dry.orphanShards).toBe(3)
    expect(stores[0].usedBytes()).toBeGreaterThan(known[0])
    const res = await prune(components())
    expect(res.orphanShards).toBe(3)
    expect(res.shardsDeleted).toBe(3)
    expect(res.packsDeleted + res.packsRewritten).toBe(0)
    expect(stores.map(s => s.usedBytes())).toEqual(known.map((b, i) => i === 1 ? b + stores[1].ownerBytes('someone-else') : b))
    expect(stores[1].ownerBytes('someone-else')).toBeGreaterThan(0)
    // every indexed pack is still whole: the latest snapshot restores
    const target = join(work, 'restore-after-orphans')
    await restore(repo, await findSnapshot(repo, 'latest'), { target })
    expect(await describeTree(join(target, src))).toEqual(trees[2])
    expect((await prune(components())).orphanShards).toBe(0)
  })

  it('a snapshot whose tree cannot be read stops the prune before anything changes', async () => {
    // a damaged index: a snapshot whose root tree is in no pack
    const id = randomBytes(32)
    await repo.index.putSnapshot(id, { timeMs: Date.now(), host: 'h', paths: ['/x'], tree: randomBytes(32) })
    const before = stored()
    const packs = (await repo.index.listPacks()).length
    await expect(prune(components())).rejects.toThrow(/cannot read tree .*nothing was pruned/)
    expect(stored()).toBe(before)
    expect((await repo.index.listPacks()).length).toBe(packs)
    await repo.index.deleteSnapshots([id])
  })

  it('refuses a bad repack threshold and an empty policy', async () => {
    await expect(prune(components(), { repackUnused: 2 })).rejects.toThrow(/between 0 and 1/)
    expect(() => parseForgetRequest({ policy: {} })).toThrow(/no policy was specified/)
    expect(() => parseForgetRequest({ policy: { daily: -3 } })).toThrow(/keep-daily/)
    expect(() => parseForgetRequest({ policy: { last: 1 }, ids: ['abcd'] })).toThrow(/not both/)
    expect(() => parseForgetRequest({ policy: { within: '3w' } })).toThrow(/not a duration/)
  })
})
