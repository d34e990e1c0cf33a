import { chmod, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { hex } from '../../store/keys.js'
import { prng } from '../../test/fixtures/tree.js'
import { localRepository } from '../../test/fixtures/local-repo.js'
import type { Repository } from '../repository/repository.js'
import { walkSnapshot } from '../snapshot/walk.js'
import { findSnapshot } from '../snapshot/snapshots.js'
import { backup, backupStream } from './archiver.js'
import type { BackupProgress } from './archiver.js'

let work: string
let src: string
let repo: Repository
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-archiver-'))
  src = join(work, 'src')
  await mkdir(join(src, 'a', 'b'), { recursive: true })
  await writeFile(join(src, 'small.txt'), 'hello')
  await writeFile(join(src, 'a', 'big.bin'), prng('big', 300_000))
  await writeFile(join(src, 'a', 'b', 'copy.bin'), prng('big', 300_000))
  await symlink('../small.txt', join(src, 'a', 'link'))
  repo = await localRepository(work)
})
afterEach(async () => {
  await repo.close()
  await rm(work, { recursive: true, force: true })
})

describe('backup', () => {
  it('finds the same blob ids and tree with worker threads as without (nothing new the second time)', async () => {
    const withPool = await backup(repo, { paths: [src], type: 'full', workers: 2 })
    expect(Number(withPool.snapshot.stats?.bytesAdded)).toBeGreaterThan(300_000) // the two big files are one
    const without = await backup(repo, { paths: [src], type: 'full', workers: 0 })
    expect(hex(without.snapshot.tree as Uint8Array)).toBe(hex(withPool.snapshot.tree as Uint8Array))
    expect(without.snapshot.stats).toMatchObject({ filesNew: 3, bytesRead: 600_005 })
    expect(Number(without.snapshot.stats?.bytesAdded)).toBeLessThan(withPool.snapshot.stats?.bytesAdded as number / 100) // only metadata, no data blob again
    await expect(backup(repo, { paths: [src], workers: -1 })).rejects.toThrow(/workers must be an integer/)
  })

  it('counts what it saved, reuses unchanged files from the parent, and records the tree under the absolute path', async () => {
    const seen: BackupProgress[] = []
    // the directories above src (in the tree, as in restic) and src, a, a/b
    const dirs = src.split('/').filter(Boolean).length - 1 + 3
    const first = await backup(repo, { paths: [src], type: 'differential', onProgress: p => seen.push(p) })
    expect(first.parent).toBeUndefined()
    expect(first.snapshot.type).toBe(pb.SnapshotType.SNAPSHOT_FULL) // differential with no full one to differ from
    expect(first.snapshot.stats).toMatchObject({ filesNew: 3, filesChanged: 0, filesUnchanged: 0, dirs, bytesRead: 600_005, bytesTotal: 600_005 })
    expect(first.warnings).toEqual([])
    expect(seen.at(-1)).toMatchObject({ filesDone: 4, bytesRead: 600_005, bytesDone: 600_005 })
    const paths = []
    for await (const e of walkSnapshot(repo, await findSnapshot(repo, 'latest'))) paths.push(e.path)
    expect(paths).toEqual([...src.split('/').filter(Boolean).map((_, i, all) => '/' + all.slice(0, i + 1).join('/')),
      `${src}/a`, `${src}/a/b`, `${src}/a/b/copy.bin`, `${src}/a/big.bin`, `${src}/a/link`, `${src}/small.txt`])

    await writeFile(join(src, 'small.txt'), 'hello, again')
    await utimes(join(src, 'small.txt'), new Date(1000), new Date(1000))
    await writeFile(join(src, 'new.txt'), 'new')
    const second = await backup(repo, { paths: [src] })
    expect(hex(second.parent?.id as Uint8Array)).toBe(hex(first.id))
    expect(second.snapshot.type).toBe(pb.SnapshotType.SNAPSHOT_INCREMENTAL)
    expect(second.snapshot.stats).toMatchObject({ filesNew: 1, filesChanged: 1, filesUnchanged: 2, dirs, bytesRead: 15, bytesTotal: 600_015 })

    const full = await backup(repo, { paths: [src], type: 'full' })
    expect(full.parent).toBeUndefined()
    expect(full.snapshot.stats).toMatchObject({ filesNew: 4, filesUnchanged: 0, bytesRead: 600_015 })
  })

  it('skips what it cannot read with a warning, and leaves out what is excluded', async () => {
    await writeFile(join(src, 'secret'), 'x')
    await chmod(join(src, 'secret'), 0)
    const res = await backup(repo, { paths: [src], exclude: p => p.endsWith('/b') })
    if (process.getuid?.() === 0) {
      expect(res.warnings).toEqual([]) // root reads it anyway
      expect(res.snapshot.stats?.filesNew).toBe(3)
    } else {
      expect(res.warnings).toEqual([`cannot read ${join(src, 'secret')}: permission denied`])
      expect(res.snapshot.stats?.filesNew).toBe(2)
    }
    const paths = []
    for await (const e of walkSnapshot(repo, await findSnapshot(repo, 'latest'), src)) paths.push(e.path)
    expect(paths).not.toContain(`${src}/a/b`)
  })
})

describe('backupStream', () => {
  it('stores a stream as one file of a stdin snapshot, deduplicated like a file', async () => {
    const data = prng('big', 300_000)
    async function * source (): AsyncGenerator<Uint8Array> { yield data.subarray(0, 1000); yield data.subarray(1000) }
    await backup(repo, { paths: [src] })
    const res = await backupStream(repo, source(), { name: 'dump.sql', time: new Date(1500) })
    expect(res.snapshot.type).toBe(pb.SnapshotType.SNAPSHOT_STDIN)
    expect(res.snapshot.paths).toEqual(['dump.sql'])
    expect(res.snapshot.stats).toMatchObject({ filesNew: 1, dirs: 0, bytesRead: 300_000, bytesTotal: 300_000, blobsNew: 1 }) // only the tree is new
    const entries = []
    for await (const e of walkSnapshot(repo, await findSnapshot(repo, hex(res.id)))) entries.push(e)
    expect(entries.map(e => [e.path, e.node.size, e.node.mtimeSec, e.node.mtimeNsec])).toEqual([['/dump.sql', 300_000, 1, 500_000_000]])
    await expect(backupStream(repo, source(), { name: 'a/b' })).rejects.toThrow(/plain file name/)
  })
})
