/**
 * The counts of one backup run: one object, passed to each part that counts
 * (the archiver's walk, the file saver, the tree saver) and read by the
 * snapshot commit for the snapshot's stats and by progress reports.
 */
export interface BackupCounters {
  filesNew: number
  filesChanged: number
  filesUnchanged: number
  /** Files and symlinks done (progress). */
  filesDone: number
  /** Directories saved (tree blobs of directories; not the root). */
  dirs: number
  /** Bytes read from new and changed files. */
  bytesRead: number
  /** Size of the unchanged files, not read. */
  bytesSkipped: number
  /** Size of every file in the snapshot (as read where read). */
  bytesTotal: number
}

export function newBackupCounters (): BackupCounters {
  return { filesNew: 0, filesChanged: 0, filesUnchanged: 0, filesDone: 0, dirs: 0, bytesRead: 0, bytesSkipped: 0, bytesTotal: 0 }
}
