import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexDb } from '../../store/index-db.js'
import { ShardStore } from '../../store/shard-store.js'
import { BadRequestError } from '../control/errors.js'
import { Repository } from './repository.js'
import type { Placer } from './repository.js'
import { RepositorySessions } from './sessions.js'
import { LocalShardPeer } from './shard-peer.js'

describe('RepositorySessions', () => {
  let work: string
  let index: IndexDb
  let sessions: RepositorySessions
  const placers: boolean[] = []

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'mb-sessions-'))
    await (await Repository.create(join(work, 'data'), 'secret', { owner: 'self', scrypt: { logN: 10, r: 8, p: 1 } })).close()
    index = new IndexDb(join(work, 'data', 'index'))
    await index.open()
    const store = new ShardStore(join(work, 'shards'))
    await store.open()
    sessions = new RepositorySessions({
      selfId: 'self',
      index,
      reachablePeers: () => [new LocalShardPeer('self', store)],
      placer: degraded => { placers.push(degraded); return (() => ({ ok: false, reason: 'test' })) as Placer }
    })
  })

  afterEach(async () => {
    await sessions.stop()
    await index.close()
    await rm(work, { recursive: true, force: true })
  })

  it('opens the owner\'s repository over the live peers with the placement asked for', async () => {
    const repo = await sessions.open('secret', { allowDegraded: true })
    expect(repo.owner).toBe('self')
    expect([...repo.peers.keys()]).toEqual(['self'])
    expect(repo.placer).toBeDefined()
    expect(placers).toEqual([true])
    await expect(sessions.open('')).rejects.toThrow(BadRequestError)
    await expect(sessions.open('wrong')).rejects.toThrow(/passphrase/)
  })

  it('runs one operation at a time, in order, and a failure does not block the next', async () => {
    const seen: string[] = []
    const op = (name: string, ms: number, fail = false) => async (): Promise<string> => {
      seen.push(`start ${name}`)
      await new Promise(resolve => setTimeout(resolve, ms))
      seen.push(`end ${name}`)
      if (fail) throw new Error(`${name} failed`)
      return name
    }
    const results = await Promise.allSettled([sessions.exclusive(op('a', 30)), sessions.exclusive(op('b', 5, true)), sessions.exclusive(op('c', 1))])
    expect(results.map(r => r.status === 'fulfilled' ? r.value : (r.reason as Error).message)).toEqual(['a', 'b failed', 'c'])
    expect(seen).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })
})
