/**
 * `restore --stdout`: one file of a snapshot written to a byte sink (restic's
 * `dump`), e.g. a database dump piped back into `psql`. The file's blobs are
 * loaded with a small read-ahead window and checked as in a restore (every
 * shard, AEAD tag and blob id); a failure stops the stream with an error, so a
 * truncated dump is never mistaken for a whole one.
 */
import { sep } from 'node:path'
import { pb } from '../../proto/index.js'
import { BlobLoader } from '../repository/blob-loader.js'
import type { LoaderEvents } from '../repository/blob-loader.js'
import type { Repository } from '../repository/repository.js'
import { PathNotInSnapshotError } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { decodeTree } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import { RestoreError } from './errors.js'
import { checkTotals, indexRawLengths, planRestore, recordedTotals } from './plan.js'

export interface DumpOptions {
  /** The file's path in the snapshot; default: the snapshot's only file. */
  path?: string
  readAhead?: number
  /** onShardFailure: each shard that could not be used, with its error (repair material, see agent/repair/shard-failure.ts). */
  events?: LoaderEvents
  signal?: AbortSignal
}

/** Write the file's bytes to `sink` in order; returns its path and size. */
export async function dumpFile (repo: Repository, snapshot: SnapshotInfo, sink: (bytes: Uint8Array) => Promise<void>, opts: DumpOptions = {}): Promise<{ path: string, bytes: number }> {
  const loader = new BlobLoader(repo, opts.events)
  const load = async (id: Uint8Array): Promise<TreeNode[]> => decodeTree(await loader.load(id, opts))
  const short = snapshot.idHex.slice(0, 8)
  let nodes = await load(snapshot.tree)
  let node: TreeNode | undefined
  let path = ''
  if (opts.path !== undefined && opts.path !== '' && opts.path !== '/') {
    const parts = opts.path.split(sep).filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      node = nodes.find(n => n.name === parts[i])
      if (node === undefined || (i < parts.length - 1 && node.type !== pb.NodeType.NODE_DIR)) throw new PathNotInSnapshotError(`path ${opts.path} is not in snapshot ${short}`)
      path += '/' + node.name
      if (i < parts.length - 1) nodes = await load(node.subtree as Uint8Array)
    }
  } else {
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
  if (node === undefined || (node.type !== pb.NodeType.NODE_FILE && node.type !== pb.NodeType.NODE_HARDLINK)) {
    throw new RestoreError(`${path || opts.path || '/'} in snapshot ${short} is ${node?.type === pb.NodeType.NODE_DIR ? 'a directory' : 'not a regular file'}: --stdout writes one file`)
  }
  // a size its content does not hold, or more than the snapshot records: refused before a byte is sent
  const totals = await planRestore([node], { loadTree: load, rawLengths: indexRawLengths(repo.index) }, { path: path.slice(0, path.lastIndexOf('/')), signal: opts.signal })
  checkTotals(totals, recordedTotals(snapshot.stats), short)
  const readAhead = opts.readAhead ?? 4
  const pending: Array<Promise<Uint8Array>> = []
  let next = 0
  const fill = (): void => {
    while (pending.length < readAhead && next < node.content.length) {
      const p = loader.load(node.content[next++], opts)
      p.catch(() => {}) // awaited in order below
      pending.push(p)
    }
  }
  fill()
  let bytes = 0
  while (pending.length > 0) {
    opts.signal?.throwIfAborted()
    const data = await (pending.shift() as Promise<Uint8Array>)
    fill()
    await sink(data)
    bytes += data.byteLength
  }
  if (bytes !== node.size) throw new RestoreError(`${path}: read ${bytes} bytes, the snapshot says ${node.size}`)
  return { path, bytes }
}
