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
 *
 * A target that is not empty is refused unless an overwrite policy is given
 * (overwrite.ts: restic's always / if-changed / if-newer / never); each entry
 * is then decided from what lstat finds at its path, and every file is still
 * written to a temp name and renamed (an unchanged one is not touched but for
 * its mode and owner). `delete` removes, once a directory's contents are
 * restored, what it holds that the snapshot does not (at or below the
 * snapshot's backed-up paths, within the selection;
 * rm without following symlinks, only in directories checked to be real
 * ones inside the target). `includes`/`excludes` select paths (select.ts);
 * `dryRun` decides everything and writes nothing (`changes`); `verify` reads
 * back every file written or found unchanged and compares it with the
 * snapshot's content ids (verify.ts): a difference is a RestoreVerifyError.
 */
import { randomBytes } from 'node:crypto'
import { constants as fsc } from 'node:fs'
import { chmod, chown, lchown, link, lstat, lutimes, mkdir, open as openFile, readdir, readlink, rename, rm, symlink, unlink, utimes } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { makeSpecial } from './special.js'
import { pb } from '../../proto/index.js'
import { BlobLoader } from '../repository/blob-loader.js'
import type { LoaderEvents } from '../repository/blob-loader.js'
import type { Repository } from '../repository/repository.js'
import { TreeLookahead } from '../snapshot/tree-lookahead.js'
import { checkName, decodeTree, nameKey } from '../snapshot/tree.js'
import type { TreeNode } from '../snapshot/tree.js'
import { PathNotInSnapshotError } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import { errorWords } from '../util/errno.js'
import { Semaphore } from '../util/semaphore.js'
import { loadAccounts } from '../snapshot/accounts.js'
import type { Accounts } from '../snapshot/accounts.js'
import { OwnerSetter } from './owners.js'
import { XattrSetter } from './xattrs.js'
import { childPath, escapeBytes, isInside, isUtf8, showPath } from '../snapshot/names.js'
import type { FsPath } from '../snapshot/names.js'
import { RestoreError, RestoreVerifyError } from './errors.js'
import { decideOverwrite } from './overwrite.js'
import type { ExistingEntry, OverwriteDecision, OverwriteMode } from './overwrite.js'
import { compileSelection } from './select.js'
import { verifyFile } from './verify.js'
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
  /**
   * What to do with what a target that is not empty holds (overwrite.ts);
   * true: 'always'. Default: a target that is not empty is refused.
   */
  overwrite?: OverwriteMode | boolean
  /** Remove what the target holds that the snapshot does not (within the selection). */
  delete?: boolean
  /** Restore only these paths (globs on the snapshot path, select.ts). */
  includes?: string[]
  /** Leave these paths out (globs on the snapshot path, select.ts). */
  excludes?: string[]
  /** Decide everything, write and delete nothing: `changes` lists what would be written and deleted. */
  dryRun?: boolean
  /** Read back every file written or found unchanged and compare it with the snapshot's content ids. */
  verify?: boolean
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
  /** Entries written: files, hard links, symlinks, FIFOs and devices (with dryRun: that would be). */
  written: number
  /** Files and symlinks already as in the snapshot (if-changed). */
  unchanged: number
  /** Existing entries kept by the policy (if-newer, never). */
  skipped: number
  /** Entries removed with `delete` (a directory counts once). */
  deleted: number
  /** Files read back and found as in the snapshot (`verify`). */
  verified: number
  /** With dryRun: what would be written and deleted (target paths), at most MAX_DRY_RUN_CHANGES. */
  changes: RestoreChange[]
}

export interface RestoreChange {
  action: 'write' | 'delete'
  path: string
}

/** Changes a dry run lists at most (the counts go on). */
export const MAX_DRY_RUN_CHANGES = 1_000_000

/** Errors that stop a restore even when they come from one file: the target cannot take more. */
const FATAL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS'])

