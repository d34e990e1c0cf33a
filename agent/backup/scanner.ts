/**
 * The scanner: counts the files and bytes a backup will go through, so that
 * progress can show a percentage and an ETA. It runs next to the archiver (as
 * restic's does) and only stats; the archiver never waits for it.
 */
import { lstat, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ExcludeFn } from './exclude.js'

export interface ScanTotals {
  files: number
  dirs: number
  bytes: number
}

export async function scanTotals (paths: string[], exclude: ExcludeFn | undefined, signal?: AbortSignal): Promise<ScanTotals> {
  const totals: ScanTotals = { files: 0, dirs: 0, bytes: 0 }
  // An explicit stack, depth-first: no recursion depth limit on deep trees.
  const stack = [...new Set(paths.map(p => resolve(p)))]
  while (stack.length > 0) {
    signal?.throwIfAborted()
    const p = stack.pop() as string
    let st
    try { st = await lstat(p) } catch { continue } // the archiver reports unreadable paths
    if (st.isDirectory()) {
      totals.dirs++
      let entries
      try { entries = await readdir(p, { withFileTypes: true }) } catch { continue }
      for (const e of entries) {
        const child = join(p, e.name)
        // the entry's type (not following symlinks, like lstat) is enough to match excludes
        if (exclude?.(child, e.isDirectory()) !== true) stack.push(child)
      }
    } else {
      totals.files++
      if (st.isFile()) totals.bytes += st.size
    }
  }
  return totals
}
