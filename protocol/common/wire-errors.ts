/**
 * The one wire-error mechanism of every mesh protocol. A protocol's errors.ts
 * declares its named error classes and one table (error name ↔ wire code ↔
 * class); wireErrors turns the table into the two converters both ends use:
 *
 * - toWireError (responder): an error into the WireError sent to the peer —
 *   a name in the table keeps its code and message, any other error reaches
 *   the peer only as the generic INTERNAL code (details stay local) — or
 *   undefined for an error after which the stream is reset instead (a broken
 *   stream, a timeout);
 * - fromWireError (requester): a received WireError back into the named class
 *   of its code (the protocol's internal class for an unknown code).
 *
 * Errors are matched on `.name`, so a storage behind a protocol can throw them
 * without importing the protocol. Messages are cut to MAX_WIRE_MESSAGE
 * characters both ways. When several names share a code, the first row of
 * that code gives the class a requester sees.
 */
import { MAX_WIRE_MESSAGE } from './constants.js'

export { MAX_WIRE_MESSAGE }

/** WireError (proto/wire.proto) as plain values. */
export interface WireErrorFields {
  code: number
  message: string
}

/**
 * Errors after which the stream is broken or the peer went silent: reset it
 * rather than answer (the common stream errors, libp2p's reset, and the
 * timeouts and aborts of AbortSignal).
 */
export const RESET_ERRORS: ReadonlySet<string> = new Set([
  'TruncatedStreamError', 'InvalidMessageError', 'UnexpectedBytesError', 'StreamTimeoutError',
  'TimeoutError', 'AbortError', 'StreamResetError'
])

/** A named error class of a protocol, built from a message. */
export type WireErrorClass<E extends Error> = new (message: string) => E

/** One row of a protocol's error table: error name ↔ wire code ↔ class. */
export type WireErrorRow<E extends Error> = [name: string, code: number, cls: WireErrorClass<E>]

export interface WireErrorsOptions {
  /** The wire code of an undisclosed (INTERNAL) error. */
  internalCode: number
  /** Names of errors after which the stream is reset instead of answered. Default RESET_ERRORS. */
  resetErrors?: ReadonlySet<string>
}

export interface WireErrors<E extends Error> {
  /** The wire form of an error for the peer; undefined when the stream is to be reset instead. */
  toWireError: (err: unknown) => WireErrorFields | undefined
  /** The named error for a WireError received from a peer. */
  fromWireError: (wire: { code?: number | null, message?: string | null }) => E
}

/** The two converters for `table`; `internalClass` stands for every unknown code. */
export function wireErrors<E extends Error> (table: ReadonlyArray<WireErrorRow<E>>, internalClass: WireErrorClass<E>, options: WireErrorsOptions): WireErrors<E> {
  const byName = new Map<string, number>()
  const byCode = new Map<number, WireErrorClass<E>>()
  for (const [name, code, cls] of table) {
    byName.set(name, code)
    if (!byCode.has(code)) byCode.set(code, cls)
  }
  const resetErrors = options.resetErrors ?? RESET_ERRORS

  return {
    toWireError (err: unknown): WireErrorFields | undefined {
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

