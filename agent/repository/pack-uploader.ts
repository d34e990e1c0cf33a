/**
 * Pack uploader: erasure-codes a finished pack into k+m shards, places them on
 * distinct shard peers and commits the pack and its blobs to the index once
 * every shard is durably stored. A pack is visible in the index only after all
 * its shards are placed, so a crash never leaves an index entry pointing at
 * shards that do not exist.
 */
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { createErasureCode, splitPack } from '../erasure/index.js'
import type { ErasureCode } from '../erasure/index.js'
import type { FinishedPack } from '../pack/pack.js'
import { rankPeers } from '../placement/rendezvous.js'
import { BufferPool } from '../util/buffer-pool.js'
import { Semaphore } from '../util/semaphore.js'
import { largestShardBytes } from './repository.js'
import type { Repository } from './repository.js'

export class PlacementError extends Error {
  override name = 'PlacementError'
}

export interface UploadedPack {
  record: pb.IPackRecord
  blobs: pb.IBlobRecord[]
  storedBytes: number
}

export class PackUploader {
  private readonly code: ErasureCode
  private readonly slots: Semaphore
  private readonly running = new Set<Promise<void>>()
  private failure: Error | undefined
  readonly uploaded: UploadedPack[] = []
  /** Packs placed without meeting every rule of the policy (allowed degraded). */
  degradedPacks = 0

  /** Pack buffers and parity shards, reused (see BufferPool): one set per upload slot and one being filled. */
  private readonly packPool: BufferPool
  private readonly parityPool: BufferPool

  constructor (private readonly repo: Repository, private readonly onCommitted: (p: UploadedPack) => void, parallelPacks = 2) {
    const { k, m } = repo.config
    this.code = createErasureCode(k, m)
    this.slots = new Semaphore(parallelPacks)
    const shard = largestShardBytes(repo.config)
    this.packPool = new BufferPool(k * shard, parallelPacks + 1)
    this.parityPool = new BufferPool(shard, (parallelPacks + 1) * m)
  }

  /**
   * A buffer to build a pack in (PackWriter), from the pool when `minBytes`
   * fits; the upload gives it back. At most one more than the upload slots
   * is in use: the saver fills no pack while a full one waits for a slot.
   */
  packBuffer (minBytes: number): Uint8Array {
    return minBytes <= this.packPool.capacity ? this.packPool.acquire(this.packPool.capacity) : new Uint8Array(minBytes)
  }

  /** Queue a pack; resolves when an upload slot is free (backpressure), not when it is stored. */
  async submit (pack: FinishedPack | (() => FinishedPack)): Promise<void> {
    this.throwIfFailed()
    await this.slots.acquire()
    let p: Promise<void>
    try {
      p = this.upload(typeof pack === 'function' ? pack() : pack)
    } catch (err) {
      this.slots.release()
      throw err
    }
    p = p
      .catch(err => { this.failure ??= err as Error })
      .finally(() => { this.slots.release(); this.running.delete(p) })
    this.running.add(p)
  }

