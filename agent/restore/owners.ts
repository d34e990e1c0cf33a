/**
 * Owners on restore: as root each node gets the owner the backup recorded, by
 * name where this host's accounts know the name (a PostgreSQL data directory
 * owned by "postgres" is owned by this host's postgres, whatever its uid),
 * else by number; not as root, nothing is changed and the nodes that keep the
 * restoring user's owner are counted for one summary line.
 */
import type { Accounts } from '../snapshot/accounts.js'
import type { TreeNode } from '../snapshot/tree.js'
import { errorWords } from '../util/errno.js'
import { showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'

/**
 * Sets owners as the restore goes: as root by name (where `accounts` knows it)
 * or number; not as root it only counts the nodes it would have changed.
 */
export class OwnerSetter {
  private readonly root: boolean
  private readonly uid: number
  private readonly gid: number
  private left = 0

  /** `accounts`: the target's, for owners by name (undefined: by number only); `self`: who restores (default: this process). */
  constructor (private readonly accounts: Accounts | undefined, private readonly warnings: string[], self: { uid: number, gid: number } = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }) {
    this.uid = self.uid
    this.gid = self.gid
    this.root = self.uid === 0
  }

  /** The owner `node` is restored with: its names mapped on this host, else its numbers. */
  ownerOf (node: TreeNode): { uid: number, gid: number } {
    const uid = node.user === undefined ? undefined : this.accounts?.users.idOf(node.user)
    const gid = node.group === undefined ? undefined : this.accounts?.groups.idOf(node.group)
    return { uid: uid ?? node.uid, gid: gid ?? node.gid }
  }

  async set (path: FsPath, node: TreeNode, chownIt: (uid: number, gid: number) => Promise<void>): Promise<void> {
    const { uid, gid } = this.ownerOf(node)
    if (!this.root) {
      if (uid !== this.uid || gid !== this.gid) this.left++
      return
    }
    try {
      await chownIt(uid, gid)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === undefined) throw err
      this.warnings.push(`cannot set the owner of ${showPath(path)} to ${node.user ?? uid}:${node.group ?? gid}: ${errorWords(err)}`)
    }
  }

  /** The one summary line of the owners not restored for want of root. */
  finish (): void {
    if (this.left > 0) this.warnings.push(`owners not restored: not running as root (${this.left} files and folders keep uid ${this.uid}, gid ${this.gid} instead of their own)`)
  }
}
