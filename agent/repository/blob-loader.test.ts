/**
 * The blob loader's failure rules, over real disk stores with one shard peer
 * that fails on purpose: a passing failure is retried once and never marks
 * the shard bad, a lasting one (corrupt, missing, unreachable) is read around
 * from then on, and every failure reaches onShardFailure with its error.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { pb } from '../../proto/index.js'
import { PeerUnreachableError, ShardCorruptError, ShardUnavailableError } from '../../store/shard-errors.js'
import { ShardStore } from '../../store/shard-store.js'
import { backup } from '../backup/archiver.js'
import { findSnapshot } from '../snapshot/snapshots.js'
import type { ShardFailure } from '../repair/shard-failure.js'
import { BlobLoader } from './blob-loader.js'
import { Repository } from './repository.js'
import { LocalShardPeer } from './shard-peer.js'
import type { ReadOptions, ShardPeer } from './shard-peer.js'

const PASS = 'loader test passphrase'

/** A real shard peer whose next reads fail with the errors queued (then it reads normally). */
class FailingPeer implements ShardPeer {
  reads = 0
  readonly failures: Error[] = []
  always: (() => Error) | undefined
  constructor (private readonly inner: ShardPeer) {}
  get name (): string { return this.inner.name }
  async put (header: pb.IShardHeader, data: Uint8Array, options?: { signal?: AbortSignal }): Promise<void> { await this.inner.put(header, data, options) }
  /** Frozen (SIGSTOP'd): a read never answers; it ends only when its caller aborts it. */
  frozen = false
  abortedReads = 0
  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options?: ReadOptions): Promise<Uint8Array> {
    this.reads++
    if (this.frozen) {
      return await new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => { this.abortedReads++; reject(options.signal?.reason as Error) }, { once: true })
      })
    }
    const fail = this.failures.shift() ?? this.always?.()
    if (fail !== undefined) throw fail
    return await this.inner.read(owner, packId, index, offset, length, options)
  }

  async getHeader (owner: string, packId: Uint8Array, index: number): Promise<pb.IShardHeader | undefined> { return await this.inner.getHeader(owner, packId, index) }
  async delete (owner: string, packId: Uint8Array, index: number): Promise<boolean> { return await this.inner.delete(owner, packId, index) }
}

let work: string
let stores: ShardStore[]
let tree: Uint8Array

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-loader-'))
  await mkdir(join(work, 'src'))
  await writeFile(join(work, 'src', 'file'), randomBytes(2_000_000))
  stores = []
  for (let i = 0; i < 6; i++) {
    const s = new ShardStore(join(work, 'stores', `store-${i}`))
    await s.open()
    stores.push(s)
  }
  const repo = await Repository.create(join(work, 'repo'), PASS, { scrypt: { logN: 10, r: 8, p: 1 } })
  stores.forEach((s, i) => repo.addPeer(new LocalShardPeer(`store-${i}`, s)))
  await backup(repo, { paths: [join(work, 'src')] })
  tree = (await findSnapshot(repo, 'latest')).tree
  await repo.close()
})

afterAll(async () => { await rm(work, { recursive: true, force: true }) })

/** The repository with every store as a peer, the one holding the tree's data shard (or the largest pack's first) wrapped to fail. */
async function open (which: 'tree' | 'largest pack' = 'tree'): Promise<{ repo: Repository, failing: FailingPeer, store: string, pack: pb.PackRecord, index: number }> {
  const repo = await Repository.open(join(work, 'repo'), PASS)
  let pack: pb.PackRecord
  let index = 0
  if (which === 'tree') {
    const rec = await repo.index.getBlob(tree) as pb.BlobRecord
    pack = await repo.index.getPack(rec.packId) as pb.PackRecord
    index = Math.floor(rec.offset / pack.shardLength)
  } else {
    pack = (await repo.index.listPacks()).sort((a, b) => b.shardLength - a.shardLength)[0]
  }
  const store = pack.locations.find(l => l.index === index)?.store as string
  let failing: FailingPeer | undefined
  stores.forEach((s, i) => {
    const peer = new LocalShardPeer(`store-${i}`, s)
    if (peer.name === store) { failing = new FailingPeer(peer); repo.addPeer(failing) } else repo.addPeer(peer)
  })
  return { repo, failing: failing as FailingPeer, store, pack, index }
}

