/**
 * Extended attributes, ACLs and symlink targets as bytes (issue 16), in
 * process with real files on the machine's file system: a tree with user.*
 * attributes (several, a binary value, an empty one, not in name order),
 * trusted.*, a security.capability on a set-uid file, POSIX access and
 * default ACLs made with setfacl, attributes on a directory, on a symlink and
 * under names that are not UTF-8, and a symlink whose target is not UTF-8 is
 * backed up and restored; `getfattr -d -m - -h -e hex` of source and copy must
 * match, and so must the targets' bytes. Then the same restored by uid 65534
 * (the process's effective ids switched for the restore only): trusted.* and
 * security.* cannot be set, which is one summary warning.
 *
 * Needs root (trusted.*, security.capability, owners) and the Debian packages
 * `attr` (getfattr, setfattr) and `acl` (setfacl): without the tools the tests
 * fail saying which package to install; without root they are skipped.
 */
import { execFile } from 'node:child_process'
import { chmod, chown, lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backup } from '../agent/backup/archiver.js'
import { lsEntryJson } from '../agent/control/views.js'
import { Repository } from '../agent/repository/repository.js'
import { restore } from '../agent/restore/restorer.js'
import { findSnapshot } from '../agent/snapshot/snapshots.js'
import { walkSnapshot } from '../agent/snapshot/walk.js'
import { listXattrs } from '../agent/util/xattr.js'
import { addLocalStores } from './fixtures/local-repo.js'

const ROOT = process.getuid?.() === 0
const run = promisify(execFile)
const NOBODY = 65534
/** cap_net_bind_service=ep, as setcap writes it (VFS_CAP_REVISION_2). */
const CAPABILITY = '0x0100000200040000000000000000000000000000'

let work: string

/** Run a tool from a Debian package; when it is missing, fail naming the package. */
async function tool (cmd: string, pkg: string, args: string[]): Promise<string> {
  try {
    return (await run(cmd, args, { timeout: 20_000, maxBuffer: 16 * 1024 * 1024 })).stdout
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${cmd} is not installed: install the Debian package \`${pkg}\` (apt-get install ${pkg})`)
    throw err
  }
}

const setfattr = async (...args: Array<string | Buffer>): Promise<void> => { await tool('setfattr', 'attr', args.map(a => typeof a === 'string' ? a : a.toString('latin1'))) }

/** getfattr's dump of every attribute under `root` (no symlink followed), with `root` cut from the paths. */
async function dump (root: string): Promise<string> {
  const out = await tool('getfattr', 'attr', ['-R', '-P', '-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', root])
  return out.split('\n').map(l => l.startsWith('# file: ') ? '# file: ' + l.slice('# file: '.length).replace(root, '') : l).join('\n')
}

