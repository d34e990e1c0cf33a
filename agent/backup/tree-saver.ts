/**
 * Tree saver: a directory's tree blob built from its children's nodes and
 * saved (restic's TreeSaver). Children are given as promises in name order
 * (files still being read while the walk goes on); a child that resolves to
 * undefined (skipped, unreadable) is left out.
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { encodeTree } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import type { BackupCounters } from './counters.js'
import type { BlobSink } from './file-saver.js'

export interface TreeSaverComponents {
  blobs: BlobSink
  /** dirs grows by every directory saved. */
  counters: BackupCounters
  /** Every blob the snapshot references (hex ids): each tree's id is added. */
  referenced: Set<string>
}

export class TreeSaver {
  constructor (private readonly c: TreeSaverComponents) {}

  /** Save the tree of `nodes` (the root of a snapshot, not counted as a directory); returns its id. */
  async save (nodes: TreeNode[]): Promise<Uint8Array> {
    const { id } = await this.c.blobs.save(pb.BlobType.BLOB_TREE, encodeTree(nodes))
    this.c.referenced.add(hex(id))
    return id
  }

  /**
   * Save directory `dir` (its node, without a subtree yet) once its children
   * are known; returns the node with its subtree set.
   */
  async saveDir (dir: TreeNode, children: Iterable<TreeNode | undefined | Promise<TreeNode | undefined>>): Promise<TreeNode> {
    const nodes: TreeNode[] = []
    for (const c of children) {
      const n = await c
      if (n !== undefined) nodes.push(n)
    }
    dir.subtree = await this.save(nodes)
    this.c.counters.dirs++
    return dir
  }
}