  /** Wait for every queued upload; throws the first failure. */
  async drain (): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running])
    this.throwIfFailed()
  }

  private throwIfFailed (): void {
    if (this.failure !== undefined) throw this.failure
  }

  private async upload (pack: FinishedPack): Promise<void> {
    const { k, m } = this.repo.config
    const data = splitPack(pack.bytes, k, pack.padded)
    const parity = this.code.encode(data, Array.from({ length: m }, () => this.parityPool.acquire(data[0].byteLength)))
    const shards = [...data, ...parity]
    const owner = this.repo.owner
    const headers = shards.map((s, index) => makeShardHeader({ owner, packId: pack.id, index, k, m, packLength: pack.bytes.byteLength }, s))
    let locations: pb.IShardLocation[]
    try {
      locations = this.repo.placer === undefined
        ? await this.putRanked(pack, shards, headers)
        : await this.putPlaced(pack, shards, headers)
    } finally {
      // Every put has settled (neither put path leaves one running): nobody reads these any more.
      if (pack.padded !== undefined) this.packPool.release(pack.padded)
      for (const b of parity) this.parityPool.release(b)
    }
    locations.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    const record: pb.IPackRecord = {
      id: pack.id,
      length: pack.bytes.byteLength,
      k,
      m,
      shardLength: shards[0].byteLength,
      shardHashes: headers.map(h => h.shardHash as Uint8Array),
      locations,
      blobCount: pack.entries.length,
      createdMs: Date.now()
    }
    const blobs: pb.IBlobRecord[] = pack.entries.map(e => ({
      id: e.id,
      type: e.type,
      packId: pack.id,
      offset: e.offset,
      length: e.length,
      rawLength: e.rawLength,
      compression: e.compression
    }))
    await this.repo.index.putPack(record, blobs)
    const uploaded = { record, blobs, storedBytes: shards.reduce((a, s) => a + s.byteLength, 0) }
    this.uploaded.push(uploaded)
    this.onCommitted(uploaded)
  }

  /** Without a policy: shard i to the i-th peer in rendezvous order, the next unused one on refusal. */
  private async putRanked (pack: FinishedPack, shards: Uint8Array[], headers: pb.IShardHeader[]): Promise<pb.IShardLocation[]> {
    const { k, m } = this.repo.config
    const ranked = rankPeers(pack.id, [...this.repo.peers.keys()])
    if (ranked.length < k + m) {
      throw new PlacementError(`a pack needs ${k + m} shard peers (k=${k} + m=${m}), only ${ranked.length} are available`)
    }
    let next = k + m
    const locations: pb.IShardLocation[] = []
    const failures: string[] = []
    const settled = await Promise.allSettled(shards.map(async (shard, index) => {
      let name = ranked[index]
      for (;;) {
        try {
          await (this.repo.peers.get(name)?.put(headers[index], shard))
          locations.push({ index, store: name })
          return
        } catch (err) {
          failures.push(`${name}: ${(err as Error).message}`)
          if (next >= ranked.length) {
            throw new PlacementError(`no shard peer could take shard ${index} of pack ${hex(pack.id).slice(0, 16)} (${failures.join('; ')})`)
          }
          name = ranked[next++]
        }
      }
    }))
    const failed = settled.find(r => r.status === 'rejected')
    if (failed !== undefined) throw failed.reason
    return locations
  }

  /** With a policy: place, put, and re-place the shards whose peer refused (full, down). */
  private async putPlaced (pack: FinishedPack, shards: Uint8Array[], headers: pb.IShardHeader[]): Promise<pb.IShardLocation[]> {
    const placer = this.repo.placer as NonNullable<Repository['placer']>
    const keep = new Map<number, string>()
    const avoid = new Set<string>()
    const failures: string[] = []
    for (let attempt = 0; attempt < 4 && keep.size < shards.length; attempt++) {
      const placed = placer({ packId: pack.id, shardBytes: shards[0].byteLength, keep, avoid })
      if (!placed.ok) {
        throw new PlacementError(`cannot place pack ${hex(pack.id).slice(0, 16)}: ${placed.reason}${failures.length > 0 ? ` (refused: ${failures.join('; ')})` : ''}`)
      }
      if (placed.assignment.length < shards.length) {
        throw new PlacementError(`cannot place pack ${hex(pack.id).slice(0, 16)}: the placement gives ${placed.assignment.length} peers for its ${shards.length} shards (the policy's k+m differs from the repository's)`)
      }
      if (placed.degraded) this.degradedPacks++
      await Promise.all(shards.map(async (shard, index) => {
        if (keep.has(index)) return
        const name = placed.assignment[index]
        try {
          const peer = this.repo.peers.get(name)
          if (peer === undefined) throw new Error('not connected')
          await peer.put(headers[index], shard)
          keep.set(index, name)
        } catch (err) {
          avoid.add(name)
          failures.push(`${name.slice(0, 16)}…: ${(err as Error).message}`)
        }
      }))
    }
    if (keep.size < shards.length) throw new PlacementError(`could not store every shard of pack ${hex(pack.id).slice(0, 16)} (${failures.join('; ')})`)
    return [...keep].map(([index, store]) => ({ index, store }))
  }
}