/** A repository over six local stores in `<dir>`. */
async function repository (dir: string): Promise<Repository> {
  const repo = await Repository.create(join(dir, 'repo'), 'p', { scrypt: { logN: 10, r: 8, p: 1 } })
  await addLocalStores(repo, dir, 's')
  return repo
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-xattrs-'))
  await chmod(work, 0o755) // the uid 65534 restore below reaches its own folder in here
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('extended attributes, ACLs and symlink targets as bytes', () => {
  it.skipIf(!ROOT)('round-trip as root: getfattr dumps of source and copy match, in the same order; targets that are not UTF-8 keep their bytes (needs root, attr, acl)', async () => {
    const dir = join(work, 'root')
    await mkdir(dir)
    const repo = await repository(dir)
    try {
      const src = join(dir, 'src')
      await mkdir(join(src, 'docs'), { recursive: true })
      const f = join(src, 'docs', 'report.txt')
      await writeFile(f, 'quarterly report\n', { mode: 0o640 })
      // several user.* attributes, not in name order, a binary value and an empty one
      await setfattr('-n', 'user.zeta', '-v', 'last in name order, first set', f)
      await setfattr('-n', 'user.binary', '-v', '0x00ff10fe', f)
      await setfattr('-n', 'user.empty', f)
      await setfattr('-n', 'trusted.origin', '-v', 'backup host', f)
      await tool('setfacl', 'acl', ['-m', 'u:1234:r,g:5678:rw', f])
      // a set-uid program with a file capability: chown on restore would clear both
      const prog = join(src, 'ping-like')
      await writeFile(prog, '#!/bin/sh\n', { mode: 0o755 })
      await chown(prog, 1234, 5678)
      await chmod(prog, 0o4755)
      await setfattr('-n', 'security.capability', '-v', CAPABILITY, prog)
      // a directory with its own attribute, an access ACL and a default ACL
      await setfattr('-n', 'user.folder', '-v', 'docs', join(src, 'docs'))
      await tool('setfacl', 'acl', ['-m', 'u:1234:rwx', '-d', '-m', 'u:1234:rwx,g:5678:rx', join(src, 'docs')])
      // a symlink with its own attribute (user.* is not allowed on symlinks: trusted.*)
      await symlink('docs/report.txt', join(src, 'link'))
      await setfattr('-h', '-n', 'trusted.link', '-v', 'on the link itself', join(src, 'link'))
      // a symlink whose target is not UTF-8
      const byteTarget = Buffer.from('docs/caf\xe9-\xff.txt', 'latin1')
      await symlink(byteTarget, join(src, 'latin1-link'))
      // names that are not UTF-8: a directory with an attribute, a file inside it with one
      const badDir = Buffer.concat([Buffer.from(src + '/'), Buffer.from('dir-\xe9', 'latin1')])
      await mkdir(badDir)
      await setfattrBytes(src, 'dir-\\351', 'user.bytes-dir', 'yes')
      await writeFile(Buffer.concat([badDir, Buffer.from('/inner.txt')]), 'inside\n')
      await setfattrBytes(src, 'dir-\\351/inner.txt', 'user.inner', 'inside a byte-named folder')
      // a file whose own name is not UTF-8 (no attributes: the agent cannot reach them, which it notes)
      const badFile = Buffer.concat([badDir, Buffer.from('/caf\xe9', 'latin1')])
      await writeFile(badFile, 'byte-named\n')

      const res = await backup(repo, { paths: [src] })
      expect(res.warnings).toEqual([])
      expect(res.notes).toEqual([`extended attributes not read of files and symlinks whose own names are not UTF-8 (the first: ${src}/dir-\\xe9/caf\\xe9): the xattr library takes text paths only`])
      const snap = await findSnapshot(repo, 'latest')
      const ls = new Map<string, ReturnType<typeof lsEntryJson>>()
      for await (const e of walkSnapshot(repo, snap, src)) ls.set(e.path.slice(src.length), lsEntryJson(e))
      expect(ls.get('/latin1-link')).toMatchObject({ type: 'symlink', target: 'docs/caf\\xe9-\\xff.txt' })
      // ls --json names them, in the order stored (the order listed)
      expect(ls.get('/docs/report.txt')?.xattrs).toEqual(await listXattrs(f))
      expect(ls.get('/docs/report.txt')?.xattrs).toEqual(expect.arrayContaining(['user.zeta', 'user.binary', 'user.empty', 'trusted.origin', 'system.posix_acl_access']))
      expect(ls.get('/link')?.xattrs).toEqual(['trusted.link'])
      expect(ls.get('/latin1-link')?.xattrs).toBeUndefined()

      const target = join(dir, 'out')
      const out = await restore(repo, snap, { target })
      expect(out.warnings).toEqual([])
      const back = join(target, src)
      const [a, b] = [await dump(src), await dump(back)]
      expect(b).toBe(a)
      for (const want of ['user.zeta=', 'user.binary=0x00ff10fe', 'user.empty', 'trusted.origin=', 'system.posix_acl_access=', 'system.posix_acl_default=', `security.capability=${CAPABILITY}`, 'trusted.link=', 'user.inner=', 'user.bytes-dir=']) {
        expect(b, want).toContain(want)
      }
      // the order the attributes were listed in is the order they come back in
      for (const p of ['docs/report.txt', 'docs', 'ping-like']) expect(await listXattrs(join(back, p)), p).toEqual(await listXattrs(join(src, p)))
      // set-uid survives (the capability was set after chown, the mode after both)
      const prog2 = await lstat(join(back, 'ping-like'))
      expect([prog2.mode & 0o7777, prog2.uid, prog2.gid]).toEqual([0o4755, 1234, 5678])
      expect(await tool('getfacl', 'acl', ['-c', '-p', join(back, 'docs')])).toBe(await tool('getfacl', 'acl', ['-c', '-p', join(src, 'docs')]))
      // the target's bytes, exactly
      expect((await readlink(join(back, 'latin1-link'), { encoding: 'buffer' })).equals(byteTarget)).toBe(true)
      expect(await readFile(Buffer.concat([Buffer.from(back + '/'), Buffer.from('dir-\xe9/inner.txt', 'latin1')]), 'utf8')).toBe('inside\n')
    } finally {
      await repo.close()
    }
  })

  it.skipIf(!ROOT)('restored by uid 65534: user.* and the ACL are set, trusted.* and security.* cannot be: one summary line, the restore warns (exit 3) (needs root, attr)', async () => {
    const dir = join(work, 'nobody')
    await mkdir(dir)
    const repo = await repository(dir)
    try {
      const src = join(dir, 'src')
      await mkdir(src)
      const f = join(src, 'owned-by-nobody.txt')
      await writeFile(f, 'data\n', { mode: 0o444 }) // read-only: its user.* attributes are set before its mode
      const d = join(src, 'folder')
      await mkdir(d, { mode: 0o555 })
      for (const p of [f, d, src]) await chown(p, NOBODY, NOBODY) // owners the restoring user can keep (before the capability: chown clears it)
      await setfattr('-n', 'user.kept', '-v', 'set by its owner', f)
      await setfattr('-n', 'trusted.root-only', '-v', 'x', f)
      await setfattr('-n', 'security.capability', '-v', CAPABILITY, f)
      await tool('setfacl', 'acl', ['-m', 'u:1234:r', f])
      await setfattr('-n', 'user.folder', '-v', 'also', d)
      await setfattr('-n', 'trusted.folder', '-v', 'root only', d)
      const res = await backup(repo, { paths: [src] })
      expect(res.warnings).toEqual([])
      const snap = await findSnapshot(repo, 'latest')

      // everything the restore reads (the repository, the shard stores) and the target belong to uid 65534
      const target = join(dir, 'out')
      await mkdir(target)
      await run('chown', ['-R', `${NOBODY}:${NOBODY}`, dir], { timeout: 20_000 })
      const { setegid, seteuid } = process as Required<Pick<NodeJS.Process, 'setegid' | 'seteuid'>>
      setegid(NOBODY)
      seteuid(NOBODY)
      let out
      try {
        expect(process.geteuid?.()).toBe(NOBODY)
        out = await restore(repo, snap, { target, subPath: src, numericOwner: true })
      } finally {
        seteuid(0)
        setegid(0)
      }
      expect(out.warnings, JSON.stringify(out.warnings)).toHaveLength(1)
      expect(out.warnings[0]).toMatch(/^3 extended attributes were not restored \(the first: (trusted|security)\.\S+ on \S+: operation not permitted\)$/)
      const back = join(target, src)
      const names = async (p: string): Promise<string[]> => (await listXattrs(p)).sort()
      expect(await names(join(back, 'owned-by-nobody.txt'))).toEqual(['system.posix_acl_access', 'user.kept'])
      expect(await names(join(back, 'folder'))).toEqual(['user.folder'])
      expect((await lstat(join(back, 'owned-by-nobody.txt'))).mode & 0o777).toBe(0o444)
      expect((await lstat(join(back, 'folder'))).mode & 0o777).toBe(0o555)
      expect(await tool('getfattr', 'attr', ['-h', '-n', 'user.kept', '--only-values', join(back, 'owned-by-nobody.txt')])).toBe('set by its owner')
    } finally {
      await repo.close()
    }
  })
})

/** setfattr on a path that is not UTF-8 (`printf` escapes, relative to `cwd`): the shell passes the bytes on. */
async function setfattrBytes (cwd: string, printfPath: string, name: string, value: string): Promise<void> {
  await tool('setfattr', 'attr', ['--version']) // present, or fail naming the package
  await run('sh', ['-c', 'setfattr -n "$1" -v "$2" "$(printf "$3")"', 'sh', name, value, printfPath], { cwd, timeout: 20_000 })
}
