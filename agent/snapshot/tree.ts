/**
 * Trees: a directory serialized as a sorted list of nodes (files with their blob
 * ids, sub-directories with their tree blob id, symlinks with their target).
 * Names read back from a snapshot are never trusted: `decodeTree` refuses names
 * that could escape the restore target.
 *
 * Tree versions (Tree.version): 0 (the field absent) is the format before
 * issue 16: uid and gid without names. 1 adds each node's user and group
 * names, hard links (NODE_HARDLINK: the path of the first node of the same
 * inode, with that file's size and content), FIFOs and devices (rdev), and
 * names that are not UTF-8 (Node.name_bytes; names.ts), and the sparse flag
 * of files that had holes. 2 adds extended attributes (Node.xattrs: every
 * namespace, POSIX ACLs as system.posix_acl_*, in listxattr order) and
 * symlink targets that are not UTF-8 (Node.link_target_bytes, shown escaped
 * like names). Every version up to TREE_VERSION is read; a newer one is refused
 * (TreeError), so an old agent never restores a tree it half understands.
 */
import { pb, decode, encode, limits } from '../../proto/index.js'
import { escapeBytes, isUtf8 } from './names.js'

/** The tree format version encodeTree writes. */
export const TREE_VERSION = 2
/** Largest extended attribute value (Linux's XATTR_SIZE_MAX). */
export const MAX_XATTR_VALUE = 64 * 1024
/** Longest extended attribute name (Linux's XATTR_NAME_MAX). */
export const MAX_XATTR_NAME = 255
/** Most bytes of extended attributes (names and values) one node holds. */
export const MAX_XATTR_NODE_BYTES = 1024 * 1024
/** Most extended attributes one node holds. */
export const MAX_XATTRS_PER_NODE = 4096
/** Longest user or group name read from a tree (Linux allows 32; NSS back ends a little more). */
const MAX_OWNER_NAME = 256

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
  /** The name; when it is not UTF-8, its bytes escaped (`\xff`: for display) and the bytes in nameBytes. */
  name: string
  /** The name's bytes, only when they are not valid UTF-8. */
  nameBytes?: Uint8Array
  type: pb.NodeType
  mode: number
  mtimeSec: number
  mtimeNsec: number
  size: number
  content: Uint8Array[]
  subtree?: Uint8Array
  /** The target; when it is not UTF-8, its bytes escaped (for display) and the bytes in linkTargetBytes. */
  linkTarget?: string
  /** A symlink target's bytes, only when they are not valid UTF-8. */
  linkTargetBytes?: Uint8Array
  inode: number
  dev: number
  uid: number
  gid: number
  /** uid's name on the backed-up host; undefined when it had none (or a version 0 tree). */
  user?: string
  /** gid's name on the backed-up host; undefined when it had none (or a version 0 tree). */
  group?: string
  /** NODE_HARDLINK: the snapshot path ("/srv/a/f") of the first node with the same inode. */
  hardlink?: string
  /** NODE_CHARDEV, NODE_BLOCKDEV: the device number. */
  rdev?: number
  /** A file that was sparse on disk: the restore makes its all-zero blobs holes. */
  sparse?: boolean
  /** Extended attributes (version 2), in the order they were listed; absent when there were none. */
  xattrs?: Xattr[]
}

/**
 * One extended attribute: its full name's bytes ("user.mime_type",
 * "system.posix_acl_access"; read back, always UTF-8) and its value.
 */
export interface Xattr {
  name: Uint8Array
  value: Uint8Array
}

export function encodeTree (nodes: TreeNode[]): Uint8Array {
  const sorted = [...nodes].sort((a, b) => Buffer.compare(nameKey(a), nameKey(b)))
  return encode(pb.Tree, { version: TREE_VERSION, nodes: sorted.map(encodeNode) })
}

function encodeNode (n: TreeNode): pb.INode {
  const out: pb.INode = n.nameBytes === undefined ? { ...n } : { ...n, name: '', nameBytes: n.nameBytes }
  if (n.linkTargetBytes !== undefined) {
    out.linkTarget = ''
    out.linkTargetBytes = n.linkTargetBytes
  }
  return out
}

