/**
 * What a restore does with a path that already exists in the target: the
 * overwrite policy, in restic's words (`restore --overwrite`).
 *
 * - `always`: every entry of the snapshot is written again (to a temp name,
 *   then renamed over what is there). restic compares the content first and
 *   rewrites only the parts that differ; here the whole file is written.
 * - `if-changed`: a regular file whose size and mtime match the snapshot's is
 *   left as it is ("unchanged": its mode and owner are still set); a symlink
 *   with the same target too. Anything else is written as with `always`.
 * - `if-newer`: written only when the snapshot's mtime is newer than the
 *   existing entry's; else kept ("skipped").
 * - `never`: an existing entry is never replaced ("skipped").
 *
 * Directories are never replaced, only merged into; a non-directory where
 * the snapshot has a directory is replaced under `always` and `if-changed`
 * (and `if-newer` when the snapshot's is newer).
 *
 * The decision is pure (decideOverwrite): the restorer lstat()s the path and
 * passes what it found.
 */
import { pb } from '../../proto/index.js'
import type { TreeNode } from '../snapshot/tree.js'

export type OverwriteMode = 'always' | 'if-changed' | 'if-newer' | 'never'
export const OVERWRITE_MODES: readonly OverwriteMode[] = ['always', 'if-changed', 'if-newer', 'never']

export function isOverwriteMode (s: unknown): s is OverwriteMode {
  return typeof s === 'string' && (OVERWRITE_MODES as readonly string[]).includes(s)
}

/**
 * mtimes closer than this are the same: the restore sets times with
 * utimes(), which takes seconds as a double (about 0.24 µs of precision
 * today), and libuv truncates them to the microsecond (utimensat could take
 * nanoseconds; libuv keeps microseconds for all platforms' sake): a restored
 * mtime is up to 1.24 µs before the snapshot's.
 */
export const MTIME_TOLERANCE_NS = 2000n

/** What lstat found at the path (undefined: nothing there). */
export interface ExistingEntry {
  type: 'file' | 'dir' | 'symlink' | 'other'
  size: number
  /** Nanoseconds since the epoch. */
  mtimeNs: bigint
  /** A symlink's target bytes (read only for if-changed). */
  linkTarget?: Uint8Array
}

/** `write`: (re)write it; `unchanged`: the existing entry already matches; `skip`: keep the existing one as the policy says. */
export type OverwriteDecision = 'write' | 'unchanged' | 'skip'

export function nodeMtimeNs (node: Pick<TreeNode, 'mtimeSec' | 'mtimeNsec'>): bigint {
  return BigInt(node.mtimeSec) * 1_000_000_000n + BigInt(node.mtimeNsec)
}

function sameTime (a: bigint, b: bigint): boolean {
  const d = a - b
  return d < MTIME_TOLERANCE_NS && d > -MTIME_TOLERANCE_NS
}

/** What to do with `node` at a path where `existing` is (or nothing). */
export function decideOverwrite (mode: OverwriteMode, node: Pick<TreeNode, 'type' | 'size' | 'mtimeSec' | 'mtimeNsec' | 'linkTarget' | 'linkTargetBytes'>, existing: ExistingEntry | undefined): OverwriteDecision {
  if (existing === undefined) return 'write'
  const isDir = node.type === pb.NodeType.NODE_DIR
  if (isDir && existing.type === 'dir') return 'write' // merged into, never replaced
  switch (mode) {
    case 'always':
      return 'write'
    case 'never':
      return 'skip'
    case 'if-newer':
      return nodeMtimeNs(node) - existing.mtimeNs >= MTIME_TOLERANCE_NS ? 'write' : 'skip'
    case 'if-changed': {
      const file = node.type === pb.NodeType.NODE_FILE || node.type === pb.NodeType.NODE_HARDLINK
      if (file && existing.type === 'file' && existing.size === node.size && sameTime(existing.mtimeNs, nodeMtimeNs(node))) return 'unchanged'
      if (node.type === pb.NodeType.NODE_SYMLINK && existing.type === 'symlink' && existing.linkTarget !== undefined &&
        Buffer.from(existing.linkTarget).equals(Buffer.from(node.linkTargetBytes ?? Buffer.from(node.linkTarget ?? '')))) return 'unchanged'
      return 'write'
    }
  }
}
