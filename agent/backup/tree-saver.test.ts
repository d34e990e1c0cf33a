import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { localRepository } from '../../test/fixtures/local-repo.js'
import { BlobLoader } from '../repository/blob-loader.js'
import { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'
import { decodeTree } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import { newBackupCounters } from './counters.js'
import type { BackupCounters } from './counters.js'
import { TreeSaver } from './tree-saver.js'

let work: string
let repo: Repository
let saver: BlobSaver
let counters: BackupCounters
let referenced: Set<string>
let trees: TreeSaver

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-tree-saver-'))
  repo = await localRepository(work)
  saver = new BlobSaver(repo, new Set())
  counters = newBackupCounters()
  referenced = new Set()
  trees = new TreeSaver({ blobs: saver, counters, referenced })
})
afterEach(async () => {
  await repo.close()
  await rm(work, { recursive: true, force: true })
})

function node (name: string, type = pb.NodeType.NODE_FILE): TreeNode {
  return { name, type, mode: 0o644, mtimeSec: 1, mtimeNsec: 2, size: type === pb.NodeType.NODE_FILE ? 3 : 0, content: type === pb.NodeType.NODE_FILE ? [randomBytes(32)] : [], inode: 1, dev: 1, uid: 0, gid: 0 }
}

async function storedTree (id: Uint8Array): Promise<TreeNode[]> {
  await saver.flush()
  return decodeTree(await new BlobLoader(repo).load(id))
}

describe('TreeSaver', () => {
  it("saves a directory's tree from its children (awaited in order, the skipped left out), sorted by name", async () => {
    const b = node('b')
    const a = { ...node('a'), type: pb.NodeType.NODE_SYMLINK, content: [], size: 0, linkTarget: '../x' }
    let resolveB: (n: TreeNode) => void = () => {}
    const later = new Promise<TreeNode>(resolve => { resolveB = resolve })
    const dir = node('d', pb.NodeType.NODE_DIR)
    const saving = trees.saveDir(dir, [later, Promise.resolve(undefined), a])
    resolveB(b)
    const saved = await saving
    expect(saved).toBe(dir)
    expect(saved.subtree?.byteLength).toBe(32)
    expect((await storedTree(saved.subtree as Uint8Array)).map(n => [n.name, n.type])).toEqual([['a', pb.NodeType.NODE_SYMLINK], ['b', pb.NodeType.NODE_FILE]])
    expect(counters.dirs).toBe(1)
    expect([...referenced]).toEqual([hex(saved.subtree as Uint8Array)])
  })

  it('saves the root without counting it as a directory, and a tree saved twice once', async () => {
    const sub = await trees.saveDir(node('sub', pb.NodeType.NODE_DIR), [])
    const children = [sub, node('f')]
    const root = await trees.save(children)
    expect(await trees.save(children)).toEqual(root)
    expect(counters.dirs).toBe(1)
    expect(referenced).toEqual(new Set([hex(sub.subtree as Uint8Array), hex(root)]))
    const top = await storedTree(root)
    expect(saver.stats.blobsNew).toBe(2) // the empty tree of sub and the root
    expect(top.map(n => n.name)).toEqual(['f', 'sub'])
    expect(await storedTree(top[1].subtree as Uint8Array)).toEqual([])
  })

  it('fails when a child failed, saving nothing', async () => {
    const failed = Promise.reject(new Error('unreadable'))
    await expect(trees.saveDir(node('d', pb.NodeType.NODE_DIR), [node('a'), failed])).rejects.toThrow('unreadable')
    expect(counters.dirs).toBe(0)
    expect(saver.stats.blobsNew).toBe(0)
  })
})
