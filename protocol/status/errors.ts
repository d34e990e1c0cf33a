/**
 * Named errors of the status protocol and the table that maps them to wire
 * codes (WireError.code), used by both ends. Any error the status source
 * throws reaches the peer only as a generic INTERNAL code.
 */

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

type ErrorClass = new (message?: string) => StatusError

const TABLE: Array<[name: string, code: number, cls: ErrorClass]> = [
  ['InvalidStatusRequestError', WireCode.BAD_REQUEST, InvalidStatusRequestError]
]

const BY_NAME = new Map(TABLE.map(([name, code]) => [name, code]))
const BY_CODE = new Map<number, ErrorClass>(TABLE.map(([, code, cls]) => [code, cls]))

const MAX_WIRE_MESSAGE = 200

/** Errors that mean the stream is broken: reset rather than answer. */
const RESET_ERRORS = new Set(['TruncatedStreamError', 'ShardProtocolError', 'InvalidShardRequestError', 'TimeoutError', 'AbortError', 'StreamResetError'])

/** The wire form of an error for the peer; undefined for a broken stream (reset instead). */
export function toWireError (err: unknown): { code: number, message: string } | undefined {
  const name = (err as Error | undefined)?.name
  if (name != null && RESET_ERRORS.has(name)) return undefined
  const code = name != null ? BY_NAME.get(name) : undefined
  if (code == null) return { code: WireCode.INTERNAL, message: 'internal error' }
  return { code, message: String((err as Error).message).slice(0, MAX_WIRE_MESSAGE) }
}

/** The named error for a WireError received from a peer. */
export function fromWireError (wire: { code?: number | null, message?: string | null }): StatusError {
  const cls = BY_CODE.get(wire.code ?? 0) ?? StatusInternalError
  const text = String(wire.message ?? '').slice(0, MAX_WIRE_MESSAGE)
  return new cls(`remote: ${text === '' ? `error code ${wire.code ?? 0}` : text}`)
}
