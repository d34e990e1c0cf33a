/**
 * The agent's shard store as the shard protocol's storage: quota per member,
 * owner checks, and the store's errors turned into the protocol's named errors.
 *
 * A member may only store shards under its own name (header.owner must be the
 * sending peer id): nobody can fill or overwrite another owner's namespace.
 */
import {
  InvalidShardRequestError, MAX_SHARD_BYTES, QuotaExceededError, ShardHashMismatchError, ShardLengthMismatchError,
  ShardNotFoundError as WireNotFound, toHeaderFields
} from '../../protocol/shard/index.js'
import type { ShardHeaderFields, ShardListPage, ShardRef, ShardStorage } from '../../protocol/shard/index.js'
import { ShardCorruptError, ShardLengthError, ShardStoreFullError } from '../../store/shard-errors.js'
import { validateShardHeader } from '../../store/shard-format.js'
import type { ShardStore } from '../../store/shard-store.js'

export interface MeshShardStorageInit {
  /** Most bytes one member may hold here (0: up to the store's capacity). */
  quotaPerMember: number
  /** Has this peer proven membership? Only members may store here. */
  isMember: (peerId: string) => boolean
  /**
   * Told the first time an owner's shards are read here in each
   * SERVED_NOTE_MS (with the reads since the last note): who reads from this
   * peer shows in its log without a line per read (a drill checks by it that
   * an excluded site was not contacted).
   */
  onServing?: (owner: string, reads: number) => void
}

/** How often reads of one owner's shards are noted (onServing), in ms. */
export const SERVED_NOTE_MS = 60_000

/** A store error as the protocol's named error (the requester gets its wire code); others as they are. */
function toWireError (err: unknown): unknown {
  if (err instanceof ShardStoreFullError || (err as NodeJS.ErrnoException).code === 'ENOSPC') return new QuotaExceededError(`storage peer is full: ${(err as Error).message}`)
  if (err instanceof ShardLengthError) return new ShardLengthMismatchError(err.message)
  if (err instanceof ShardCorruptError) return new ShardHashMismatchError(err.message)
  return err
}

export class MeshShardStorage implements ShardStorage {
  /** Per owner: when its reads were last noted, and the reads since. */
  private readonly served = new Map<string, { at: number, reads: number }>()

  constructor (readonly store: ShardStore, private readonly init: MeshShardStorageInit) {}

  async put (header: ShardHeaderFields, data: AsyncIterable<Uint8Array>, options: { signal: AbortSignal, peer: string }): Promise<{ existed: boolean }> {
    if (!this.init.isMember(options.peer)) throw new Error('not a member of this mesh')
    if (header.owner !== options.peer) {
      throw new InvalidShardRequestError(`a member may only store its own shards (owner ${header.owner.slice(0, 16)}… is not the sender)`)
    }
    try {
      validateShardHeader(header)
    } catch (err) {
      throw new InvalidShardRequestError((err as Error).message)
    }
    const existing = await this.store.getHeader(header.owner, header.packId, header.index).catch(() => undefined)
    if (existing !== undefined && Buffer.from(existing.shardHash as Uint8Array).equals(header.shardHash)) {
      for await (const _ of data) { /* drain: the sender sends the bytes anyway */ }
      return { existed: true }
    }
    try {
      await this.store.put(header, data, { signal: options.signal })
      return { existed: false }
    } catch (err) {
      throw toWireError(err)
    }
  }

  /**
   * The stored header; undefined when the shard is not held, or its header is
   * damaged: such a shard is as good as missing (the requester repairs it, and
   * a put may replace it).
   */
  async getHeader (ref: ShardRef): Promise<ShardHeaderFields | undefined> {
    let h
    try {
      h = await this.store.getHeader(ref.owner, ref.packId, ref.index)
    } catch (err) {
      if (err instanceof ShardCorruptError) return undefined
      throw err
    }
    return h === undefined ? undefined : toHeaderFields(h, MAX_SHARD_BYTES)
  }

  async * read (ref: ShardRef, offset: number, length: number): AsyncIterable<Uint8Array> {
    // Served as stored, in slices of 1 MiB: the requester checks every block
    // against the hashes it trusts, so a damaged shard reaches it as damaged
    // (and is reported for repair) rather than as a broken stream.
    const SLICE = 1024 * 1024
    this.noteRead(ref.owner)
    for (let pos = offset; pos < offset + length; pos += SLICE) {
      const got = await this.store.readRaw(ref.owner, ref.packId, ref.index, pos, Math.min(SLICE, offset + length - pos))
      if (got === undefined) throw new WireNotFound(`shard ${ref.index} is not held here`)
      yield got.data
    }
  }

  private noteRead (owner: string): void {
    if (this.init.onServing === undefined) return
    const now = Date.now()
    const n = this.served.get(owner) ?? { at: 0, reads: 0 }
    n.reads++
    if (now - n.at >= SERVED_NOTE_MS) {
      this.init.onServing(owner, n.reads)
      n.at = now
      n.reads = 0
    }
    this.served.set(owner, n)
  }

  async has (refs: ShardRef[]): Promise<boolean[]> {
    return await Promise.all(refs.map(async r => await this.store.has(r.owner, r.packId, r.index)))
  }

  async list (owner: string, after: string | undefined, limit: number): Promise<ShardListPage> {
    const entries = await this.store.list(owner, after, limit)
    const last = entries.at(-1)
    return {
      entries: entries.map(e => ({ packId: e.packId, index: e.index, length: e.length })),
      next: entries.length < limit || last === undefined ? undefined : `${Buffer.from(last.packId).toString('hex')}.${last.index}`
    }
  }

  async delete (ref: ShardRef): Promise<boolean> {
    return await this.store.delete(ref.owner, ref.packId, ref.index)
  }

  async quotaAllows (peer: string, bytes: number): Promise<boolean> {
    if (!this.init.isMember(peer) || bytes > this.store.freeBytes()) return false
    const quota = this.init.quotaPerMember
    if (quota === 0) return true
    return this.store.ownerBytes(peer) + bytes <= quota
  }
}
