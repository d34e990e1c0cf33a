/** Helpers the route groups share: request fields, snapshot choice, progress events. */
import { compileExcludes } from '../../backup/exclude.js'
import type { ExcludeFn } from '../../backup/exclude.js'
import { findSnapshot } from '../../snapshot/snapshots.js'
import type { SnapshotInfo } from '../../snapshot/snapshots.js'
import type { Repository } from '../../repository/repository.js'
import { BadRequestError } from '../errors.js'

/** At most this many progress events a second. */
const PROGRESS_EVENTS_PER_SECOND = 5

/** Progress callbacks as NDJSON events, at most five a second. */
export function progressEvents<P extends object> (send: (event: Record<string, unknown>) => void): (p: P) => void {
  let last = 0
  return p => {
    const now = Date.now()
    if (now - last > 1000 / PROGRESS_EVENTS_PER_SECOND) { last = now; send({ event: 'progress', ...p }) }
  }
}

/** A body field that is a string (else undefined). */
export function optionalString (body: Record<string, unknown>, field: string): string | undefined {
  return typeof body[field] === 'string' ? body[field] : undefined
}

/** A body field as a string, '' when absent. */
export function stringField (body: Record<string, unknown>, field: string, fallback = ''): string {
  const v = body[field]
  return v === undefined || v === null ? fallback : String(v)
}

/** A list of strings, or BadRequestError naming the field. */
export function stringList (v: unknown, what: string): string[] {
  if (v === undefined) return []
  if (!Array.isArray(v) || !v.every(x => typeof x === 'string')) throw new BadRequestError(`${what}: a list of patterns`)
  return v as string[]
}

/** The snapshot a request names (`snapshot`: id, prefix or "latest"; `at`: point in time). */
export async function requestedSnapshot (repo: Repository, body: Record<string, unknown>): Promise<SnapshotInfo> {
  const at = body.at === undefined ? undefined : new Date(String(body.at))
  if (at !== undefined && Number.isNaN(at.getTime())) throw new BadRequestError(`at: "${String(body.at)}" is not a time`)
  return await findSnapshot(repo, stringField(body, 'snapshot', 'latest'), { at })
}

/** `excludes` (globs) and `iexcludes` (case-insensitive globs) of a backup request; a bad pattern is an ExcludePatternError. */
export function compileExcludeRequest (body: Record<string, unknown>): ExcludeFn | undefined {
  const cs = compileExcludes(stringList(body.excludes, 'excludes'))
  const ci = compileExcludes(stringList(body.iexcludes, 'iexcludes'), { caseInsensitive: true })
  if (cs === undefined || ci === undefined) return cs ?? ci
  return (p, isDir) => cs(p, isDir) || ci(p, isDir)
}
