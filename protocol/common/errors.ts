/**
 * The named errors of the stream plumbing shared by every mesh protocol
 * (stream-io.ts, unary.ts), and the two helpers every protocol uses to log
 * one.
 *
 * The primitives throw these by default. A protocol whose errors had names of
 * their own before the plumbing was shared (shard: InvalidShardRequestError,
 * ShardTimeoutError, ShardLengthMismatchError, ShardProtocolError) passes a
 * StreamErrorClasses of its own classes, so callers that match on `.name`
 * keep working. TruncatedStreamError is the same for every protocol.
 */

/** A named error class built from a message. */
export type ErrorClass = new (message: string) => Error

/** The stream ended before a message or all announced bytes arrived. */
export class TruncatedStreamError extends Error {
  override name = 'TruncatedStreamError'
}

/** A length prefix over the limit, a message that does not decode, or past the decoder's limits. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError'
}

/** Nothing arrived (or drained) for longer than the idle timeout. */
export class StreamTimeoutError extends Error {
  override name = 'StreamTimeoutError'
}

/** A bulk source gave more or fewer bytes than announced. */
export class LengthMismatchError extends Error {
  override name = 'LengthMismatchError'
}

/** The peer sent more bulk bytes than it announced. */
export class UnexpectedBytesError extends Error {
  override name = 'UnexpectedBytesError'
}

/** Which class the stream primitives throw for each failure. */
export interface StreamErrorClasses {
  /** A malformed or oversized message (or length prefix). */
  invalid: ErrorClass
  /** Silence past the idle timeout. */
  timeout: ErrorClass
  /** A bulk source gave more or fewer bytes than announced. */
  lengthMismatch: ErrorClass
  /** The peer sent more bulk bytes than announced. */
  overrun: ErrorClass
}

/** The default classes. */
export const STREAM_ERRORS: StreamErrorClasses = {
  invalid: InvalidMessageError,
  timeout: StreamTimeoutError,
  lengthMismatch: LengthMismatchError,
  overrun: UnexpectedBytesError
}

/**
 * Names of the errors that mean the exchange itself is broken: malformed,
 * truncated, extra bytes, or more than the reader may buffer (@libp2p/utils
 * byteStream's StreamBufferError when a message over the limit arrives in one
 * piece, before its length prefix could be checked).
 */
export const BROKEN_STREAM_ERRORS: ReadonlySet<string> = new Set(['InvalidMessageError', 'TruncatedStreamError', 'UnexpectedBytesError', 'StreamBufferError'])

export function asError (err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

/** `Name: message`, for logs. */
export function describe (err: unknown): string {
  const e = asError(err)
  return `${e.name}: ${e.message}`
}
