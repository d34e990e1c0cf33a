/**
 * Snapshot listing and lookup: ids by prefix, "latest", point in time.
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import type { IndexDb } from '../../store/index-db.js'
import { snapshotTypeName } from './snapshot-type.js'
import type { SnapshotType } from './snapshot-type.js'

/** What snapshot lookups need: the index. */
export interface HasIndex { index: IndexDb }

export class SnapshotNotFoundError extends Error {
  override name = 'SnapshotNotFoundError'
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
 * the newest snapshot at or before that time (point-in-time restore).
 */
export async function findSnapshot (repo: HasIndex, ref: string, options: { at?: Date, paths?: string[], host?: string } = {}): Promise<SnapshotInfo> {
  let all = await listSnapshots(repo)
  if (options.host !== undefined) all = all.filter(s => s.host === options.host)
  if (options.paths !== undefined && options.paths.length > 0) {
    const want = options.paths
    all = all.filter(s => want.every(p => s.paths.some(sp => p === sp || p.startsWith(sp.endsWith('/') ? sp : sp + '/'))))
  }
  if (options.at !== undefined) {
    const at = options.at.getTime()
    all = all.filter(s => s.time.getTime() <= at)
  }
  if (ref === 'latest') {
    const s = all.at(-1)
    if (s === undefined) throw new SnapshotNotFoundError(options.at !== undefined ? `no snapshot at or before ${options.at.toISOString()}` : 'no snapshot yet')
    return s
  }
  if (!/^[0-9a-f]{4,64}$/i.test(ref)) throw new SnapshotNotFoundError(`"${ref}" is not a snapshot id (hex, at least 4 digits) or "latest"`)
  const matches = all.filter(s => s.idHex.startsWith(ref.toLowerCase()))
  if (matches.length === 0) throw new SnapshotNotFoundError(`snapshot ${ref} not found`)
  if (matches.length > 1) throw new SnapshotNotFoundError(`snapshot id prefix ${ref} is ambiguous (${matches.length} snapshots)`)
  return matches[0]
}
