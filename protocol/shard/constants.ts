/** Protocol id, limits and timeouts of /meshbackup/shard/1.0.0. */
import { MAX_SHARDS_PER_PACK, MAX_SHARD_BYTES, MAX_SHARD_HEADER_BYTES } from '../../proto/limits.js'

export const PROTOCOL_NAME = 'shard'
export const PROTOCOL_VERSION = '1.0.0'
export const PROTOCOL_ID = `/meshbackup/${PROTOCOL_NAME}/${PROTOCOL_VERSION}`

const KiB = 1024
const MiB = 1024 * KiB

/**
 * Largest length-prefixed message (ShardRequest / ShardResponse), in bytes.
 * Sized for a has() of 1000 refs or a list() page of 1000 entries, and a
 * ShardHeader of up to 64 KiB (MAX_HEADER_BYTES).
 */
export const MAX_MESSAGE_BYTES = 256 * KiB

/** Largest shard accepted by put or served by get, in bytes (default of Init.maxShardBytes): the format's limit, proto/limits.ts. */
export { MAX_SHARD_BYTES }

/** Largest encoded ShardHeader, in bytes: the format's limit, proto/limits.ts. */
export const MAX_HEADER_BYTES = MAX_SHARD_HEADER_BYTES

/** Refs per has() request. */
export const MAX_HAS_REFS = 1000

/** Entries per list() page: the most a requester may ask for, and the default. */
export const MAX_LIST_LIMIT = 1000

/** Length of an owner identity string, in UTF-16 code units. */
export const MAX_OWNER_LENGTH = 128

/** Length of a list cursor, in UTF-16 code units. */
export const MAX_CURSOR_LENGTH = 512

/** Length of a delete signature, in bytes. */
export const MAX_SIGNATURE_BYTES = 1 * KiB

/** Pack ids are SHA-256 digests. */
export const PACK_ID_BYTES = 32

/** Shard hashes are SHA-256 digests. */
export const SHARD_HASH_BYTES = 32

/** Most shards a pack may have (k + m): the format's limit, proto/limits.ts. */
export { MAX_SHARDS_PER_PACK }

/** Domain-separation prefix of the bytes an owner signs to delete a shard (delete-signature.ts). */
export const DELETE_SIGNATURE_DOMAIN: Uint8Array = new TextEncoder().encode('meshbackup/shard/delete/1.0.0\n')

/** Time to receive a request and answer a short operation (has/list/delete), in ms. */
export const REQUEST_TIMEOUT_MS = 10_000

/**
 * Longest silence on a bulk transfer (put/get bytes), in ms: reset on every
 * message received or every drain while sending.
 */
export const IDLE_TIMEOUT_MS = 30_000

/**
 * Concurrent inbound / outbound shard streams per connection. A receiving
 * stream may hold up to HIGH_WATER_BYTES plus one yamux window (16 MiB) while
 * its storage lags, so this also bounds memory: 16 × 20 MiB per connection.
 * Senders gain nothing past ~4 streams per peer (see test/bench/mesh-transfer.ts).
 */
export const MAX_INBOUND_STREAMS = 16
export const MAX_OUTBOUND_STREAMS = 16

/**
 * Receive-side backpressure, in bytes: the stream is paused when more than
 * HIGH_WATER_BYTES wait for the storage and resumed below LOW_WATER_BYTES.
 */
export const HIGH_WATER_BYTES = 4 * MiB
export const LOW_WATER_BYTES = 1 * MiB

/** Size of each send() of bulk bytes, in bytes (fewer, larger yamux frames). */
export const SEND_CHUNK_BYTES = 1 * MiB

/**
 * Buffer limit of the message reader, in bytes. It must hold a control message
 * plus whatever bulk bytes arrive right behind it before the reader is
 * unwrapped (at most one yamux window).
 */
export const MESSAGE_READER_BUFFER_BYTES = 32 * MiB
