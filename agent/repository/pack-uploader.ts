/**
 * Pack uploader: erasure-codes a finished pack into k+m shards, places them on
 * distinct shard peers and commits the pack and its blobs to the index once
 * every shard is durably stored. A pack is visible in the index only after all
 * its shards are placed, so a crash never leaves an index entry pointing at
 * shards that do not exist.
 */
import { createHash } from 'node:crypto'
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { createErasureCode, splitPack } from '../erasure/index.js'
import type { ErasureCode } from '../erasure/index.js'
import type { FinishedPack } from '../pack/pack.js'
import { Semaphore } from '../util/semaphore.js'
import type { Repository } from './repository.js'

export class PlacementError extends Error {
  override name = 'PlacementError'
}

/** Peers ordered by rendezvous hash for this pack: stable, spread evenly. */
export function rankPeers (packId: Uint8Array, names: string[]): string[] {
  const score = (n: string): string => createHash('sha256').update(packId).update(n).digest('hex')
  return names.map(n => ({ n, s: score(n) })).sort((a, b) => a.s < b.s ? 1 : a.s > b.s ? -1 : 0).map(x => x.n)
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

  constructor (private readonly repo: Repository, private readonly onCommitted: (p: UploadedPack) => void, parallelPacks = 2) {
    this.code = createErasureCode(repo.config.k, repo.config.m)
    this.slots = new Semaphore(parallelPacks)
  }

  /** Queue a pack; resolves when an upload slot is free (backpressure), not when it is stored. */
  async submit (pack: FinishedPack): Promise<void> {
    this.throwIfFailed()
    await this.slots.acquire()
    const p = this.upload(pack)
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
    const data = splitPack(pack.bytes, k)
    const shards = [...data, ...this.code.encode(data)]
    const owner = this.repo.owner
    const headers = shards.map((s, index) => makeShardHeader({ owner, packId: pack.id, index, k, m, packLength: pack.bytes.byteLength }, s))
    const ranked = rankPeers(pack.id, [...this.repo.peers.keys()])
    if (ranked.length < k + m) {
      throw new PlacementError(`a pack needs ${k + m} shard peers (k=${k} + m=${m}), only ${ranked.length} are available`)
    }
    // Shard i goes to ranked[i]; a peer that refuses (full, down) is replaced by
    // the next unused peer in rank order.
    let next = k + m
    const locations: pb.IShardLocation[] = []
    const failures: string[] = []
    await Promise.all(shards.map(async (shard, index) => {
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
}
