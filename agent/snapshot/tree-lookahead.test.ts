import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { TreeLookahead } from './tree-lookahead.js'
import type { TreeNode } from './tree.js'

function file (name: string): TreeNode {
  return { name, type: pb.NodeType.NODE_FILE, mode: 0o644, mtimeSec: 1, mtimeNsec: 2, size: 3, content: [randomBytes(32)], inode: 1, dev: 1, uid: 0, gid: 0 }
}

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
