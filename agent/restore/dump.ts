/**
 * `dump` and `restore --stdout`: a file of a snapshot written to a byte sink
 * as itself (restic's `dump`), e.g. a database dump piped back into `psql`;
 * with `tar`, a directory (or the whole snapshot) as a tar stream (tar.ts:
 * ustar with pax headers, owners, modes, mtimes, symlinks, hard links,
 * FIFOs, devices and extended attributes), its entries named by their snapshot paths without the
 * leading "/" (as restic does). Blobs are loaded with a small read-ahead
 * window and checked as in a restore (every shard, AEAD tag and blob id); a
 * failure stops the stream with an error, so a truncated dump is never
 * mistaken for a whole one. What a dump would write is counted and checked
 * against the snapshot's record first (plan.ts), as for a restore.
 */
import { sep } from 'node:path'
import { pb } from '../../proto/index.js'
import { BlobLoader } from '../repository/blob-loader.js'
import type { LoaderEvents } from '../repository/blob-loader.js'
import type { Repository } from '../repository/repository.js'
import { PathNotInSnapshotError } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { decodeTree, nameKey } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import { RestoreError } from './errors.js'
import { checkTotals, indexRawLengths, planRestore, recordedTotals } from './plan.js'
import { deviceNumbers } from './special.js'
import { tarEnd, tarHeader, tarPadding } from './tar.js'
import type { TarEntry, TarType } from './tar.js'

export interface DumpOptions {
  /** The path in the snapshot; default: the snapshot's only file (or, with `tar`, the whole snapshot). */
  path?: string
  /** A directory as a tar stream (else a directory is refused). */
  tar?: boolean
  readAhead?: number
  /** onShardFailure: each shard that could not be used, with its error (repair material, see agent/repair/shard-failure.ts). */
  events?: LoaderEvents
  signal?: AbortSignal
}

export interface DumpResult {
  path: string
  /** Bytes sent (a tar stream's with its headers). */
  bytes: number
  format: 'file' | 'tar'
}

type Sink = (bytes: Uint8Array) => Promise<void>

/** Write the file's bytes (or a directory's tar stream) to `sink` in order. */
export async function dumpFile (repo: Repository, snapshot: SnapshotInfo, sink: Sink, opts: DumpOptions = {}): Promise<DumpResult> {
  const loader = new BlobLoader(repo, opts.events)
  const load = async (id: Uint8Array): Promise<TreeNode[]> => decodeTree(await loader.load(id, opts))
  const short = snapshot.idHex.slice(0, 8)
  let nodes = await load(snapshot.tree)
  /** undefined: the snapshot's root. */
  let node: TreeNode | undefined
  let path = ''
  let pathBytes = Buffer.alloc(0)
  if (opts.path !== undefined && opts.path !== '' && opts.path !== '/') {
    const parts = opts.path.split(sep).filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      node = nodes.find(n => n.name === parts[i])
      if (node === undefined || (i < parts.length - 1 && node.type !== pb.NodeType.NODE_DIR)) throw new PathNotInSnapshotError(`path ${opts.path} is not in snapshot ${short}`)
      path += '/' + node.name
      pathBytes = Buffer.concat([pathBytes, Buffer.from('/'), nameKey(node)])
      if (i < parts.length - 1) nodes = await load(node.subtree as Uint8Array)
    }
  } else if (opts.tar !== true) {
    // No path: follow the tree down while it holds exactly one entry (a stdin
    // snapshot, or a backup of a single file).
    for (;;) {
      if (nodes.length !== 1) throw new RestoreError(`snapshot ${short} holds more than one file: name the one to write with --path`)
      node = nodes[0]
      path += '/' + node.name
      if (node.type !== pb.NodeType.NODE_DIR) break
      nodes = await load(node.subtree as Uint8Array)
    }
  }
  const readAhead = opts.readAhead ?? 4
  const rawLengths = indexRawLengths(repo.index)

  if (node === undefined || node.type === pb.NodeType.NODE_DIR) {
    if (opts.tar !== true) throw new RestoreError(`${path || '/'} in snapshot ${short} is a directory: --stdout writes one file (\`meshbackup dump\` writes a directory as a tar stream)`)
    const list = node === undefined ? nodes : await load(node.subtree as Uint8Array)
    // more than the snapshot records (a tree or hard-link bomb): refused before a byte is sent
    checkTotals(await planRestore(list, { loadTree: load, rawLengths }, { path, signal: opts.signal }), recordedTotals(snapshot.stats), short)
    const bytes = await writeTar(node, path, pathBytes, list, { load, loader, sink, readAhead, signal: opts.signal })
    return { path: path || '/', bytes, format: 'tar' }
  }
  if (node.type !== pb.NodeType.NODE_FILE && node.type !== pb.NodeType.NODE_HARDLINK) {
    throw new RestoreError(`${path} in snapshot ${short} is not a regular file or a directory`)
  }
  // a size its content does not hold, or more than the snapshot records: refused before a byte is sent
  const totals = await planRestore([node], { loadTree: load, rawLengths }, { path: path.slice(0, path.lastIndexOf('/')), signal: opts.signal })
  checkTotals(totals, recordedTotals(snapshot.stats), short)
  const bytes = await streamContent(node, path, loader, sink, readAhead, opts.signal)
  return { path, bytes, format: 'file' }
}