export function decodeTree (bytes: Uint8Array): TreeNode[] {
  const tree = decode(pb.Tree, bytes, limits.tree, 'tree')
  const version = tree.version ?? 0
  if (version > TREE_VERSION) throw new TreeError(`tree format version ${version} is newer than this meshbackup reads (${TREE_VERSION}): upgrade to restore it`)
  const out: TreeNode[] = []
  let prev: Uint8Array | undefined
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
    if (raw.sparse === true) n.sparse = true
    if (raw.user != null && raw.user !== '') n.user = ownerName(raw.user, n.name)
    if (raw.group != null && raw.group !== '') n.group = ownerName(raw.group, n.name)
    if (raw.nameBytes != null && raw.nameBytes.byteLength > 0) {
      if (version < 1 || n.name !== '') throw new TreeError('a node has both a name and name bytes, or name bytes in a version 0 tree')
      checkNameBytes(raw.nameBytes)
      if (isUtf8(raw.nameBytes)) {
        n.name = Buffer.from(raw.nameBytes).toString('utf8')
      } else {
        n.name = escapeBytes(raw.nameBytes)
        n.nameBytes = Buffer.from(raw.nameBytes)
      }
    } else {
      checkName(n.name)
    }
    const key = nameKey(n)
    if (prev !== undefined && Buffer.compare(prev, key) >= 0) throw new TreeError(`tree is not sorted or has duplicate name ${JSON.stringify(n.name)}`)
    prev = key
    if (version < 1 && n.type > pb.NodeType.NODE_SYMLINK) throw new TreeError(`node ${n.name}: unknown type ${String(n.type)} for a version ${version} tree`)
    switch (n.type) {
      case pb.NodeType.NODE_FILE:
        for (const c of n.content) if (c.byteLength !== 32) throw new TreeError(`file ${n.name}: bad blob id`)
        break
      case pb.NodeType.NODE_HARDLINK:
        for (const c of n.content) if (c.byteLength !== 32) throw new TreeError(`file ${n.name}: bad blob id`)
        n.hardlink = checkSnapshotPath(raw.hardlink ?? '', n.name)
        break
      case pb.NodeType.NODE_FIFO:
        break
      case pb.NodeType.NODE_CHARDEV:
      case pb.NodeType.NODE_BLOCKDEV:
        n.rdev = Number(raw.rdev ?? 0)
        break
      case pb.NodeType.NODE_DIR:
        if (raw.subtree?.byteLength !== 32) throw new TreeError(`directory ${n.name}: bad tree id`)
        n.subtree = raw.subtree
        break
      case pb.NodeType.NODE_SYMLINK:
        if (raw.linkTargetBytes != null && raw.linkTargetBytes.byteLength > 0) {
          if (version < 2 || (raw.linkTarget ?? '') !== '') throw new TreeError(`symlink ${n.name}: both a target and target bytes, or target bytes in a version ${version} tree`)
          if (raw.linkTargetBytes.includes(0) || raw.linkTargetBytes.byteLength > 4096) throw new TreeError(`symlink ${n.name}: bad target`)
          if (isUtf8(raw.linkTargetBytes)) {
            n.linkTarget = Buffer.from(raw.linkTargetBytes).toString('utf8')
          } else {
            n.linkTarget = escapeBytes(raw.linkTargetBytes)
            n.linkTargetBytes = Buffer.from(raw.linkTargetBytes)
          }
          break
        }
        if (raw.linkTarget == null || raw.linkTarget.length === 0 || raw.linkTarget.includes('\0')) throw new TreeError(`symlink ${n.name}: bad target`)
        n.linkTarget = raw.linkTarget
        break
      default:
        throw new TreeError(`node ${n.name}: unknown type ${String(n.type)}`)
    }
    if (raw.xattrs != null && raw.xattrs.length > 0) {
      if (version < 2) throw new TreeError(`node ${JSON.stringify(n.name)}: extended attributes in a version ${version} tree`)
      n.xattrs = decodeXattrs(raw.xattrs, n.name)
    }
    out.push(n)
  }
  return out
}

