/**
 * The kinds of snapshot, written once: BACKUP_TYPES are what a backup of
 * paths may ask for (the control API, the CLI's --type, the archiver); a
 * snapshot's recorded type is one of them or 'stdin' (a backup of one stream).
 */
import { pb } from '../../proto/index.js'

/** What a backup of paths may ask for: vs the last snapshot, vs the last full one, or none. */
export const BACKUP_TYPES = ['incremental', 'differential', 'full'] as const
export type BackupType = typeof BACKUP_TYPES[number]

/** The backup types in words, for messages: "incremental, differential or full". */
export const BACKUP_TYPES_TEXT = `${BACKUP_TYPES.slice(0, -1).join(', ')} or ${BACKUP_TYPES[BACKUP_TYPES.length - 1]}`

/** Every recorded snapshot type: a backup type, or 'stdin'. */
export const SNAPSHOT_TYPES = [...BACKUP_TYPES, 'stdin'] as const
export type SnapshotType = typeof SNAPSHOT_TYPES[number]

/** True if `value` names a backup type. */
export function isBackupType (value: unknown): value is BackupType {
  return (BACKUP_TYPES as readonly unknown[]).includes(value)
}

/** The recorded type's name (an unset or unknown type reads as 'incremental'). */
export function snapshotTypeName (t: pb.SnapshotType | null | undefined): SnapshotType {
  switch (t) {
    case pb.SnapshotType.SNAPSHOT_FULL: return 'full'
    case pb.SnapshotType.SNAPSHOT_DIFFERENTIAL: return 'differential'
    case pb.SnapshotType.SNAPSHOT_STDIN: return 'stdin'
    default: return 'incremental'
  }
}

/** The type as recorded in a pb.Snapshot. */
export function snapshotTypeOf (type: SnapshotType): pb.SnapshotType {
  switch (type) {
    case 'full': return pb.SnapshotType.SNAPSHOT_FULL
    case 'differential': return pb.SnapshotType.SNAPSHOT_DIFFERENTIAL
    case 'stdin': return pb.SnapshotType.SNAPSHOT_STDIN
    case 'incremental': return pb.SnapshotType.SNAPSHOT_INCREMENTAL
  }
}
