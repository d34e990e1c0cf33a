/**
 * End-to-end local data path: back up a generated tree into six local shard
 * stores (RS 4+2), mutate it, back up again, restore both snapshots and compare
 * bytes and metadata; then lose two stores and corrupt a shard and restore again.
 */
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile, open as openFile, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backup } from '../agent/backup/archiver.js'
import { findSnapshot, listSnapshots } from '../agent/snapshot/snapshots.js'
import { WrongPassphraseError } from '../agent/crypto/keys.js'
import { PackUnavailableError } from '../agent/repository/blob-loader.js'
import { Repository } from '../agent/repository/repository.js'
import { LocalShardPeer } from '../agent/repository/shard-peer.js'
import { restore } from '../agent/restore/restorer.js'
import { ShardStore } from '../store/shard-store.js'
import { describeTree, makeTree, prng } from './fixtures/tree.js'

const FAST_SCRYPT = { logN: 10, r: 8, p: 1 }
const PASS = 'correct horse battery staple'

let work: string
let src: string
let repo: Repository
let stores: ShardStore[]

async function openRepo (names: string[]): Promise<Repository> {
  const r = await Repository.open(join(work, 'repo'), PASS)
  for (const s of stores) {
    const name = s.root.split('/').at(-1) as string
    if (names.includes(name)) r.addPeer(new LocalShardPeer(name, s))
  }
  return r
}

/** Packs of a snapshot with a data shard (index < k) on one of `storeNames`: the most a restore without them rebuilds from parity. */
async function packsWithDataShardOn (r: Repository, snapshot: Uint8Array, storeNames: string[]): Promise<number> {
  let n = 0
  for (const id of await r.index.getSnapshotPacks(snapshot) ?? []) {
    const rec = await r.index.getPack(id)
    if (rec?.locations.some(l => (l.index ?? 0) < rec.k && storeNames.includes(l.store ?? '')) === true) n++
  }
  return n
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-local-'))
  src = join(work, 'src')
  await makeTree({ root: src })
  stores = []
  for (let i = 0; i < 6; i++) {
    const s = new ShardStore(join(work, 'stores', `store-${i}`))
    await s.open()
    stores.push(s)
  }
  repo = await Repository.create(join(work, 'repo'), PASS, { scrypt: FAST_SCRYPT, config: { packBytes: 2 * 1024 * 1024 } })
  stores.forEach((s, i) => repo.addPeer(new LocalShardPeer(`store-${i}`, s)))
})

afterAll(async () => {
  await repo?.close().catch(() => {})
  await rm(work, { recursive: true, force: true })
})

