/**
 * Snapshot listing and lookup: ids by prefix, "latest", point in time, and
 * restic's filters (`--host`, `--path`, `--tag`: the same matchesFilter as
 * forget's, agent/prune/retention.ts): "latest" is the newest snapshot of the
 * filtered ones, so `restore latest --host web1 --snapshot-path /srv` picks
 * that host's newest backup of /srv. An id names its snapshot whatever the
 * filters (as in restic).
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import type { IndexDb } from '../../store/index-db.js'
import { matchesFilter } from '../prune/retention.js'
import type { SnapshotFilter } from '../prune/retention.js'
import { snapshotTypeName } from './snapshot-type.js'
import type { SnapshotType } from './snapshot-type.js'

/** What snapshot lookups need: the index. */
export interface HasIndex { index: IndexDb }

export type { SnapshotFilter }

export class SnapshotNotFoundError extends Error {
  override name = 'SnapshotNotFoundError'
}

/** A path asked for (`ls`, `restore --path`, `dump`) that the snapshot does not hold. */
export class PathNotInSnapshotError extends Error {
  override name = 'PathNotInSnapshotError'
}

/** Whether a filter names anything (an empty one matches every snapshot). */
export function isFiltering (f: SnapshotFilter | undefined): boolean {
  return f !== undefined && ((f.hosts ?? []).length > 0 || (f.paths ?? []).length > 0 || (f.tags ?? []).length > 0)
}

/** The filter in words, for messages: `--host a --path /srv --tag x,y`. */
export function filterWords (f: SnapshotFilter): string {
  return [...(f.hosts ?? []).map(h => `--host ${h}`), ...(f.paths ?? []).map(p => `--path ${p}`), ...(f.tags ?? []).map(t => `--tag ${t.join(',')}`)].join(' ')
}

/** The snapshots `filter` matches (restic's semantics: any host, every path, any tag list), oldest first. */
export function filterSnapshots<S extends { host: string, paths: string[], tags: string[] }> (list: S[], filter: SnapshotFilter | undefined): S[] {
  if (!isFiltering(filter)) return list
  return list.filter(s => matchesFilter({ id: '', time: new Date(0), host: s.host, paths: s.paths, tags: s.tags }, filter))
}

export interface SnapshotInfo {
  id: Uint8Array
  idHex: string
  time: Date
  host: string
  username: string
  paths: string[]
  tags: string[]
  type: SnapshotType
  parent?: string
  tree: Uint8Array
  stats: pb.ISnapshotStats
  degraded: boolean
}

function toInfo (id: Uint8Array, s: pb.ISnapshot): SnapshotInfo {
  return {
    id,
    idHex: hex(id),
    time: new Date(Number(s.timeMs ?? 0)),
    host: s.host ?? '',
    username: s.username ?? '',
    paths: s.paths ?? [],
    tags: s.tags ?? [],
    type: snapshotTypeName(s.type),
    parent: s.parent != null && s.parent.byteLength > 0 ? hex(s.parent) : undefined,
    tree: s.tree ?? new Uint8Array(),
    stats: s.stats ?? {},
    degraded: s.degraded ?? false
  }
}

/** All snapshots, oldest first. */
export async function listSnapshots (repo: HasIndex): Promise<SnapshotInfo[]> {
  return (await repo.index.listSnapshots()).map(r => toInfo(r.id, r.snapshot))
}

/**
 * Resolve "latest", a full id or a unique id prefix (≥ 4 hex digits); with `at`,
 * the newest snapshot at or before that time (point-in-time restore); with
 * `filter`, "latest" of the snapshots it matches.
 */
export async function findSnapshot (repo: HasIndex, ref: string, options: { at?: Date, filter?: SnapshotFilter } = {}): Promise<SnapshotInfo> {
  let all = await listSnapshots(repo)
  if (ref === 'latest') {
    all = filterSnapshots(all, options.filter)
    if (options.at !== undefined) {
      const at = options.at.getTime()
      all = all.filter(s => s.time.getTime() <= at)
    }
    const s = all.at(-1)
    if (s === undefined) {
      const words = [isFiltering(options.filter) ? `matching ${filterWords(options.filter as SnapshotFilter)}` : '', options.at !== undefined ? `at or before ${options.at.toISOString()}` : ''].filter(Boolean).join(' ')
      throw new SnapshotNotFoundError(words !== '' ? `no snapshot ${words}` : 'no snapshot yet')
    }
    return s
  }
  if (options.at !== undefined) {
    const at = options.at.getTime()
    all = all.filter(s => s.time.getTime() <= at)
  }
  if (!/^[0-9a-f]{4,64}$/i.test(ref)) throw new SnapshotNotFoundError(`"${ref}" is not a snapshot id (hex, at least 4 digits) or "latest"`)
  const matches = all.filter(s => s.idHex.startsWith(ref.toLowerCase()))
  if (matches.length === 0) throw new SnapshotNotFoundError(`snapshot ${ref} not found`)
  if (matches.length > 1) throw new SnapshotNotFoundError(`snapshot id prefix ${ref} is ambiguous (${matches.length} snapshots)`)
  return matches[0]
}
