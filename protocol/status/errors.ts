/**
 * Named errors of the status protocol and the table that maps them to wire
 * codes (WireError.code), used by both ends. Any error the status source
 * throws reaches the peer only as a generic INTERNAL code.
 */
import { wireErrors } from '../common/wire-errors.js'
import type { WireErrorRow } from '../common/wire-errors.js'

/** Wire codes (WireError.code) of /meshbackup/status/1.0.0. Never renumber. */
export const WireCode = {
  BAD_REQUEST: 1,
  INTERNAL: 100
} as const

/** Base of every status protocol error; `code` is its wire code. */
export class StatusError extends Error {
  override name: string = 'StatusError'
  readonly code: number = WireCode.INTERNAL
}

/** The request is malformed. */
export class InvalidStatusRequestError extends StatusError {
  override name = 'InvalidStatusRequestError'
  override readonly code = WireCode.BAD_REQUEST
}

/** The responder could not produce its status (details stay on its side). */
export class StatusInternalError extends StatusError {
  override name = 'StatusInternalError'
  override readonly code = WireCode.INTERNAL
}

/** The remote broke the protocol (malformed, oversized or out-of-limits status). */
export class StatusProtocolError extends StatusError {
  override name = 'StatusProtocolError'
  override readonly code = WireCode.BAD_REQUEST
}

/** The peer reset the stream: it does not count us as a member, or could not take the request. */
export class StatusRefusedError extends StatusError {
  override name = 'StatusRefusedError'
  override readonly code = WireCode.INTERNAL
}

/** No answer within the request timeout. */
export class StatusTimeoutError extends StatusError {
  override name = 'StatusTimeoutError'
  override readonly code = WireCode.INTERNAL
}

/** The table: error name ↔ wire code ↔ class. */
const TABLE: Array<WireErrorRow<StatusError>> = [
  ['InvalidStatusRequestError', WireCode.BAD_REQUEST, InvalidStatusRequestError]
]

const wire = wireErrors(TABLE, StatusInternalError, { internalCode: WireCode.INTERNAL })

/**
 * The wire form of an error for the peer: known names keep their code and
 * message, other errors become a generic INTERNAL error (details stay local);
 * undefined for a broken stream, which is reset instead.
 */
export const toWireError: (err: unknown) => { code: number, message: string } | undefined = wire.toWireError

/** The named error for a WireError received from a peer. */
export const fromWireError: (wire: { code?: number | null, message?: string | null }) => StatusError = wire.fromWireError
