/**
 * The error-table plumbing shared by the small mesh protocols (catalog,
 * status, audit): given a protocol's table of named errors (error name ↔ wire
 * code ↔ class), its generic INTERNAL error class and wire code, and the names
 * of errors after which a stream is reset rather than answered, wireErrors
 * builds the two converters both ends use — toWireError (responder: an error
 * into the WireError sent to the peer, or undefined to reset the stream) and
 * fromWireError (requester: a received WireError back into the same named
 * error). Unknown errors reach the peer only as the generic INTERNAL code, and
 * messages are cut to MAX_WIRE_MESSAGE characters both ways.
 */

/** Longest error message passed to or accepted from a peer. */
export const MAX_WIRE_MESSAGE = 200

/** Errors that mean the stream or the request is broken: reset rather than answer. */
export const RESET_ERRORS: ReadonlySet<string> = new Set(['TruncatedStreamError', 'ShardProtocolError', 'InvalidShardRequestError', 'TimeoutError', 'AbortError', 'StreamResetError'])

/** A named error class of a protocol, built from a message. */
export type WireErrorClass<E extends Error> = new (message?: string) => E

/** One row of a protocol's error table: error name ↔ wire code ↔ class. */
export type WireErrorRow<E extends Error> = [name: string, code: number, cls: WireErrorClass<E>]

export interface WireErrorsOptions {
  /** The wire code of an undisclosed (INTERNAL) error. */
  internalCode: number
  /** Names of errors after which the stream is reset instead of answered; RESET_ERRORS unless given. */
  resetErrors?: ReadonlySet<string>
}

export interface WireErrors<E extends Error> {
  /**
   * The wire form of an error for the peer: known names keep their code and
   * message, other errors become a generic INTERNAL error (details stay local);
   * undefined for a broken stream, which is reset instead.
   */
  toWireError: (err: unknown) => { code: number, message: string } | undefined
  /** The named error for a WireError received from a peer (the internal class for an unknown code). */
  fromWireError: (wire: { code?: number | null, message?: string | null }) => E
}

/** The two converters for `table`; `internalClass` stands for every unknown code. */
export function wireErrors<E extends Error> (table: ReadonlyArray<WireErrorRow<E>>, internalClass: WireErrorClass<E>, options: WireErrorsOptions): WireErrors<E> {
  const byName = new Map(table.map(([name, code]) => [name, code]))
  const byCode = new Map<number, WireErrorClass<E>>(table.map(([, code, cls]) => [code, cls]))
  const resetErrors = options.resetErrors ?? RESET_ERRORS

  return {
    toWireError (err: unknown): { code: number, message: string } | undefined {
      const name = (err as Error | undefined)?.name
      if (name != null && resetErrors.has(name)) return undefined
      const code = name != null ? byName.get(name) : undefined
      if (code == null) return { code: options.internalCode, message: 'internal error' }
      return { code, message: String((err as Error).message).slice(0, MAX_WIRE_MESSAGE) }
    },
    fromWireError (wire: { code?: number | null, message?: string | null }): E {
      const cls = byCode.get(wire.code ?? 0) ?? internalClass
      const text = String(wire.message ?? '').slice(0, MAX_WIRE_MESSAGE)
      return new cls(`remote: ${text === '' ? `error code ${wire.code ?? 0}` : text}`)
    }
  }
}
