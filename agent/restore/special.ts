/**
 * FIFOs and device nodes on restore. Node has no mkfifo or mknod: coreutils'
 * `mkfifo` and `mknod` are run (execFile, no shell, with a timeout) on a temp
 * name beside the final one, which gets its owner, mode and time and is then
 * renamed, like a file. Devices need root: without it they are left out and
 * counted for one note.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, lchown, rename, unlink, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { pb } from '../../proto/index.js'
import type { TreeNode } from '../snapshot/tree.js'
import { errorWords } from '../util/errno.js'
import type { OwnerSetter } from './owners.js'
import { showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'

/** How long mkfifo or mknod may take. */
export const SPECIAL_TOOL_TIMEOUT_MS = 10_000

export interface SpecialComponents {
  owners: OwnerSetter
  root: boolean
  signal?: AbortSignal
}

/** Linux's encoding of a device number (glibc's gnu_dev_major / gnu_dev_minor). */
export function deviceNumbers (rdev: number): { major: number, minor: number } {
  const d = BigInt(rdev)
  const major = ((d >> 8n) & 0xfffn) | ((d >> 32n) & ~0xfffn)
  const minor = (d & 0xffn) | ((d >> 12n) & ~0xffn)
  return { major: Number(major), minor: Number(minor) }
}

/**
 * Make the FIFO or device `node` at `path`: 'made', 'needs-root' (a device,
 * not root), or why not in words. `tmpDir`: where to make it first (a string
 * path on the same file system: the tools take no byte paths).
 */
export async function makeSpecial (tmpDir: string, path: FsPath, node: TreeNode, c: SpecialComponents): Promise<'made' | 'needs-root' | { warning: string }> {
  const device = node.type === pb.NodeType.NODE_CHARDEV || node.type === pb.NodeType.NODE_BLOCKDEV
  if (device && !c.root) return 'needs-root'
  const tmp = join(tmpDir, `.meshbackup-special-${randomBytes(6).toString('hex')}`)
  const mode = (node.mode & 0o7777).toString(8)
  const args = device
    ? [tmp, node.type === pb.NodeType.NODE_CHARDEV ? 'c' : 'b', String(deviceNumbers(node.rdev ?? 0).major), String(deviceNumbers(node.rdev ?? 0).minor)]
    : [tmp]
  try {
    await run(device ? 'mknod' : 'mkfifo', ['-m', mode, '--', ...args], c.signal)
  } catch (err) {
    if (c.signal?.aborted === true) throw err
    return { warning: `cannot make ${device ? 'device' : 'FIFO'} ${showPath(path)}: ${errorWords(err)}` }
  }
  try {
    await c.owners.set(path, node, async (uid, gid) => await lchown(tmp, uid, gid))
    await chmod(tmp, node.mode & 0o7777) // after chown, which clears set-id bits
    await utimes(tmp, node.mtimeSec + node.mtimeNsec / 1e9, node.mtimeSec + node.mtimeNsec / 1e9)
    await rename(tmp, path)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    if (c.signal?.aborted === true || (err as NodeJS.ErrnoException).code === undefined) throw err
    return { warning: `cannot make ${showPath(path)}: ${errorWords(err)}` }
  }
  return 'made'
}

async function run (cmd: string, args: string[], signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout: SPECIAL_TOOL_TIMEOUT_MS, signal }, (err, _stdout, stderr) => {
      if (err === null) { resolve(); return }
      const words = String(stderr).trim().split('\n').at(-1)
      reject(new Error(words !== undefined && words !== '' ? words : `${cmd} failed: ${err.message}`))
    })
  })
}
