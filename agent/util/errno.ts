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
