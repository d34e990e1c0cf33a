/**
 * Paths from a snapshot are never trusted: a snapshot whose tree holds "..",
 * duplicates (a symlink and a directory of the same name) or absolute names is
 * refused, and nothing is written outside the target. Nor are its sizes: a
 * file larger than its content (a hole bomb), content or folders repeated far
 * beyond what the snapshot records (hard-link and tree bombs), and a restore
 * the target has no room for are refused before anything is written.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, statfs } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pb, encode } from '../proto/index.js'
import { findSnapshot } from '../agent/snapshot/snapshots.js'
import { BlobSaver } from '../agent/repository/blob-saver.js'
import { Repository } from '../agent/repository/repository.js'
import { ContentSizeError, RestoreNoSpaceError, RestoreTooLargeError } from '../agent/restore/errors.js'
import { freeSpaceOf } from '../agent/restore/free-space.js'
import { restore } from '../agent/restore/restorer.js'
import { TreeError } from '../agent/snapshot/tree.js'
import { addLocalStores } from './fixtures/local-repo.js'

let work: string
let repo: Repository

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-hostile-'))
  repo = await Repository.create(join(work, 'repo'), 'p', { scrypt: { logN: 10, r: 8, p: 1 } })
  await addLocalStores(repo, work, 's') // the default RS 4+2: six stores
})

afterAll(async () => {
  await repo.close()
  await rm(work, { recursive: true, force: true })
})

/** Write a snapshot whose root tree has exactly these (unvalidated) nodes. */
async function plant (nodes: pb.INode[], timeMs: number): Promise<void> {
  const saver = new BlobSaver(repo, await repo.index.loadBlobIds())
  const content = (await saver.save(pb.BlobType.BLOB_DATA, Buffer.from('pwned\n'))).id
  const withContent = nodes.map(n => n.type === pb.NodeType.NODE_FILE ? { ...n, content: [content], size: 6 } : n)
  const { id: tree } = await saver.save(pb.BlobType.BLOB_TREE, encode(pb.Tree, { nodes: withContent }))
  const snapshot = { timeMs, host: 'evil', paths: ['/x'], tree }
  const { id } = await saver.save(pb.BlobType.BLOB_SNAPSHOT, encode(pb.Snapshot, snapshot))
  await saver.flush()
  await repo.index.putSnapshot(id, snapshot)
}

/** Save a blob; its id. */
async function blob (saver: BlobSaver, type: pb.BlobType, data: Uint8Array): Promise<Uint8Array> {
  return (await saver.save(type, data)).id
}

/** A file node (size as given: the content is not checked here). */
function file (name: string, content: Uint8Array[], size: number): pb.INode {
  return { name, type: pb.NodeType.NODE_FILE, mode: 0o644, content, size }
}

function dir (name: string, subtree: Uint8Array): pb.INode {
  return { name, type: pb.NodeType.NODE_DIR, mode: 0o755, subtree }
}

/** Write a snapshot whose trees `build` makes, with these recorded stats; returns it. */
async function plantTree (build: (saver: BlobSaver) => Promise<pb.INode[]>, stats: pb.ISnapshotStats, timeMs: number): Promise<Awaited<ReturnType<typeof findSnapshot>>> {
  const saver = new BlobSaver(repo, await repo.index.loadBlobIds())
  const tree = await blob(saver, pb.BlobType.BLOB_TREE, encode(pb.Tree, { nodes: await build(saver) }))
  const snapshot = { timeMs, host: 'evil', paths: ['/x'], tree, stats }
  const id = await blob(saver, pb.BlobType.BLOB_SNAPSHOT, encode(pb.Snapshot, snapshot))
  await saver.flush()
  await repo.index.putSnapshot(id, snapshot)
  return await findSnapshot(repo, 'latest')
}

describe('hostile snapshots', () => {
  it('refuses "..", absolute names and duplicate names; writes nothing outside', async () => {
    const cases: pb.INode[][] = [
      [{ name: '..', type: pb.NodeType.NODE_FILE, mode: 0o644 }],
      [{ name: '/tmp/escape', type: pb.NodeType.NODE_FILE, mode: 0o644 }],
      [{ name: 'a/../../b', type: pb.NodeType.NODE_FILE, mode: 0o644 }],
      [{ name: 'link', type: pb.NodeType.NODE_SYMLINK, linkTarget: work }, { name: 'link', type: pb.NodeType.NODE_FILE, mode: 0o644 }]
    ]
    let t = 1000
    for (const nodes of cases) {
      await plant(nodes, t++)
      const snap = await findSnapshot(repo, 'latest')
      const target = join(work, `target-${t}`)
      await expect(restore(repo, snap, { target })).rejects.toThrow(TreeError)
      expect(await readdir(target)).toEqual([])
    }
    expect((await readdir(work)).filter(n => n === 'escape' || n === 'b' || n === 'pwned')).toEqual([])
  })
})

