/**
 * `restore --include` / `--exclude`: which paths of a snapshot a restore
 * writes. Patterns are the backup's (agent/backup/exclude.ts: globs on the
 * absolute snapshot path, `/…` anchored, others at any depth, `dir/` for
 * directories only), with restic's meaning on restore:
 * - `--exclude`: a matching path is left out with all it holds;
 * - `--include` (when given): only matching paths are restored, a matching
 *   directory with all it holds, and the directories on the way to a match
 *   (made only when something below them is restored);
 * - both: what an include selects, minus what an exclude leaves out.
 */
import { minimatch } from 'minimatch'
import { compileExcludes, ExcludePatternError } from '../backup/exclude.js'
import type { ExcludeFn } from '../backup/exclude.js'

/** `yes`: restore it (a directory: with what it holds); `below`: a directory only for what below it is selected; `no`: leave it out (with all below). */
export type Selected = 'yes' | 'below' | 'no'

export interface RestoreSelection {
  /** `insideIncluded`: a directory above it was selected as a whole (`yes` by an include). */
  test: (path: string, isDir: boolean, insideIncluded: boolean) => Selected
}

export interface SelectionPatterns {
  includes?: readonly string[]
  excludes?: readonly string[]
}

/** undefined when there are no patterns (everything is restored); a bad pattern is an ExcludePatternError. */
export function compileSelection (p: SelectionPatterns): RestoreSelection | undefined {
  const excluded: ExcludeFn | undefined = compileExcludes(p.excludes ?? [])
  const includes = p.includes ?? []
  let included: ExcludeFn | undefined
  try {
    included = compileExcludes(includes)
  } catch (err) {
    if (err instanceof ExcludePatternError) throw new ExcludePatternError(`--include: ${err.message.replace(/exclude pattern/g, 'pattern')}`)
    throw err
  }
  if (excluded === undefined && included === undefined) return undefined
  // what may match below a directory: minimatch's partial match of each include (any-depth patterns may match below every directory)
  const partials = includes.map(raw => {
    const t = raw.trim().replace(/\/+$/, '')
    return t.startsWith('/') ? new minimatch.Minimatch(t, { dot: true, nocomment: true, nonegate: true }) : undefined
  })
  const mayMatchBelow = (dir: string): boolean => partials.some(mm => mm === undefined || mm.match(dir, true))
  return {
    test: (path, isDir, insideIncluded) => {
      if (excluded?.(path, isDir) === true) return 'no'
      if (included === undefined || insideIncluded || included(path, isDir)) return 'yes'
      return isDir && mayMatchBelow(path) ? 'below' : 'no'
    }
  }
}
