/**
 * The stream plumbing every mesh protocol uses (libp2p 3 streams; see
 * /work/shared/PLATFORM.md for the traps each piece avoids):
 *
 * - MessageChannel: length-prefixed protobuf messages over @libp2p/utils
 *   byteStream, with a maximum size checked on the prefix before the body is
 *   buffered and decoding through proto/index.ts (size-checked);
 * - sendBytes: bulk bytes with backpressure (wait for 'drain' when send()
 *   returns false, reject on 'close'; not the cached stream.onDrain()), in
 *   slices of `chunkBytes` (large frames: fewer writes), no copies;
 * - receiveBytes: exactly N bulk bytes as an async iterable, pausing the
 *   stream above a high-water mark and resuming below a low one (plain
 *   iteration never pauses and yamux keeps granting window);
 * - IdleTimer: an AbortSignal that fires after a silence, reset per message;
 *   anySignal: either of several signals.
 *
 * The shard data path runs through sendBytes/receiveBytes: one send() per
 * slice, one event per received message, no await per chunk unless the
 * stream asks to drain. Keep it that way.
 *
 * Failures are the named errors of errors.ts, or a protocol's own classes
 * passed as `errors` (StreamErrorClasses).
 */
import { byteStream } from '@libp2p/utils'
import { decode, DecodeError, encode } from '../../proto/index.js'
import { DEFAULT_HIGH_WATER_BYTES, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_LOW_WATER_BYTES, DEFAULT_SEND_CHUNK_BYTES, PREFIX_ROOM_BYTES } from './constants.js'
import { STREAM_ERRORS, TruncatedStreamError } from './errors.js'
import type { ErrorClass, StreamErrorClasses } from './errors.js'
import type { Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'

/** An AbortSignal that aborts after `ms` without a touch(). */
export class IdleTimer {
  readonly signal: AbortSignal
  private readonly controller: AbortController
  private readonly timer: ReturnType<typeof setTimeout>

  /** `timeout` is the class of the abort reason (StreamTimeoutError unless given). */
  constructor (ms: number, what: string, timeout: ErrorClass = STREAM_ERRORS.timeout) {
    this.controller = new AbortController()
    this.signal = this.controller.signal
    this.timer = setTimeout(() => {
      this.controller.abort(new timeout(`${what}: nothing happened for ${ms} ms`))
    }, ms)
  }

  /** Restart the countdown. */
  touch (): void {
    this.timer.refresh()
  }

  /** Stop the countdown for good. */
  clear (): void {
    clearTimeout(this.timer)
  }
}

/** Either signal. */
export function anySignal (...signals: Array<AbortSignal | undefined>): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s != null)
  return present.length === 1 ? present[0] : AbortSignal.any(present)
}

export interface Decoder<T> { decode: (reader: Uint8Array) => T }
export interface Encoder<T> { encode: (message: T) => { finish: () => Uint8Array } }

export interface MessageChannel {
  /** Read one message of `type`; throws `errors.invalid` when it is malformed or oversized, TruncatedStreamError when it is missing. */
  read: <T>(type: Decoder<T>, what: string, options: { signal: AbortSignal }) => Promise<T>
  /** Write one message (waits for drain when the stream is full); works after unwrap() too. */
  write: <T>(type: Encoder<T>, message: T, options: { signal: AbortSignal }) => Promise<void>
  /**
   * Stop reading messages. Returns the raw stream and the bytes the reader had
   * already buffered past the last message (the start of a bulk transfer):
   * pass them to receiveBytes as `buffered`.
   */
  unwrap: () => { stream: Stream, buffered: Uint8Array[] }
}

export interface MessageChannelOptions {
  /** Largest message, in bytes. */
  maxMessageBytes: number
  /**
   * Bytes the reader may buffer (messages plus bulk bytes right behind them),
   * in bytes. Default maxMessageBytes + PREFIX_ROOM_BYTES (one message and its prefix).
   */
  maxBufferBytes?: number
  /** The classes thrown; STREAM_ERRORS unless given. */
  errors?: StreamErrorClasses
}

