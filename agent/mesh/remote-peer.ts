/**
 * A mesh member as a shard peer: puts and verified range reads over
 * /meshbackup/shard/1.0.0. Nothing a peer sends is trusted: the header must
 * carry the shard hash the owner expects (from its index), and every block of
 * a range is checked against the header's block hashes before use.
 *
 * Failures are thrown as a local store throws them (store/shard-errors.ts):
 * the protocol's and the transport's errors are mapped in toShardFailure
 * below, so callers never look at where a shard was.
 */
import type { DialProtocolOptions, DialTarget, PeerId, PrivateKey, Stream } from '@libp2p/interface'
import { pb } from '../../proto/index.js'
import {
  InvalidRangeError, MAX_SHARD_BYTES, QuotaExceededError, ShardHashMismatchError, ShardInternalError, ShardLengthMismatchError,
  ShardNotFoundError as WireNotFoundError, ShardTimeoutError, TruncatedStreamError,
  deleteShard, deleteSigningPayload, getShardRange, hasShards, listShards, putShard, toHeaderFields
} from '../../protocol/shard/index.js'
import type { ShardDialer } from '../../protocol/shard/index.js'
import {
  PeerUnreachableError, ShardCorruptError, ShardLengthError, ShardNotFoundError, ShardStoreFullError, ShardUnavailableError
} from '../../store/shard-errors.js'
import { validateShardHeader, verifyBlocks } from '../../store/shard-format.js'
import type { ReadOptions, ShardPage, ShardPeer } from '../repository/shard-peer.js'
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

/**
 * Errors of libp2p streams and connections that say the peer could not answer
 * now: the stream was cut, reset or refused for want of streams, the
 * connection closed under it. (Named as @libp2p/interface names them.)
 */
const TRANSIENT_ERRORS: ReadonlySet<string> = new Set([
  'TimeoutError', 'AbortError', 'StreamResetError', 'StreamAbortedError', 'StreamStateError', 'StreamBufferError',
  'ConnectionClosedError', 'ConnectionClosingError', 'MuxerClosedError', 'TooManyOutboundProtocolStreamsError'
])

/**
 * A failure of the shard protocol or of the transport under it as the failure
 * a shard peer throws (store/shard-errors.ts). Refusals that are neither
 * (a conflict, a shard over the size limit, a protocol violation) and the
 * caller's own abort are passed on as they are.
 */
export function toShardFailure (err: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted === true || !(err instanceof Error)) return err
  if (err instanceof ShardCorruptError || err instanceof ShardNotFoundError || err instanceof ShardUnavailableError || err instanceof ShardStoreFullError || err instanceof RangeError) return err
  const options = { cause: err }
  if (err instanceof WireNotFoundError) return new ShardNotFoundError(err.message, options)
  if (err instanceof ShardLengthMismatchError) return new ShardLengthError(err.message, options)
  if (err instanceof ShardHashMismatchError) return new ShardCorruptError(err.message, options)
  if (err instanceof QuotaExceededError) return new ShardStoreFullError(err.message, options)
  if (err instanceof InvalidRangeError) return new RangeError(err.message, options)
  if (err instanceof ShardTimeoutError || err instanceof TruncatedStreamError || err instanceof ShardInternalError || TRANSIENT_ERRORS.has(err.name)) {
    return new ShardUnavailableError(`${err.name}: ${err.message}`, options)
  }
  return err
}

/**
 * The node's dialer, with a failure to open a stream to the peer (no
 * connection and none could be made, the protocol not served) thrown as
 * PeerUnreachableError; a peer out of streams stays a passing failure.
 */
function unreachableOnDialFailure (node: ShardDialer, name: string): ShardDialer {
  return {
    dialProtocol: async (peer: DialTarget, protocols: string | string[], options?: DialProtocolOptions): Promise<Stream> => {
      try {
        return await node.dialProtocol(peer, protocols, options)
      } catch (err) {
        if (options?.signal?.aborted === true || (err as Error).name === 'TooManyOutboundProtocolStreamsError') throw err
        throw new PeerUnreachableError(`cannot open a shard stream to ${name}: ${(err as Error).name}: ${(err as Error).message}`, { cause: err })
      }
    }
  }
}

