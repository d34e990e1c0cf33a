/**
 * 64-bit protobuf integers at the boundary, for store/ and protocol/ alike.
 *
 * The generated code is built with --force-number and proto/index.ts unsets
 * protobufjs' Long, so int64 fields decode as numbers; a Long object (if the
 * `long` package is ever loaded again) is accepted too.
 */

/** A 64-bit protobuf integer as a JS number, or undefined if it is not a safe integer (null and undefined are 0). */
export function toSafeInteger (value: unknown): number | undefined {
  if (value == null) return 0
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
  if (isLong(value)) {
    const { low, high, unsigned } = value
    const n = (unsigned === true ? high >>> 0 : high | 0) * 0x1_0000_0000 + (low >>> 0)
    return Number.isSafeInteger(n) ? n : undefined
  }
  return undefined
}

/**
 * A 64-bit protobuf integer as a JS number; throws `fail(message)` (default: an
 * Error) when it is not an integer or beyond Number.MAX_SAFE_INTEGER.
 */
export function int64 (value: unknown, what: string, fail: (message: string) => Error = message => new Error(message)): number {
  const n = toSafeInteger(value)
  if (n !== undefined) return n
  throw fail(typeof value === 'number' || isLong(value) ? `${what} is not a safe integer` : `${what} is not an integer`)
}

function isLong (value: unknown): value is { low: number, high: number, unsigned?: boolean } {
  return typeof value === 'object' && value !== null &&
    typeof (value as { low?: unknown }).low === 'number' && typeof (value as { high?: unknown }).high === 'number'
}
