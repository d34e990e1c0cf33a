/**
 * Named errors of the catalog protocol and the one table that maps them to
 * wire codes (WireError.code), used by both ends: the responder turns an error
 * into a code, the requester turns a code back into the same named error. Any
 * other error reaches the peer only as a generic INTERNAL code.
 */
import { wireErrors } from '../common/wire-errors.js'
import type { WireErrorRow } from '../common/wire-errors.js'

/** Wire codes (WireError.code) of /meshbackup/catalog/1.0.0. Never renumber. */
export const WireCode = {
  BAD_REQUEST: 1,
  NOT_FOUND: 2,
  BAD_SIGNATURE: 3,
  STALE_VERSION: 4,
  CONFLICT: 5,
  TOO_LARGE: 6,
  NOT_OWNER: 7,
  TOO_MANY_OWNERS: 8,
  INTERNAL: 100
} as const

/** Base of every catalog protocol error; `code` is its wire code. */
export class CatalogError extends Error {
  override name: string = 'CatalogError'
  readonly code: number = WireCode.INTERNAL
}

/** The request is malformed or violates a limit. */
export class InvalidCatalogRequestError extends CatalogError {
  override name = 'InvalidCatalogRequestError'
  override readonly code = WireCode.BAD_REQUEST
}

/** No record of that owner is held (not sent on the wire by get: an absent record says it). */
export class CatalogNotFoundError extends CatalogError {
  override name = 'CatalogNotFoundError'
  override readonly code = WireCode.NOT_FOUND
}

/** The record's signature is not the owner's over its fields. */
export class CatalogSignatureError extends CatalogError {
  override name = 'CatalogSignatureError'
  override readonly code = WireCode.BAD_SIGNATURE
}

/** The record's version is older than the one held: refused, the held one stays. */
export class CatalogStaleVersionError extends CatalogError {
  override name = 'CatalogStaleVersionError'
  override readonly code = WireCode.STALE_VERSION
}

/** A different record with the same version is held: refused, the held one stays. */
export class CatalogConflictError extends CatalogError {
  override name = 'CatalogConflictError'
  override readonly code = WireCode.CONFLICT
}

/** The body is over the responder's size limit. */
export class CatalogTooLargeError extends CatalogError {
  override name = 'CatalogTooLargeError'
  override readonly code = WireCode.TOO_LARGE
}

/**
 * The record is not the sender's own: a member puts only its own catalog (the
 * owner replicates it; nobody forwards another's).
 */
export class CatalogNotOwnerError extends CatalogError {
  override name = 'CatalogNotOwnerError'
  override readonly code = WireCode.NOT_OWNER
}

/** The record is of an owner not held yet, and the responder holds as many owners as it takes. */
export class CatalogOwnerLimitError extends CatalogError {
  override name = 'CatalogOwnerLimitError'
  override readonly code = WireCode.TOO_MANY_OWNERS
}

/** The responder failed for a reason it does not disclose. */
export class CatalogInternalError extends CatalogError {
  override name = 'CatalogInternalError'
  override readonly code = WireCode.INTERNAL
}

/** The remote broke the protocol (malformed, oversized or unexpected response). */
export class CatalogProtocolError extends CatalogError {
  override name = 'CatalogProtocolError'
  override readonly code = WireCode.BAD_REQUEST
}

/** The peer reset the stream: it does not count us as a member, or could not take the request. */
export class CatalogRefusedError extends CatalogError {
  override name = 'CatalogRefusedError'
  override readonly code = WireCode.INTERNAL
}

/** No answer within the request timeout. */
export class CatalogTimeoutError extends CatalogError {
  override name = 'CatalogTimeoutError'
  override readonly code = WireCode.INTERNAL
}

/** The table: error name ↔ wire code ↔ class. */
const TABLE: Array<WireErrorRow<CatalogError>> = [
  ['InvalidCatalogRequestError', WireCode.BAD_REQUEST, InvalidCatalogRequestError],
  ['CatalogNotFoundError', WireCode.NOT_FOUND, CatalogNotFoundError],
  ['CatalogSignatureError', WireCode.BAD_SIGNATURE, CatalogSignatureError],
  ['CatalogStaleVersionError', WireCode.STALE_VERSION, CatalogStaleVersionError],
  ['CatalogConflictError', WireCode.CONFLICT, CatalogConflictError],
  ['CatalogTooLargeError', WireCode.TOO_LARGE, CatalogTooLargeError],
  ['CatalogNotOwnerError', WireCode.NOT_OWNER, CatalogNotOwnerError],
  ['CatalogOwnerLimitError', WireCode.TOO_MANY_OWNERS, CatalogOwnerLimitError]
]

const wire = wireErrors(TABLE, CatalogInternalError, { internalCode: WireCode.INTERNAL })

/**
 * The wire form of an error for the peer: known names keep their code and
 * message, other errors become a generic INTERNAL error (details stay local);
 * undefined for a broken stream, which is reset instead.
 */
export const toWireError: (err: unknown) => { code: number, message: string } | undefined = wire.toWireError

/** The named error for a WireError received from a peer. */
export const fromWireError: (wire: { code?: number | null, message?: string | null }) => CatalogError = wire.fromWireError
