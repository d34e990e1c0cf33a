import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { IndexDb } from '../../store/index-db.js'
import { ShardStore } from '../../store/shard-store.js'
import { BlobSaver } from './blob-saver.js'
import { Repository } from './repository.js'
import type { Placer } from './repository.js'
import { LocalShardPeer } from './shard-peer.js'

const FAST_SCRYPT = { logN: 10, r: 8, p: 1 }
let work: string
beforeEach(async () => { work = await mkdtemp(join(tmpdir(), 'mb-repo-')) })
afterEach(async () => { await rm(work, { recursive: true, force: true }) })

describe('Repository', () => {
  it('is created once and opened with its passphrase, in a directory or in an index someone else owns', async () => {
    const dir = join(work, 'repo')
    await expect(Repository.create(join(work, 'bad'), 'p', { scrypt: FAST_SCRYPT, config: { k: 30, m: 3 } })).rejects.toThrow(/k \+ m must be at most 32/)
    expect(existsSync(join(work, 'bad'))).toBe(false) // refused before anything was written
    const created = await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT, config: { k: 2, m: 1 } })
    const repoId = created.keys.repoId
    expect(created.config.k).toBe(2)
    expect(created.keyId).toBe((await created.listKeys())[0].id)
    await created.close()
    await expect(Repository.create(dir, 'p', { scrypt: FAST_SCRYPT })).rejects.toThrow(`a repository already exists in ${dir}`)
    await expect(Repository.open(dir, 'wrong')).rejects.toThrow()
    await expect(Repository.open(join(work, 'none'), 'p')).rejects.toThrow(`no repository in ${join(work, 'none')}`)

    const opened = await Repository.open(dir, 'p')
    expect(opened.keys.repoId).toBe(repoId)
    expect(opened.config).toEqual(created.config)
    expect(opened.owner).toBe(repoId)
    await opened.close()

    // an agent's index: attach leaves it open on close
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    try {
      const attached = await Repository.attach(index, 'p', { owner: 'peer-1' })
      expect(attached.keys.repoId).toBe(repoId)
      expect(attached.owner).toBe('peer-1')
      await attached.close()
      expect(await index.getRepoId()).toBe(repoId)
      const other = new IndexDb(join(work, 'other'))
      await other.open()
      await expect(Repository.attach(other, 'p')).rejects.toThrow('this agent has no repository yet')
      const initialized = await Repository.initialize(other, 'q', { scrypt: FAST_SCRYPT, owner: 'peer-2' })
      expect(initialized.owner).toBe('peer-2')
      await expect(Repository.initialize(other, 'q', { scrypt: FAST_SCRYPT })).rejects.toThrow('a repository already exists')
      await other.close()
    } finally {
      await index.close()
    }
  })

  it('places with the placer it was opened with; withPlacer is a view with another one that shares the index and peers', async () => {
    const dir = join(work, 'repo')
    await (await Repository.create(dir, 'p', { scrypt: FAST_SCRYPT, config: { k: 2, m: 1 } })).close()
    const calls: string[] = []
    const placer = (name: string, order: string[]): Placer => () => { calls.push(name); return { ok: true, assignment: order, degraded: name === 'degraded' } }
    const repo = await Repository.open(dir, 'p', { placer: placer('strict', ['s0', 's1', 's2']) })
    for (let i = 0; i < 3; i++) {
      const s = new ShardStore(join(work, `s${i}`))
      await s.open()
      repo.addPeer(new LocalShardPeer(`s${i}`, s))
    }
    const view = repo.withPlacer(placer('degraded', ['s2', 's1', 's0']))
    expect(view.peers).toBe(repo.peers)
    expect(view.index).toBe(repo.index)

    const viaView = new BlobSaver(view, new Set())
    await viaView.save(pb.BlobType.BLOB_DATA, Buffer.from('through the view'))
    await viaView.flush()
    const viaRepo = new BlobSaver(repo, new Set())
    await viaRepo.save(pb.BlobType.BLOB_DATA, Buffer.from('through the repository'))
    await viaRepo.flush()
    expect(calls).toEqual(['degraded', 'strict'])
    expect(viaView.uploader.degradedPacks).toBe(1)
    expect(viaRepo.uploader.degradedPacks).toBe(0)
    const placed = async (s: BlobSaver): Promise<string[] | undefined> => (await repo.index.getPack(s.uploader.uploaded[0].record.id as Uint8Array))?.locations.map(l => l.store ?? '')
    expect(await placed(viaView)).toEqual(['s2', 's1', 's0'])
    expect(await placed(viaRepo)).toEqual(['s0', 's1', 's2'])

    await view.close() // a view never closes the index
    expect((await repo.index.listPacks()).length).toBe(2)
    await repo.close()
  })
})
