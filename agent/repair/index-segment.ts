/**
 * An index segment for placements changed by repair, so that a fresh-machine
 * recovery (which rebuilds the index from the segments the catalog lists)
 * finds the shards where they are now, not where the backup first put them.
 *
 * The segment holds the repaired packs' PackRecords and no blobs (their blobs
 * are in the segments of the backups that stored them). Rule for rebuilding
 * the index: segments are applied in `meta:index-packs` order (the catalog's
 * `index_packs`), and a later segment's PackRecord for a pack supersedes every
 * earlier one. Like the backup's segments (backup/snapshot-commit.ts) it is a
 * BLOB_INDEX blob, encrypted, in a pack of its own placed by the policy: so
 * writing it needs the master key.
 */
import { pb, encode } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { BlobSaver } from '../repository/blob-saver.js'
import type { Repository } from '../repository/repository.js'

/**
 * Store one index segment with the current PackRecords of `packs` (hex ids;
 * packs no longer in the index are skipped) and append its pack to
 * `meta:index-packs`. Returns the packs it described. The caller publishes the
 * catalog afterwards and serialises this with backups (both append to
 * `meta:index-packs`).
 */
export async function writePlacementSegment (repo: Repository, packs: string[]): Promise<string[]> {
  const records: pb.IPackRecord[] = []
  for (const h of packs) {
    const rec = await repo.index.getPack(h)
    if (rec !== undefined) records.push(rec)
  }
  if (records.length === 0) return []
  // an empty dedup set: a segment is never skipped as "already stored"
  const saver = new BlobSaver(repo, new Set())
  await saver.save(pb.BlobType.BLOB_INDEX, encode(pb.IndexSegment, { packs: records, blobs: [] }))
  await saver.flush()
  const segmentPacks = saver.uploader.uploaded.map(u => hex(u.record.id as Uint8Array))
  await repo.index.appendIndexPacks(segmentPacks)
  return records.map(r => hex(r.id as Uint8Array))
}
