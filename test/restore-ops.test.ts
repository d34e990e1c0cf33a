/**
 * Restores that fit how operators work (issue 16), in process with real
 * files over a local repository: restore into a non-empty target with an
 * overwrite policy, --delete, --include/--exclude, --dry-run and --verify.
 * Unchanged files are proven untouched by their inode numbers (a rewrite is
 * a new inode: every file is written to a temp name and renamed).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { chown, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backup } from '../agent/backup/archiver.js'
import { ExcludePatternError } from '../agent/backup/exclude.js'
import type { Repository } from '../agent/repository/repository.js'
import { RestoreError, RestoreVerifyError } from '../agent/restore/errors.js'
import { dumpFile } from '../agent/restore/dump.js'
import { restore } from '../agent/restore/restorer.js'
import type { RestoreOptions, RestoreResult } from '../agent/restore/restorer.js'
import { findSnapshot, PathNotInSnapshotError } from '../agent/snapshot/snapshots.js'
import type { SnapshotInfo } from '../agent/snapshot/snapshots.js'
import { localRepository } from './fixtures/local-repo.js'

const execFileP = promisify(execFile)
const ROOT = process.getuid?.() === 0
let work: string
let repo: Repository
let src: string
let snap: SnapshotInfo

/** Every entry below `dir` (relative path → inode), temp names included. */
async function inodes (dir: string): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>()
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      out.set(rel + e.name, (await lstat(p, { bigint: true })).ino)
      if (e.isDirectory()) await walk(p, rel + e.name + '/')
    }
  }
  await walk(dir, '')
  return out
}

const run = async (target: string, opts: Partial<RestoreOptions> = {}): Promise<RestoreResult> => await restore(repo, snap, { target, ...opts })

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-restore-ops-'))
  repo = await localRepository(work)
  src = join(work, 'src')
  await mkdir(join(src, 'app', 'conf'), { recursive: true })
  await mkdir(join(src, 'app', 'logs'), { recursive: true })
  for (let i = 0; i < 6; i++) await writeFile(join(src, 'app', `f${i}.txt`), `file ${i}\n`.repeat(100 + i))
  await writeFile(join(src, 'app', 'conf', 'main.conf'), 'listen 80\n')
  await writeFile(join(src, 'app', 'logs', 'a.log'), 'log\n')
  await writeFile(join(src, 'big.bin'), Buffer.alloc(300 * 1024, 7))
  await symlink('app/f0.txt', join(src, 'link'))
  const old = new Date('2020-01-01T00:00:00Z')
  await utimes(join(src, 'app', 'f5.txt'), old, old)
  await backup(repo, { paths: [src] })
  snap = await findSnapshot(repo, 'latest')
})

afterAll(async () => {
  await repo.close()
  await rm(work, { recursive: true, force: true })
})

