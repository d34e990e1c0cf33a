/**
 * Paths from a snapshot are never trusted: a snapshot whose tree holds "..",
 * duplicates (a symlink and a directory of the same name) or absolute names is
 * refused, and nothing is written outside the target.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pb, encode } from '../proto/index.js'
import { findSnapshot } from '../agent/snapshot/snapshots.js'
import { BlobSaver } from '../agent/repository/blob-saver.js'
import { Repository } from '../agent/repository/repository.js'
import { LocalShardPeer } from '../agent/repository/shard-peer.js'
import { restore } from '../agent/restore/restorer.js'
import { TreeError } from '../agent/snapshot/tree.js'
import { ShardStore } from '../store/shard-store.js'

let work: string
let repo: Repository

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-hostile-'))
  repo = await Repository.create(join(work, 'repo'), 'p', { scrypt: { logN: 10, r: 8, p: 1 } })
  for (let i = 0; i < 6; i++) {
    const s = new ShardStore(join(work, `s${i}`))
    await s.open()
    repo.addPeer(new LocalShardPeer(`s${i}`, s))
  }
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