export async function restore (repo: Repository, snapshot: SnapshotInfo, opts: RestoreOptions): Promise<RestoreResult> {
  const loader = new BlobLoader(repo, opts.events)
  const result: RestoreResult = { files: 0, dirs: 0, symlinks: 0, bytes: 0, loader: loader.stats, specials: 0, links: 0, warnings: [], notes: [], written: 0, unchanged: 0, skipped: 0, deleted: 0, verified: 0, changes: [] }
  const readAhead = opts.readAhead ?? 4
  const mode: OverwriteMode | undefined = opts.overwrite === true ? 'always' : opts.overwrite === false ? undefined : opts.overwrite
  const dryRun = opts.dryRun === true
  const selection = compileSelection({ includes: opts.includes, excludes: opts.excludes })

  await prepareTarget(opts.target, mode !== undefined, dryRun)

  const loadTree = async (id: Uint8Array): Promise<TreeNode[]> => decodeTree(await loader.load(id, opts))

  // Find the start: the root tree, or the node at subPath (its folders made once checked).
  let nodes = await loadTree(snapshot.tree)
  const baseParts: string[] = []
  if (opts.subPath !== undefined && opts.subPath !== '/' && opts.subPath !== '') {
    const parts = opts.subPath.split(sep).filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      const node = nodes.find(n => n.name === parts[i])
      if (node === undefined) throw new PathNotInSnapshotError(`path ${opts.subPath} is not in snapshot ${snapshot.idHex.slice(0, 8)}`)
      if (i === parts.length - 1) {
        nodes = [node]
      } else {
        if (node.type !== pb.NodeType.NODE_DIR) throw new PathNotInSnapshotError(`path ${opts.subPath} is not in snapshot ${snapshot.idHex.slice(0, 8)}`)
        baseParts.push(node.name)
        nodes = await loadTree(node.subtree as Uint8Array)
      }
    }
  }

  // What it will write, checked before anything is: sizes against content,
  // totals against the snapshot's record, and the room on the target.
  const totals = await planRestore(nodes, { loadTree, rawLengths: indexRawLengths(repo.index) }, { path: baseParts.map(p => '/' + p).join(''), signal: opts.signal })
  checkTotals(totals, recordedTotals(snapshot.stats), snapshot.idHex.slice(0, 8))
  if (!dryRun) await checkFreeSpace(opts.target, totals, opts.freeSpace)

  const owners = new OwnerSetter(opts.numericOwner === true ? undefined : opts.accounts ?? await loadAccounts(), result.warnings)
  const xattrs = new XattrSetter(result.warnings)

  let baseDir = opts.target
  for (const name of baseParts) {
    baseDir = join(baseDir, name)
    if (!dryRun) await ensureDir(opts.target, baseDir)
  }
  const baseSnap = baseParts.map(p => '/' + p).join('')
  const rawLengths = indexRawLengths(repo.index)
  const verifyFailures: string[] = []

  const note = (action: RestoreChange['action'], path: FsPath): void => {
    if (result.changes.length < MAX_DRY_RUN_CHANGES) result.changes.push({ action, path: showPath(path) })
  }
  /** What is at `path` now (undefined: nothing, or a parent that is not a directory). */
  const existingAt = async (path: FsPath, node: TreeNode): Promise<ExistingEntry | undefined> => {
    try {
      const st = await lstat(path, { bigint: true })
      const type = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : 'other'
      const e: ExistingEntry = { type, size: Number(st.size), mtimeNs: st.mtimeNs }
      if (type === 'symlink' && node.type === pb.NodeType.NODE_SYMLINK && mode === 'if-changed') e.linkTarget = await readlink(path, { encoding: 'buffer' })
      return e
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      throw err
    }
  }
  /** The policy's word on `node` at `path` (no policy: the target was empty, everything is written). */
  const decide = async (path: FsPath, node: TreeNode): Promise<{ d: OverwriteDecision, existing?: ExistingEntry }> => {
    if (mode === undefined) return { d: 'write' }
    const existing = await existingAt(path, node)
    return { d: decideOverwrite(mode, node, existing), existing }
  }
  const verifyOne = async (path: FsPath, node: TreeNode): Promise<void> => {
    const why = await verifyFile(path, node, { idKey: repo.keys.idKey, rawLengths }, opts.signal)
    if (why === undefined) result.verified++
    else verifyFailures.push(`${showPath(path)}: ${why}`)
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

  /**
   * A file (or a hard link: `link` tries to link it first) at `path`, as the
   * policy says; whether `path` then holds the snapshot's content.
   */
  const putFile = async (dir: FsPath, path: FsPath, node: TreeNode, link?: () => Promise<boolean>): Promise<boolean> => {
    const { d, existing } = await decide(path, node)
    if (d === 'skip') { result.skipped++; return false }
    if (d === 'unchanged') {
      result.unchanged++
      if (!dryRun) {
        await owners.set(path, node, async (uid, gid) => await chown(path, uid, gid))
        await xattrs.set(path, node)
        await chmod(path, node.mode & 0o7777)
        if (opts.verify === true) await verifyOne(path, node)
      }
      return true
    }
    if (existing?.type === 'dir' && opts.delete === true) {
      // a directory where the file goes: removed with --delete (else its rename fails: a warning)
      if (dryRun) note('delete', path)
      else await rm(path, { recursive: true, force: true })
      result.deleted++
    }
    if (dryRun) {
      note('write', path)
      result.files++
      result.bytes += node.size
    } else if (link === undefined || !await link()) {
      await writeFile(dir, path, node)
    }
    result.written++
    if (!dryRun && opts.verify === true) await verifyOne(path, node)
    return true
  }

  /**
   * Where `delete` works: at or below the snapshot's backed-up paths. The
   * folders above them (/srv for a backup of /srv/www) are only on the way
   * there: what else they hold was never backed up, so it is not "not in the
   * snapshot" (restoring /srv/www into / with --delete leaves /srv/other).
   */
  const deleteScope = snapshot.paths.filter(p => p.startsWith('/')).map(p => p.replace(/\/+$/, ''))
  const inDeleteScope = (snapDir: string): boolean => deleteScope.some(p => p === '' || snapDir === p || snapDir.startsWith(p + '/'))
  /** With `delete`: remove what `dir` holds that `list` (its snapshot entries) does not, within the selection. */
  const deleteExtras = async (dir: FsPath, snapDir: string, list: TreeNode[], inside: boolean): Promise<void> => {
    if (!inDeleteScope(snapDir)) return
    const keep = new Set(list.map(n => nameKey(n).toString('latin1')))
    let names: Buffer[]
    try {
      names = await readdir(dir, { encoding: 'buffer' })
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return // (a dry run: not made yet)
      throw err
    }
    for (const raw of names) {
      opts.signal?.throwIfAborted()
      if (keep.has(raw.toString('latin1'))) continue
      const utf8 = isUtf8(raw)
      const name = utf8 ? raw.toString('utf8') : escapeBytes(raw)
      const path = childPath(dir, name, utf8 ? undefined : raw)
      if (!isInside(target, path)) throw new RestoreError(`refusing to delete outside the target: ${showPath(path)}`)
      try {
        const st = await lstat(path)
        if (selection !== undefined && selection.test(`${snapDir}/${name}`, st.isDirectory(), inside) !== 'yes') continue
        if (dryRun) note('delete', path)
        else await rm(path, { recursive: true, force: true }) // lstat-based: a symlink is removed, never followed
        result.deleted++
      } catch (err) {
        if (!isOneFileError(err, opts.signal)) throw err
        result.warnings.push(`cannot delete ${showPath(path)}: ${errorWords(err)}`)
      }
    }
  }

  /** Whether anything below a directory (its entries `list`, at `snapDir`) is selected. */
  const anySelected = async (list: TreeNode[], snapDir: string): Promise<boolean> => {
    if (selection === undefined) return true
    for (const n of list) {
      const p = `${snapDir}/${n.name}`
      const s = selection.test(p, n.type === pb.NodeType.NODE_DIR, false)
      if (s === 'yes') return true
      if (s === 'below' && await anySelected(await loadTree(n.subtree as Uint8Array), p)) return true
    }
    return false
  }

  // Several files are written at once (their reads and writes overlap); a
  // directory's mode and time are set once all its files are done.
  const fileSlots = new Semaphore(opts.fileConcurrency ?? 8)
  const target = resolve(opts.target)
  /** The files restored in this run by snapshot path ("/srv/a/f"): whether each holds the snapshot's content, written or unchanged (hard links wait for them). */
  const written = new Map<string, Promise<boolean>>()
  let failed = false
  let devicesLeft = 0
  /** Run one file's write in a slot; a one-file error is a warning (false), any other stops the restore. */
  const inSlot = async (path: FsPath, write: () => Promise<boolean>): Promise<boolean> => {
    await fileSlots.acquire()
    try {
      return await write()
    } catch (err) {
      if (isOneFileError(err, opts.signal)) { result.warnings.push(`cannot write ${showPath(path)}: ${errorWords(err)}`); return false }
      failed = true
      throw err
    } finally {
      fileSlots.release()
    }
  }
  /** `snapDir`: the snapshot path of `dir`; `inside`: a directory above was selected as a whole. */
  const restoreNodes = async (dir: FsPath, list: TreeNode[], snapDir: string, inside: boolean): Promise<void> => {
    const files: Array<Promise<void>> = []
    try {
      await restoreList(dir, list, files, snapDir, inside)
    } finally {
      await Promise.allSettled(files)
    }
    for (const f of files) await f // the first failure, if any
  }
  const restoreList = async (dir: FsPath, all: TreeNode[], files: Array<Promise<void>>, snapDir: string, inside: boolean): Promise<void> => {
    const chosen = all.map(n => ({ n, s: selection?.test(`${snapDir}/${n.name}`, n.type === pb.NodeType.NODE_DIR, inside) ?? 'yes' })).filter(x => x.s !== 'no')
    const ahead = new TreeLookahead(chosen.filter(x => x.n.type === pb.NodeType.NODE_DIR).map(x => x.n.subtree as Uint8Array), loadTree)
    for (const { n: node, s: selected } of chosen) {
      opts.signal?.throwIfAborted()
      if (failed) return
      if (node.nameBytes === undefined) checkName(node.name) // (bytes were checked by decodeTree)
      const path = childPath(dir, node.name, node.nameBytes)
      const snap = `${snapDir}/${node.name}`
      switch (node.type) {
        case pb.NodeType.NODE_DIR: {
          const { d, existing } = await decide(path, node)
          if (d === 'skip') { await ahead.next(); result.skipped++; break } // a non-directory the policy keeps
          const children = (await ahead.next()) ?? []
          // only on the way to what an include selects: made when something below is
          if (selected === 'below' && !await anySelected(children, snap)) break
          const inner = selection !== undefined && selected === 'yes'
          if (dryRun) {
            if (existing === undefined || existing.type !== 'dir') note('write', path)
            result.dirs++
            await restoreNodes(path, children, snap, inner)
            if (opts.delete === true && existing?.type === 'dir') await deleteExtras(path, snap, children, inner)
            break
          }
          try {
            if (existing !== undefined && existing.type !== 'dir') await unlink(path) // the policy replaces it
            await ensureDir(opts.target, path)
          } catch (err) {
            if (!isOneFileError(err, opts.signal)) throw err
            result.warnings.push(`cannot write ${showPath(path)} and what it holds: ${errorWords(err)}`)
            break
          }
          await restoreNodes(path, children, snap, inner)
          if (opts.delete === true) await deleteExtras(path, snap, children, inner)
          await owners.set(path, node, async (uid, gid) => await chown(path, uid, gid))
          await xattrs.set(path, node)
          await chmod(path, node.mode & 0o7777)
          await utimes(path, timeOf(node), timeOf(node))
          result.dirs++
          break
        }
        case pb.NodeType.NODE_FILE: {
          const p = inSlot(path, async () => await putFile(dir, path, node))
          p.catch(() => {})
          if (typeof path === 'string') written.set(snap, p.catch(() => false))
          files.push(p.then(() => {}))
          break
        }
        case pb.NodeType.NODE_HARDLINK: {
          // A link to the first path of the inode when this run wrote it; else
          // (a sub-path without it, or it failed) the file from its content.
          const first = written.get(node.hardlink as string)
          const p = (async () => {
            const ok = first !== undefined && await first
            return await inSlot(path, async () => await putFile(dir, path, node, async () =>
              // a link the file system refuses (no hard links there, too many): the file from its content
              ok && await linkFile(join(target, node.hardlink as string), dir, path, node).then(() => true, (err: unknown) => {
                if (isOneFileError(err, opts.signal)) return false
                throw err
              })))
          })()
          p.catch(() => {})
          if (typeof path === 'string') written.set(snap, p.catch(() => false))
          files.push(p.then(() => {}))
          break
        }
        case pb.NodeType.NODE_FIFO:
        case pb.NodeType.NODE_CHARDEV:
        case pb.NodeType.NODE_BLOCKDEV: {
          const { d } = await decide(path, node)
          if (d !== 'write') { result.skipped++; break }
          if (dryRun) { note('write', path); result.written++; break }
          const made = await makeSpecial(typeof dir === 'string' ? dir : target, path, node, { owners, root: process.getuid?.() === 0, signal: opts.signal })
          if (made === 'made') { result.specials++; result.written++ }
          else if (made === 'needs-root') devicesLeft++
          else result.warnings.push(made.warning)
          break
        }
        case pb.NodeType.NODE_SYMLINK: {
          const { d } = await decide(path, node)
          if (d === 'skip') { result.skipped++; break }
          if (d === 'unchanged') { result.unchanged++; break }
          if (dryRun) { note('write', path); result.symlinks++; result.written++; break }
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
          result.written++
          break
        }
      }
    }
  }

  await restoreNodes(baseDir, nodes, baseSnap, false)
  // the target's top stands for the snapshot's root (not for a sub-path's folder, which holds other things)
  if (opts.delete === true && baseParts.length === 0 && (opts.subPath === undefined || opts.subPath === '/' || opts.subPath === '')) await deleteExtras(baseDir, '', nodes, false)
  owners.finish()
  xattrs.finish()
  if (verifyFailures.length > 0) {
    const shown = verifyFailures.slice(0, 20)
    throw new RestoreVerifyError(`verify: ${verifyFailures.length} ${verifyFailures.length === 1 ? 'file differs' : 'files differ'} from the snapshot after the restore:\n  ${shown.join('\n  ')}${verifyFailures.length > shown.length ? `\n  … and ${verifyFailures.length - shown.length} more` : ''}`)
  }
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

async function prepareTarget (target: string, overwrite: boolean, dryRun: boolean): Promise<void> {
  try {
    const st = await lstat(target)
    if (!st.isDirectory()) throw new RestoreError(`target ${target} exists and is not a directory`)
    if (!overwrite && (await readdir(target)).length > 0) {
      throw new RestoreError(`target ${target} is not empty (restore into an empty or new directory, or give an overwrite policy: --overwrite always|if-changed|if-newer|never)`)
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    if (!dryRun) await mkdir(target, { recursive: true, mode: 0o700 })
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
