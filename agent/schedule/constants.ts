/** Limits and defaults of the scheduler (agent/schedule/), with their units. */

/** Run records kept per source when `runs.keep` is not set. */
export const DEFAULT_RUNS_KEEP = 200
/** A hook's time limit when `hooks.timeout` is not set, in seconds. */
export const DEFAULT_HOOK_TIMEOUT_SECONDS = 300
/** Retries of a failed scheduled run, and the first backoff in seconds (doubled each retry). */
export const DEFAULT_RETRY = { max: 3, backoffSeconds: 60 } as const
/** The longest backoff between two retries, in ms. */
export const MAX_BACKOFF_MS = 6 * 3600 * 1000
/** The scheduler's timer wakes at least this often, in ms (a changed clock is noticed). */
export const MAX_TIMER_MS = 60_000
/** Largest run record read back from the index, in bytes (hook output tails included). */
export const MAX_RUN_RECORD_BYTES = 64 * 1024
/** The tail of a hook's (or a command's) stdout and stderr kept, in bytes. */
export const OUTPUT_TAIL_BYTES = 4096
/** How far back success rate and mean duration look, in ms. */
export const STATS_WINDOW_MS = 30 * 86400 * 1000
/** Largest passphrase file read, in bytes. */
export const MAX_PASSPHRASE_FILE_BYTES = 4096
/** Most missed slots counted at start (beyond it the count says "at least"). */
export const MAX_MISSED_COUNT = 10_000
