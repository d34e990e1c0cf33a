/**
 * Extended attributes on restore: each node's attributes set back in the
 * order the backup listed them, ACLs through system.posix_acl_access and
 * system.posix_acl_default like any other attribute.
 *
 * Order (restic's, and borg's reason for it): after the owner, because chown
 * clears security.capability (and set-id bits); before the mode, so that a
 * read-only file or folder restored by its owner can still take its user.*
 * attributes (chmod after an access ACL gives the ACL its recorded mask back,
 * the mode having been consistent with the ACL at backup time); before the
 * times (setxattr changes ctime only). Directories get theirs after their
 * contents, so a default ACL is not inherited by restored children.
 *
 * What cannot be set (trusted.* and security.* when not root, a target file
 * system without xattrs or ACLs, a file whose own name is not UTF-8) is
 * counted and said once, with the first example: a warning, the CLI exits 3.
 */
import { pb } from '../../proto/index.js'
import type { TreeNode } from '../snapshot/tree.js'
import { showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'
import { errorWords } from '../util/errno.js'
import { setXattr, withXattrPath } from '../util/xattr.js'

/** Sets extended attributes as the restore goes; counts what could not be set for one summary warning. */
export class XattrSetter {
  private failed = 0
  private first: string | undefined

  constructor (private readonly warnings: string[]) {}

  /** Set `node`'s attributes on `path` (the node's own path, or the temp name it is renamed from). */
  async set (path: FsPath, node: TreeNode): Promise<void> {
    const xattrs = node.xattrs ?? []
    if (xattrs.length === 0) return
    const fail = (name: string, why: string): void => {
      this.failed++
      this.first ??= `${name} on ${showPath(path)}: ${why}`
    }
    const reached = await withXattrPath(path, node.type === pb.NodeType.NODE_DIR, async p => {
      for (const x of xattrs) {
        const name = Buffer.from(x.name).toString('utf8')
        try {
          await setXattr(p, name, x.value)
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === undefined) throw err
          fail(name, errorWords(err))
        }
      }
      return true
    }).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === undefined) throw err
      for (const x of xattrs) fail(Buffer.from(x.name).toString('utf8'), errorWords(err))
      return true
    })
    if (reached === undefined) {
      for (const x of xattrs) fail(Buffer.from(x.name).toString('utf8'), 'its name is not UTF-8 (the xattr library takes text paths only)')
    }
  }

  /** The one summary line of what could not be set. */
  finish (): void {
    if (this.failed === 0) return
    this.warnings.push(`${this.failed} extended ${this.failed === 1 ? 'attribute was' : 'attributes were'} not restored (the first: ${this.first ?? ''})`)
  }
}