describe('restore into a non-empty target', () => {
  it('without a policy a non-empty target is refused, naming --overwrite', async () => {
    const target = join(work, 'refuse')
    await mkdir(target, { recursive: true })
    await writeFile(join(target, 'x'), 'x')
    await expect(run(target)).rejects.toThrow(/is not empty.*--overwrite always\|if-changed\|if-newer\|never/)
  })

  it('--overwrite if-changed rewrites exactly the changed files; --delete removes the extra ones; temp + rename for both', async () => {
    const target = join(work, 'if-changed')
    const first = await run(target)
    expect(first.written).toBe(first.files + first.symlinks)
    const t = (p: string): string => join(target, src, p)
    // a few changes: content with another size, same size with another mtime, a file removed, extra files and a folder
    await writeFile(t('app/f1.txt'), 'changed\n')
    await writeFile(t('app/f2.txt'), 'x'.repeat((await lstat(t('app/f2.txt'))).size))
    await rm(t('app/f3.txt'))
    await writeFile(t('app/extra.txt'), 'not in the snapshot\n')
    await mkdir(t('app/extra-dir/sub'), { recursive: true })
    await writeFile(t('app/extra-dir/sub/y'), 'y')
    await symlink('/etc', t('app/extra-link')) // removed as a link, never followed
    // beside the backed-up path (its parent was never backed up as a whole): kept
    await writeFile(join(target, src, '..', 'sibling'), 'not ours to delete\n')
    await writeFile(join(target, 'top'), 'not ours either\n')
    const before = await inodes(target)

    const res = await run(target, { overwrite: 'if-changed', delete: true })
    expect(res.warnings).toEqual([])
    const after = await inodes(target)
    const rewritten = [...after].filter(([p, ino]) => before.has(p) && before.get(p) !== ino).map(([p]) => p.slice(src.length - 1))
    expect(rewritten.sort()).toEqual(['/app/f1.txt', '/app/f2.txt'])
    expect(after.has(join(src, 'app/f3.txt').slice(1))).toBe(true)
    for (const p of ['app/extra.txt', 'app/extra-dir', 'app/extra-link']) expect(after.has(join(src, p).slice(1)), p).toBe(false)
    expect(await readdir('/etc')).not.toEqual([]) // (the link's target untouched)
    expect(await readFile(join(target, src, '..', 'sibling'), 'utf8')).toBe('not ours to delete\n')
    expect(await readFile(join(target, 'top'), 'utf8')).toBe('not ours either\n')
    expect([...after.keys()].filter(p => p.includes('.meshbackup-'))).toEqual([]) // no temp left
    for (const i of [1, 2, 3]) expect(await readFile(t(`app/f${i}.txt`), 'utf8')).toBe(`file ${i}\n`.repeat(100 + i))
    expect(res).toMatchObject({ written: 3, deleted: 3, skipped: 0 })
    expect(res.unchanged).toBe(first.written - 3)

    // a second pass: nothing left to do
    const again = await run(target, { overwrite: 'if-changed', delete: true })
    expect(again).toMatchObject({ written: 0, deleted: 0, unchanged: first.written })
    expect(await inodes(target)).toEqual(after)
  })

  it('always rewrites every file; never keeps every existing one; if-newer only older ones', async () => {
    const target = join(work, 'modes')
    const first = await run(target)
    const t = (p: string): string => join(target, src, p)
    await writeFile(t('app/f1.txt'), 'mine\n')
    const before = await inodes(target)

    const never = await run(target, { overwrite: 'never' })
    expect(never).toMatchObject({ written: 0, skipped: first.written })
    expect(await inodes(target)).toEqual(before)
    expect(await readFile(t('app/f1.txt'), 'utf8')).toBe('mine\n')

    // f1 is newer on disk than in the snapshot; f4 older: only f4 is written
    const old = new Date('2001-01-01T00:00:00Z')
    await utimes(t('app/f4.txt'), old, old)
    const newer = await run(target, { overwrite: 'if-newer' })
    expect(newer.written).toBe(1)
    const mid = await inodes(target)
    expect(mid.get(join(src, 'app/f4.txt').slice(1))).not.toBe(before.get(join(src, 'app/f4.txt').slice(1)))
    expect(await readFile(t('app/f1.txt'), 'utf8')).toBe('mine\n')

    const always = await run(target, { overwrite: 'always' })
    expect(always.written).toBe(first.written)
    const after = await inodes(target)
    for (const f of ['app/f0.txt', 'app/f5.txt', 'big.bin']) expect(after.get(join(src, f).slice(1)), f).not.toBe(mid.get(join(src, f).slice(1)))
    expect(await readFile(t('app/f1.txt'), 'utf8')).toBe('file 1\n'.repeat(101))
  })

  it('a file where the snapshot has a folder is replaced under always; --delete removes a folder where a file goes', async () => {
    const target = join(work, 'types')
    await run(target)
    const t = (p: string): string => join(target, src, p)
    await rm(t('app/conf'), { recursive: true })
    await writeFile(t('app/conf'), 'a file in the way')
    await rm(t('app/f0.txt'))
    await mkdir(t('app/f0.txt/inner'), { recursive: true })
    const res = await run(target, { overwrite: 'always', delete: true })
    expect(res.warnings).toEqual([])
    expect(await readFile(t('app/conf/main.conf'), 'utf8')).toBe('listen 80\n')
    expect(await readFile(t('app/f0.txt'), 'utf8')).toBe('file 0\n'.repeat(100))
  })
})

