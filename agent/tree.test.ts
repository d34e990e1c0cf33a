import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb, encode } from '../proto/index.js'
import { TreeError, TreeLookahead, decodeTree, encodeTree } from './tree.js'
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

describe('TreeLookahead', () => {
  it('hands out the trees in order, with at most `window` loads ahead, and passes a failed load on', async () => {
    const ids = [0, 1, undefined, 3, 4, 5, 6].map(i => i === undefined ? undefined : Uint8Array.of(i))
    const started: number[] = []
    const gates = new Map<number, () => void>()
    const load = async (id: Uint8Array): Promise<TreeNode[]> => {
      started.push(id[0])
      await new Promise<void>(resolve => gates.set(id[0], resolve))
      if (id[0] === 5) throw new Error('tree 5 is unreadable')
      return [file(`f${id[0]}`)]
    }
    const ahead = new TreeLookahead(ids, load, 3)
    expect(started).toEqual([0, 1]) // the window of 3 holds one id with nothing to load
    for (const g of gates.values()) g()
    expect((await ahead.next())?.[0].name).toBe('f0')
    expect(started).toEqual([0, 1, 3])
    gates.get(1)?.(); gates.get(3)?.()
    expect((await ahead.next())?.[0].name).toBe('f1')
    expect(await ahead.next()).toBeUndefined()
    expect(started).toEqual([0, 1, 3, 4, 5])
    for (const g of gates.values()) g()
    expect((await ahead.next())?.[0].name).toBe('f3')
    expect((await ahead.next())?.[0].name).toBe('f4')
    await expect(ahead.next()).rejects.toThrow('tree 5 is unreadable')
    gates.get(6)?.()
    expect((await ahead.next())?.[0].name).toBe('f6')
    await expect(ahead.next()).rejects.toThrow(RangeError)
  })
})
