/**
 * The restorer: a snapshot (or a sub-path of it) into a target directory.
 *
 * Trees are walked depth-first, the next few loaded ahead; a file's blobs are
 * loaded with a small read-ahead window (BlobLoader checks every shard, AEAD
 * tag and blob id) and written to a temp file beside the final name, then
 * renamed: a failed restore leaves no partial file under a final name.
 *
 * Files are not fsynced one by one (neither restic, borg nor rsync do): for
 * the 20,055 files of the 1 GiB corpus that cost ~3.5 s of CPU (the kernel's
 * journal commits) and 3–4 s of wall time here, for a copy the mesh still
 * holds. Run `sync` after a restore if power may fail right after it.
 *
 * Before anything is written the trees to restore are counted (plan.ts): a
 * file whose size its content does not hold, totals far beyond what the
 * snapshot records, or a target without the room for them (free-space.ts)
 * refuse the restore with a named error (errors.ts).
 *
 * Owners: as root each node gets its owner back, by name where the target's
 * /etc/passwd and /etc/group know the name the backup recorded, else by
 * number (`numericOwner`: always by number), with lchown for symlinks and
 * before the mode (chown clears set-id bits). Not as root, owners other than
 * the restoring user's are left, with one summary warning. A file that could
 * not be written, or whose owner could not be set, is a warning (the rest is
 * restored; the CLI exits 3); a full disk, a bad blob or a refused snapshot
 * stop the restore.
 *
 * Extended attributes and ACLs (xattrs.ts) are set after the owner and
 * before the mode; what cannot be set is one summary warning. Symlink
 * targets that are not UTF-8 are made from their bytes.
 *
 * Hard links are made to the first name of their inode when this run wrote
 * it, else written from their content; FIFOs and devices are made with
 * mkfifo and mknod (special.ts); names that are not UTF-8 are written with
 * byte paths (snapshot/names.ts). A file the backup found sparse gets its
 * all-zero 4 KiB blocks as holes (not written; the size set at the end).
 *
 * Times: mtime is restored (to the microsecond: utimes takes seconds as a
 * double), atime is set to the same value, ctime is the time of the restore
 * (the kernel sets it; nothing can restore it), as with restic and tar.
 * Directory modes, owners and times
 * are set after their contents. Names come from the snapshot, which is not
 * trusted: decodeTree refuses "..", "/" and empty names, and every directory
 * written into is checked to be a real directory (never a symlink).
 */
