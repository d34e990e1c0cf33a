/** Protocol id, limits and timeouts of /meshbackup/status/1.0.0. */

export const PROTOCOL_NAME = 'status'
export const PROTOCOL_VERSION = '1.0.0'
export const PROTOCOL_ID = `/meshbackup/${PROTOCOL_NAME}/${PROTOCOL_VERSION}`

const KiB = 1024
const MiB = 1024 * KiB

/** Largest length-prefixed message (the request is empty; the AgentStatus is the big one), in bytes. */
export const MAX_MESSAGE_BYTES = 4 * MiB

/** Owners in shards_per_owner. */
export const MAX_OWNERS = 10_000

/** Peers in the peer list. */
export const MAX_PEERS = 10_000

/** Listen addresses reported. */
export const MAX_ADDRS = 64

/** Length of a short text field (peer id, site, media, version, address), in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 256

/** Time to receive a request and answer it, in ms. */
export const REQUEST_TIMEOUT_MS = 10_000

/** Concurrent inbound / outbound status streams per connection. */
export const MAX_INBOUND_STREAMS = 4
export const MAX_OUTBOUND_STREAMS = 4