/** Map byteStream's errors to the protocol's named errors. */
function readError (err: unknown, what: string): Error {
  const name = (err as Error | undefined)?.name
  const message = (err as Error | undefined)?.message ?? String(err)
  switch (name) {
    case 'UnexpectedEOFError':
      return new TruncatedStreamError(`${what}: stream ended inside a message (${message})`)
    default:
      return err instanceof Error ? err : new Error(message)
  }
}

/** Bytes needed to varint-encode `n`. */
function varintLength (n: number): number {
  let bytes = 1
  while (n >= 0x80) { n = Math.floor(n / 0x80); bytes++ }
  return bytes
}

/**
 * Varint-length-prefixed protobuf messages over a stream, read through
 * @libp2p/utils byteStream with an explicit maximum length (checked on the
 * prefix, before the body is buffered) and a maximum buffer. (lpStream does
 * the same but cannot hand back bytes buffered behind the last message once
 * the peer has closed its end, which a get needs.)
 */
export function messageChannel (stream: Stream, options: MessageChannelOptions): MessageChannel {
  const maxMessageBytes = options.maxMessageBytes
  const maxPrefixBytes = varintLength(maxMessageBytes)
  const invalid = (options.errors ?? STREAM_ERRORS).invalid
  const bytes = byteStream(stream, { maxBufferSize: options.maxBufferBytes ?? maxMessageBytes + PREFIX_ROOM_BYTES })

  async function readPrefix (what: string, signal: AbortSignal): Promise<number> {
    let length = 0
    let scale = 1
    for (let i = 0; ; i++) {
      if (i >= maxPrefixBytes) {
        throw new invalid(`${what}: length prefix is longer than ${maxPrefixBytes} bytes`)
      }
      const buf = await bytes.read({ bytes: 1, signal })
      if (buf == null) {
        throw new TruncatedStreamError(`${what}: stream ended before the message`)
      }
      const byte = buf.get(0)
      length += (byte & 0x7f) * scale
      scale *= 0x80
      if ((byte & 0x80) === 0) return length
    }
  }

  return {
    async read<T> (type: Decoder<T>, what: string, opts: { signal: AbortSignal }): Promise<T> {
      let body: Uint8Array
      try {
        const length = await readPrefix(what, opts.signal)
        if (length > maxMessageBytes) {
          throw new invalid(`${what}: length prefix of ${length} bytes is over the limit of ${maxMessageBytes}`)
        }
        if (length === 0) {
          body = new Uint8Array(0)
        } else {
          const buf = await bytes.read({ bytes: length, signal: opts.signal })
          if (buf == null || buf.byteLength !== length) {
            throw new TruncatedStreamError(`${what}: stream ended inside a ${length}-byte message`)
          }
          body = buf.subarray()
        }
      } catch (err) {
        throw readError(err, what)
      }
      try {
        return decode(type, body, maxMessageBytes, what)
      } catch (err) {
        if (err instanceof DecodeError) {
          throw new invalid(err.message)
        }
        throw err
      }
    },
    async write<T> (type: Encoder<T>, message: T, opts: { signal: AbortSignal }): Promise<void> {
      await writeMessage(stream, type, message, opts)
    },
    unwrap (): { stream: Stream, buffered: Uint8Array[] } {
      // byteStream.unwrap() would unshift its buffer back onto the stream,
      // which throws once the peer has closed its end and everything was read
      // (a small get): take the buffer out first. readBuffer is public in the
      // JS of @libp2p/utils 7 but missing from its types.
      const buffer = (bytes as unknown as { readBuffer?: Iterable<Uint8Array> & { byteLength: number, consume: (n: number) => void } }).readBuffer
      const buffered = buffer != null ? [...buffer] : []
      buffer?.consume(buffer.byteLength)
      return { stream: bytes.unwrap(), buffered }
    }
  }
}

