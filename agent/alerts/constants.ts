/** Limits and timeouts of the alerts (units in the names). */

/** Time one webhook POST or one command run may take, in ms. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** Attempts per notice and channel before it is recorded as failed. */
export const MAX_DELIVERY_ATTEMPTS = 6
/** First retry delay, doubled per attempt up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 2_000
export const MAX_RETRY_DELAY_MS = 5 * 60_000
/** Longest summary and field value kept (characters). */
export const MAX_TEXT_CHARS = 1024
/** Fields kept per alert at most. */
export const MAX_FIELDS = 32
/** Largest alert record read back from the index, in bytes. */
export const MAX_RECORD_BYTES = 64 * 1024
/** Alerts tracked at most (conditions beyond are dropped, the drop logged). */
export const MAX_ALERTS = 1000
/** Tail of a notify command's output kept for its error, in bytes. */
export const MAX_COMMAND_OUTPUT_BYTES = 4096
/** Largest webhook answer body read (then discarded), in bytes. */
export const MAX_RESPONSE_BYTES = 64 * 1024
/** How long a notify command's output is still read after it exited, in ms. */
export const EXIT_GRACE_MS = 200
