/**
 * The restore plan: what a restore will write, counted from the snapshot's
 * trees before anything is written, and the checks on it.
 *
 * A snapshot is not trusted (its trees come from the mesh, under the
 * repository key but written by whoever holds it). Two ways to make a small
 * snapshot write a huge amount:
 * - a file whose size its content does not hold: 1 TB "of" one 6-byte blob
 *   (a hole bomb). Holes are stored as data (runs of zeros, deduplicated to
 *   one blob per length; a sparse file's all-zero blobs are written back as
 *   holes), so a file's size must be exactly the sum of its content blobs'
 *   plaintext lengths (the index records them): otherwise ContentSizeError,
 *   for the first such file.
 * - content or trees repeated: one blob listed a million times, or a
 *   directory whose sub-directories all name the same tree, nested (hard-link
 *   and tree bombs). The totals are compared with what the snapshot records
 *   (stats.bytesTotal, files and dirs counted at backup, which counts every
 *   path: restored bytes and entries match them exactly): beyond a small
 *   margin, RestoreTooLargeError.
 * Each distinct tree is loaded and counted once (its totals are remembered by
 * id), so a tree that repeats itself exponentially costs no more to check
 * than its distinct trees.
 */
import { hex } from '../../store/keys.js'
import { pb } from '../../proto/index.js'
import type { IndexDb } from '../../store/index-db.js'
import { BlobNotFoundError } from '../repository/blob-loader.js'
import type { TreeNode } from '../snapshot/tree.js'
import { formatBytes } from '../util/format.js'
import { Semaphore } from '../util/semaphore.js'
import { ContentSizeError, RestoreTooLargeError } from './errors.js'

/** Bytes a restore may write beyond what the snapshot records: this much… */
export const RESTORE_SLACK_BYTES = 1024 * 1024
/** …or this share of the recorded total (1/64), whichever is more. */
export const RESTORE_SLACK_SHARE = 1 / 64
/** Files and folders a restore may make beyond what the snapshot records (and the same share). */
export const RESTORE_SLACK_ENTRIES = 1000
/** Trees loaded at once while planning. */
const PLAN_CONCURRENCY = 8
/** Blob lengths looked up in one index read. */
const LENGTHS_BATCH = 4096

/** What a restore writes. */
export interface RestoreTotals {
  files: number
  dirs: number
  symlinks: number
  /** File bytes (sum of the files' sizes). */
  bytes: number
}

/** What a plan needs: the trees, and the blobs' plaintext lengths from the index. */
export interface RestorePlanComponents {
  loadTree: (id: Uint8Array) => Promise<TreeNode[]>
  /** Each blob's plaintext length, undefined where the index has no such blob. */
  rawLengths: (ids: Uint8Array[]) => Promise<Array<number | undefined>>
}

/** rawLengths from the index's blob records. */
export function indexRawLengths (index: Pick<IndexDb, 'getBlobs'>): RestorePlanComponents['rawLengths'] {
  return async ids => (await index.getBlobs(ids)).map(r => r?.rawLength ?? undefined)
}

/** What the snapshot records of itself (its stats). */
export interface RecordedTotals {
  files: number
  dirs: number
  bytes: number
}

export function recordedTotals (stats: pb.ISnapshotStats): RecordedTotals {
  return {
    files: Number(stats.filesNew ?? 0) + Number(stats.filesChanged ?? 0) + Number(stats.filesUnchanged ?? 0),
    dirs: Number(stats.dirs ?? 0),
    bytes: Number(stats.bytesTotal ?? 0)
  }
}

/**
 * Count what restoring `nodes` (a snapshot's root, or the node at a sub-path)
 * writes; refuses a file whose size its content does not hold.
 */
export async function planRestore (nodes: TreeNode[], c: RestorePlanComponents, opts: { path?: string, signal?: AbortSignal } = {}): Promise<RestoreTotals> {
  const slots = new Semaphore(PLAN_CONCURRENCY)
  const memo = new Map<string, Promise<RestoreTotals>>()

  const treeTotals = async (id: Uint8Array, path: string): Promise<RestoreTotals> => {
    const key = hex(id)
    let p = memo.get(key)
    if (p === undefined) {
      p = slots.use(async () => { opts.signal?.throwIfAborted(); return await c.loadTree(id) }).then(async list => await listTotals(list, path))
      p.catch(() => {}) // awaited by every user
      memo.set(key, p)
    }
    return await p
  }

  const listTotals = async (list: TreeNode[], dir: string): Promise<RestoreTotals> => {
    const t: RestoreTotals = { files: 0, dirs: 0, symlinks: 0, bytes: 0 }
    // a hard link carries its file's content: checked and counted like a file (an upper bound: it is linked, not written, when its first path is restored too)
    const files = list.filter(n => n.type === pb.NodeType.NODE_FILE || n.type === pb.NodeType.NODE_HARDLINK)
    const ids = files.flatMap(n => n.content)
    const lengths: Array<number | undefined> = []
    for (let i = 0; i < ids.length; i += LENGTHS_BATCH) lengths.push(...await c.rawLengths(ids.slice(i, i + LENGTHS_BATCH)))
    let at = 0
    for (const f of files) {
      let held = 0
      for (const id of f.content) {
        const len = lengths[at++]
        if (len === undefined) throw new BlobNotFoundError(`${join(dir, f.name)}: blob ${hex(id).slice(0, 16)} is not in the index`)
        held += len
      }
      if (held !== f.size) {
        throw new ContentSizeError(`${join(dir, f.name)}: the snapshot says ${f.size} bytes (${formatBytes(f.size, 'compact')}), its content holds ${held}: refused (holes are stored as zeros, so the content must hold every byte)`)
      }
      t.files++
      t.bytes += f.size
    }
    const subdirs = list.filter(n => n.type === pb.NodeType.NODE_DIR)
    const below = await Promise.all(subdirs.map(async n => n.subtree === undefined ? undefined : await treeTotals(n.subtree, join(dir, n.name))))
    t.dirs += subdirs.length
    for (const b of below) if (b !== undefined) add(t, b)
    t.symlinks += list.filter(n => n.type === pb.NodeType.NODE_SYMLINK).length
    return t
  }

  return await listTotals(nodes, opts.path ?? '')
}

/** Refuse totals far beyond what the snapshot records (`short`: its id for the message). */
export function checkTotals (t: RestoreTotals, recorded: RecordedTotals, short: string): void {
  const maxBytes = recorded.bytes + Math.max(RESTORE_SLACK_BYTES, recorded.bytes * RESTORE_SLACK_SHARE)
  const entries = t.files + t.dirs
  const recordedEntries = recorded.files + recorded.dirs
  const maxEntries = recordedEntries + Math.max(RESTORE_SLACK_ENTRIES, recordedEntries * RESTORE_SLACK_SHARE)
  if (t.bytes > maxBytes || entries > maxEntries) {
    throw new RestoreTooLargeError(`snapshot ${short} would write ${formatBytes(t.bytes, 'compact')} in ${entries} files and folders, it records ${formatBytes(recorded.bytes, 'compact')} in ${recordedEntries}: refused (content or folders repeated beyond what was backed up)`)
  }
}

function add (t: RestoreTotals, b: RestoreTotals): void {
  t.files += b.files
  t.dirs += b.dirs
  t.symlinks += b.symlinks
  t.bytes += b.bytes
}

function join (dir: string, name: string): string {
  return `${dir}/${name}`
}