/** Varint (LEB128) encoding of a length prefix. */
function varint (value: number): Uint8Array {
  const out: number[] = []
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80)
    value = Math.floor(value / 0x80)
  }
  out.push(value)
  return Uint8Array.from(out)
}

/** Write one length-prefixed message straight to the stream, with backpressure. */
export async function writeMessage<T> (stream: Stream, type: Encoder<T>, message: T, options: { signal: AbortSignal }): Promise<void> {
  const body = encode(type, message)
  const prefix = varint(body.byteLength)
  const frame = new Uint8Array(prefix.byteLength + body.byteLength)
  frame.set(prefix, 0)
  frame.set(body, prefix.byteLength)
  options.signal.throwIfAborted()
  if (!stream.send(frame)) {
    await waitForDrain(stream, options.signal)
  }
}

/**
 * Wait for the stream's 'drain' event; reject when it closes or `signal` aborts.
 * (Not stream.onDrain(): its promise is cached and only blocks once.)
 */
export async function waitForDrain (stream: Stream, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted()
  await new Promise<void>((resolve, reject) => {
    const cleanup = (): void => {
      stream.removeEventListener('drain', onDrain)
      stream.removeEventListener('close', onClose)
      signal.removeEventListener('abort', onAbort)
    }
    const onDrain = (): void => { cleanup(); resolve() }
    const onClose = (evt: StreamCloseEvent): void => {
      cleanup()
      reject(evt.error ?? new TruncatedStreamError('stream closed while waiting to send'))
    }
    const onAbort = (): void => { cleanup(); reject(signal.reason) }
    stream.addEventListener('drain', onDrain)
    stream.addEventListener('close', onClose)
    signal.addEventListener('abort', onAbort)
  })
}

export interface SendBytesOptions {
  signal: AbortSignal
  /** Exactly this many bytes must come from `data`; a short or long source throws `errors.lengthMismatch`. */
  length?: number
  /** Slice size of each send(), in bytes. Default DEFAULT_SEND_CHUNK_BYTES (1 MiB). */
  chunkBytes?: number
  /** Longest wait for one drain, in ms. Default DEFAULT_IDLE_TIMEOUT_MS (30 s). */
  idleTimeoutMs?: number
  /** The classes thrown; STREAM_ERRORS unless given. */
  errors?: StreamErrorClasses
}

/**
 * Send bulk bytes with backpressure. Returns the number of bytes sent.
 * Large chunks are sliced to `chunkBytes`; small ones are sent as they come.
 */
export async function sendBytes (stream: Stream, data: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options: SendBytesOptions): Promise<number> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_SEND_CHUNK_BYTES
  const errors = options.errors ?? STREAM_ERRORS
  const idle = new IdleTimer(options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, 'sending bytes', errors.timeout)
  const signal = anySignal(options.signal, idle.signal)
  const source = data instanceof Uint8Array ? [data] : data
  let sent = 0
  try {
    for await (const chunk of source) {
      for (let at = 0; at < chunk.byteLength; at += chunkBytes) {
        signal.throwIfAborted()
        const slice = chunk.byteLength <= chunkBytes ? chunk : chunk.subarray(at, at + chunkBytes)
        sent += slice.byteLength
        if (options.length != null && sent > options.length) {
          throw new errors.lengthMismatch(`source gave more than the ${options.length} bytes announced`)
        }
        // past the last announced byte there is nothing more to hold back: the
        // caller's close() waits for the buffer to flush (and a peer that has
        // everything may answer before the drain comes)
        if (!stream.send(slice) && sent !== options.length) {
          await waitForDrain(stream, signal)
        }
        idle.touch()
      }
    }
    if (options.length != null && sent !== options.length) {
      throw new errors.lengthMismatch(`source gave ${sent} of the ${options.length} bytes announced`)
    }
    return sent
  } finally {
    idle.clear()
  }
}