import { randomBytes } from 'node:crypto'
import { constants as fsc } from 'node:fs'
import { chmod, chown, lchown, link, lstat, lutimes, mkdir, open as openFile, readdir, rename, symlink, unlink, utimes } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { makeSpecial } from './special.js'
import { pb } from '../../proto/index.js'
import { BlobLoader } from '../repository/blob-loader.js'
import type { LoaderEvents } from '../repository/blob-loader.js'
import type { Repository } from '../repository/repository.js'
import { TreeLookahead } from '../snapshot/tree-lookahead.js'
import { checkName, decodeTree } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { errorWords } from '../util/errno.js'
import { Semaphore } from '../util/semaphore.js'
import { loadAccounts } from '../snapshot/accounts.js'
import type { Accounts } from '../snapshot/accounts.js'
import { OwnerSetter } from './owners.js'
import { XattrSetter } from './xattrs.js'
import { childPath, isInside, showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'
import { RestoreError } from './errors.js'
import { checkFreeSpace } from './free-space.js'
import type { FreeSpaceOf } from './free-space.js'
import { checkTotals, indexRawLengths, planRestore, recordedTotals } from './plan.js'

export interface RestoreProgress {
  filesDone: number
  bytesWritten: number
  currentPath?: string
}

export interface RestoreOptions {
  target: string
  /** Restore only this path of the snapshot (absolute, as backed up). */
  subPath?: string
  /** Allow a target that is not empty (existing files are replaced). */
  overwrite?: boolean
  onProgress?: (p: RestoreProgress) => void
  /** onShardFailure: each shard that could not be used, with its error (repair material, see agent/repair/shard-failure.ts). */
  events?: LoaderEvents
  /** Blobs loaded ahead of the writer, per file. */
  readAhead?: number
  /** Files written at once. */
  fileConcurrency?: number
  /** Owners by uid and gid only, never by the recorded names (restic's --numeric-owner). */
  numericOwner?: boolean
  /** The target's accounts for owners by name (default: /etc/passwd and /etc/group). */
  accounts?: Accounts
  /** The room on the target (default: statfs; tests inject a nearly full disk). */
  freeSpace?: FreeSpaceOf
  signal?: AbortSignal
}

export interface RestoreResult {
  files: number
  dirs: number
  symlinks: number
  bytes: number
  loader: BlobLoader['stats']
  /** FIFOs and devices made. */
  specials: number
  /** Hard links made (to a file restored earlier in the same run). */
  links: number
  /** What could not be written or set, each with why in words (not empty: the CLI exits 3). */
  warnings: string[]
  /** What was left out on purpose (devices when not root), once each. */
  notes: string[]
}

/** Errors that stop a restore even when they come from one file: the target cannot take more. */
const FATAL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS'])

export async function restore (repo: Repository, snapshot: SnapshotInfo, opts: RestoreOptions): Promise<RestoreResult> {
  const loader = new BlobLoader(repo, opts.events)
  const result: RestoreResult = { files: 0, dirs: 0, symlinks: 0, bytes: 0, loader: loader.stats, specials: 0, links: 0, warnings: [], notes: [] }
  const readAhead = opts.readAhead ?? 4

  await prepareTarget(opts.target, opts.overwrite === true)

  const loadTree = async (id: Uint8Array): Promise<TreeNode[]> => decodeTree(await loader.load(id, opts))

  // Find the start: the root tree, or the node at subPath (its folders made once checked).
  let nodes = await loadTree(snapshot.tree)
  const baseParts: string[] = []
  if (opts.subPath !== undefined && opts.subPath !== '/' && opts.subPath !== '') {
    const parts = opts.subPath.split(sep).filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      const node = nodes.find(n => n.name === parts[i])
      if (node === undefined) throw new RestoreError(`path ${opts.subPath} is not in snapshot ${snapshot.idHex.slice(0, 8)}`)
      if (i === parts.length - 1) {
        nodes = [node]
      } else {
        if (node.type !== pb.NodeType.NODE_DIR) throw new RestoreError(`path ${opts.subPath} is not in snapshot ${snapshot.idHex.slice(0, 8)}`)
        baseParts.push(node.name)
        nodes = await loadTree(node.subtree as Uint8Array)
      }
    }
  }

  // What it will write, checked before anything is: sizes against content,
  // totals against the snapshot's record, and the room on the target.
  const totals = await planRestore(nodes, { loadTree, rawLengths: indexRawLengths(repo.index) }, { path: baseParts.map(p => '/' + p).join(''), signal: opts.signal })
  checkTotals(totals, recordedTotals(snapshot.stats), snapshot.idHex.slice(0, 8))
  await checkFreeSpace(opts.target, totals, opts.freeSpace)

  const owners = new OwnerSetter(opts.numericOwner === true ? undefined : opts.accounts ?? await loadAccounts(), result.warnings)
  const xattrs = new XattrSetter(result.warnings)

  let baseDir = opts.target
  for (const name of baseParts) {
    baseDir = join(baseDir, name)
    await ensureDir(opts.target, baseDir)
  }

  const writeFile = async (dir: FsPath, path: FsPath, node: TreeNode): Promise<void> => {
    const tmp = tempBeside(dir, node)
    const fh = await openFile(tmp, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY | fsc.O_NOFOLLOW, 0o600)
    let done = false
    try {
      // A window of loads in flight; written strictly in order.
      const pending: Array<Promise<Uint8Array>> = []
      let next = 0
      const fill = (): void => {
        while (pending.length < readAhead && next < node.content.length) {
          const p = loader.load(node.content[next++], opts)
          p.catch(() => {})
          pending.push(p)
        }
      }
      fill()
      let written = 0
      let holes = false
      while (pending.length > 0) {
        const data = await (pending.shift() as Promise<Uint8Array>)
        fill()
        if (node.sparse === true) {
          // only the blocks that are not all zeros are written; the rest stay holes
          for (const [from, to] of dataRuns(data, written)) {
            let off = from
            while (off < to) {
              const { bytesWritten } = await fh.write(data, off, to - off, written + off)
              off += bytesWritten
            }
          }
          holes = true // the file's end is set below
        } else {
          let off = 0
          while (off < data.byteLength) {
            const { bytesWritten } = await fh.write(data, off, data.byteLength - off, written + off)
            off += bytesWritten
          }
        }
        written += data.byteLength
        result.bytes += data.byteLength
        opts.onProgress?.({ filesDone: result.files, bytesWritten: result.bytes, currentPath: showPath(path) })
      }
      if (written !== node.size) throw new RestoreError(`${showPath(path)}: restored ${written} bytes, the snapshot says ${node.size}`)
      if (holes) await fh.truncate(written)
      await owners.set(path, node, async (uid, gid) => await fh.chown(uid, gid))
      await xattrs.set(tmp, node)
      await fh.chmod(node.mode & 0o7777)
      await fh.close()
      await utimes(tmp, timeOf(node), timeOf(node))
      await rename(tmp, path)
      done = true
    } finally {
      if (!done) {
        await fh.close().catch(() => {})
        await unlink(tmp).catch(() => {})
      }
    }
    result.files++
  }

  /** A hard link to `first` (restored before) at `path`: linked to a temp name, then renamed. */
  const linkFile = async (first: string, dir: FsPath, path: FsPath, node: TreeNode): Promise<void> => {
    const tmp = tempBeside(dir, node)
    await link(first, tmp)
    try {
      await rename(tmp, path)
    } catch (err) {
      await unlink(tmp).catch(() => {})
      throw err
    }
    result.links++
    result.files++
  }

  // Several files are written at once (their reads and writes overlap); a
  // directory's mode and time are set once all its files are done.
  const fileSlots = new Semaphore(opts.fileConcurrency ?? 8)
  const target = resolve(opts.target)
  /** The files restored in this run by snapshot path ("/srv/a/f"): whether each was written (hard links wait for them). */
  const written = new Map<string, Promise<boolean>>()
  const snapshotPath = (path: string): string => '/' + relative(target, path).split(sep).join('/')
  let failed = false
  let devicesLeft = 0
  /** Run one file's write in a slot; a one-file error is a warning (false), any other stops the restore. */
  const inSlot = async (path: FsPath, write: () => Promise<void>): Promise<boolean> => {
    await fileSlots.acquire()
    try {
      await write()
      return true
    } catch (err) {
      if (isOneFileError(err, opts.signal)) { result.warnings.push(`cannot write ${showPath(path)}: ${errorWords(err)}`); return false }
      failed = true
      throw err
    } finally {
      fileSlots.release()
    }
  }
  const restoreNodes = async (dir: FsPath, list: TreeNode[]): Promise<void> => {
    const files: Array<Promise<void>> = []
    try {
      await restoreList(dir, list, files)
    } finally {
      await Promise.allSettled(files)
    }
    for (const f of files) await f // the first failure, if any
  }
  const restoreList = async (dir: FsPath, list: TreeNode[], files: Array<Promise<void>>): Promise<void> => {
    const ahead = new TreeLookahead(list.filter(n => n.type === pb.NodeType.NODE_DIR).map(n => n.subtree as Uint8Array), loadTree)
    for (const node of list) {
      opts.signal?.throwIfAborted()
      if (failed) return
      if (node.nameBytes === undefined) checkName(node.name) // (bytes were checked by decodeTree)
      const path = childPath(dir, node.name, node.nameBytes)
      switch (node.type) {
        case pb.NodeType.NODE_DIR: {
          try {
            await ensureDir(opts.target, path)
          } catch (err) {
            if (!isOneFileError(err, opts.signal)) throw err
            await ahead.next() // its tree, loaded ahead, is not needed
            result.warnings.push(`cannot write ${showPath(path)} and what it holds: ${errorWords(err)}`)
            break
          }
          await restoreNodes(path, (await ahead.next()) ?? [])
          await owners.set(path, node, async (uid, gid) => await chown(path, uid, gid))
          await xattrs.set(path, node)
          await chmod(path, node.mode & 0o7777)
          await utimes(path, timeOf(node), timeOf(node))
          result.dirs++
          break
        }
        case pb.NodeType.NODE_FILE: {
          const p = inSlot(path, async () => await writeFile(dir, path, node))
          p.catch(() => {})
          if (typeof path === 'string') written.set(snapshotPath(path), p.catch(() => false))
          files.push(p.then(() => {}))
          break
        }
        case pb.NodeType.NODE_HARDLINK: {
          // A link to the first path of the inode when this run wrote it; else
          // (a sub-path without it, or it failed) the file from its content.
          const first = written.get(node.hardlink as string)
          const p = (async () => {
            const ok = first !== undefined && await first
            return await inSlot(path, async () => {
              // a link the file system refuses (no hard links there, too many): the file from its content
              const linked = ok && await linkFile(join(target, node.hardlink as string), dir, path, node).then(() => true, (err: unknown) => {
                if (isOneFileError(err, opts.signal)) return false
                throw err
              })
              if (!linked) await writeFile(dir, path, node)
            })
          })()
          p.catch(() => {})
          if (typeof path === 'string') written.set(snapshotPath(path), p.catch(() => false))
          files.push(p.then(() => {}))
          break
        }
        case pb.NodeType.NODE_FIFO:
        case pb.NodeType.NODE_CHARDEV:
        case pb.NodeType.NODE_BLOCKDEV: {
          const made = await makeSpecial(typeof dir === 'string' ? dir : target, path, node, { owners, root: process.getuid?.() === 0, signal: opts.signal })
          if (made === 'made') result.specials++
          else if (made === 'needs-root') devicesLeft++
          else result.warnings.push(made.warning)
          break
        }
        case pb.NodeType.NODE_SYMLINK:
          await unlink(path).catch(() => {})
          try {
            await symlink(node.linkTargetBytes !== undefined ? Buffer.from(node.linkTargetBytes) : node.linkTarget as string, path)
          } catch (err) {
            if (!isOneFileError(err, opts.signal)) throw err
            result.warnings.push(`cannot write ${showPath(path)}: ${errorWords(err)}`)
            break
          }
          await owners.set(path, node, async (uid, gid) => await lchown(path, uid, gid))
          await xattrs.set(path, node)
          await lutimes(path, timeOf(node), timeOf(node)).catch(() => {})
          result.symlinks++
          break
      }
    }
  }

  await restoreNodes(baseDir, nodes)
  owners.finish()
  xattrs.finish()
  if (devicesLeft > 0) result.notes.push(`${devicesLeft} device ${devicesLeft === 1 ? 'node was' : 'nodes were'} not made: making devices needs root`)
  return result
}

