/**
 * Defaults of the shared stream primitives (stream-io.ts). Each protocol's
 * constants.ts holds its own limits and passes them; these apply only where
 * a caller leaves an option out.
 */

const MiB = 1024 * 1024

/** Slice size of each bulk send(), in bytes: fewer, larger yamux frames (see PLATFORM.md). */
export const DEFAULT_SEND_CHUNK_BYTES = 1 * MiB

/** Longest silence on a bulk transfer, reset on every message or drain, in ms. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000

/**
 * Receive-side backpressure, in bytes: a stream is paused when more than
 * DEFAULT_HIGH_WATER_BYTES wait for the consumer and resumed below
 * DEFAULT_LOW_WATER_BYTES.
 */
export const DEFAULT_HIGH_WATER_BYTES = 4 * MiB
export const DEFAULT_LOW_WATER_BYTES = 1 * MiB

/** Longest error message passed to or accepted from a peer, in characters. */
export const MAX_WIRE_MESSAGE = 200

/** Room for a length prefix beyond the message, in bytes (a varint of a 64-bit length is at most 10). */
export const PREFIX_ROOM_BYTES = 16

