/**
 * Prune: free the packs no snapshot needs any more (restic's prune, over the mesh).
 *
 * 1. Mark: walk every remaining snapshot's trees; the snapshot blob, every tree
 *    blob and every file's data blobs are *used*. A used blob missing from the
 *    index stops the prune before anything changes.
 * 2. Plan, per pack: no used blob → delete; more than `repackUnused` of its
 *    bytes unused → rewrite (repack); else keep. Index packs are never used:
 *    a fresh index segment replaces them all.
 * 3. Write first: the live blobs of the packs to rewrite are loaded (verified)
 *    and saved again through the normal BlobSaver / pack uploader path, so the
 *    new packs are placed by policy like a backup; then one fresh index segment
 *    describing every remaining pack and blob, `meta:index-packs` pointing at it
 *    alone, the snapshots' pack lists, and a new catalog version.
 * 4. Delete after: the doomed packs and their blobs leave the index in one
 *    batch that also records their shards in `meta:prune-pending`; then every
 *    peer holding a shard gets an owner-signed delete (the local store too).
 *    Shards whose peer is unreachable stay pending and are retried by the next
 *    prune. A crash at any point leaves only garbage, never a reference to
 *    something deleted.
 */
import { pb, encode } from '../../proto/index.js'
import type { ShardRef } from '../../store/index-db.js'
import { hex } from '../../store/keys.js'
import { BlobLoader } from '../repository/blob-loader.js'
import { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { decodeTree } from '../snapshot/tree.js'

export class PruneError extends Error {
  override name = 'PruneError'
}

/** Default share of a pack's bytes that may be unused before it is rewritten. */
export const DEFAULT_REPACK_UNUSED = 0.5
/** Blob records per fresh index segment (~100 B each: segments stay ~10 MB). */
const SEGMENT_BLOBS = 100_000
/** Trees loaded at once while marking. */
const TREE_CONCURRENCY = 8
/** Shard deletes in flight. */
const DELETE_CONCURRENCY = 8
/** Shard list pages read per peer at most (1,000 entries each) when looking for orphans. */
const MAX_LIST_PAGES = 10_000
/** Time for one shard list page, in ms. */
const LIST_TIMEOUT_MS = 15_000

export interface PruneComponents {
  /** The unlocked repository, with its shard peers and placer (new packs are placed like a backup's). */
  repo: Repository
  /** A connected peer holding shards (the local store for the agent itself), or undefined. */
  shardPeer: (id: string) => ShardPeer | undefined
  /** Sign and replicate a new catalog version (after the index is rewritten, before deleting). */
  publishCatalog: () => Promise<unknown>
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export interface PruneProgress {
  phase: 'mark' | 'repack' | 'index' | 'delete'
  done: number
  total: number
}

export interface PruneOptions {
  dryRun?: boolean
  /** A pack with more than this share of unused bytes is rewritten (0..1; 1: never). */
  repackUnused?: number
  /** Snapshots (hex ids) to treat as gone: a dry run after a dry-run forget. */
  without?: Set<string>
  onProgress?: (p: PruneProgress) => void
  signal?: AbortSignal
}

export interface PruneResult {
  dryRun: boolean
  snapshots: number
  packs: number
  blobsUsed: number
  packsDeleted: number
  packsRewritten: number
  packsKept: number
  blobsRepacked: number
  /** Live blob bytes copied into new packs (before parity). */
  bytesRepacked: number
  /** Shard bytes (with parity) of the deleted and rewritten packs. */
  bytesFreed: number
  /** Shard bytes (with parity) of the new packs (repacked data and the index). */
  bytesAdded: number
  /** Unused blob bytes in the packs, before and after (no parity). */
  bytesUnusedBefore: number
  bytesUnusedAfter: number
  shardsDeleted: number
  /** Shard deletes waiting for an unreachable peer (retried by the next prune). */
  shardsPending: number
  indexPacks: number
  /** Shards found on reachable peers whose pack no index entry knows (left by an interrupted backup); deleted unless a dry run. */
  orphanShards: number
  /** Peers whose shards could not be listed (not reachable): their orphans, if any, wait for the next prune. */
  peersNotListed: string[]
}

interface PackStat {
  rec: pb.PackRecord
  used: number
  unused: number
  usedBlobs: number
}

/** A shard of a doomed pack on a peer, still to delete. */
type Pending = ShardRef

export async function prune (c: PruneComponents, options: PruneOptions = {}): Promise<PruneResult> {
  const { repo } = c
  const index = repo.index
  const signal = options.signal
  const threshold = options.repackUnused ?? DEFAULT_REPACK_UNUSED
  if (!(threshold >= 0 && threshold <= 1)) throw new PruneError(`the repack threshold must be between 0 and 1 (a share of a pack's bytes), not ${threshold}`)
  const progress = options.onProgress ?? (() => {})

  // 1. Mark.
  const snapshots = (await index.listSnapshots()).filter(s => options.without?.has(hex(s.id)) !== true)
  const used = await markUsed(repo, snapshots.map(s => ({ id: s.id, tree: s.snapshot.tree ?? new Uint8Array() })), progress, signal)

  // 2. Plan.
  const packs = new Map<string, PackStat>()
  for (const rec of await index.listPacks()) packs.set(hex(rec.id), { rec, used: 0, unused: 0, usedBlobs: 0 })
  let found = 0
  for await (const b of index.blobRecords()) {
    const isUsed = used.has(hex(b.id))
    const p = packs.get(hex(b.packId))
    if (p === undefined) {
      if (isUsed) throw new PruneError(`blob ${hex(b.id).slice(0, 16)} is used but its pack ${hex(b.packId).slice(0, 16)} is not in the index: nothing was pruned`)
      continue
    }
    if (isUsed) { p.used += b.length; p.usedBlobs++; found++ } else p.unused += b.length
  }
  if (found < used.size) throw new PruneError(`${used.size - found} blobs the snapshots use are not in the index (the index is damaged): nothing was pruned`)
  const remove = new Map<string, PackStat>()
  const rewrite = new Map<string, PackStat>()
  let unusedBefore = 0
  let unusedAfter = 0
  const indexList = new Set(await index.getIndexPacks())
  for (const [h, p] of packs) {
    if (indexList.has(h) && p.usedBlobs === 0) continue
    unusedBefore += p.unused
    if (p.usedBlobs === 0) remove.set(h, p)
    else if (p.unused > 0 && p.unused / Math.max(1, Number(p.rec.length)) > threshold) rewrite.set(h, p)
    else unusedAfter += p.unused
  }
  // The index packs go only when something else does (a fresh segment replaces
  // them); else a prune with nothing to free would rewrite the index every time.
  if (remove.size + rewrite.size > 0) {
    for (const h of indexList) {
      const p = packs.get(h)
      if (p !== undefined && p.usedBlobs === 0) remove.set(h, p)
    }
  }
  const pendingBefore = await index.getPrunePending()
  const orphans = await findOrphans(c, new Set([...packs.keys(), ...indexList, ...pendingBefore.map(x => x.pack)]), signal)
  const shardBytes = (p: PackStat): number => p.rec.shardLength * p.rec.locations.length
  const result: PruneResult = {
    dryRun: options.dryRun === true,
    snapshots: snapshots.length,
    packs: packs.size,
    blobsUsed: used.size,
    packsDeleted: remove.size,
    packsRewritten: rewrite.size,
    packsKept: packs.size - remove.size - rewrite.size,
    blobsRepacked: [...rewrite.values()].reduce((a, p) => a + p.usedBlobs, 0),
    bytesRepacked: [...rewrite.values()].reduce((a, p) => a + p.used, 0),
    bytesFreed: [...remove.values(), ...rewrite.values()].reduce((a, p) => a + shardBytes(p), 0),
    bytesAdded: 0,
    bytesUnusedBefore: unusedBefore,
    bytesUnusedAfter: unusedAfter,
    shardsDeleted: 0,
    shardsPending: 0,
    indexPacks: 0,
    orphanShards: orphans.shards.length,
    peersNotListed: orphans.notListed
  }
  if (options.dryRun === true) return result
  const doomed = new Set([...remove.keys(), ...rewrite.keys()])
  // orphans are found again by the next prune if a delete fails: never recorded as pending
  const deleteOrphans = async (): Promise<void> => {
    const left = await deleteShards(c, orphans.shards, progress, signal)
    result.shardsDeleted += orphans.shards.length - left.length
    if (orphans.shards.length > 0) c.log?.('orphan shards deleted', { found: orphans.shards.length, left: left.length })
  }
  if (doomed.size === 0) {
    // Nothing to free; only shard deletes left over from an earlier prune.
    const left = await deleteShards(c, pendingBefore, progress, signal)
    if (pendingBefore.length > 0) await index.setPrunePending(left)
    result.shardsDeleted = pendingBefore.length - left.length
    result.shardsPending = left.length
    await deleteOrphans()
    return result
  }

  // 3. Write first: repacked blobs, a fresh index segment, the catalog.
  const known = await index.loadBlobIds()
  const moving: pb.BlobRecord[] = []
  for await (const b of index.blobRecords()) {
    if (rewrite.has(hex(b.packId)) && used.has(hex(b.id))) moving.push(b)
  }
  for (const b of moving) known.delete(hex(b.id))
  const saver = new BlobSaver(repo, known)
  const loader = new BlobLoader(repo)
  moving.sort((a, b) => Buffer.compare(a.packId, b.packId) || a.offset - b.offset)
  // A failure while writing (a pack the mesh cannot place, a blob that cannot
  // be read) leaves only new, unreferenced packs: say so.
  const writing = async (what: string, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn()
    } catch (err) {
      if (signal?.aborted === true) throw err
      throw new PruneError(`could not write ${what}: ${(err as Error).message} (nothing was deleted)`)
    }
  }
  let done = 0
  await writing('the repacked blobs', async () => {
    for (const b of moving) {
      signal?.throwIfAborted()
      await saver.save(b.type, await loader.load(b.id, { signal }))
      progress({ phase: 'repack', done: ++done, total: moving.length })
    }
    await saver.flush()
  })
  // Where the moved blobs went: the snapshots' pack lists follow them.
  const movedTo = new Map<string, Set<string>>()
  for (let i = 0; i < moving.length; i += 1000) {
    const slice = moving.slice(i, i + 1000)
    const now = await index.getBlobs(slice.map(b => b.id))
    slice.forEach((b, j) => {
      const to = now[j]
      if (to === undefined || doomed.has(hex(to.packId))) throw new PruneError(`blob ${hex(b.id).slice(0, 16)} was not rewritten: nothing was deleted`)
      const set = movedTo.get(hex(b.packId)) ?? new Set<string>()
      set.add(hex(to.packId))
      movedTo.set(hex(b.packId), set)
    })
  }

  const keptPacks = (await index.listPacks()).filter(p => !doomed.has(hex(p.id)))
  const blobsOf = new Map<string, pb.BlobRecord[]>()
  for await (const b of index.blobRecords()) {
    const h = hex(b.packId)
    if (doomed.has(h)) continue
    const list = blobsOf.get(h) ?? []
    list.push(b)
    blobsOf.set(h, list)
  }
  const segments: pb.IIndexSegment[] = []
  let seg: { packs: pb.IPackRecord[], blobs: pb.IBlobRecord[] } = { packs: [], blobs: [] }
  for (const p of keptPacks) {
    const blobs = blobsOf.get(hex(p.id)) ?? []
    if (seg.packs.length > 0 && seg.blobs.length + blobs.length > SEGMENT_BLOBS) { segments.push(seg); seg = { packs: [], blobs: [] } }
    seg.packs.push(p)
    seg.blobs.push(...blobs)
  }
  if (seg.packs.length > 0) segments.push(seg)
  // An empty dedup set: a segment is never skipped as "already stored" (in an index pack about to go).
  const indexSaver = new BlobSaver(repo, new Set())
  await writing('the new index segment', async () => {
    for (const [i, s] of segments.entries()) {
      await indexSaver.save(pb.BlobType.BLOB_INDEX, encode(pb.IndexSegment, s))
      progress({ phase: 'index', done: i + 1, total: segments.length })
    }
    await indexSaver.flush()
  })
  const indexPacks = indexSaver.uploader.uploaded.map(u => hex(u.record.id as Uint8Array))
  result.indexPacks = indexPacks.length
  result.bytesAdded = saver.stats.bytesStored + indexSaver.stats.bytesStored
  await index.setIndexPacks(indexPacks)
  for (const s of snapshots) {
    const list = await index.getSnapshotPacks(s.id)
    if (list === undefined) continue
    const next = new Map<string, Uint8Array>()
    for (const p of list) {
      const h = hex(p)
      if (!doomed.has(h)) next.set(h, p)
      for (const to of movedTo.get(h) ?? []) next.set(to, Buffer.from(to, 'hex'))
    }
    await index.putSnapshotPacks(s.id, [...next.values()])
  }
  try {
    await c.publishCatalog()
  } catch (err) {
    throw new PruneError(`the new catalog could not be published (${(err as Error).message}): nothing was deleted; run prune again`)
  }

  // 4. Delete after: the index first (with the shards to delete recorded), then the shards.
  const pending: Pending[] = [...pendingBefore]
  for (const h of doomed) {
    const p = (remove.get(h) ?? rewrite.get(h)) as PackStat
    for (const l of p.rec.locations) pending.push({ peer: l.store ?? '', pack: h, index: l.index ?? 0 })
  }
  const deadBlobs: Uint8Array[] = []
  for await (const b of index.blobRecords()) if (doomed.has(hex(b.packId))) deadBlobs.push(b.id)
  await index.removePacks([...doomed].map(h => Buffer.from(h, 'hex')), deadBlobs, { prunePending: pending })
  const left = await deleteShards(c, pending, progress, signal)
  await index.setPrunePending(left)
  result.shardsDeleted = pending.length - left.length
  result.shardsPending = left.length
  await deleteOrphans()
  c.log?.('pruned', { deleted: remove.size, rewritten: rewrite.size, bytesFreed: result.bytesFreed, pending: left.length })
  return result
}

/** Every blob the snapshots use: snapshot blobs, tree blobs, file data blobs (hex ids). */
async function markUsed (repo: Repository, snapshots: Array<{ id: Uint8Array, tree: Uint8Array }>, progress: (p: PruneProgress) => void, signal?: AbortSignal): Promise<Set<string>> {
  const used = new Set<string>()
  const loader = new BlobLoader(repo)
  const queue: Uint8Array[] = []
  for (const s of snapshots) {
    used.add(hex(s.id))
    if (s.tree.byteLength === 0) throw new PruneError(`snapshot ${hex(s.id).slice(0, 8)} has no tree: nothing was pruned`)
    if (!used.has(hex(s.tree))) { used.add(hex(s.tree)); queue.push(s.tree) }
  }
  let done = 0
  let total = queue.length
  const visit = async (id: Uint8Array): Promise<void> => {
    signal?.throwIfAborted()
    let nodes
    try {
      nodes = decodeTree(await loader.load(id, { signal }))
    } catch (err) {
      throw new PruneError(`cannot read tree ${hex(id).slice(0, 16)} (${(err as Error).message}): nothing was pruned`)
    }
    for (const n of nodes) {
      for (const c of n.content) used.add(hex(c))
      if (n.subtree !== undefined && !used.has(hex(n.subtree))) {
        used.add(hex(n.subtree))
        queue.push(n.subtree)
        total++
      }
    }
    progress({ phase: 'mark', done: ++done, total })
  }
  // Up to TREE_CONCURRENCY trees in flight; each one read may add more.
  await new Promise<void>((resolve, reject) => {
    let active = 0
    let failed = false
    const pump = (): void => {
      while (!failed && active < TREE_CONCURRENCY && queue.length > 0) {
        active++
        visit(queue.pop() as Uint8Array).then(() => {
          active--
          if (active === 0 && queue.length === 0) resolve()
          else pump()
        }, err => { failed = true; reject(err) })
      }
    }
    if (queue.length === 0) resolve()
    else pump()
  })
  return used
}

/**
 * Shards of this owner on every peer of the repository (the reachable ones,
 * the local store included) whose pack is not in `known` (hex pack ids).
 */
async function findOrphans (c: PruneComponents, known: Set<string>, signal?: AbortSignal): Promise<{ shards: Pending[], notListed: string[] }> {
  const shards: Pending[] = []
  const notListed: string[] = []
  for (const peer of c.repo.peers.values()) {
    if (peer.list === undefined) continue
    let after: string | undefined
    try {
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        signal?.throwIfAborted()
        const listSignal = signal === undefined ? AbortSignal.timeout(LIST_TIMEOUT_MS) : AbortSignal.any([signal, AbortSignal.timeout(LIST_TIMEOUT_MS)])
        const { entries, next } = await peer.list(c.repo.owner, { after, limit: 1000 }, { signal: listSignal })
        for (const e of entries) {
          const pack = hex(e.packId)
          if (!known.has(pack)) shards.push({ peer: peer.name, pack, index: e.index })
        }
        if (next === undefined) break
        after = next
      }
    } catch (err) {
      if (signal?.aborted === true) throw err
      c.log?.('could not list shards', { peer: peer.name, err: (err as Error).message })
      notListed.push(peer.name)
    }
  }
  return { shards, notListed }
}

/** Owner-signed deletes of shards; returns those that could not be deleted (peer unreachable, error). */
async function deleteShards (c: PruneComponents, list: Pending[], progress: (p: PruneProgress) => void, signal?: AbortSignal): Promise<Pending[]> {
  const left: Pending[] = []
  let done = 0
  for (let i = 0; i < list.length; i += DELETE_CONCURRENCY) {
    signal?.throwIfAborted()
    await Promise.all(list.slice(i, i + DELETE_CONCURRENCY).map(async s => {
      const peer = c.shardPeer(s.peer)
      if (peer === undefined) { left.push(s); return }
      try {
        // false: the peer does not hold it (any more): nothing left to delete either
        await peer.delete(c.repo.owner, Buffer.from(s.pack, 'hex'), s.index, { signal: AbortSignal.timeout(15_000) })
      } catch (err) {
        c.log?.('shard delete failed', { peer: s.peer, pack: s.pack, index: s.index, err: (err as Error).message })
        left.push(s)
      }
    }))
    done = Math.min(list.length, i + DELETE_CONCURRENCY)
    progress({ phase: 'delete', done, total: list.length })
  }
  return left
}
