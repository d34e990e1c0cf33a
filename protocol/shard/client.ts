/**
 * ShardClient: the requester side of /meshbackup/shard/1.0.0. Each function
 * opens one stream to `peer` (a PeerId or multiaddr(s)), runs one operation
 * and throws the named error (errors.ts) the responder answered with.
 */
import { createHash } from 'node:crypto'
import { pb } from '../../proto/index.js'
import { anySignal, messageChannel, receiveBytes, sendBytes } from '../common/stream-io.js'
import {
  HIGH_WATER_BYTES,
  IDLE_TIMEOUT_MS,
  LOW_WATER_BYTES,
  MAX_MESSAGE_BYTES,
  MAX_OUTBOUND_STREAMS,
  MAX_SHARD_BYTES,
  MESSAGE_READER_BUFFER_BYTES,
  PROTOCOL_ID,
  REQUEST_TIMEOUT_MS,
  SEND_CHUNK_BYTES
} from './constants.js'
import {
  fromWireError,
  SHARD_STREAM_ERRORS,
  ShardHashMismatchError,
  ShardLengthMismatchError,
  ShardProtocolError,
  ShardTimeoutError
} from './errors.js'
import { int64, toHeaderFields } from './header.js'
import type { ShardHeaderFields, ShardListPage, ShardRef } from './index.js'
import type { MessageChannel } from '../common/stream-io.js'
import type { DialProtocolOptions, DialTarget, Stream } from '@libp2p/interface'

/** What the client needs from a libp2p node. */
export interface ShardDialer {
  dialProtocol: (peer: DialTarget, protocols: string | string[], options?: DialProtocolOptions) => Promise<Stream>
}

export interface ShardClientOptions {
  /** Aborts the whole operation (required: every wait needs a way out). */
  signal: AbortSignal
  /** Time for the responder to answer a request, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Longest silence while bytes flow, reset per message, in ms. Default IDLE_TIMEOUT_MS (30 s). */
  idleTimeoutMs?: number
  /** Concurrent outbound shard streams per connection, when this node does not serve the protocol. Default MAX_OUTBOUND_STREAMS (16). */
  maxOutboundStreams?: number
}

export interface PutShardOptions extends ShardClientOptions {
  /** Slice size of each send(), in bytes. Default SEND_CHUNK_BYTES (1 MiB). */
  chunkBytes?: number
}

export interface GetShardOptions extends ShardClientOptions {
  /** Largest shard accepted, in bytes. Default MAX_SHARD_BYTES. */
  maxShardBytes?: number
  /** Pause the stream above this many unconsumed bytes (see receiveBytes). */
  highWaterBytes?: number
  lowWaterBytes?: number
}

export interface ShardRange {
  /** The shard's header as stored by the responder (not yet checked against anything). */
  header: ShardHeaderFields
  offset: number
  length: number
  /** Exactly `length` bytes; stop iterating early and the stream is reset. */
  data: AsyncIterable<Uint8Array>
}

export interface DeleteAuthorization {
  /** Signing time, ms since the epoch. */
  timeMs: number
  /** Owner's signature over deleteSigningPayload(ref, timeMs). */
  signature: Uint8Array
}

async function open (node: ShardDialer, peer: DialTarget, options: ShardClientOptions): Promise<{ stream: Stream, channel: MessageChannel }> {
  const stream = await node.dialProtocol(peer, PROTOCOL_ID, {
    signal: options.signal,
    maxOutboundStreams: options.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
  })
  return { stream, channel: messageChannel(stream, { maxMessageBytes: MAX_MESSAGE_BYTES, maxBufferBytes: MESSAGE_READER_BUFFER_BYTES, errors: SHARD_STREAM_ERRORS }) }
}

type Result = NonNullable<pb.ShardResponse['result']>

/** Read a response and insist on `expected`; an error response throws its named error. */
async function expectResponse<K extends Result> (channel: MessageChannel, expected: K, signal: AbortSignal): Promise<NonNullable<pb.ShardResponse[K]>> {
  const response = await channel.read(pb.ShardResponse, `shard ${expected} response`, { signal })
  if (response.result === 'error') {
    throw fromWireError(response.error ?? {})
  }
  const body = response[expected]
  if (response.result !== expected || body == null) {
    throw new ShardProtocolError(`expected a ${expected} response, got ${response.result ?? 'nothing'}`)
  }
  return body as NonNullable<pb.ShardResponse[K]>
}

