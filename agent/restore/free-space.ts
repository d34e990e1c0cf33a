/**
 * Room on the target, checked before a restore writes anything: the bytes of
 * its files, a block for each entry, and a margin; and its inodes where the
 * file system counts them (some, like btrfs, report none).
 */
import { statfs } from 'node:fs/promises'
import { formatBytes } from '../util/format.js'
import { RestoreNoSpaceError } from './errors.js'
import type { RestoreTotals } from './plan.js'

/** Room counted for each file, folder and link beyond its bytes (a block of metadata and tail). */
export const ENTRY_BYTES = 4096
/** Kept free beyond what the restore needs: this much… */
export const FREE_MARGIN_BYTES = 16 * 1024 * 1024
/** …or this share of it (1/50), whichever is more. */
export const FREE_MARGIN_SHARE = 1 / 50

export interface FreeSpace {
  /** Bytes an unprivileged writer may still use. */
  bytes: number
  /** Inodes free; undefined when the file system does not count them. */
  inodes?: number
}

/** How much room there is at a path (injectable: tests cannot fill a disk). */
export type FreeSpaceOf = (path: string) => Promise<FreeSpace>

/** statfs(2) of the file system holding `path`. */
export async function freeSpaceOf (path: string): Promise<FreeSpace> {
  const s = await statfs(path)
  return { bytes: s.bavail * s.bsize, inodes: s.files > 0 ? s.ffree : undefined }
}

/** What restoring `t` takes on disk, margin included. */
export function spaceNeeded (t: RestoreTotals): { bytes: number, inodes: number } {
  const entries = t.files + t.dirs + t.symlinks
  const bytes = t.bytes + entries * ENTRY_BYTES
  return {
    bytes: bytes + Math.max(FREE_MARGIN_BYTES, bytes * FREE_MARGIN_SHARE),
    inodes: entries + Math.max(100, Math.ceil(entries * FREE_MARGIN_SHARE))
  }
}

/** Refuse a restore into `target` that would not fit. */
export async function checkFreeSpace (target: string, t: RestoreTotals, freeOf: FreeSpaceOf = freeSpaceOf): Promise<void> {
  const free = await freeOf(target)
  const need = spaceNeeded(t)
  if (need.bytes > free.bytes) {
    throw new RestoreNoSpaceError(`not enough space: the restore needs ${formatBytes(need.bytes, 'compact')} (${formatBytes(t.bytes, 'compact')} in ${t.files + t.dirs + t.symlinks} entries, with a margin), ${formatBytes(free.bytes, 'compact')} free on ${target}`)
  }
  if (free.inodes !== undefined && need.inodes > free.inodes) {
    throw new RestoreNoSpaceError(`not enough inodes: the restore needs ${need.inodes} (${t.files + t.dirs + t.symlinks} entries, with a margin), ${free.inodes} free on ${target}`)
  }
}
