/** Protocol id, limits and timeouts of /meshbackup/audit/1.0.0. */
import { MAX_SHARDS_PER_PACK, MAX_SHARD_HEADER_BYTES } from '../../proto/limits.js'

export const PROTOCOL_NAME = 'audit'
export const PROTOCOL_VERSION = '1.0.0'
export const PROTOCOL_ID = `/meshbackup/${PROTOCOL_NAME}/${PROTOCOL_VERSION}`

const KiB = 1024
const MiB = 1024 * KiB

/** Largest block sent or accepted, in bytes (default of Init.maxBlockBytes; shards use 64 KiB blocks). */
export const MAX_BLOCK_BYTES = 4 * MiB

/** Largest encoded ShardHeader, in bytes: the format's limit, proto/limits.ts. */
export const MAX_HEADER_BYTES = MAX_SHARD_HEADER_BYTES

/** Room for the rest of an AuditRequest/AuditResponse (fields, error text), in bytes. */
export const MESSAGE_OVERHEAD_BYTES = 4 * KiB

/** Largest length-prefixed message, in bytes: a header and a block. */
export const MAX_MESSAGE_BYTES = MAX_HEADER_BYTES + MAX_BLOCK_BYTES + MESSAGE_OVERHEAD_BYTES

/** Length of an owner identity string, in UTF-16 code units. */
export const MAX_OWNER_LENGTH = 128

/** Pack ids are SHA-256 digests. */
export const PACK_ID_BYTES = 32

/** Shard hashes are SHA-256 digests. */
export const SHARD_HASH_BYTES = 32

/** Most shards a pack may have (k + m): the format's limit, proto/limits.ts. */
export { MAX_SHARDS_PER_PACK }

/** Largest AuditRequest, in bytes: requests are small, anything bigger is refused before it is read. */
export const MAX_REQUEST_BYTES = 1 * KiB

/** Time to receive a request and answer it (one block read), in ms. */
export const REQUEST_TIMEOUT_MS = 10_000

/** Concurrent inbound / outbound audit streams per connection. */
export const MAX_INBOUND_STREAMS = 8
export const MAX_OUTBOUND_STREAMS = 8
