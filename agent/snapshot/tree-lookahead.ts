/**
 * Loading a directory's sub-trees ahead of a depth-first walk (the archiver
 * reading its parent snapshot, the restorer reading the snapshot it restores).
 */
import type { TreeNode } from './tree.js'

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