export interface ReceiveBytesOptions {
  signal: AbortSignal
  /** Longest silence between two messages, in ms. Default DEFAULT_IDLE_TIMEOUT_MS (30 s). */
  idleTimeoutMs?: number
  /** Pause the stream when more than this many bytes wait to be consumed. Default DEFAULT_HIGH_WATER_BYTES (4 MiB). */
  highWaterBytes?: number
  /** Resume it when fewer than this many wait. Default DEFAULT_LOW_WATER_BYTES (1 MiB). */
  lowWaterBytes?: number
  /** The classes thrown; STREAM_ERRORS unless given. */
  errors?: StreamErrorClasses
  /** Bytes already read off the stream (from MessageChannel.unwrap): they come first. */
  buffered?: Uint8Array[]
  /** Called once per received message, e.g. for progress. */
  onBytes?: (bytes: number) => void
}

/**
 * Exactly `length` bytes from the stream, as they arrive. Throws
 * TruncatedStreamError if the stream ends early, `errors.overrun` if more
 * bytes arrive, `errors.timeout` after a silence, or the stream's error if it
 * is reset.
 */
export async function * receiveBytes (stream: Stream, length: number, options: ReceiveBytesOptions): AsyncGenerator<Uint8Array, void, undefined> {
  const high = options.highWaterBytes ?? DEFAULT_HIGH_WATER_BYTES
  const low = options.lowWaterBytes ?? DEFAULT_LOW_WATER_BYTES
  const errors = options.errors ?? STREAM_ERRORS
  const idle = new IdleTimer(options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, 'receiving bytes', errors.timeout)
  const signal = anySignal(options.signal, idle.signal)
  const queue: Uint8Array[] = []
  let queued = 0
  let received = 0
  let delivered = 0
  let ended = stream.readableEnded
  let failure: Error | undefined
  let wake: (() => void) | undefined

  const notify = (): void => {
    const w = wake
    wake = undefined
    w?.()
  }
  const pauseIfFull = (): void => {
    if (queued > high && stream.readStatus === 'readable') {
      stream.pause()
    }
  }
  const resumeIfLow = (): void => {
    if (queued < low && stream.readStatus === 'paused') {
      stream.resume()
    }
  }
  const accept = (parts: Iterable<Uint8Array>): void => {
    for (const part of parts) {
      if (part.byteLength === 0) continue
      received += part.byteLength
      if (received > length) {
        failure ??= new errors.overrun(`received more than the ${length} bytes announced`)
        break
      }
      queue.push(part)
      queued += part.byteLength
    }
  }
  const onMessage = (evt: StreamMessageEvent): void => {
    idle.touch()
    const data = evt.data
    accept(data instanceof Uint8Array ? [data] : data)
    options.onBytes?.(data.byteLength)
    pauseIfFull()
    notify()
  }
  const onEnd = (): void => { ended = true; notify() }
  const onClose = (evt: StreamCloseEvent): void => {
    if (evt.error != null) failure ??= evt.error
    ended = true
    notify()
  }
  const onAbort = (): void => {
    failure ??= signal.reason instanceof Error ? signal.reason : new errors.timeout('aborted')
    notify()
  }

  accept(options.buffered ?? [])
  stream.addEventListener('message', onMessage)
  stream.addEventListener('end', onEnd)
  stream.addEventListener('close', onClose)
  signal.addEventListener('abort', onAbort)
  try {
    while (delivered < length) {
      const next = queue.shift()
      if (next != null) {
        queued -= next.byteLength
        delivered += next.byteLength
        resumeIfLow()
        yield next
        idle.touch() // the consumer made progress: a paused stream is not idle
        continue
      }
      if (failure != null) throw failure
      if (ended) {
        throw new TruncatedStreamError(`stream ended after ${delivered} of ${length} bytes`)
      }
      if (signal.aborted) onAbort()
      else await new Promise<void>(resolve => { wake = resolve })
    }
    if (failure != null) throw failure
  } finally {
    idle.clear()
    stream.removeEventListener('message', onMessage)
    stream.removeEventListener('end', onEnd)
    stream.removeEventListener('close', onClose)
    signal.removeEventListener('abort', onAbort)
  }
}
