/**
 * Trees: a directory serialized as a sorted list of nodes (files with their blob
 * ids, sub-directories with their tree blob id, symlinks with their target).
 * Names read back from a snapshot are never trusted: `decodeTree` refuses names
 * that could escape the restore target.
 */
import { pb, decode, encode, limits } from '../proto/index.js'

export class TreeError extends Error {
  override name = 'TreeError'
}

/** A name is one path component: not empty, not "." or "..", no "/" or NUL. */
export function checkName (name: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new TreeError(`unsafe name in snapshot: ${JSON.stringify(name)}`)
  }
  if (Buffer.byteLength(name) > 4096) throw new TreeError('name too long in snapshot')
}

/** A tree node as the engines use it (decoded and validated). */
export interface TreeNode {
  name: string
  type: pb.NodeType
  mode: number
  mtimeSec: number
  mtimeNsec: number
  size: number
  content: Uint8Array[]
  subtree?: Uint8Array
  linkTarget?: string
  inode: number
  dev: number
  uid: number
  gid: number
}

export function encodeTree (nodes: TreeNode[]): Uint8Array {
  const sorted = [...nodes].sort((a, b) => compareNames(a.name, b.name))
  return encode(pb.Tree, { nodes: sorted })
}

export function decodeTree (bytes: Uint8Array): TreeNode[] {
  const tree = decode(pb.Tree, bytes, limits.tree, 'tree')
  const out: TreeNode[] = []
  let prev: string | undefined
  for (const raw of tree.nodes) {
    const n: TreeNode = {
      name: raw.name ?? '',
      type: raw.type ?? pb.NodeType.NODE_FILE,
      mode: raw.mode ?? 0,
      mtimeSec: Number(raw.mtimeSec ?? 0),
      mtimeNsec: raw.mtimeNsec ?? 0,
      size: Number(raw.size ?? 0),
      content: raw.content ?? [],
      inode: Number(raw.inode ?? 0),
      dev: Number(raw.dev ?? 0),
      uid: raw.uid ?? 0,
      gid: raw.gid ?? 0
    }
    checkName(n.name)
    if (prev !== undefined && compareNames(prev, n.name) >= 0) throw new TreeError(`tree is not sorted or has duplicate name ${JSON.stringify(n.name)}`)
    prev = n.name
    switch (n.type) {
      case pb.NodeType.NODE_FILE:
        for (const c of n.content) if (c.byteLength !== 32) throw new TreeError(`file ${n.name}: bad blob id`)
        break
      case pb.NodeType.NODE_DIR:
        if (raw.subtree?.byteLength !== 32) throw new TreeError(`directory ${n.name}: bad tree id`)
        n.subtree = raw.subtree
        break
      case pb.NodeType.NODE_SYMLINK:
        if (raw.linkTarget == null || raw.linkTarget.length === 0 || raw.linkTarget.includes('\0')) throw new TreeError(`symlink ${n.name}: bad target`)
        n.linkTarget = raw.linkTarget
        break
      default:
        throw new TreeError(`node ${n.name}: unknown type ${String(n.type)}`)
    }
    out.push(n)
  }
  return out
}

/** Byte order of UTF-8, like restic. */
export function compareNames (a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

/** Trees loaded ahead of a walk (see TreeLookahead). */
export const TREE_LOOKAHEAD = 8

/**
 * The trees of one directory's sub-directories, in the order a depth-first
 * walk enters them, loaded up to `window` ahead of it.
 *
 * Why: a tree load from the mesh is a network round trip. Loaded one at a
 * time as the walk reached each directory, the 811 trees of the 1 GiB corpus
 * kept a backup with nothing to do waiting 0.35–0.45 s per run. Only `window`
 * trees per directory level are held at once, whatever the directory's size.
 */
export class TreeLookahead {
  private readonly loaded: Array<Promise<TreeNode[]> | undefined> = []
  private started = 0
  private taken = 0

  /**
   * @param ids each sub-directory's tree id, in walk order (undefined: none to load)
   * @param load loads and decodes one tree
   */
  constructor (
    private readonly ids: ReadonlyArray<Uint8Array | undefined>,
    private readonly load: (id: Uint8Array) => Promise<TreeNode[]>,
    private readonly window = TREE_LOOKAHEAD
  ) {
    this.fill()
  }

  /** The next sub-directory's tree (undefined where its id was); call once per id, in order. */
  async next (): Promise<TreeNode[] | undefined> {
    if (this.taken >= this.ids.length) throw new RangeError('TreeLookahead: no more trees')
    const p = this.loaded.shift()
    this.taken++
    this.fill()
    return p === undefined ? undefined : await p
  }

  private fill (): void {
    while (this.started < this.ids.length && this.started - this.taken < this.window) {
      const id = this.ids[this.started++]
      const p = id === undefined ? undefined : this.load(id)
      p?.catch(() => {}) // awaited by next(); not an unhandled rejection meanwhile
      this.loaded.push(p)
    }
  }
}
