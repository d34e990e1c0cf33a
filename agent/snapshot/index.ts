/**
 * agent/snapshot — what a backup leaves behind and how it is read back.
 *
 * Words: a *snapshot* is the record of one backup run (time, host, paths,
 * tags, type, parent, stats) pointing at a *tree*; a tree is one directory,
 * a sorted list of *nodes* (files with the ids of their data blobs,
 * sub-directories with the id of their tree blob, symlinks with their target).
 * The top tree mirrors the absolute paths backed up, like restic's.
 *
 * snapshots.ts: listing and lookup in the index ("latest", id prefix, point in
 * time); tree.ts: the tree encoding, with names checked on every decode (a
 * snapshot read back is never trusted); tree-lookahead.ts: sub-trees loaded
 * ahead of a depth-first walk (a tree load can be a network round trip);
 * walk.ts: every node of a snapshot with its path (`ls`), and `diff`;
 * accounts.ts: user and group names from /etc/passwd and /etc/group;
 * names.ts: names as bytes (a name that is not UTF-8 keeps its bytes, shown escaped).
 */
export { SnapshotNotFoundError, findSnapshot, listSnapshots } from './snapshots.js'
export { BACKUP_TYPES, SNAPSHOT_TYPES, isBackupType, snapshotTypeName, snapshotTypeOf } from './snapshot-type.js'
export type { BackupType, SnapshotType } from './snapshot-type.js'
export type { HasIndex, SnapshotInfo } from './snapshots.js'
export { TREE_VERSION, TreeError, checkName, compareNames, decodeTree, encodeTree, nameKey } from './tree.js'
export { childPath, escapeBytes, isUtf8, showPath } from './names.js'
export type { FsPath } from './names.js'
export { AccountTable, loadAccounts } from './accounts.js'
export type { Accounts } from './accounts.js'
export type { TreeNode } from './tree.js'
export { TREE_LOOKAHEAD, TreeLookahead } from './tree-lookahead.js'
export { diffSnapshots, walkSnapshot } from './walk.js'
export type { WalkEntry } from './walk.js'
