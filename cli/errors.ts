/** A failure to report to the user as is (no stack trace), with its exit code. */
export class UserError extends Error {
  override name = 'UserError'
  constructor (message: string, readonly exitCode = 1) { super(message) }
}

/** restic's exit code for a run that finished but left some files out (not read, not written). */
export const EXIT_INCOMPLETE = 3

/** A backup or restore that finished without some files (listed as warnings before): exit 3. */
export class IncompleteError extends UserError {
  override name = 'IncompleteError'
  constructor (message: string) { super(message, EXIT_INCOMPLETE) }
}

/** An exit code whose message was already printed (status --check): nothing more is said. */
export class QuietExit extends UserError {
  override name = 'QuietExit'
  constructor (exitCode: number) { super('', exitCode) }
}
