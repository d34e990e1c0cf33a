/**
 * Named errors of the audit protocol and the table that maps them to wire
 * codes (WireError.code), used by both ends. A storage behind the protocol
 * refuses a block past the shard's end by throwing an error named
 * InvalidAuditRequestError; any other error reaches the peer as INTERNAL.
 */

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

type ErrorClass = new (message?: string) => AuditError

const TABLE: Array<[name: string, code: number, cls: ErrorClass]> = [
  ['InvalidAuditRequestError', WireCode.BAD_REQUEST, InvalidAuditRequestError]
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
export function fromWireError (wire: { code?: number | null, message?: string | null }): AuditError {
  const cls = BY_CODE.get(wire.code ?? 0) ?? AuditInternalError
  const text = String(wire.message ?? '').slice(0, MAX_WIRE_MESSAGE)
  return new cls(`remote: ${text === '' ? `error code ${wire.code ?? 0}` : text}`)
}
