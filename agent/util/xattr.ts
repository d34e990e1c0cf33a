/**
 * Extended attributes on Linux, through @napi-rs/xattr (the Rust `xattr`
 * crate: llistxattr, lgetxattr, lsetxattr). Its calls never follow a symlink
 * (a symlink's own attributes are read and set), take UTF-8 string paths and
 * names only, and throw errors whose only trace of the errno is the message
 * ("Permission denied (os error 13)"): this module gives them their errno code
 * back (XattrIoError.code, so errorWords says it in words) and reaches paths
 * that are bytes through /proc/self/fd (withXattrPath). Its getAttribute
 * returns null for every failure, not only a missing attribute (EACCES on a
 * user.* attribute of a file the process cannot read gives null too): the
 * backup tells the two apart by listing again (agent/backup/xattrs.ts).
 */
import { constants as osc } from 'node:os'
import { constants as fsc } from 'node:fs'
import { open } from 'node:fs/promises'
import { getAttribute, listAttributes, setAttribute } from '@napi-rs/xattr'
import { isUtf8 } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'

/** A failed xattr call, with the errno's code ("EPERM", "ENOTSUP"). */
export class XattrIoError extends Error {
  override name = 'XattrIoError'
  constructor (message: string, readonly code: string) {
    super(message)
  }
}

/** errno number → code (95 is ENOTSUP, also called EOPNOTSUPP). */
const CODES = new Map<number, string>(Object.entries(osc.errno).map(([code, n]) => [n, code]))
CODES.set(95, 'ENOTSUP')

/** The library's error as an XattrIoError when it carries an errno; anything else as it was. */
function withCode (err: unknown): unknown {
  const message = err instanceof Error ? err.message : String(err)
  const m = /^(.*) \(os error (\d+)\)$/.exec(message)
  const code = m === null ? undefined : CODES.get(Number(m[2]))
  if (m === null || code === undefined) return err
  return new XattrIoError(m[1].toLowerCase(), code)
}

/** The names of `path`'s attributes (not following a symlink), in the kernel's order. */
export async function listXattrs (path: string): Promise<string[]> {
  try {
    return await listAttributes(path)
  } catch (err) {
    throw withCode(err)
  }
}

/** One attribute's value; undefined when it is gone, or could not be read (the library does not say which). */
export async function getXattr (path: string, name: string): Promise<Buffer | undefined> {
  try {
    return (await getAttribute(path, name)) ?? undefined
  } catch (err) {
    throw withCode(err)
  }
}

/** Set one attribute (created or replaced; not following a symlink). */
export async function setXattr (path: string, name: string, value: Uint8Array): Promise<void> {
  try {
    await setAttribute(path, name, Buffer.from(value.buffer, value.byteOffset, value.byteLength))
  } catch (err) {
    throw withCode(err)
  }
}

/**
 * Run `fn` with a string path that reaches `path` for the xattr calls. A
 * string is itself. Bytes (a name that is not UTF-8 somewhere in the path):
 * the parent directory is opened and `/proc/self/fd/N/<name>` used when the
 * last name is UTF-8; a directory whose own name is not UTF-8 is opened and
 * reached as `/proc/self/fd/N/.`. A file or symlink whose own name is not
 * UTF-8 cannot be reached (the library takes no bytes and no descriptors):
 * undefined, `fn` not called.
 */
export async function withXattrPath<T> (path: FsPath, isDir: boolean, fn: (p: string) => Promise<T>): Promise<T | undefined> {
  if (typeof path === 'string') return await fn(path)
  const slash = path.lastIndexOf(0x2f)
  const base = path.subarray(slash + 1)
  let dir: Buffer
  let rest: string
  if (isUtf8(base) && base.length > 0) {
    dir = slash <= 0 ? Buffer.from('/') : path.subarray(0, slash)
    rest = base.toString('utf8')
  } else if (isDir) {
    dir = path
    rest = '.'
  } else {
    return undefined
  }
  const fh = await open(dir, fsc.O_RDONLY | fsc.O_DIRECTORY | (rest === '.' ? fsc.O_NOFOLLOW : 0))
  try {
    return await fn(`/proc/self/fd/${fh.fd}/${rest}`)
  } finally {
    await fh.close()
  }
}