/**
 * A node's extended attributes read back: each name UTF-8, not empty, no
 * NUL, at most MAX_XATTR_NAME bytes, with a namespace ("user.x"); each value
 * at most MAX_XATTR_VALUE; at most MAX_XATTRS_PER_NODE of them and
 * MAX_XATTR_NODE_BYTES in all; no name twice.
 */
function decodeXattrs (raw: pb.IXattr[], node: string): Xattr[] {
  const bad = (why: string): TreeError => new TreeError(`node ${JSON.stringify(node)}: extended attributes: ${why}`)
  if (raw.length > MAX_XATTRS_PER_NODE) throw bad(`${raw.length} of them, more than ${MAX_XATTRS_PER_NODE}`)
  const out: Xattr[] = []
  const seen = new Set<string>()
  let total = 0
  for (const x of raw) {
    const nameBytes = x.name ?? new Uint8Array(0)
    const value = x.value ?? new Uint8Array(0)
    if (nameBytes.byteLength === 0 || nameBytes.byteLength > MAX_XATTR_NAME || nameBytes.includes(0) || !isUtf8(nameBytes)) throw bad('a name that is empty, too long, not UTF-8 or holds NUL')
    const name = Buffer.from(nameBytes).toString('utf8')
    if (!/^[^.]+\.[^]+$/.test(name)) throw bad(`${JSON.stringify(name)} has no namespace`)
    if (value.byteLength > MAX_XATTR_VALUE) throw bad(`${JSON.stringify(name)} is ${value.byteLength} bytes, more than ${MAX_XATTR_VALUE}`)
    if (seen.has(name)) throw bad(`${JSON.stringify(name)} twice`)
    seen.add(name)
    total += nameBytes.byteLength + value.byteLength
    if (total > MAX_XATTR_NODE_BYTES) throw bad(`more than ${MAX_XATTR_NODE_BYTES} bytes in all`)
    out.push({ name: Buffer.from(nameBytes), value: Buffer.from(value) })
  }
  return out
}

/** Whether two nodes have the same extended attributes (names, values and order) and the same symlink target bytes. */
export function sameXattrs (a: Pick<TreeNode, 'xattrs' | 'linkTargetBytes'>, b: Pick<TreeNode, 'xattrs' | 'linkTargetBytes'>): boolean {
  const same = (x: Uint8Array | undefined, y: Uint8Array | undefined): boolean => (x === undefined || y === undefined) ? x === y : Buffer.from(x).equals(y)
  const [xa, xb] = [a.xattrs ?? [], b.xattrs ?? []]
  return same(a.linkTargetBytes, b.linkTargetBytes) && xa.length === xb.length && xa.every((x, i) => same(x.name, xb[i].name) && same(x.value, xb[i].value))
}

/** A name as bytes: not empty, not "." or "..", no "/" or NUL. */
function checkNameBytes (b: Uint8Array): void {
  const s = Buffer.from(b).toString('latin1')
  if (s === '.' || s === '..' || s.includes('/') || s.includes('\0')) throw new TreeError(`unsafe name in snapshot: ${JSON.stringify(escapeBytes(b))}`)
  if (b.byteLength > 4096) throw new TreeError('name too long in snapshot')
}

/** The bytes a node's name sorts and compares by. */
export function nameKey (n: Pick<TreeNode, 'name' | 'nameBytes'>): Buffer {
  return n.nameBytes !== undefined ? Buffer.from(n.nameBytes) : Buffer.from(n.name)
}

/** An absolute path inside a snapshot ("/a/b"): each component a safe name. */
function checkSnapshotPath (path: string, node: string): string {
  if (!path.startsWith('/') || Buffer.byteLength(path) > 64 * 1024) throw new TreeError(`hard link ${JSON.stringify(node)}: bad target path`)
  for (const part of path.slice(1).split('/')) checkName(part)
  return path
}

/** A user or group name from a tree: short, printable, no ":" (it is looked up in /etc/passwd). */
function ownerName (name: string, node: string): string {
  if (name.length > MAX_OWNER_NAME || /[\x00-\x1f\x7f:]/.test(name)) throw new TreeError(`node ${JSON.stringify(node)}: bad owner name`)
  return name
}

/** Byte order of UTF-8, like restic. */
export function compareNames (a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}
