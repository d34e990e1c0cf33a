import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb, encode } from '../../proto/index.js'
import { TreeError, decodeTree, encodeTree } from './tree.js'
import type { TreeNode } from './tree.js'

function file (name: string): TreeNode {
  return { name, type: pb.NodeType.NODE_FILE, mode: 0o644, mtimeSec: 1, mtimeNsec: 2, size: 3, content: [randomBytes(32)], inode: 1, dev: 1, uid: 0, gid: 0 }
}

describe('trees', () => {
  it('round-trips, sorted by name', () => {
    const nodes = decodeTree(encodeTree([file('b'), file('a'), { ...file('c'), type: pb.NodeType.NODE_SYMLINK, content: [], linkTarget: '../x' }]))
    expect(nodes.map(n => n.name)).toEqual(['a', 'b', 'c'])
    expect(nodes[2].linkTarget).toBe('../x')
    expect(nodes[0].mtimeNsec).toBe(2)
  })

  it('refuses names that could escape the target, duplicates and bad ids', () => {
    for (const name of ['..', '.', '', 'a/b', '/etc', 'x\0y']) {
      expect(() => decodeTree(encode(pb.Tree, { nodes: [file(name)] })), name).toThrow(TreeError)
    }
    expect(() => decodeTree(encode(pb.Tree, { nodes: [file('a'), file('a')] }))).toThrow(/duplicate/)
    expect(() => decodeTree(encode(pb.Tree, { nodes: [{ ...file('a'), content: [randomBytes(5)] }] }))).toThrow(/blob id/)
    expect(() => decodeTree(encode(pb.Tree, { nodes: [{ ...file('d'), type: pb.NodeType.NODE_DIR }] }))).toThrow(/tree id/)
    expect(() => decodeTree(encode(pb.Tree, { nodes: [{ ...file('d'), type: 9 as pb.NodeType }] }))).toThrow(/unknown type/)
    expect(() => decodeTree(randomBytes(300))).toThrow()
  })
})
