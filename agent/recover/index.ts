/**
 * agent/recover — restore on a fresh machine. The local index is a cache of
 * what the mesh holds: an owner's signed catalog (any member keeps it) names
 * its key files, snapshots and index packs; `list` by owner on every member
 * finds every shard. From one member's address, the invite token and the
 * passphrase, these rebuild the owner's index so that the ordinary restorer,
 * snapshot listing or a re-created agent (`init --recover`) work on it.
 *
 * mesh-reader.ts: the ephemeral node and what it reads from the mesh;
 * recover-repository.ts: the index rebuilt from those reads;
 * remote-repository.ts: both together, with clean-up.
 */
export * from './errors.js'
export { MeshReader } from './mesh-reader.js'
export type { KnownOwner, MeshReaderInit, ShardLocations } from './mesh-reader.js'
export { recoverRepository } from './recover-repository.js'
export type { Recovered, RecoverOptions, RecoverStats } from './recover-repository.js'
export { RemoteRepository } from './remote-repository.js'
export type { RemoteRepositoryInit } from './remote-repository.js'