/** A file-system error of one file (permission, a name the target refuses): a warning, not the end of the restore. */
function isOneFileError (err: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted === true) return false
  const code = (err as NodeJS.ErrnoException).code
  return typeof code === 'string' && code.startsWith('E') && !FATAL_CODES.has(code)
}

function timeOf (node: TreeNode): number {
  return node.mtimeSec + node.mtimeNsec / 1e9
}

async function prepareTarget (target: string, overwrite: boolean): Promise<void> {
  try {
    const st = await lstat(target)
    if (!st.isDirectory()) throw new RestoreError(`target ${target} exists and is not a directory`)
    if (!overwrite && (await readdir(target)).length > 0) {
      throw new RestoreError(`target ${target} is not empty (restore into an empty or new directory)`)
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    await mkdir(target, { recursive: true, mode: 0o700 })
  }
}

/** Create `path` (inside `root`) unless it is already a real directory; refuse symlinks. */
/** The block size holes are made in (file offsets aligned to it). */
const HOLE_BLOCK = 4096
const ZERO_BLOCK = Buffer.alloc(HOLE_BLOCK)

/**
 * The runs of `data` (at file offset `at`) to write: [from, to) offsets in
 * `data`, leaving out every aligned block that is all zeros (memcmp).
 */
function dataRuns (data: Uint8Array, at: number): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  let i = 0
  while (i < b.byteLength) {
    const end = Math.min(b.byteLength, i + HOLE_BLOCK - ((at + i) % HOLE_BLOCK))
    const zero = Buffer.compare(b.subarray(i, end), ZERO_BLOCK.subarray(0, end - i)) === 0
    if (!zero) {
      const last = runs.at(-1)
      if (last !== undefined && last[1] === i) last[1] = end
      else runs.push([i, end])
    }
    i = end
  }
  return runs
}

/** A temp name in `dir` for `node` (renamed to its name once complete). */
function tempBeside (dir: FsPath, node: TreeNode): FsPath {
  return childPath(dir, `.${node.name.slice(0, 64)}.meshbackup-${randomBytes(6).toString('hex')}`)
}

async function ensureDir (root: string, path: FsPath): Promise<void> {
  if (!isInside(root, path)) throw new RestoreError(`refusing to write outside the target: ${showPath(path)}`)
  try {
    const st = await lstat(path)
    if (st.isDirectory()) return
    throw new RestoreError(`refusing to restore into ${showPath(path)}: it exists and is not a directory`)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  await mkdir(path, { mode: 0o700 })
}
