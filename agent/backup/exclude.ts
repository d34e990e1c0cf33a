/**
 * `--exclude PATTERN`, with restic's meaning: a glob (`*`, `?`, `[...]`, `**`)
 * matched against the absolute path. A pattern that starts with `/` is anchored
 * at the root; any other pattern matches at any depth (`*.log` leaves out every
 * .log file, `cache/tmp` every tmp folder inside a cache folder). A directory
 * that matches is left out with everything below it. `!PATTERN` re-includes
 * what an earlier pattern left out (evaluated in order, the last match wins).
 *
 * Matching is minimatch's (the glob engine of npm itself).
 */
import { minimatch } from 'minimatch'
import type { MinimatchOptions } from 'minimatch'

export class ExcludePatternError extends Error {
  override name = 'ExcludePatternError'
}

/** Longest accepted pattern, and most patterns: a guard against a runaway file. */
const MAX_PATTERN = 4096
const MAX_PATTERNS = 10_000

export type ExcludeFn = (path: string, isDir: boolean) => boolean

export function compileExcludes (patterns: readonly string[], options: { caseInsensitive?: boolean } = {}): ExcludeFn | undefined {
  if (patterns.length > MAX_PATTERNS) throw new ExcludePatternError(`too many exclude patterns (${patterns.length}, at most ${MAX_PATTERNS})`)
  const mmOpts: MinimatchOptions = { dot: true, nocase: options.caseInsensitive === true, nocomment: true, nonegate: true }
  const rules: Array<{ negate: boolean, dirOnly: boolean, test: (p: string) => boolean }> = []
  for (const raw of patterns) {
    let p = raw.trim()
    if (p === '' || p.length > MAX_PATTERN) throw new ExcludePatternError(p === '' ? 'an exclude pattern is empty' : `exclude pattern over ${MAX_PATTERN} characters`)
    if (p.includes('\0')) throw new ExcludePatternError(`exclude pattern ${JSON.stringify(raw)} holds a NUL byte`)
    const negate = p.startsWith('!')
    if (negate) p = p.slice(1)
    // "dir/" matches directories only, as in .gitignore and restic.
    const dirOnly = p.endsWith('/') && p.length > 1
    if (dirOnly) p = p.replace(/\/+$/, '')
    if (unclosedBracket(p)) throw new ExcludePatternError(`exclude pattern ${JSON.stringify(raw)} opens a [ character class that is never closed (write \\[ to match a bracket)`)
    const glob = p.startsWith('/') ? p : `**/${p}`
    const mm = new minimatch.Minimatch(glob, mmOpts)
    if (mm.makeRe() === false) throw new ExcludePatternError(`exclude pattern ${JSON.stringify(raw)} is not a valid glob`)
    rules.push({ negate, dirOnly, test: (path) => mm.match(path) })
  }
  if (rules.length === 0) return undefined
  return (path, isDir) => {
    let excluded = false
    for (const r of rules) {
      if (r.dirOnly && !isDir) continue
      if (r.negate === excluded && r.test(path)) excluded = !r.negate
    }
    return excluded
  }
}

/** Does the glob hold a `[` class with no closing `]`? (minimatch would match it literally; restic refuses it.) */
function unclosedBracket (p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') { i++; continue }
    if (p[i] !== '[') continue
    let j = i + 1
    if (p[j] === '!' || p[j] === '^') j++
    if (p[j] === ']') j++ // a ] first in the class is a member
    while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1
    if (j >= p.length) return true
    i = j
  }
  return false
}
