/**
 * A mesh member as a shard peer: puts and verified range reads over
 * /meshbackup/shard/1.0.0. Nothing a peer sends is trusted: the header must
 * carry the shard hash the owner expects (from its index), and every block of
 * a range is checked against the header's block hashes before use.
 */
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { pb } from '../../proto/index.js'
import { MAX_SHARD_BYTES, deleteShard, deleteSigningPayload, getShardRange, putShard, toHeaderFields } from '../../protocol/shard/index.js'
import type { ShardDialer } from '../../protocol/shard/index.js'
import { ShardCorruptError, validateShardHeader, verifyBlocks } from '../../store/shard-format.js'
import type { ReadOptions, ShardPeer } from '../repository/shard-peer.js'
import { Semaphore } from '../util/semaphore.js'

/** Time for one shard operation, in ms (a 16 MiB shard at 1 MB/s still fits). */
const OP_TIMEOUT_MS = 60_000

/**
 * Range reads in flight per remote peer, for every RemoteShardPeer of one node.
 * The shard protocol accepts 16 streams per connection; a restore (files ×
 * read-ahead, and k reads for every range rebuilt around a missing shard) would
 * ask for more and get streams reset. Waiting here costs nothing: the peer
 * serves them in turn anyway.
 */
const READS_PER_PEER = 8
const readSlots = new WeakMap<object, Map<string, Semaphore>>()

function readSlotsFor (node: object, peer: string): Semaphore {
  let perNode = readSlots.get(node)
  if (perNode === undefined) { perNode = new Map(); readSlots.set(node, perNode) }
  let sem = perNode.get(peer)
  if (sem === undefined) { sem = new Semaphore(READS_PER_PEER); perNode.set(peer, sem) }
  return sem
}

function signalFor (options: { signal?: AbortSignal }): AbortSignal {
  const t = AbortSignal.timeout(OP_TIMEOUT_MS)
  return options.signal === undefined ? t : AbortSignal.any([options.signal, t])
}

export class RemoteShardPeer implements ShardPeer {
  constructor (
    readonly name: string,
    private readonly node: ShardDialer,
    private readonly peer: PeerId,
    private readonly ownerKey?: PrivateKey
  ) {}

  async put (header: pb.IShardHeader, data: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    await putShard(this.node, this.peer, toHeaderFields(header, MAX_SHARD_BYTES), data, { signal: signalFor(options) })
  }

  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: ReadOptions = {}): Promise<Uint8Array> {
    return await readSlotsFor(this.node, this.name).use(async () => await this.readNow(owner, packId, index, offset, length, options))
  }

  private async readNow (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: ReadOptions): Promise<Uint8Array> {
    const signal = signalFor(options)
    const bs = 64 * 1024
    // Ask for whole blocks so that each can be verified.
    const from = Math.floor(offset / bs) * bs
    const to = Math.ceil((offset + length) / bs) * bs
    const range = await getShardRange(this.node, this.peer, { owner, packId, index }, from, Math.max(to - from, 1), { signal })
    const header = range.header
    validateShardHeader(header)
    if (header.blockSize !== bs) throw new ShardCorruptError(`shard from ${this.name} has block size ${header.blockSize}`)
    if (options.expectHash !== undefined && !Buffer.from(header.shardHash).equals(options.expectHash)) {
      throw new ShardCorruptError(`shard ${index} on ${this.name} has an unexpected hash`)
    }
    const buf = Buffer.allocUnsafe(range.length)
    let at = 0
    for await (const chunk of range.data) {
      buf.set(chunk, at)
      at += chunk.byteLength
    }
    if (at !== range.length || offset + length > from + at) throw new ShardCorruptError(`short read from ${this.name}`)
    verifyBlocks(header, from / bs, buf)
    return buf.subarray(offset - from, offset - from + length)
  }

  async getHeader (owner: string, packId: Uint8Array, index: number, options: { signal?: AbortSignal } = {}): Promise<pb.IShardHeader | undefined> {
    try {
      const range = await getShardRange(this.node, this.peer, { owner, packId, index }, 0, 1, { signal: signalFor(options) })
      for await (const _ of range.data) { /* one byte */ }
      validateShardHeader(range.header)
      return range.header
    } catch (err) {
      if ((err as Error).name === 'ShardNotFoundError') return undefined
      throw err
    }
  }

  async delete (owner: string, packId: Uint8Array, index: number, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    if (this.ownerKey === undefined) throw new Error('deleting needs the owner key')
    const ref = { owner, packId, index }
    const timeMs = Date.now()
    const signature = await this.ownerKey.sign(deleteSigningPayload(ref, timeMs))
    return await deleteShard(this.node, this.peer, ref, { timeMs, signature }, { signal: signalFor(options) })
  }
}
