/**
 * Walking a snapshot's tree: every node with its full path, depth-first in name
 * order. Used by `ls` and `diff`.
 */
import { pb } from '../../proto/index.js'
import { BlobLoader } from '../repository/blob-loader.js'
import type { Repository } from '../repository/repository.js'
import { decodeTree, sameXattrs } from './tree.js'
import type { TreeNode } from './tree.js'
import type { SnapshotInfo } from './snapshots.js'

export interface WalkEntry {
  path: string
  node: TreeNode
}

/** Every node under `prefix` (absolute path inside the snapshot; '/' for all). */
export async function * walkSnapshot (repo: Repository, snap: SnapshotInfo, prefix = '/'): AsyncGenerator<WalkEntry> {
  const loader = new BlobLoader(repo)
  const want = prefix === '/' ? '' : prefix.replace(/\/+$/, '')
  async function * walk (tree: Uint8Array, dir: string): AsyncGenerator<WalkEntry> {
    for (const node of decodeTree(await loader.load(tree))) {
      const path = `${dir}/${node.name}`
      const inside = want === '' || path === want || path.startsWith(want + '/')
      const above = want.startsWith(path + '/')
      if (inside) yield { path, node }
      if (node.type === pb.NodeType.NODE_DIR && (inside || above)) yield * walk(node.subtree as Uint8Array, path)
    }
  }
  yield * walk(snap.tree, '')
}

/** What changed from snapshot a to b: added, removed, modified (content or metadata). */
export async function diffSnapshots (repo: Repository, a: SnapshotInfo, b: SnapshotInfo): Promise<{ added: string[], removed: string[], modified: string[] }> {
  const index = async (s: SnapshotInfo): Promise<Map<string, TreeNode>> => {
    const m = new Map<string, TreeNode>()
    for await (const e of walkSnapshot(repo, s)) m.set(e.path, e.node)
    return m
  }
  const [ma, mb] = [await index(a), await index(b)]
  const same = (x: TreeNode, y: TreeNode): boolean => x.type === y.type && x.mode === y.mode && x.size === y.size &&
    x.linkTarget === y.linkTarget && x.uid === y.uid && x.gid === y.gid && x.hardlink === y.hardlink && x.rdev === y.rdev && sameXattrs(x, y) && (x.type === pb.NodeType.NODE_DIR || (x.mtimeSec === y.mtimeSec && x.content.length === y.content.length && x.content.every((c, i) => Buffer.from(c).equals(y.content[i]))))
  return {
    added: [...mb.keys()].filter(p => !ma.has(p)),
    removed: [...ma.keys()].filter(p => !mb.has(p)),
    modified: [...mb].filter(([p, n]) => ma.has(p) && !same(ma.get(p) as TreeNode, n)).map(([p]) => p)
  }
}
