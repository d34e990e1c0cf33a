/**
 * Named errors of the audit protocol and the table that maps them to wire
 * codes (WireError.code), used by both ends. A storage behind the protocol
 * refuses a block past the shard's end by throwing an error named
 * InvalidAuditRequestError; any other error reaches the peer as INTERNAL.
 */
import { wireErrors } from '../common/wire-errors.js'
import type { WireErrorRow } from '../common/wire-errors.js'

/** Wire codes (WireError.code) of /meshbackup/audit/1.0.0. Never renumber. */
export const WireCode = {
  BAD_REQUEST: 1,
  INTERNAL: 100
} as const

/** Base of every audit protocol error; `code` is its wire code. */
export class AuditError extends Error {
  override name: string = 'AuditError'
  readonly code: number = WireCode.INTERNAL
}

/** The request is malformed (bad ref, block past the shard's end). */
export class InvalidAuditRequestError extends AuditError {
  override name = 'InvalidAuditRequestError'
  override readonly code = WireCode.BAD_REQUEST
}

/** The responder failed for a reason it does not disclose. */
export class AuditInternalError extends AuditError {
  override name = 'AuditInternalError'
  override readonly code = WireCode.INTERNAL
}

/** The remote broke the protocol (malformed or oversized response). */
export class AuditProtocolError extends AuditError {
  override name = 'AuditProtocolError'
  override readonly code = WireCode.BAD_REQUEST
}

/** The peer reset the stream: it does not count us as a member, or could not take the request. */
export class AuditRefusedError extends AuditError {
  override name = 'AuditRefusedError'
  override readonly code = WireCode.INTERNAL
}

/** No answer within the request timeout. */
export class AuditTimeoutError extends AuditError {
  override name = 'AuditTimeoutError'
  override readonly code = WireCode.INTERNAL
}

/** The table: error name ↔ wire code ↔ class. */
const TABLE: Array<WireErrorRow<AuditError>> = [
  ['InvalidAuditRequestError', WireCode.BAD_REQUEST, InvalidAuditRequestError]
]

const wire = wireErrors(TABLE, AuditInternalError, { internalCode: WireCode.INTERNAL })

/**
 * The wire form of an error for the peer: known names keep their code and
 * message, other errors become a generic INTERNAL error (details stay local);
 * undefined for a broken stream, which is reset instead.
 */
export const toWireError: (err: unknown) => { code: number, message: string } | undefined = wire.toWireError

/** The named error for a WireError received from a peer. */
export const fromWireError: (wire: { code?: number | null, message?: string | null }) => AuditError = wire.fromWireError
