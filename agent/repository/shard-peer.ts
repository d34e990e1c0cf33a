/**
 * Where shards go and come from. A "shard peer" is one failure domain holding at
 * most one shard of a pack: a local shard store (a folder, as in tests and the
 * local data path) or, over the mesh, a remote agent (agent/mesh/remote-peer.ts).
 *
 * Every shard peer fails the same way (store/shard-errors.ts):
 * ShardNotFoundError (not held), ShardCorruptError (does not match its hashes;
 * ShardLengthError for data offered to a put that is not the header's length),
 * ShardUnavailableError / PeerUnreachableError (could not answer now: try
 * later), ShardStoreFullError (a put refused for want of room), RangeError
 * (a range outside the shard: the caller's bug). test/conformance/shard-peer.ts
 * holds every implementation to it. What a failure means for repair and
 * retries is decided in agent/repair/shard-failure.ts.
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
  /** Read a verified byte range of a shard's data; with `expectHash` the shard must have that hash (ShardCorruptError otherwise). */
  read: (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options?: ReadOptions) => Promise<Uint8Array>
  /** Read a shard's header (undefined when the peer does not hold it). */
  getHeader: (owner: string, packId: Uint8Array, index: number, options?: { signal?: AbortSignal }) => Promise<pb.IShardHeader | undefined>
  /** Remove a shard; false when it was not held. */
  delete: (owner: string, packId: Uint8Array, index: number, options?: { signal?: AbortSignal }) => Promise<boolean>
  /** Which of these shards of `owner` the peer holds (at most 1000 a call; the holdings check asks a peer that reconnects). */
  has?: (owner: string, refs: Array<{ packId: Uint8Array, index: number }>, options?: { signal?: AbortSignal }) => Promise<boolean[]>
  /** One page of `owner`'s shards held here, sorted; pass `next` back as `after` (prune finds shards no index knows with it). */
  list?: (owner: string, page: { after?: string, limit?: number }, options?: { signal?: AbortSignal }) => Promise<ShardPage>
}

/** A page of shard list entries. */
export interface ShardPage {
  entries: Array<{ packId: Uint8Array, index: number, length: number }>
  /** Cursor of the next page; undefined on the last. */
  next?: string
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

  async list (owner: string, page: { after?: string, limit?: number }): Promise<ShardPage> {
    const limit = page.limit ?? 1000
    const entries = await this.store.list(owner, page.after, limit)
    const last = entries.at(-1)
    return entries.length < limit || last === undefined ? { entries } : { entries, next: `${Buffer.from(last.packId).toString('hex')}.${last.index}` }
  }
}