export class RemoteShardPeer implements ShardPeer {
  private readonly dialer: ShardDialer

  constructor (
    readonly name: string,
    private readonly node: ShardDialer,
    private readonly peer: PeerId,
    private readonly ownerKey?: PrivateKey
  ) {
    this.dialer = unreachableOnDialFailure(node, name)
  }

  async put (header: pb.IShardHeader, data: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    try {
      await putShard(this.dialer, this.peer, toHeaderFields(header, MAX_SHARD_BYTES), data, { signal: signalFor(options) })
    } catch (err) {
      throw toShardFailure(err, options.signal)
    }
  }

  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: ReadOptions = {}): Promise<Uint8Array> {
    try {
      return await readSlotsFor(this.node, this.name).use(async () => await this.readNow(owner, packId, index, offset, length, options))
    } catch (err) {
      throw toShardFailure(err, options.signal)
    }
  }

  private async readNow (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options: ReadOptions): Promise<Uint8Array> {
    const signal = signalFor(options)
    const bs = 64 * 1024
    // Ask for whole blocks so that each can be verified.
    const from = Math.floor(offset / bs) * bs
    const to = Math.ceil((offset + length) / bs) * bs
    if (offset < 0 || length < 0) throw new RangeError(`range ${offset}+${length} is outside the shard`)
    const range = await getShardRange(this.dialer, this.peer, { owner, packId, index }, from, Math.max(to - from, 1), { signal })
    const header = range.header
    validateShardHeader(header)
    if (header.blockSize !== bs) throw new ShardCorruptError(`shard from ${this.name} has block size ${header.blockSize}`)
    if (options.expectHash !== undefined && !Buffer.from(header.shardHash).equals(options.expectHash)) {
      throw new ShardCorruptError(`shard ${index} on ${this.name} has an unexpected hash`)
    }
    if (offset + length > header.shardLength) {
      for await (const _ of range.data) { /* drain the few bytes of the last block */ }
      throw new RangeError(`range ${offset}+${length} is outside the shard (${header.shardLength} bytes)`)
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
      const range = await getShardRange(this.dialer, this.peer, { owner, packId, index }, 0, 1, { signal: signalFor(options) })
      for await (const _ of range.data) { /* one byte */ }
      validateShardHeader(range.header)
      return range.header
    } catch (err) {
      const failure = toShardFailure(err, options.signal)
      if (failure instanceof ShardNotFoundError) return undefined
      throw failure
    }
  }

  async has (owner: string, refs: Array<{ packId: Uint8Array, index: number }>, options: { signal?: AbortSignal } = {}): Promise<boolean[]> {
    try {
      return await hasShards(this.dialer, this.peer, refs.map(r => ({ owner, packId: r.packId, index: r.index })), { signal: signalFor(options) })
    } catch (err) {
      throw toShardFailure(err, options.signal)
    }
  }

  async list (owner: string, page: { after?: string, limit?: number }, options: { signal?: AbortSignal } = {}): Promise<ShardPage> {
    try {
      return await listShards(this.dialer, this.peer, owner, page, { signal: signalFor(options) })
    } catch (err) {
      throw toShardFailure(err, options.signal)
    }
  }

  async delete (owner: string, packId: Uint8Array, index: number, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    if (this.ownerKey === undefined) throw new Error('deleting needs the owner key')
    const ref = { owner, packId, index }
    const timeMs = Date.now()
    const signature = await this.ownerKey.sign(deleteSigningPayload(ref, timeMs))
    try {
      return await deleteShard(this.dialer, this.peer, ref, { timeMs, signature }, { signal: signalFor(options) })
    } catch (err) {
      throw toShardFailure(err, options.signal)
    }
  }
}
