/**
 * Extended attributes on backup: every attribute the process can read of a
 * file, directory or symlink (a symlink's own, never its target's), in the
 * order the kernel lists them: user.*, trusted.* (listed to root only),
 * security.* (security.capability, SELinux labels) and the POSIX ACLs as
 * system.posix_acl_access / system.posix_acl_default, stored as the bytes the
 * kernel gives (restic and borg keep ACLs the same way).
 *
 * A file system without xattrs (ENOTSUP), or a file removed meanwhile, is
 * silent: there was nothing to read. An attribute that exists but could not
 * be read (permission, a value beyond the bounds of the tree format) is a
 * warning, which makes the backup exit 3. FIFOs and devices are not read.
 */
import { MAX_XATTR_NAME, MAX_XATTR_NODE_BYTES, MAX_XATTR_VALUE, MAX_XATTRS_PER_NODE } from '../snapshot/tree.js'
import type { Xattr } from '../snapshot/tree.js'
import { showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'
import { errorWords } from '../util/errno.js'
import { getXattr, listXattrs, withXattrPath } from '../util/xattr.js'

/** Codes that mean there is nothing to read: no xattrs on this file system, the file or the attribute gone. */
const NOTHING = new Set(['ENOTSUP', 'ENOENT', 'ENODATA'])

export interface XattrsRead {
  /** The attributes read, in listed order (absent: none). */
  xattrs?: Xattr[]
  /** What exists but could not be read, in words (at most one a node). */
  warning?: string
  /** The path could not be reached by the xattr calls (a file whose own name is not UTF-8): nothing was read. */
  unreachable?: true
}

/** Read the extended attributes of `path` (not following a symlink). */
export async function readXattrs (path: FsPath, isDir: boolean): Promise<XattrsRead> {
  const out: XattrsRead = {}
  const got = await withXattrPath(path, isDir, async p => {
    let names: string[]
    try {
      names = await listXattrs(p)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === undefined) throw err
      if (!NOTHING.has(code)) out.warning = `cannot list the extended attributes of ${showPath(path)}: ${errorWords(err)}`
      return true
    }
    const xattrs: Xattr[] = []
    const failed: string[] = []
    let why = ''
    const unread: string[] = []
    let total = 0
    for (const name of names) {
      let value: Buffer | undefined
      try {
        value = await getXattr(p, name)
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        if (code === undefined) throw err
        if (NOTHING.has(code)) continue
        failed.push(name)
        why = errorWords(err)
        continue
      }
      if (value === undefined) { unread.push(name); continue } // removed since it was listed, or unreadable
      const nameBytes = Buffer.from(name)
      if (xattrs.length >= MAX_XATTRS_PER_NODE || value.byteLength > MAX_XATTR_VALUE || nameBytes.byteLength > MAX_XATTR_NAME ||
        total + nameBytes.byteLength + value.byteLength > MAX_XATTR_NODE_BYTES) {
        failed.push(name)
        why = `beyond what a tree node holds (${MAX_XATTRS_PER_NODE} attributes, ${MAX_XATTR_VALUE} bytes a value, ${MAX_XATTR_NODE_BYTES} bytes in all)`
        continue
      }
      total += nameBytes.byteLength + value.byteLength
      xattrs.push({ name: nameBytes, value })
    }
    if (unread.length > 0) {
      // still listed: it exists and could not be read (else it was removed meanwhile, which is no loss)
      const now = new Set(await listXattrs(p).catch(() => []))
      const kept = unread.filter(n => now.has(n))
      if (kept.length > 0) {
        failed.push(...kept)
        why ||= 'it exists but could not be read (permission denied?)'
      }
    }
    if (xattrs.length > 0) out.xattrs = xattrs
    if (failed.length > 0) out.warning = `cannot read extended ${failed.length === 1 ? 'attribute' : 'attributes'} ${failed.join(', ')} of ${showPath(path)}: ${why}`
    return true
  }).catch((err: unknown) => {
    // opening the parent of a byte path failed: the file is gone or unreadable
    const code = (err as NodeJS.ErrnoException).code
    if (code === undefined) throw err
    if (!NOTHING.has(code)) out.warning = `cannot read the extended attributes of ${showPath(path)}: ${errorWords(err)}`
    return true
  })
  if (got === undefined) out.unreachable = true
  return out
}
