import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb, decode, encode } from '../../proto/index.js'
import { TREE_VERSION, TreeError, decodeTree, encodeTree } from './tree.js'
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

  it('writes the format version and owner names; reads version 0 trees; refuses newer versions and bad names', () => {
    const bytes = encodeTree([{ ...file('a'), uid: 1234, gid: 5678, user: 'alice', group: 'staff' }, file('b')])
    expect(decode(pb.Tree, bytes, 1 << 20, 'tree').version).toBe(TREE_VERSION)
    const [a, b] = decodeTree(bytes)
    expect([a.uid, a.gid, a.user, a.group]).toEqual([1234, 5678, 'alice', 'staff'])
    expect('user' in b || 'group' in b).toBe(false) // no names: none stored, none read back
    expect(decodeTree(encode(pb.Tree, { nodes: [file('old')] }))[0].user).toBeUndefined() // version 0
    expect(() => decodeTree(encode(pb.Tree, { version: TREE_VERSION + 1, nodes: [file('a')] }))).toThrow(/newer than this meshbackup reads/)
    for (const bad of ['a:b', 'x\ny', 'x'.repeat(257)]) {
      expect(() => decodeTree(encode(pb.Tree, { version: 1, nodes: [{ ...file('a'), user: bad }] })), bad).toThrow(/bad owner name/)
      expect(() => decodeTree(encode(pb.Tree, { version: 1, nodes: [{ ...file('a'), group: bad }] })), bad).toThrow(/bad owner name/)
    }
  })

  it('hard links, FIFOs and devices: version 1 only; a hard link names a safe absolute path', () => {
    const link = { ...file('b'), type: pb.NodeType.NODE_HARDLINK, hardlink: '/srv/a' }
    const dev = { ...file('d'), type: pb.NodeType.NODE_CHARDEV, content: [], size: 0, rdev: 259 }
    const [b, d] = decodeTree(encodeTree([link, dev]))
    expect([b.hardlink, b.content.length, d.rdev]).toEqual(['/srv/a', 1, 259])
    const [s1, s2] = decodeTree(encodeTree([{ ...file('s'), sparse: true }, file('t')]))
    expect([s1.sparse, 'sparse' in s2]).toEqual([true, false])
    expect(() => decodeTree(encode(pb.Tree, { nodes: [link] }))).toThrow(/unknown type 3 for a version 0 tree/)
    for (const bad of ['', 'srv/a', '/srv/../etc', '/srv//a', '/a\0b']) {
      expect(() => decodeTree(encode(pb.Tree, { version: 1, nodes: [{ ...link, hardlink: bad }] })), bad).toThrow(TreeError)
    }
  })

  it('names that are not UTF-8 keep their bytes, sorted by bytes; unsafe byte names refused', () => {
    const raw = Buffer.from([0x66, 0xff])
    const nodes = decodeTree(encodeTree([{ ...file('f\\xff'), nameBytes: raw }, file('g'), file('f')]))
    expect(nodes.map(n => n.name)).toEqual(['f', 'f\\xff', 'g'])
    expect(Buffer.from(nodes[1].nameBytes as Uint8Array).equals(raw)).toBe(true)
    expect(nodes[0].nameBytes).toBeUndefined()
    for (const bad of [[0x2e, 0x2e], [0xff, 0x2f], [0xff, 0x00]]) {
      expect(() => decodeTree(encode(pb.Tree, { version: 1, nodes: [{ ...file(''), nameBytes: Buffer.from(bad) }] }))).toThrow(TreeError)
    }
    expect(() => decodeTree(encode(pb.Tree, { nodes: [{ ...file(''), nameBytes: raw }] }))).toThrow(/version 0/)
  })
})
