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
 * | `meta:<name>`       | UTF-8 / JSON     | repository settings (repo id, k, m, ...)   |
 * | `peer:<peer id>`    | PeerTableEntry   | a mesh member as last heard (peer-table-db)|
 * | `cat:<owner>`       | CatalogRecord    | an owner's latest signed catalog           |
 * | `snappacks:<id hex>`| pack ids (32 B each) | every pack a snapshot needs (compliance) |
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
  snapshotPacks: 'snappacks:'
} as const

/** Upper bound for range scans of a prefix (':' + 1 = ';'). */
export function prefixEnd (prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
}

export function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}