describe('selection, dry run, verify', () => {
  it('--include restores matches and the folders on the way only; --exclude leaves matches out', async () => {
    const inc = join(work, 'include')
    const r1 = await run(inc, { includes: [join(src, 'app/conf')] })
    expect(r1.files).toBe(1)
    expect(await readdir(join(inc, src))).toEqual(['app'])
    expect(await readdir(join(inc, src, 'app'))).toEqual(['conf'])
    expect(await readFile(join(inc, src, 'app/conf/main.conf'), 'utf8')).toBe('listen 80\n')

    const exc = join(work, 'exclude')
    const r2 = await run(exc, { excludes: ['*.log', '/**/big.bin'] })
    expect(await readdir(join(exc, src, 'app', 'logs'))).toEqual([])
    expect((await readdir(join(exc, src))).sort()).toEqual(['app', 'link'])
    expect(r2.files).toBe(7)

    await expect(run(join(work, 'bad'), { includes: [' '] })).rejects.toThrow(ExcludePatternError)
  })

  it('--delete with --include removes only inside the selection', async () => {
    const target = join(work, 'include-delete')
    await run(target)
    await writeFile(join(target, src, 'app/conf/extra.conf'), 'x')
    await writeFile(join(target, src, 'app/extra.txt'), 'x')
    const res = await run(target, { overwrite: 'if-changed', delete: true, includes: [join(src, 'app/conf')] })
    expect(res.deleted).toBe(1)
    expect(await readdir(join(target, src, 'app/conf'))).toEqual(['main.conf'])
    expect(await readFile(join(target, src, 'app/extra.txt'), 'utf8')).toBe('x')
  })

  it('--dry-run lists what would be written and deleted and writes nothing', async () => {
    const fresh = join(work, 'dry-new')
    const r1 = await run(fresh, { dryRun: true })
    await expect(lstat(fresh)).rejects.toThrow(/ENOENT/)
    expect(r1.written).toBe(r1.files + r1.symlinks)
    expect(r1.changes.filter(c => c.action === 'write').map(c => c.path)).toContain(join(fresh, src, 'app/conf/main.conf'))
    expect(r1.bytes).toBe(Number(snap.stats.bytesTotal))

    const target = join(work, 'dry-over')
    await run(target)
    await writeFile(join(target, src, 'app/f1.txt'), 'changed\n')
    await writeFile(join(target, src, 'app/extra.txt'), 'x')
    const before = await inodes(target)
    const r2 = await run(target, { overwrite: 'if-changed', delete: true, dryRun: true })
    expect(r2.changes).toEqual([{ action: 'write', path: join(target, src, 'app/f1.txt') }, { action: 'delete', path: join(target, src, 'app/extra.txt') }])
    expect(r2).toMatchObject({ written: 1, deleted: 1 })
    expect(await inodes(target)).toEqual(before)
    expect(await readFile(join(target, src, 'app/f1.txt'), 'utf8')).toBe('changed\n')
  })

  it('--verify reads back every file: all as in the snapshot, or an error listing what differs', async () => {
    const target = join(work, 'verify')
    const ok = await run(target, { verify: true })
    expect(ok.verified).toBe(ok.files)
    // a file that keeps its size and mtime but not its bytes: if-changed takes it as unchanged, verify catches it
    const f = join(target, src, 'app/f4.txt')
    const st = await lstat(join(src, 'app/f4.txt'), { bigint: true })
    await writeFile(f, 'y'.repeat(Number(st.size)))
    const mtime = Number(st.mtimeNs / 1_000_000_000n) + Number(st.mtimeNs % 1_000_000_000n) / 1e9 // as the restorer sets it
    await utimes(f, mtime, mtime)
    const err = await run(target, { overwrite: 'if-changed', verify: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RestoreVerifyError)
    expect(err).toBeInstanceOf(RestoreError)
    expect((err as Error).message).toMatch(/verify: 1 file differs from the snapshot/)
    expect((err as Error).message).toContain(f)
    // always rewrites it: verified again
    const fixed = await run(target, { overwrite: 'always', verify: true })
    expect(fixed.verified).toBe(fixed.files)
  })
})

describe('latest per host, path and tag', () => {
  it('"latest" is the newest of the snapshots the filter matches (restic\'s semantics); an id ignores the filter', async () => {
    const other = join(work, 'other')
    await mkdir(other, { recursive: true })
    await writeFile(join(other, 'o'), 'o')
    const t0 = Date.now() + 60_000
    const a = await backup(repo, { paths: [other], host: 'web1', tags: ['daily', 'db'], time: new Date(t0) })
    const b = await backup(repo, { paths: [src], host: 'web2', tags: ['daily'], time: new Date(t0 + 1000) })
    const hex = (id: Uint8Array): string => Buffer.from(id).toString('hex')
    expect((await findSnapshot(repo, 'latest')).idHex).toBe(hex(b.id))
    expect((await findSnapshot(repo, 'latest', { filter: { hosts: ['web1'] } })).idHex).toBe(hex(a.id))
    expect((await findSnapshot(repo, 'latest', { filter: { paths: [other] } })).idHex).toBe(hex(a.id))
    expect((await findSnapshot(repo, 'latest', { filter: { tags: [['daily']] } })).idHex).toBe(hex(b.id))
    expect((await findSnapshot(repo, 'latest', { filter: { tags: [['db', 'daily']] } })).idHex).toBe(hex(a.id))
    expect((await findSnapshot(repo, 'latest', { filter: { hosts: ['web2'], paths: [src] } })).idHex).toBe(hex(b.id))
    await expect(findSnapshot(repo, 'latest', { filter: { hosts: ['web2'], paths: [other] } })).rejects.toThrow(/no snapshot matching --host web2 --path /)
    expect((await findSnapshot(repo, hex(a.id).slice(0, 8), { filter: { hosts: ['web2'] } })).idHex).toBe(hex(a.id))
  })

  it('a path the snapshot does not hold is named', async () => {
    await expect(run(join(work, 'missing'), { subPath: join(src, 'nope') })).rejects.toThrow(PathNotInSnapshotError)
  })
})

describe('dump', () => {
  it('a directory as a tar stream: GNU tar lists and extracts it with modes, mtimes, owners, symlinks, hard links and long names', async () => {
    const d = join(work, 'dump-src')
    const deep = join(d, 'long', 'n'.repeat(90), 'm'.repeat(90))
    await mkdir(deep, { recursive: true })
    await writeFile(join(deep, 'file-with-a-long-path.txt'), 'deep\n')
    await writeFile(join(d, 'a.txt'), 'alpha\n', { mode: 0o640 })
    await link(join(d, 'a.txt'), join(d, 'a-link.txt'))
    await symlink('a.txt', join(d, 'sym'))
    await writeFile(join(d, 'big.bin'), Buffer.alloc(200 * 1024 + 7, 3))
    if (ROOT) await chown(join(d, 'a.txt'), 1234, 5678)
    await execFileP('setfattr', ['-n', 'user.test', '-v', 'kept', join(d, 'a.txt')], { timeout: 10_000 })
    const when = new Date('2024-05-06T07:08:09Z')
    await utimes(join(d, 'big.bin'), when, when)
    const made = await backup(repo, { paths: [d] })
    const s = await findSnapshot(repo, Buffer.from(made.id).toString('hex'))

    const chunks: Buffer[] = []
    const res = await dumpFile(repo, s, async b => { chunks.push(Buffer.from(b)) }, { path: d, tar: true })
    const tarball = join(work, 'dump.tar')
    await writeFile(tarball, Buffer.concat(chunks))
    expect(res).toMatchObject({ path: d, format: 'tar', bytes: Buffer.concat(chunks).length })

    const { stdout: list } = await execFileP('tar', ['-tvf', tarball, '--numeric-owner'], { timeout: 30_000 })
    const rel = d.slice(1)
    expect(list, list).toMatch(new RegExp(`-rw-r----- ${ROOT ? '1234/5678' : '\\d+/\\d+'} +6 .* ${rel}/a-link\\.txt\\n`))
    expect(list).toContain(`${rel}/a.txt link to ${rel}/a-link.txt`) // (a-link.txt sorts first: it carries the content)
    expect(list).toContain(`${rel}/sym -> a.txt`)
    expect(list).toContain(`${deep.slice(1)}/file-with-a-long-path.txt`)

    const out = join(work, 'dump-out')
    await mkdir(out)
    await execFileP('tar', ['--xattrs', '-xpf', tarball, '-C', out, ...(ROOT ? ['--same-owner'] : [])], { timeout: 30_000 })
    const x = (p: string): string => join(out, d, p)
    expect(await readFile(x('a.txt'), 'utf8')).toBe('alpha\n')
    expect((await lstat(x('a.txt'))).mode & 0o7777).toBe(0o640)
    expect((await lstat(x('a-link.txt'))).ino).toBe((await lstat(x('a.txt'))).ino)
    expect(await readlink(x('sym'))).toBe('a.txt')
    const { stdout: attrs } = await execFileP('getfattr', ['-d', '--absolute-names', x('a.txt')], { timeout: 10_000 })
    expect(attrs).toContain('user.test="kept"')
    expect(await readFile(x('big.bin'))).toEqual(Buffer.alloc(200 * 1024 + 7, 3))
    expect((await lstat(x('big.bin'))).mtime.toISOString()).toBe(when.toISOString())
    expect(await readFile(join(out, deep, 'file-with-a-long-path.txt'), 'utf8')).toBe('deep\n')
    if (ROOT) expect([(await lstat(x('a.txt'))).uid, (await lstat(x('a.txt'))).gid]).toEqual([1234, 5678])
  })

  it('a file as itself; a directory without tar, and a path not in the snapshot, are refused', async () => {
    const chunks: Buffer[] = []
    const res = await dumpFile(repo, snap, async b => { chunks.push(Buffer.from(b)) }, { path: join(src, 'big.bin'), tar: true })
    expect(res.format).toBe('file')
    expect(Buffer.concat(chunks)).toEqual(Buffer.alloc(300 * 1024, 7))
    await expect(dumpFile(repo, snap, async () => {}, { path: join(src, 'app') })).rejects.toThrow(/is a directory/)
    await expect(dumpFile(repo, snap, async () => {}, { path: join(src, 'nope'), tar: true })).rejects.toThrow(PathNotInSnapshotError)
  })
})