describe('local data path', () => {
  let first: Uint8Array
  let second: Uint8Array
  let firstView: Map<string, unknown>

  it('backs up a tree and restores it byte-identical with metadata', async () => {
    const res = await backup(repo, { paths: [src], type: 'incremental' })
    first = res.id
    expect(res.warnings).toEqual([])
    const stats = res.snapshot.stats!
    expect(stats.filesNew).toBeGreaterThan(40)
    // big.bin and big-copy.bin are identical: dedup keeps one copy
    expect(Number(stats.bytesAdded)).toBeLessThan(Number(stats.bytesRead) * 0.75)
    // 4+2 parity: stored ≈ 1.5 × added
    expect(Number(stats.bytesStored)).toBeGreaterThan(Number(stats.bytesAdded) * 1.4)

    const target = join(work, 'restore-1')
    const snap = await findSnapshot(repo, 'latest')
    const r = await restore(repo, snap, { target })
    expect(r.loader.packDecodes).toBe(0)
    firstView = await describeTree(src, { dirTimes: true })
    expect(await describeTree(join(target, src), { dirTimes: true })).toEqual(firstView)
  })

  it('finds changes incrementally and restores both snapshots', async () => {
    await appendFile(join(src, 'log.txt'), 'one more line\n')
    const big = await readFile(join(src, 'big.bin'))
    // insert bytes in the middle of a big file: only nearby chunks change
    await writeFile(join(src, 'big.bin'), Buffer.concat([big.subarray(0, 3_000_000), Buffer.from('INSERTED'), big.subarray(3_000_000)]))
    await unlink(join(src, 'docs/small-3.txt'))
    await writeFile(join(src, 'new-file.bin'), prng('new', 300_000))
    const res = await backup(repo, { paths: [src] })
    second = res.id
    const st = res.snapshot.stats!
    expect(st.filesNew).toBe(1)
    expect(st.filesChanged).toBe(2)
    expect(st.filesUnchanged).toBeGreaterThan(40)
    expect(Number(st.bytesRead)).toBeLessThan(10 * 1024 * 1024)
    // the insertion re-stores only the chunks around it (plus log.txt's tail chunk and new-file)
    expect(Number(st.bytesAdded)).toBeLessThan(6 * 1024 * 1024)
    expect(Buffer.from(res.snapshot.parent!)).toEqual(Buffer.from(first))

    const snaps = await listSnapshots(repo)
    expect(snaps.length).toBe(2)
    const t1 = join(work, 'restore-old')
    await restore(repo, snaps[0], { target: t1 })
    expect(await describeTree(join(t1, src), { dirTimes: true })).toEqual(firstView)
    const t2 = join(work, 'restore-new')
    await restore(repo, snaps[1], { target: t2 })
    expect(await describeTree(join(t2, src))).toEqual(await describeTree(src))
  })

  it('a full run re-reads everything but stores nothing new', async () => {
    const res = await backup(repo, { paths: [src], type: 'full' })
    expect(res.snapshot.stats!.filesUnchanged).toBe(0)
    expect(Number(res.snapshot.stats!.bytesRead)).toBeGreaterThan(10 * 1024 * 1024)
    expect(res.snapshot.stats!.blobsNew).toBeLessThanOrEqual(3) // root trees + snapshot
  })

  it('restores with any m stores gone', async () => {
    await repo.close()
    for (const lost of [['store-1', 'store-4'], ['store-0', 'store-5']]) {
      const r = await openRepo(['store-0', 'store-1', 'store-2', 'store-3', 'store-4', 'store-5'].filter(n => !lost.includes(n)))
      try {
        const target = join(work, `restore-without-${lost.join('-')}`)
        const res = await restore(r, await findSnapshot(r, Buffer.from(second).toString('hex').slice(0, 8)), { target })
        // rebuilt from parity: at most the packs whose data shards the lost stores held (each once), at least one
        expect(res.loader.packDecodes).toBeGreaterThanOrEqual(1)
        expect(res.loader.packDecodes).toBeLessThanOrEqual(await packsWithDataShardOn(r, second, lost))
        expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
      } finally {
        await r.close()
      }
    }
  })

  it('restores around corrupted shards and reports them', async () => {
    // flip one byte in every shard held by two stores (m = 2 bad shards per pack)
    for (const s of [stores[3], stores[0]]) {
      for (const file of await listShardFiles(s.root)) {
        const fh = await openFile(file, 'r+')
        const { size } = await fh.stat()
        const b = Buffer.alloc(1)
        await fh.read(b, 0, 1, size - 10)
        b[0] ^= 0xff
        await fh.write(b, 0, 1, size - 10)
        await fh.close()
      }
    }
    const r = await openRepo(['store-0', 'store-1', 'store-2', 'store-3', 'store-4', 'store-5'])
    try {
      const failures: string[] = []
      const target = join(work, 'restore-corrupt')
      const latest = await findSnapshot(r, 'latest')
      const res = await restore(r, latest, { target, events: { onShardFailure: ({ index: i, store: s, error }) => failures.push(`${s}:${i}:${error.message}`) } })
      // rebuilt from parity: at most the packs with a corrupted data shard (each once), at least one
      expect(res.loader.packDecodes).toBeGreaterThanOrEqual(1)
      expect(res.loader.packDecodes).toBeLessThanOrEqual(await packsWithDataShardOn(r, latest.id, ['store-3', 'store-0']))
      expect(failures.some(f => f.startsWith('store-3') && f.includes('does not match'))).toBe(true)
      expect(failures.some(f => f.startsWith('store-0'))).toBe(true)
      expect(await describeTree(join(target, src))).toEqual(await describeTree(src))
    } finally {
      await r.close()
    }
  })

  it('fails clearly with fewer than k good shards and leaves nothing partial', async () => {
    const r = await openRepo(['store-1', 'store-2', 'store-4'])
    try {
      const snap = await findSnapshot(r, 'latest')
      const target = join(work, 'restore-too-few')
      await expect(restore(r, snap, { target })).rejects.toThrow(PackUnavailableError)
      const left = await describeTree(target)
      for (const [p, e] of left) {
        expect(p.includes('.meshbackup-')).toBe(false)
        if (e.type === 'file') expect(e.size).toBe(0) // only the empty file could be complete
      }
    } finally {
      await r.close()
    }
  })

  it('refuses a wrong passphrase', async () => {
    await expect(Repository.open(join(work, 'repo'), 'wrong')).rejects.toThrow(WrongPassphraseError)
  })

  it('restores a sub-path and refuses a non-empty target', async () => {
    const r = await openRepo(['store-0', 'store-1', 'store-2', 'store-3', 'store-4', 'store-5'])
    try {
      const snap = await findSnapshot(r, 'latest')
      const target = join(work, 'restore-sub')
      await restore(r, snap, { target, subPath: join(src, 'docs/deep') })
      const got = await describeTree(join(target, src, 'docs'))
      expect([...got.keys()]).toEqual(['deep', 'deep/deeper', 'deep/deeper/notes.md'])
      await expect(restore(r, snap, { target })).rejects.toThrow(/not empty/)
    } finally {
      await r.close()
    }
  })
})

async function listShardFiles (root: string): Promise<string[]> {
  const out: string[] = []
  for (const owner of await readdir(root)) {
    for (const fan of await readdir(join(root, owner))) {
      for (const f of await readdir(join(root, owner, fan))) out.push(join(root, owner, fan, f))
    }
  }
  return out.sort()
}

void rm
