/** Protocol id, limits and timeouts of /meshbackup/member/1.0.0. */

export const PROTOCOL_NAME = 'member'
export const PROTOCOL_VERSION = '1.0.0'
export const PROTOCOL_ID = `/meshbackup/${PROTOCOL_NAME}/${PROTOCOL_VERSION}`

/** Largest hello, in bytes. */
export const MAX_HELLO_BYTES = 1024

/** Largest admission (signed invite) in a hello, in bytes. */
export const MAX_ADMISSION_BYTES = 512

/** Time for the whole exchange (one hello each way), in ms. */
export const HELLO_TIMEOUT_MS = 5_000

/** Concurrent inbound member streams per connection (one hello per connection is the rule). */
export const MAX_INBOUND_STREAMS = 4

/** Concurrent outbound member streams per connection (libp2p's registrar default). */
export const MAX_OUTBOUND_STREAMS = 64
