/**
 * Where shards go and come from. A "shard peer" is one failure domain holding at
 * most one shard of a pack: a local shard store (a folder, as in tests and the
 * local data path) or, over the mesh, a remote agent.
 */
import type { pb } from '../../proto/index.js'
import type { ShardStore } from '../../store/shard-store.js'

export interface ReadOptions {
  signal?: AbortSignal
  expectHash?: Uint8Array
}

export interface ShardPeer {
  readonly name: string
  /** Store a shard (the peer checks it against the header before committing). */
  put: (header: pb.IShardHeader, data: Uint8Array, options?: { signal?: AbortSignal }) => Promise<void>
  /** Read a verified byte range of a shard's data; with `expectHash` the shard must have that hash. */
  read: (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options?: ReadOptions) => Promise<Uint8Array>
  /** Read a shard's header (undefined when the peer does not hold it). */
  getHeader: (owner: string, packId: Uint8Array, index: number, options?: { signal?: AbortSignal }) => Promise<pb.IShardHeader | undefined>
  delete: (owner: string, packId: Uint8Array, index: number, options?: { signal?: AbortSignal }) => Promise<boolean>
}

/** A local shard store as a shard peer. */
export class LocalShardPeer implements ShardPeer {
  constructor (readonly name: string, readonly store: ShardStore) {}

  async put (header: pb.IShardHeader, data: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.store.put(header, data, options)
  }

  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: ReadOptions = {}): Promise<Uint8Array> {
    return await this.store.read(owner, packId, index, offset, length, options)
  }

  async getHeader (owner: string, packId: Uint8Array, index: number): Promise<pb.IShardHeader | undefined> {
    return await this.store.getHeader(owner, packId, index)
  }

  async delete (owner: string, packId: Uint8Array, index: number): Promise<boolean> {
    return await this.store.delete(owner, packId, index)
  }
}
