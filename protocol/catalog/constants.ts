/** Protocol id, limits and timeouts of /meshbackup/catalog/1.0.0. */

export const PROTOCOL_NAME = 'catalog'
export const PROTOCOL_VERSION = '1.0.0'
export const PROTOCOL_ID = `/meshbackup/${PROTOCOL_NAME}/${PROTOCOL_VERSION}`

const KiB = 1024
const MiB = 1024 * KiB

/** Domain-separation prefix of the bytes an owner signs for a catalog record (signature.ts). */
export const CATALOG_SIGNATURE_DOMAIN: Uint8Array = new TextEncoder().encode('meshbackup catalog v1\0')

/**
 * Largest catalog body, in bytes (default of Init.maxBodyBytes). A put whose
 * message is longer than this plus MESSAGE_OVERHEAD_BYTES is reset on its
 * length prefix, unread; one within the overhead is read and refused TOO_LARGE.
 */
export const MAX_BODY_BYTES = 16 * MiB

/**
 * Room for everything in a CatalogRequest/CatalogResponse but the body (owner,
 * version, time, signature, framing), in bytes.
 */
export const MESSAGE_OVERHEAD_BYTES = 4 * KiB

/** Largest length-prefixed message, in bytes: a put of the largest body. */
export const MAX_MESSAGE_BYTES = MAX_BODY_BYTES + MESSAGE_OVERHEAD_BYTES

/** Owners in a list() answer (a mesh has far fewer members). */
export const MAX_LIST_ENTRIES = 10_000

/**
 * Owners whose records a member holds (default of Init.maxOwners): one record
 * each, the newest version, so at most MAX_OWNERS × MAX_BODY_BYTES on disk. A
 * put of a new owner past it is refused TOO_MANY_OWNERS. At most MAX_LIST_ENTRIES.
 */
export const MAX_OWNERS = 1_024

/**
 * Requests served at once by this member, over all peers (default of
 * Init.maxConcurrentRequests). Each may buffer one message of up to
 * MAX_MESSAGE_BYTES; further streams wait, unread, for a slot (the sender is
 * held back by the muxer's window), at most the request timeout.
 */
export const MAX_CONCURRENT_REQUESTS = 4

/**
 * Requests served at once for one peer (default of Init.maxRequestsPerPeer):
 * an owner puts its own record one at a time, and one peer cannot take every
 * slot of MAX_CONCURRENT_REQUESTS.
 */
export const MAX_REQUESTS_PER_PEER = 1

/** Length of an owner (peer id string), in UTF-16 code units. */
export const MAX_OWNER_LENGTH = 128

/** Ed25519 signatures are 64 bytes. */
export const SIGNATURE_BYTES = 64

/** Time to receive a request and answer it, in ms (a 16 MiB put over a slow link needs a while). */
export const REQUEST_TIMEOUT_MS = 30_000

/** Concurrent inbound / outbound catalog streams per connection. */
export const MAX_INBOUND_STREAMS = 8
export const MAX_OUTBOUND_STREAMS = 8

/** Peers replicateCatalog() puts to at the same time. */
export const REPLICATE_CONCURRENCY = 16
