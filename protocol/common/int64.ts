/** 64-bit protobuf integers at the boundary. */

/**
 * A 64-bit protobuf integer as a JS number (the generated code is built with
 * --force-number; a Long, if the `long` package is ever loaded, is accepted
 * too). Throws `fail(message)` beyond Number.MAX_SAFE_INTEGER.
 */
export function int64 (value: unknown, what: string, fail: (message: string) => Error): number {
  if (value == null) return 0
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw fail(`${what} is not a safe integer`)
    return value
  }
  if (typeof value === 'object' && typeof (value as { low?: unknown }).low === 'number' && typeof (value as { high?: unknown }).high === 'number') {
    const { low, high } = value as { low: number, high: number }
    const unsigned = (value as { unsigned?: boolean }).unsigned === true
    const n = (unsigned ? high >>> 0 : high | 0) * 0x1_0000_0000 + (low >>> 0)
    if (!Number.isSafeInteger(n)) throw fail(`${what} is not a safe integer`)
    return n
  }
  throw fail(`${what} is not an integer`)
}
