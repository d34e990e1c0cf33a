/**
 * forget and prune with real agent processes: 6 agents in 3 sites, RS 4+2.
 * Four snapshots with changing data (files removed between them, so whole packs
 * and most of another become garbage); a dry run changes nothing; forget
 * --keep-last 2 --prune leaves the two newest snapshots, each restores
 * byte-identical, the peers' stored bytes go down, check --read-data passes,
 * and a second prune has nothing left to do.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTree, prng, textish } from '../fixtures/tree.js'
import type { Entry } from '../fixtures/tree.js'
import { MeshHarness, THREE_SITES } from './harness.js'
import type { BackupResponse, ForgetResponse, PruneResult, SnapshotsResponse } from '../../agent/control/api.js'

const h = new MeshHarness()
const NAMES = ['a', 'b', 'c', 'd', 'e', 'f']
let src: string
/** Snapshot id → the tree it was taken of. */
const taken: Array<{ id: string, tree: Map<string, Entry> }> = []


/**
 * What forget --keep-last 2 --prune frees. Each backup stores one data pack
 * (every run's data is far below the 16 MiB pack size, so neither the order
 * blobs are sealed in nor the repository's chunker seed changes the packs),
 * a pack of its trees, one of its snapshot blob and one of its index segment.
 * Gone: the second run's data pack (b.bin), its trees, the first two snapshot
 * blobs and all four index packs (one fresh one replaces them). Rewritten: the
 * first data pack, a.bin beside the notes that are still used. The first
 * run's trees stay: the tree of docs/ is still used and outweighs the rest.
 */
const PACKS_DELETED = 8
const PACKS_REWRITTEN = 1

const dataOf = (n: string): string[] => ['--data', h.get(n).dir]

/** Bytes of shards stored on every agent (their own store included). */
async function storedBytes (): Promise<number> {
  let sum = 0
  for (const n of NAMES) sum += (await h.status(n)).self.used
  return sum
}

async function snapshotIds (): Promise<string[]> {
  return (await h.cliJson<SnapshotsResponse>(['snapshots', '--json', ...dataOf('a')])).map(s => s.id)
}

async function backup (): Promise<void> {
  const out = await h.cliJson<BackupResponse>(['backup', '--json', ...dataOf('a'), src])
  taken.push({ id: out.snapshot.id, tree: await describeTree(src) })
}

beforeAll(async () => {
  await h.setup()
  await h.mesh(THREE_SITES)
  await h.waitForMembers('a', 5)
  src = join(h.root, 'src')
  await mkdir(join(src, 'docs'), { recursive: true })
  for (let i = 0; i < 20; i++) await writeFile(join(src, 'docs', `note-${i}.txt`), textish(`note${i}`, 500 + i * 91))
  // 1: docs + a; 2: a gone, b added; 3: b gone, c added; 4: d added.
  await writeFile(join(src, 'a.bin'), prng('a', 3 * 1024 * 1024))
  await backup()
  await rm(join(src, 'a.bin'))
  await writeFile(join(src, 'b.bin'), prng('b', 3 * 1024 * 1024))
  await backup()
  await rm(join(src, 'b.bin'))
  await writeFile(join(src, 'c.bin'), prng('c', 3 * 1024 * 1024))
  await backup()
  await writeFile(join(src, 'd.bin'), prng('d', 2 * 1024 * 1024))
  await writeFile(join(src, 'docs', 'note-0.txt'), textish('changed', 4000))
  await backup()
  expect(await snapshotIds()).toEqual(taken.map(t => t.id))
}, 240_000)

afterAll(async () => { await h.teardown() })

