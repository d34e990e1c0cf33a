/**
 * Named errors of the shard protocol and its table of wire codes
 * (WireError.code), turned into the two converters by the shared mechanism
 * (protocol/common/wire-errors.ts): the responder turns an error into a code,
 * the requester turns a code back into the same named error.
 *
 * A storage behind the protocol signals refusals by throwing errors with these
 * `.name`s (matched on the name, so it need not import this file). Any other
 * error reaches the peer only as a generic INTERNAL code.
 */
import { TruncatedStreamError } from '../common/errors.js'
import { wireErrors } from '../common/wire-errors.js'
import type { StreamErrorClasses } from '../common/errors.js'
import type { WireErrorFields, WireErrorRow } from '../common/wire-errors.js'

/** The stream ended before a message or all announced bytes arrived (shared by every protocol). */
export { TruncatedStreamError }

/** Base of every shard protocol error; `code` is its wire code. */
export class ShardError extends Error {
  override name: string = 'ShardError'
  readonly code: number = WireCode.INTERNAL
}

/** The request is malformed or violates a limit (bad field, too many refs…). */
export class InvalidShardRequestError extends ShardError {
  override name = 'InvalidShardRequestError'
  override readonly code = WireCode.BAD_REQUEST
}

/** No such shard on the responder. */
export class ShardNotFoundError extends ShardError {
  override name = 'ShardNotFoundError'
  override readonly code = WireCode.NOT_FOUND
}

/** The requester may not store that many more bytes on the responder. */
export class QuotaExceededError extends ShardError {
  override name = 'QuotaExceededError'
  override readonly code = WireCode.QUOTA_EXCEEDED
}

/** The shard bytes do not hash to header.shard_hash: nothing was stored. */
export class ShardHashMismatchError extends ShardError {
  override name = 'ShardHashMismatchError'
  override readonly code = WireCode.HASH_MISMATCH
}

/** More or fewer bytes than header.shard_length arrived: nothing was stored. */
export class ShardLengthMismatchError extends ShardError {
  override name = 'ShardLengthMismatchError'
  override readonly code = WireCode.LENGTH_MISMATCH
}

/** The delete's signature was not accepted. */
export class DeleteRefusedError extends ShardError {
  override name = 'DeleteRefusedError'
  override readonly code = WireCode.FORBIDDEN
}

/** The shard is over the responder's size limit. */
export class ShardTooLargeError extends ShardError {
  override name = 'ShardTooLargeError'
  override readonly code = WireCode.TOO_LARGE
}

/** A different shard is already stored under the same (owner, pack id, index). */
export class ShardConflictError extends ShardError {
  override name = 'ShardConflictError'
  override readonly code = WireCode.CONFLICT
}

/** The requested byte range starts past the end of the shard. */
export class InvalidRangeError extends ShardError {
  override name = 'InvalidRangeError'
  override readonly code = WireCode.BAD_RANGE
}

/** The responder failed for a reason it does not disclose. */
export class ShardInternalError extends ShardError {
  override name = 'ShardInternalError'
  override readonly code = WireCode.INTERNAL
}

/** The remote broke the protocol (unexpected message, bytes after the end…). */
export class ShardProtocolError extends ShardError {
  override name = 'ShardProtocolError'
  override readonly code = WireCode.BAD_REQUEST
}

/** Nothing arrived (or drained) for longer than the idle timeout. */
export class ShardTimeoutError extends ShardError {
  override name = 'ShardTimeoutError'
  override readonly code = WireCode.INTERNAL
}

/** Wire codes (WireError.code) of /meshbackup/shard/1.0.0. Never renumber. */
export const WireCode = {
  BAD_REQUEST: 1,
  NOT_FOUND: 2,
  QUOTA_EXCEEDED: 3,
  HASH_MISMATCH: 4,
  LENGTH_MISMATCH: 5,
  FORBIDDEN: 6,
  TOO_LARGE: 7,
  CONFLICT: 8,
  BAD_RANGE: 9,
  INTERNAL: 100
} as const

/** The table: error name ↔ wire code ↔ class (the first class of a code is what a requester gets). */
const TABLE: Array<WireErrorRow<ShardError>> = [
  ['InvalidShardRequestError', WireCode.BAD_REQUEST, InvalidShardRequestError],
  ['ShardProtocolError', WireCode.BAD_REQUEST, InvalidShardRequestError],
  ['TruncatedStreamError', WireCode.BAD_REQUEST, InvalidShardRequestError],
  ['ShardNotFoundError', WireCode.NOT_FOUND, ShardNotFoundError],
  ['QuotaExceededError', WireCode.QUOTA_EXCEEDED, QuotaExceededError],
  ['ShardHashMismatchError', WireCode.HASH_MISMATCH, ShardHashMismatchError],
  ['ShardLengthMismatchError', WireCode.LENGTH_MISMATCH, ShardLengthMismatchError],
  ['DeleteRefusedError', WireCode.FORBIDDEN, DeleteRefusedError],
  ['ShardTooLargeError', WireCode.TOO_LARGE, ShardTooLargeError],
  ['ShardConflictError', WireCode.CONFLICT, ShardConflictError],
  ['InvalidRangeError', WireCode.BAD_RANGE, InvalidRangeError]
]

/** Errors after which the stream itself is unusable: the responder resets it rather than answer. */
const RESET_ERRORS: ReadonlySet<string> = new Set(['TruncatedStreamError', 'ShardProtocolError', 'ShardTimeoutError', 'TimeoutError', 'AbortError'])

const wire = wireErrors(TABLE, ShardInternalError, { internalCode: WireCode.INTERNAL, resetErrors: RESET_ERRORS })

/**
 * The wire form of an error for the peer: known names keep their code and
 * message, anything else becomes a generic INTERNAL error (details stay
 * local); undefined for a broken stream, which is reset instead.
 */
export const toWireError: (err: unknown) => WireErrorFields | undefined = wire.toWireError

/** The named error for a WireError received from a peer. */
export const fromWireError: (wire: { code?: number | null, message?: string | null }) => ShardError = wire.fromWireError

/** The classes the shared stream primitives throw on the shard protocol's streams (its names from before they were shared). */
export const SHARD_STREAM_ERRORS: StreamErrorClasses = {
  invalid: InvalidShardRequestError,
  timeout: ShardTimeoutError,
  lengthMismatch: ShardLengthMismatchError,
  overrun: ShardProtocolError
}