function requestSignal (options: ShardClientOptions): AbortSignal {
  return anySignal(options.signal, AbortSignal.timeout(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS))
}

function toWireRef (ref: ShardRef): pb.ShardRef.$Properties {
  return { owner: ref.owner, packId: ref.packId, index: ref.index }
}

/** Run a one-message request/response operation on a fresh stream. */
async function unary<K extends Result> (node: ShardDialer, peer: DialTarget, request: pb.ShardRequest.$Properties, expected: K, options: ShardClientOptions): Promise<NonNullable<pb.ShardResponse[K]>> {
  const { stream, channel } = await open(node, peer, options)
  try {
    const signal = requestSignal(options)
    await channel.write(pb.ShardRequest, request, { signal })
    await stream.close({ signal })
    return await expectResponse(channel, expected, signal)
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

/**
 * Store a shard on `peer`. `data` must yield exactly header.shardLength bytes.
 * If the peer already holds it (same hash) nothing is sent and `existed` is
 * true. Throws QuotaExceededError / ShardTooLargeError / ShardConflictError
 * before any byte is sent,
 * ShardHashMismatchError / ShardLengthMismatchError when the peer refused the
 * bytes (nothing stored). Returns whether the peer already held the shard.
 */
export async function putShard (node: ShardDialer, peer: DialTarget, header: ShardHeaderFields, data: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options: PutShardOptions): Promise<{ existed: boolean }> {
  const { stream, channel } = await open(node, peer, options)
  try {
    const signal = requestSignal(options)
    await channel.write(pb.ShardRequest, { put: { header } }, { signal })
    const ready = await channel.read(pb.ShardResponse, 'shard putReady response', { signal })
    if (ready.result === 'putDone') {
      // already held with this hash: nothing to send
      await stream.close({ signal })
      return { existed: true }
    }
    if (ready.result === 'error') throw fromWireError(ready.error ?? {})
    if (ready.result !== 'putReady') {
      throw new ShardProtocolError(`expected a putReady response, got ${ready.result ?? 'nothing'}`)
    }

    // The responder answers once, after the bytes — or early, if it refuses them.
    const sendStop = new AbortController()
    const resultWait = new AbortController()
    const result = expectResponse(channel, 'putDone', anySignal(options.signal, resultWait.signal))
    result.then(() => { sendStop.abort(new ShardProtocolError('early put response')) }, (err) => { sendStop.abort(err) })
    const idleMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS
    let sentAll = false
    try {
      await sendBytes(stream, data, {
        signal: anySignal(options.signal, sendStop.signal),
        length: header.shardLength,
        chunkBytes: options.chunkBytes ?? SEND_CHUNK_BYTES,
        idleTimeoutMs: idleMs,
        errors: SHARD_STREAM_ERRORS
      })
      sentAll = true
    } catch (err) {
      if (!sendStop.signal.aborted) throw err
    }
    if (sentAll) {
      // end of the bytes; the responder keeps reading even if it refuses, so this completes
      await stream.close({ signal: anySignal(options.signal, AbortSignal.timeout(idleMs)) })
    }
    const timer = setTimeout(() => { resultWait.abort(new ShardTimeoutError(`no put result after ${idleMs} ms`)) }, idleMs)
    try {
      const done = await result
      if (!sentAll) {
        throw new ShardProtocolError('responder confirmed a put before receiving its bytes')
      }
      return { existed: done.existed === true }
    } finally {
      clearTimeout(timer)
    }
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

/**
 * Read bytes [offset, offset+length) of a shard from `peer` (length 0 = to the
 * end). The range is clamped to the shard; `data` streams it with backpressure.
 * Throws ShardNotFoundError when the peer does not hold the shard.
 */
export async function getShardRange (node: ShardDialer, peer: DialTarget, ref: ShardRef, offset: number, length: number, options: GetShardOptions): Promise<ShardRange> {
  const { stream, channel } = await open(node, peer, options)
  try {
    const signal = requestSignal(options)
    await channel.write(pb.ShardRequest, { get: { ref: toWireRef(ref), offset, length } }, { signal })
    await stream.close({ signal })
    const response = await expectResponse(channel, 'get', signal)
    const header = toHeaderFields(response.header, options.maxShardBytes ?? MAX_SHARD_BYTES)
    const gotOffset = int64(response.offset, 'range offset')
    const gotLength = int64(response.length, 'range length')
    if (gotOffset !== offset || gotLength < 0 || gotOffset + gotLength > header.shardLength || (length !== 0 && gotLength > length)) {
      throw new ShardProtocolError(`responder announced range ${gotOffset}+${gotLength} for request ${offset}+${length} of a ${header.shardLength}-byte shard`)
    }
    const { stream: raw, buffered } = channel.unwrap()
    const bytes = receiveBytes(raw, gotLength, {
      buffered,
      signal: options.signal,
      idleTimeoutMs: options.idleTimeoutMs ?? IDLE_TIMEOUT_MS,
      highWaterBytes: options.highWaterBytes ?? HIGH_WATER_BYTES,
      lowWaterBytes: options.lowWaterBytes ?? LOW_WATER_BYTES,
      errors: SHARD_STREAM_ERRORS
    })
    async function * data (): AsyncGenerator<Uint8Array, void, undefined> {
      let complete = false
      try {
        yield * bytes
        complete = true
      } finally {
        if (!complete) raw.abort(new Error('shard reader stopped early'))
      }
    }
    return { header, offset: gotOffset, length: gotLength, data: data() }
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

/**
 * Fetch a whole shard and check it against its header's length and hashes
 * (ShardLengthMismatchError / ShardHashMismatchError otherwise): with block
 * hashes, every block and shard_hash as the SHA-256 of the block hash list
 * (the disk format, store/shard-format.ts); without (block_size 0), shard_hash
 * as the SHA-256 of the data.
 */
export async function getShard (node: ShardDialer, peer: DialTarget, ref: ShardRef, options: GetShardOptions): Promise<{ header: ShardHeaderFields, data: Uint8Array }> {
  const range = await getShardRange(node, peer, ref, 0, 0, options)
  if (range.length !== range.header.shardLength) {
    throw new ShardLengthMismatchError(`responder sent ${range.length} of ${range.header.shardLength} bytes`)
  }
  const out = new Uint8Array(range.length)
  let at = 0
  for await (const chunk of range.data) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  if (!hashesMatch(range.header, out)) {
    throw new ShardHashMismatchError(`shard ${ref.index} from the responder does not match its hash`)
  }
  return { header: range.header, data: out }
}

function sha256 (data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest()
}

/** Do the shard's bytes match its header's block hashes and shard hash? */
function hashesMatch (header: ShardHeaderFields, data: Uint8Array): boolean {
  if (header.blockSize === 0) return sha256(data).equals(header.shardHash)
  const blocks: Buffer[] = []
  for (let at = 0; at < data.byteLength; at += header.blockSize) blocks.push(sha256(data.subarray(at, at + header.blockSize)))
  const list = Buffer.concat(blocks)
  return list.equals(header.blockHashes) && sha256(list).equals(header.shardHash)
}

/** Which of `refs` (≤ MAX_HAS_REFS) does `peer` hold, in order. */
export async function hasShards (node: ShardDialer, peer: DialTarget, refs: ShardRef[], options: ShardClientOptions): Promise<boolean[]> {
  const response = await unary(node, peer, { has: { refs: refs.map(toWireRef) } }, 'has', options)
  const present = response.present ?? []
  if (present.length !== refs.length) {
    throw new ShardProtocolError(`asked about ${refs.length} shards, got ${present.length} answers`)
  }
  return present
}

/** One page of `owner`'s shards held by `peer`; pass `next` back as `after` for the next page. */
export async function listShards (node: ShardDialer, peer: DialTarget, owner: string, page: { after?: string, limit?: number }, options: ShardClientOptions): Promise<ShardListPage> {
  const response = await unary(node, peer, { list: { owner, after: page.after ?? '', limit: page.limit ?? 0 } }, 'list', options)
  const entries = (response.entries ?? []).map(e => ({ packId: e.packId ?? new Uint8Array(0), index: e.index ?? 0, length: e.length ?? 0 }))
  const next = response.next ?? ''
  return next === '' ? { entries } : { entries, next }
}

/** Ask `peer` to delete a shard, authorised by the owner's signature. Returns false when it was not held. */
export async function deleteShard (node: ShardDialer, peer: DialTarget, ref: ShardRef, auth: DeleteAuthorization, options: ShardClientOptions): Promise<boolean> {
  const response = await unary(node, peer, { remove: { ref: toWireRef(ref), timeMs: auth.timeMs, signature: auth.signature } }, 'remove', options)
  return response.deleted === true
}

/** The client functions as one object. */
export const ShardClient = {
  put: putShard,
  get: getShard,
  getRange: getShardRange,
  has: hasShards,
  list: listShards,
  delete: deleteShard
} as const