describe('forget and prune over the mesh', () => {
  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const none = await h.cli(['forget', ...dataOf('a')])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/no policy was specified, no snapshots will be removed/)
    const zero = await h.cli(['forget', '--keep-last', '0', ...dataOf('a')])
    expect(zero.code).toBe(2)
    const negative = await h.cli(['forget', '--keep-daily', '-1', ...dataOf('a')])
    expect(negative.code).toBe(2)
    expect(negative.stderr).toMatch(/--keep-daily must be a whole number/)
    const within = await h.cli(['forget', '--keep-within', '2w', ...dataOf('a')])
    expect(within.code).toBe(2)
    expect(within.stderr).toMatch(/not a duration/)
    const unknown = await h.cli(['forget', 'deadbeef', ...dataOf('a')])
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toMatch(/snapshot deadbeef not found/)
    const both = await h.cli(['forget', taken[0].id.slice(0, 8), '--keep-last', '1', ...dataOf('a')])
    expect(both.code).toBe(2)
    expect(await snapshotIds()).toEqual(taken.map(t => t.id))
  })

  it('a dry run reports what would go and changes nothing', async () => {
    const before = await storedBytes()
    const out = await h.cliJson<ForgetResponse>(['forget', '--keep-last', '2', '--prune', '--dry-run', '--json', ...dataOf('a')])
    expect(out.dryRun).toBe(true)
    expect(out.removed).toBe(2)
    expect(out.groups[0].keep.map(k => k.id)).toEqual([taken[3].id, taken[2].id])
    expect(out.groups[0].keep[0].reasons).toEqual(['last snapshot'])
    expect(out.groups[0].remove.map(r => r.id)).toEqual([taken[1].id, taken[0].id])
    const p = out.prune as PruneResult
    expect(p.dryRun).toBe(true)
    expect(p.packsDeleted).toBe(PACKS_DELETED)
    expect(p.packsRewritten).toBe(PACKS_REWRITTEN)
    expect(p.bytesFreed).toBeGreaterThan(3 * 1024 * 1024)
    // the table form says the same
    const table = await h.cliOk(['forget', '--keep-last', '2', '--prune', '--dry-run', ...dataOf('a')])
    expect(table).toMatch(/keep 2 snapshots:/)
    expect(table).toMatch(/would remove 2 snapshots:/)
    expect(table).toMatch(/would delete \(unused\)/)
    expect(await snapshotIds()).toEqual(taken.map(t => t.id))
    expect(await storedBytes()).toBe(before)
  })

  it('forget --keep-last 2 --prune keeps the two newest, frees bytes on the peers, and they restore byte-identical', async () => {
    const before = await storedBytes()
    const catalogVersion = async (): Promise<number> => (await h.status('c')).self.catalogsHeld.find(c => c.owner === h.get('a').peerId)?.version ?? 0
    const versionBefore = await catalogVersion()
    const out = await h.cliJson<ForgetResponse>(['forget', '--keep-last', '2', '--prune', '--json', ...dataOf('a')])
    expect(out.removed).toBe(2)
    const p = out.prune as PruneResult
    expect(p.packsDeleted).toBe(PACKS_DELETED)
    expect(p.packsRewritten).toBe(PACKS_REWRITTEN)
    expect(p.shardsPending).toBe(0)
    expect(p.indexPacks).toBe(1)
    expect(await snapshotIds()).toEqual([taken[2].id, taken[3].id])

    const after = await storedBytes()
    console.log(`forget-prune: stored ${before} → ${after} bytes on 6 peers; freed ${p.bytesFreed} (with parity), added ${p.bytesAdded}, repacked ${p.bytesRepacked}; packs deleted ${p.packsDeleted}, rewritten ${p.packsRewritten}, kept ${p.packsKept}`)
    expect(after).toBeLessThan(before - 3 * 1024 * 1024)
    // what prune reports matches the peers' disks (shard files also hold a small header)
    expect(Math.abs((before - after) - (p.bytesFreed - p.bytesAdded))).toBeLessThan(64 * 1024 + (p.bytesFreed + p.bytesAdded) * 0.02)
    // the members hold the new catalog version (without the forgotten snapshots)
    await h.waitFor('c to hold the new catalog', async () => await catalogVersion() > versionBefore)

    for (const t of taken.slice(2)) {
      const target = join(h.root, `restore-${t.id.slice(0, 8)}`)
      await h.cliOk(['restore', t.id.slice(0, 8), ...dataOf('a'), '--target', target])
      expect(await describeTree(join(target, src))).toEqual(t.tree)
    }
    const check = await h.cli(['check', '--read-data', ...dataOf('a')])
    expect(check.code, check.stdout + check.stderr).toBe(0)
  })

  it('a second prune has nothing left to do', async () => {
    const before = await storedBytes()
    const out = await h.cliJson<ForgetResponse>(['prune', '--json', ...dataOf('a')])
    const p = out.prune as PruneResult
    expect(out.removed).toBe(0)
    expect(p.packsDeleted).toBe(0)
    expect(p.packsRewritten).toBe(0)
    expect(await storedBytes()).toBe(before)
    const table = await h.cliOk(['prune', ...dataOf('a')])
    expect(table).toMatch(/prune: \d+ packs, 2 snapshots remain\nnothing to prune/)
  })

  it('forget by id removes just that snapshot; the other still restores after a prune', async () => {
    const out = await h.cliJson<ForgetResponse>(['forget', taken[2].id.slice(0, 8), '--prune', '--json', ...dataOf('a')])
    expect(out.removed).toBe(1)
    expect(await snapshotIds()).toEqual([taken[3].id])
    const target = join(h.root, 'restore-last')
    await h.cliOk(['restore', 'latest', ...dataOf('a'), '--target', target])
    expect(await describeTree(join(target, src))).toEqual(taken[3].tree)
  })
})
