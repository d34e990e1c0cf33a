import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb, decode, limits } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { prng } from '../../test/fixtures/tree.js'
import { localRepository } from '../../test/fixtures/local-repo.js'
import { BlobLoader } from '../repository/blob-loader.js'
import { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import { encodeTree } from '../snapshot/tree.js'
import { newBackupCounters } from './counters.js'
import { commitSnapshot } from './snapshot-commit.js'

let work: string
let repo: Repository | undefined
beforeEach(async () => { work = await mkdtemp(join(tmpdir(), 'mb-commit-')) })
afterEach(async () => {
  await repo?.close()
  repo = undefined
  await rm(work, { recursive: true, force: true })
})

/** One run's blobs: a data blob and the root tree holding it. */
async function run (r: Repository, seed: string): Promise<{ saver: BlobSaver, tree: Uint8Array, referenced: Set<string> }> {
  const saver = new BlobSaver(r, await r.index.loadBlobIds())
  const { id: data } = await saver.save(pb.BlobType.BLOB_DATA, prng(seed, 40_000))
  const { id: tree } = await saver.save(pb.BlobType.BLOB_TREE, encodeTree([{
    name: 'f', type: pb.NodeType.NODE_FILE, mode: 0o644, mtimeSec: 1, mtimeNsec: 0, size: 40_000, content: [data], inode: 1, dev: 1, uid: 0, gid: 0
  }]))
  await saver.flush()
  return { saver, tree, referenced: new Set([hex(data), hex(tree)]) }
}

describe('commitSnapshot', () => {
  it("records the run's counters and the saver's figures, stores the snapshot and an index segment, then makes it visible with its packs", async () => {
    repo = await localRepository(work)
    const { saver, tree, referenced } = await run(repo, 'one')
    const dataPacks = saver.uploader.uploaded.map(u => hex(u.record.id as Uint8Array))
    const counters = { ...newBackupCounters(), filesNew: 3, filesChanged: 2, filesUnchanged: 1, dirs: 4, bytesRead: 40_000, bytesTotal: 50_000 }
    const startedMs = Date.now() - 1000
    const id = await commitSnapshot({ repo, saver, counters, referenced, startedMs }, { timeMs: 5, host: 'h', paths: ['/x'], tree })

    const [snap] = await listSnapshots(repo)
    expect(hex(snap.id)).toBe(hex(id))
    expect(hex(snap.tree)).toBe(hex(tree))
    expect(snap.stats).toMatchObject({ filesNew: 3, filesChanged: 2, filesUnchanged: 1, dirs: 4, bytesRead: 40_000, bytesTotal: 50_000, blobsNew: 2, packsNew: 2 }) // as before the snapshot blob and the segment
    expect(Number(snap.stats.bytesStored)).toBe(saver.stats.bytesStored) // with the segment's pack
    expect(Number(snap.stats.durationMs)).toBeGreaterThanOrEqual(1000)
    expect(snap.degraded).toBe(false)

    // the index segment: in a pack of its own, listed in meta:index-packs, describing the packs before it
    const indexPacks = await repo.index.getIndexPacks()
    expect(indexPacks).toHaveLength(1)
    expect(dataPacks).not.toContain(indexPacks[0])
    const segmentBlob = saver.uploader.uploaded.at(-1)?.blobs[0]
    expect(segmentBlob?.type).toBe(pb.BlobType.BLOB_INDEX)
    const segment = decode(pb.IndexSegment, await new BlobLoader(repo).load(segmentBlob?.id as Uint8Array), limits.indexSegment, 'segment')
    expect(segment.packs.map(p => hex(p.id as Uint8Array)).sort()).toEqual(saver.uploader.uploaded.slice(0, -1).map(u => hex(u.record.id as Uint8Array)).sort())
    expect(segment.blobs.map(b => hex(b.id as Uint8Array))).toContain(hex(id))

    // the snapshot's packs: those of its data, tree and snapshot blob, not the segment's
    const packs = (await repo.index.getSnapshotPacks(id))?.map(hex).sort()
    const expected = new Set((await repo.index.getBlobs([...referenced].map(h => Buffer.from(h, 'hex')))).map(b => hex(b?.packId as Uint8Array)))
    expect(referenced.has(hex(id))).toBe(true)
    expect(packs).toEqual([...expected].sort())
    expect(packs).not.toContain(indexPacks[0])

    // a second run appends its own segment
    const second = await run(repo, 'two')
    await commitSnapshot({ repo, saver: second.saver, counters: newBackupCounters(), referenced: second.referenced, startedMs: Date.now() }, { timeMs: 6, tree: second.tree })
    const after = await repo.index.getIndexPacks()
    expect(after).toHaveLength(2)
    expect(after[0]).toBe(indexPacks[0])
    expect((await listSnapshots(repo)).map(s => s.stats.filesNew)).toEqual([3, 0])
  })

  it('marks the snapshot degraded when a pack of the run was placed without meeting the policy', async () => {
    const order = ['store-0', 'store-1', 'store-2']
    repo = await localRepository(work, { placer: () => ({ ok: true, assignment: order, degraded: true }) })
    const { saver, tree, referenced } = await run(repo, 'one')
    const id = await commitSnapshot({ repo, saver, counters: newBackupCounters(), referenced, startedMs: Date.now() }, { timeMs: 5, tree })
    const [snap] = await listSnapshots(repo)
    expect(hex(snap.id)).toBe(hex(id))
    expect(snap.degraded).toBe(true)
  })
})