describe('snapshots that would write far more than they record', () => {
  const six = Buffer.from('pwned\n')

  it('a 1 TB file made of one small blob is refused before anything is written (a hole bomb)', async () => {
    const snap = await plantTree(async saver => [file('huge.img', [await blob(saver, pb.BlobType.BLOB_DATA, six)], 1e12)], { filesNew: 1, bytesTotal: 1e12 }, 2000)
    const target = join(work, 'target-hole')
    const err = await restore(repo, snap, { target, freeSpace: async () => ({ bytes: 1e15 }) }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(ContentSizeError)
    expect((err as Error).message).toMatch(/\/huge\.img: the snapshot says 1000000000000 bytes .*its content holds 6/)
    expect(await readdir(target)).toEqual([])
    // a file smaller than its content too: the restorer writes exactly what the size says
    const short = await plantTree(async saver => [file('short', [await blob(saver, pb.BlobType.BLOB_DATA, six)], 3)], { filesNew: 1, bytesTotal: 3 }, 2001)
    await expect(restore(repo, short, { target: join(work, 'target-short') })).rejects.toThrow(ContentSizeError)
    expect(await readdir(join(work, 'target-short'))).toEqual([])
  })

  it('one blob repeated, or one folder named over and over, beyond the recorded totals is refused (hard-link and tree bombs)', async () => {
    // 100 references to a 64 KiB blob: 6.25 MiB written for a snapshot that records 64 KiB
    const chunk = randomBytes(64 * 1024)
    const repeated = await plantTree(async saver => {
      const id = await blob(saver, pb.BlobType.BLOB_DATA, chunk)
      return [file('a', [id], chunk.length), file('b', Array.from({ length: 100 }, () => id), 100 * chunk.length)]
    }, { filesNew: 1, bytesTotal: chunk.length }, 2002)
    const target = join(work, 'target-repeat')
    await expect(restore(repo, repeated, { target })).rejects.toThrow(RestoreTooLargeError)
    await expect(restore(repo, repeated, { target })).rejects.toThrow(/would write 6\.3 MiB in 2 files and folders, it records 64 KiB in 1/)
    expect(await readdir(target)).toEqual([])

    // 40 folders naming one tree, five deep: 10^8 folders and as many files from 6 trees (each distinct tree is counted once)
    const nested = await plantTree(async saver => {
      let tree = await blob(saver, pb.BlobType.BLOB_TREE, encode(pb.Tree, { nodes: [file('f', [await blob(saver, pb.BlobType.BLOB_DATA, six)], 6)] }))
      for (let level = 0; level < 5; level++) {
        const sub = tree
        tree = await blob(saver, pb.BlobType.BLOB_TREE, encode(pb.Tree, { nodes: Array.from({ length: 40 }, (_, i) => dir(`d${String(i).padStart(2, '0')}`, sub)) }))
      }
      return [dir('top', tree)]
    }, { filesNew: 1, dirs: 6, bytesTotal: 6 }, 2003)
    const started = Date.now()
    await expect(restore(repo, nested, { target: join(work, 'target-nested') })).rejects.toThrow(/would write .* in 207425641 files and folders, it records 6 B in 7/)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(await readdir(join(work, 'target-nested'))).toEqual([])
  })

  it('a target without the room (bytes or inodes) is refused with what it needs and what is free; one with the room restores', async () => {
    const content = randomBytes(300_000)
    const fits = await plantTree(async saver => {
      const id = await blob(saver, pb.BlobType.BLOB_DATA, content)
      const sub = await blob(saver, pb.BlobType.BLOB_TREE, encode(pb.Tree, { nodes: Array.from({ length: 150 }, (_, i) => file(`n${String(i).padStart(3, '0')}`, [], 0)) }))
      return [file('data.bin', [id], content.length), dir('many', sub)]
    }, { filesNew: 151, dirs: 1, bytesTotal: content.length }, 2004)

    const full = join(work, 'target-full')
    const err = await restore(repo, fits, { target: full, freeSpace: async () => ({ bytes: 10 * 1024 * 1024 }) }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(RestoreNoSpaceError)
    expect((err as Error).message).toMatch(new RegExp(`the restore needs 16\\.\\d MiB .*, 10 MiB free on ${full}$`))
    expect(await readdir(full)).toEqual([])
    const noInodes = join(work, 'target-no-inodes')
    await expect(restore(repo, fits, { target: noInodes, freeSpace: async () => ({ bytes: 1e12, inodes: 200 }) })).rejects.toThrow(/not enough inodes: the restore needs 252 \(152 entries, with a margin\), 200 free on/)
    expect(await readdir(noInodes)).toEqual([])

    // the real statfs: what it reports, and a restore through it
    const fs = await statfs(work)
    const free = await freeSpaceOf(work)
    expect(free.bytes).toBeGreaterThan(0)
    expect(free.bytes).toBeLessThanOrEqual(fs.blocks * fs.bsize)
    const ok = join(work, 'target-ok')
    const res = await restore(repo, fits, { target: ok })
    expect(res).toMatchObject({ files: 151, dirs: 1, bytes: content.length })
    expect(Buffer.from(await readFile(join(ok, 'data.bin')))).toEqual(content)
  })
})
