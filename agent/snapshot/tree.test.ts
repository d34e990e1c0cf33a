import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pb, decode, encode } from '../../proto/index.js'
import { MAX_XATTR_NODE_BYTES, MAX_XATTR_VALUE, MAX_XATTRS_PER_NODE, TREE_VERSION, TreeError, decodeTree, encodeTree, sameXattrs } from './tree.js'
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

  it('extended attributes (version 2): kept in their order with any value; bounds and bad names refused, naming the node', () => {
    const x = (name: string, value: Uint8Array = Buffer.from('v')): { name: Uint8Array, value: Uint8Array } => ({ name: Buffer.from(name), value })
    const list = [x('user.z'), x('user.empty', Buffer.alloc(0)), x('security.capability', Buffer.from([1, 0, 0, 2])), x('user.big', Buffer.alloc(MAX_XATTR_VALUE, 7))]
    const [a, b] = decodeTree(encodeTree([{ ...file('a'), xattrs: list }, file('b')]))
    expect(a.xattrs?.map(e => [Buffer.from(e.name).toString(), e.value.byteLength])).toEqual([['user.z', 1], ['user.empty', 0], ['security.capability', 4], ['user.big', MAX_XATTR_VALUE]])
    expect('xattrs' in b).toBe(false)
    const refused = (xattrs: Array<{ name: Uint8Array, value: Uint8Array }>, version = TREE_VERSION): () => unknown => () => decodeTree(encode(pb.Tree, { version, nodes: [{ ...file('n'), xattrs }] }))
    expect(refused([x('user.a')], 1)).toThrow(/node "n": extended attributes in a version 1 tree/)
    expect(refused([x('user.a', Buffer.alloc(MAX_XATTR_VALUE + 1))])).toThrow(/node "n".*"user.a" is 65537 bytes/)
    expect(refused([x('user.a'), x('user.a')])).toThrow(/twice/)
    for (const bad of ['', 'nonamespace', 'user.\0x', 'user.' + 'x'.repeat(251)]) expect(refused([x(bad)]), bad).toThrow(TreeError)
    expect(refused([{ name: Buffer.from([0x75, 0x2e, 0xff]), value: Buffer.alloc(0) }])).toThrow(/not UTF-8/)
    expect(refused(Array.from({ length: MAX_XATTRS_PER_NODE + 1 }, (_, i) => x(`user.${i}`)))).toThrow(/more than 4096/)
    const fat = Array.from({ length: Math.ceil(MAX_XATTR_NODE_BYTES / MAX_XATTR_VALUE) + 1 }, (_, i) => x(`user.${i}`, Buffer.alloc(MAX_XATTR_VALUE)))
    expect(refused(fat)).toThrow(/node "n".*bytes in all/)
    // diff: the same attributes in the same order, else modified
    expect(sameXattrs(a, { xattrs: list })).toBe(true)
    expect(sameXattrs(a, { xattrs: [...list].reverse() })).toBe(false)
    expect(sameXattrs(a, { xattrs: [list[0], list[1], list[2], x('user.big', Buffer.alloc(MAX_XATTR_VALUE, 8))] })).toBe(false)
    expect(sameXattrs(a, b)).toBe(false)
    expect(sameXattrs({ linkTargetBytes: Buffer.from([0xff]) }, { linkTargetBytes: Buffer.from([0xfe]) })).toBe(false)
  })

  it('a symlink target that is not UTF-8 keeps its bytes (version 2); a UTF-8 one stays a string', () => {
    const target = Buffer.from('../caf\xe9', 'latin1')
    const link = { ...file('l'), type: pb.NodeType.NODE_SYMLINK, content: [], linkTarget: '../caf\\xe9', linkTargetBytes: target }
    const [l, m] = decodeTree(encodeTree([link, { ...link, name: 'm', linkTarget: 'plain', linkTargetBytes: undefined }]))
    expect(Buffer.from(l.linkTargetBytes as Uint8Array).equals(target)).toBe(true)
    expect(l.linkTarget).toBe('../caf\\xe9')
    expect([m.linkTarget, 'linkTargetBytes' in m]).toEqual(['plain', false])
    expect(decode(pb.Tree, encodeTree([link]), 1 << 20, 'tree').nodes[0].linkTarget).toBe('')
    expect(() => decodeTree(encode(pb.Tree, { version: 1, nodes: [{ ...link, linkTarget: '' }] }))).toThrow(/version 1 tree/)
    expect(() => decodeTree(encode(pb.Tree, { version: TREE_VERSION, nodes: [link] }))).toThrow(/both a target and target bytes/)
    expect(() => decodeTree(encode(pb.Tree, { version: TREE_VERSION, nodes: [{ ...link, linkTarget: '', linkTargetBytes: Buffer.from([0xff, 0]) }] }))).toThrow(/bad target/)
  })
})
