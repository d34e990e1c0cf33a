/**
 * store/ — persistence on one machine: the LevelDB index and the shard store.
 *
 * LevelDB key layout of the index (keys are UTF-8, values protobuf):
 *
 * | prefix              | value            | what                                       |
 * |---------------------|------------------|--------------------------------------------|
 * | `blob:<id hex>`     | BlobRecord       | where a blob lives: pack, offset, length   |
 * | `pack:<id hex>`     | PackRecord       | a pack: length, k, m, shard hashes, places |
 * | `snap:<id hex>`     | SnapshotRecord   | a snapshot manifest (plaintext, local)     |
 * | `key:<key file id>` | KeyFile          | passphrase-wrapped master key              |
 * | `meta:<name>`       | UTF-8 / JSON     | one value per name, see META below         |
 * | `peer:<peer id>`    | PeerTableEntry   | a mesh member as last heard (peer-table-db)|
 * | `cat:<owner>`       | CatalogRecord    | an owner's latest signed catalog           |
 * | `snappacks:<id hex>`| pack ids (32 B each) | every pack a snapshot needs (compliance) |
 * | `adm:<peer id>`     | SignedInvite     | the invite a member admitted a peer with (admission-db) |
 * | `alert:<alert key>` | JSON AlertRecord | an alert tracked by the alerter (agent/alerts/alert-db.ts) |
 * | `run:<source>:<seq>`| JSON RunRecord   | one run of a source; seq 12 digits (agent/schedule/run-history) |
 * | `runsrc:<source>`   | JSON SourceRuns  | a source's first sight, last slot, last attempt and success |
 *
 * The `meta:` names (IndexDb has a typed accessor for each):
 *
 * | name               | value                  | what                                        |
 * |--------------------|------------------------|---------------------------------------------|
 * | `repo`             | UTF-8                  | the repository id (set last when created)   |
 * | `config`           | JSON RepositorySettings| k, m, chunker sizes, pack size              |
 * | `index-packs`      | JSON hex ids           | packs holding index segments, in apply order|
 * | `prune-pending`    | JSON ShardRef[]        | shards of pruned packs still to delete      |
 * | `repair-unindexed` | JSON hex ids           | repaired packs in no index segment yet      |
 * | `surplus`          | JSON ShardRef[]        | old copies of moved shards, to delete       |
 *
 * Records that must appear together (a pack and its blobs) are written in one
 * batch: a crash leaves either all of them or none.
 */
export const PREFIX = {
  blob: 'blob:',
  pack: 'pack:',
  snapshot: 'snap:',
  key: 'key:',
  meta: 'meta:',
  peer: 'peer:',
  catalog: 'cat:',
  snapshotPacks: 'snappacks:',
  admission: 'adm:',
  alert: 'alert:',
  run: 'run:',
  runSource: 'runsrc:'
} as const

/** The names under `meta:` (table above). */
export const META = {
  repoId: 'repo',
  config: 'config',
  indexPacks: 'index-packs',
  prunePending: 'prune-pending',
  repairUnindexed: 'repair-unindexed',
  surplus: 'surplus'
} as const

export type MetaName = typeof META[keyof typeof META]

/** Upper bound for range scans of a prefix (':' + 1 = ';'). */
export function prefixEnd (prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
}

export function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}
