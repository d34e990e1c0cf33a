/** A failure to report to the user as is (no stack trace), with its exit code. */
export class UserError extends Error {
  override name = 'UserError'
  constructor (message: string, readonly exitCode = 1) { super(message) }
}