/** A file's content in order, `readAhead` blobs loaded ahead; its size checked. */
async function streamContent (node: TreeNode, path: string, loader: BlobLoader, sink: Sink, readAhead: number, signal: AbortSignal | undefined): Promise<number> {
  const pending: Array<Promise<Uint8Array>> = []
  let next = 0
  const fill = (): void => {
    while (pending.length < readAhead && next < node.content.length) {
      const p = loader.load(node.content[next++], { signal })
      p.catch(() => {}) // awaited in order below
      pending.push(p)
    }
  }
  fill()
  let bytes = 0
  while (pending.length > 0) {
    signal?.throwIfAborted()
    const data = await (pending.shift() as Promise<Uint8Array>)
    fill()
    await sink(data)
    bytes += data.byteLength
  }
  if (bytes !== node.size) throw new RestoreError(`${path}: read ${bytes} bytes, the snapshot says ${node.size}`)
  return bytes
}

interface TarComponents {
  load: (id: Uint8Array) => Promise<TreeNode[]>
  loader: BlobLoader
  sink: Sink
  readAhead: number
  signal?: AbortSignal
}

const TAR_TYPES: Partial<Record<pb.NodeType, TarType>> = {
  [pb.NodeType.NODE_DIR]: 'dir',
  [pb.NodeType.NODE_FILE]: 'file',
  [pb.NodeType.NODE_HARDLINK]: 'file',
  [pb.NodeType.NODE_SYMLINK]: 'symlink',
  [pb.NodeType.NODE_FIFO]: 'fifo',
  [pb.NodeType.NODE_CHARDEV]: 'chardev',
  [pb.NodeType.NODE_BLOCKDEV]: 'blockdev'
}

/** `dir` (undefined: the root) and everything below it as a tar stream; the bytes sent. */
async function writeTar (dir: TreeNode | undefined, dirPath: string, dirBytes: Buffer, list: TreeNode[], c: TarComponents): Promise<number> {
  let sent = 0
  const put = async (b: Uint8Array): Promise<void> => {
    if (b.byteLength === 0) return
    await c.sink(b)
    sent += b.byteLength
  }
  /** The archive name of each file's first path (snapshot path → name): later hard links link to it. */
  const firstName = new Map<string, Buffer>()
  const entry = (n: TreeNode, name: Buffer, over: Partial<TarEntry> = {}): TarEntry => {
    const dev = n.type === pb.NodeType.NODE_CHARDEV || n.type === pb.NodeType.NODE_BLOCKDEV ? deviceNumbers(n.rdev ?? 0) : undefined
    return {
      path: name,
      type: TAR_TYPES[n.type] ?? 'file',
      mode: n.mode & 0o7777,
      uid: n.uid,
      gid: n.gid,
      uname: n.user,
      gname: n.group,
      size: n.type === pb.NodeType.NODE_FILE || n.type === pb.NodeType.NODE_HARDLINK ? n.size : 0,
      mtimeSec: n.mtimeSec,
      mtimeNsec: n.mtimeNsec,
      linkname: n.linkTargetBytes !== undefined ? Buffer.from(n.linkTargetBytes) : n.linkTarget !== undefined ? Buffer.from(n.linkTarget) : undefined,
      xattrs: n.xattrs,
      devmajor: dev?.major,
      devminor: dev?.minor,
      ...over
    }
  }
  const file = async (n: TreeNode, path: string, name: Buffer): Promise<void> => {
    await put(tarHeader(entry(n, name, { type: 'file' })))
    const bytes = await streamContent(n, path, c.loader, put, c.readAhead, c.signal)
    await put(tarPadding(bytes))
  }
  const walk = async (nodes: TreeNode[], path: string, bytes: Buffer): Promise<void> => {
    for (const n of nodes) {
      c.signal?.throwIfAborted()
      const p = `${path}/${n.name}`
      const pBytes = Buffer.concat([bytes, Buffer.from('/'), nameKey(n)])
      const name = pBytes.subarray(1) // names without the leading "/"
      switch (n.type) {
        case pb.NodeType.NODE_DIR:
          await put(tarHeader(entry(n, name)))
          await walk(await c.load(n.subtree as Uint8Array), p, pBytes)
          break
        case pb.NodeType.NODE_FILE:
          firstName.set(p, name)
          await file(n, p, name)
          break
        case pb.NodeType.NODE_HARDLINK: {
          const first = firstName.get(n.hardlink as string)
          if (first !== undefined) {
            await put(tarHeader(entry(n, name, { type: 'hardlink', size: 0, linkname: first })))
          } else {
            // its first path is not in this archive: the content here, and the next links to it
            firstName.set(n.hardlink as string, name)
            await file(n, p, name)
          }
          break
        }
        case pb.NodeType.NODE_SYMLINK:
        case pb.NodeType.NODE_FIFO:
        case pb.NodeType.NODE_CHARDEV:
        case pb.NodeType.NODE_BLOCKDEV:
          await put(tarHeader(entry(n, name)))
          break
      }
    }
  }
  if (dir !== undefined) await put(tarHeader(entry(dir, dirBytes.subarray(1))))
  await walk(list, dirPath, dirBytes)
  await put(tarEnd())
  return sent
}