describe('blob loader failures', () => {
  it('a frozen peer (connected, never answering) is hedged: the read is rebuilt from other shards, the frozen read aborted, the peer read around after', async () => {
    const { repo, failing } = await open()
    try {
      failing.frozen = true
      const seen: ShardFailure[] = []
      const loader = new BlobLoader(repo, { onShardFailure: f => seen.push(f) })
      // without hedging this never returns: the frozen read has no deadline of its own here
      expect((await loader.load(tree)).byteLength).toBeGreaterThan(0)
      expect(loader.stats.hedgesWon).toBe(1)
      expect(loader.stats.packDecodes).toBe(1)
      expect(failing.reads).toBe(1)
      expect(failing.abortedReads).toBe(1)
      expect(seen).toEqual([]) // an aborted read is no shard failure
      // the next read does not wait for it again
      expect((await loader.load(tree)).byteLength).toBeGreaterThan(0)
      expect(failing.reads).toBe(1)
    } finally {
      await repo.close()
    }
  })

  it('a whole pack read with one frozen data shard asks a parity shard after the hedge delay and aborts the straggler', async () => {
    const { repo, failing, pack } = await open('largest pack')
    try {
      failing.frozen = true
      const loader = new BlobLoader(repo)
      const bytes = await loader.decodePack(pack)
      expect(bytes.byteLength).toBe(Number(pack.length))
      expect(loader.stats.hedges).toBeGreaterThanOrEqual(1)
      expect(failing.abortedReads).toBe(1)
    } finally {
      await repo.close()
    }
  })

  it('a passing failure is retried once on the same shard, with no rebuild, and reported with its error', async () => {
    const { repo, failing, store } = await open()
    try {
      const seen: ShardFailure[] = []
      const loader = new BlobLoader(repo, { onShardFailure: f => seen.push(f) })
      failing.failures.push(new ShardUnavailableError('StreamResetError: reset'))
      expect((await loader.load(tree)).byteLength).toBeGreaterThan(0)
      expect(failing.reads).toBe(2)
      expect(loader.stats.packDecodes).toBe(0)
      expect(seen).toHaveLength(1)
      expect(seen[0].store).toBe(store)
      expect(seen[0].error).toBeInstanceOf(ShardUnavailableError)
    } finally {
      await repo.close()
    }
  })

  it('a shard that stays unavailable is rebuilt around but asked again by the next read', async () => {
    const { repo, failing, pack, index } = await open('largest pack')
    try {
      const loader = new BlobLoader(repo)
      failing.always = () => new ShardUnavailableError('TimeoutError: slow')
      // reads of 256 KiB and more go to the peer each time (no window cache)
      const length = 256 * 1024
      expect(pack.shardLength).toBeGreaterThanOrEqual(length)
      const first = await loader.readPackRange(pack, index * pack.shardLength, length)
      expect(failing.reads).toBe(2)
      expect(loader.stats.packDecodes).toBe(1)
      failing.always = undefined
      const again = await loader.readPackRange(pack, index * pack.shardLength, length)
      expect(failing.reads).toBe(3)
      expect(Buffer.from(again).equals(first)).toBe(true)
    } finally {
      await repo.close()
    }
  })

  it('a corrupt shard is not retried and is read around from then on', async () => {
    const { repo, failing } = await open()
    try {
      const seen: ShardFailure[] = []
      const loader = new BlobLoader(repo, { onShardFailure: f => seen.push(f) })
      failing.always = () => new ShardCorruptError('block 0 does not match its hash')
      await loader.load(tree)
      expect(failing.reads).toBe(1)
      expect(loader.stats.packDecodes).toBe(1)
      await loader.load(tree)
      expect(failing.reads).toBe(1)
      expect(seen.map(f => f.error)).toEqual([expect.any(ShardCorruptError)])
    } finally {
      await repo.close()
    }
  })

  it('a shard on no connected peer is PeerUnreachableError, not retried', async () => {
    const { repo, store } = await open()
    try {
      repo.removePeer(store)
      const seen: ShardFailure[] = []
      const loader = new BlobLoader(repo, { onShardFailure: f => seen.push(f) })
      await loader.load(tree)
      await loader.load(tree)
      expect(seen).toHaveLength(1)
      expect(seen[0].error).toBeInstanceOf(PeerUnreachableError)
    } finally {
      await repo.close()
    }
  })
})
