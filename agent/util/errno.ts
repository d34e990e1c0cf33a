/**
 * File-system errors in words, for the lists of skipped files a backup or a
 * restore reports ("permission denied", not EACCES).
 */
const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory (removed during the run?)',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EBUSY: 'device or resource busy',
  ETXTBSY: 'text file busy',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'name too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EINVAL: 'invalid argument',
  EOVERFLOW: 'value too large',
  EEXIST: 'already exists',
  ENOTEMPTY: 'a folder that is not empty is in the way',
  ENOTSUP: 'not supported by the file system',
  EOPNOTSUPP: 'not supported by the file system',
  ESTALE: 'stale file handle'
}

/** An error as words: the errno's meaning when it has one, else its message. */
export function errorWords (err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && WORDS[code] !== undefined) return WORDS[code]
  if (code !== undefined) return `${(err as Error).message}`
  return err instanceof Error ? err.message : String(err)
}

/** What to do about an environment failure, where there is one thing to say. */
const HINTS: Record<string, string> = {
  ENOSPC: 'free space there, or choose another place',
  EDQUOT: 'raise the quota, or free space there',
  EROFS: 'the place must be writable (a mount option, or the service unit\'s ReadWritePaths)',
  EACCES: 'check the owner and mode of the path (and the user the agent runs as)',
  EMFILE: 'raise the open-files limit (LimitNOFILE in the service unit, ulimit -n)'
}

/** A failure of the system under an operation (a full disk, a read-only mount, a permission): not a bug. */
export class SystemFailureError extends Error {
  override name = 'SystemFailureError'
  constructor (message: string, readonly code: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/**
 * A bare Node.js system error (`ENOSPC: no space left on device, write`) as a
 * SystemFailureError that says it in words, with the path and what to do;
 * any other error as it is.
 */
export function asSystemFailure (err: unknown): unknown {
  const e = err as NodeJS.ErrnoException | undefined
  if (!(err instanceof Error) || e?.name !== 'Error' || typeof e.code !== 'string' || !/^E[A-Z0-9]+$/.test(e.code) || typeof e.syscall !== 'string') return err
  const dest = (e as { dest?: string }).dest
  const where = [e.syscall, e.path, dest === undefined ? undefined : `→ ${dest}`].filter(x => x !== undefined).join(' ')
  const hint = HINTS[e.code]
  return new SystemFailureError(`${WORDS[e.code] ?? e.message} (${where}, ${e.code})${hint === undefined ? '' : `: ${hint}`}`, e.code, { cause: err })
}
