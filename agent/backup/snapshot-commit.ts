/**
 * The snapshot commit: the end of a backup run. The snapshot record gets its
 * stats (the run's counters and the blob saver's) and its root tree, and is
 * stored as a snapshot blob; then an index segment describing this run's
 * packs, in a pack of its own, so the index can be rebuilt from the shards
 * alone; its pack joins `meta:index-packs`. Only then does the snapshot become
 * visible in the index, with the packs it needs (for compliance).
 */
import { pb, encode } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import type { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'
import type { BackupCounters } from './counters.js'

export interface CommitComponents {
  repo: Repository
  /** The run's blob saver (its stats and the packs it uploaded). */
  saver: BlobSaver
  counters: BackupCounters
  /** Every blob the snapshot references (hex ids); the snapshot blob is added. */
  referenced: Set<string>
  /** When the run started (ms since the epoch), for its duration. */
  startedMs: number
}

/** Store the snapshot blob and an index segment, then make the snapshot visible; returns the snapshot id. */
export async function commitSnapshot (c: CommitComponents, snapshot: pb.ISnapshot & { tree: Uint8Array }): Promise<Uint8Array> {
  const { repo, saver, counters } = c
  snapshot.stats = {
    filesNew: counters.filesNew,
    filesChanged: counters.filesChanged,
    filesUnchanged: counters.filesUnchanged,
    dirs: counters.dirs,
    bytesRead: counters.bytesRead,
    bytesTotal: counters.bytesTotal,
    bytesAdded: saver.stats.bytesAdded,
    bytesStored: saver.stats.bytesStored,
    blobsNew: saver.stats.blobsNew,
    packsNew: saver.stats.packsNew,
    durationMs: Date.now() - c.startedMs
  }
  if (saver.uploader.degradedPacks > 0) snapshot.degraded = true
  const { id } = await saver.save(pb.BlobType.BLOB_SNAPSHOT, encode(pb.Snapshot, snapshot))
  await saver.flush()
  const segment = {
    packs: saver.uploader.uploaded.map(u => u.record),
    blobs: saver.uploader.uploaded.flatMap(u => u.blobs)
  }
  if (segment.packs.length > 0) {
    const before = saver.uploader.uploaded.length
    await saver.save(pb.BlobType.BLOB_INDEX, encode(pb.IndexSegment, segment))
    await saver.flush()
    await repo.index.appendIndexPacks(saver.uploader.uploaded.slice(before).map(u => hex(u.record.id as Uint8Array)))
  }
  // the index's copy counts the segment's pack too
  snapshot.stats.bytesStored = saver.stats.bytesStored
  if (saver.uploader.degradedPacks > 0) snapshot.degraded = true
  snapshot.stats.durationMs = Date.now() - c.startedMs
  c.referenced.add(hex(id))
  await repo.index.putSnapshotPacks(id, await packsOf(repo, c.referenced))
  await repo.index.putSnapshot(id, snapshot)
  return id
}

/** The distinct packs holding these blobs (batched index lookups). */
async function packsOf (repo: Repository, blobs: Set<string>): Promise<Uint8Array[]> {
  const ids = [...blobs].map(h => Buffer.from(h, 'hex'))
  const packs = new Map<string, Uint8Array>()
  for (let i = 0; i < ids.length; i += 1000) {
    for (const rec of await repo.index.getBlobs(ids.slice(i, i + 1000))) {
      if (rec !== undefined) packs.set(hex(rec.packId), rec.packId)
    }
  }
  return [...packs.values()]
}
