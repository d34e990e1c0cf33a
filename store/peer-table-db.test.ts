import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PeerTable } from '../agent/mesh/peer-table.js'
import type { PeerInfo } from '../agent/mesh/peer-table.js'
import { encode, pb } from '../proto/index.js'
import { IndexDb } from './index-db.js'
import { MAX_STORED_SOURCES, PEER_PREFIX, PeerTableDb } from './peer-table-db.js'

const T0 = 1_780_000_000_000
const www = { name: 'www', lastSuccessMs: T0 - 60_000, lastAttemptMs: T0 - 1000, lastAttemptFailed: true, rpoSeconds: 7200, rtoSeconds: 1800 }
const db = { name: 'db', lastSuccessMs: 0, lastAttemptMs: 0, lastAttemptFailed: false, rpoSeconds: 43_200, rtoSeconds: 0 }

function info (peerId: string, sources?: PeerInfo['sources']): PeerInfo {
  return { peerId, site: 'branch', media: 'ssd', capacity: 1000, used: 10, free: 990, version: '0.1.0', shards: 2, lastBackupMs: T0 - 60_000, addrs: ['/ip4/127.0.0.1/tcp/4001'], ...(sources === undefined ? {} : { sources }) }
}

let dir: string
let index: IndexDb
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-peer-table-'))
  index = new IndexDb(join(dir, 'i'))
  await index.open()
})
afterEach(async () => {
  await index.close()
  await rm(dir, { recursive: true, force: true })
})

describe('PeerTableDb sources', () => {
  it('keeps a silent owner\'s sources across a restart of the table', async () => {
    const now = T0
    const first = new PeerTable({ now: () => now }, { store: new PeerTableDb(index.level) })
    await first.start()
    first.heard(info('p1', [www, db]))
    first.heard(info('p2'))
    await first.stop()

    // a new agent process: same database, the owner never heard again
    const second = new PeerTable({ now: () => now }, { store: new PeerTableDb(index.level) })
    await second.start()
    try {
      expect(second.get('p1')).toMatchObject({ up: false, lastSeenMs: T0, sources: [www, db] })
      expect(second.get('p2')?.sources).toBeUndefined()
    } finally {
      await second.stop()
    }
  })

  it('saves a new success at once (an announced change), not at the next last-seen flush', async () => {
    let now = T0
    const store = new PeerTableDb(index.level)
    const table = new PeerTable({ now: () => now, persistIntervalSeconds: 3600 }, { store })
    await table.start()
    try {
      table.heard(info('p1', [www]))
      now += 10_000
      const later = { ...www, lastSuccessMs: now, lastAttemptMs: now, lastAttemptFailed: false }
      table.heard(info('p1', [later]))
      await table.flush()
      expect((await store.load())[0].sources).toEqual([later])
    } finally {
      await table.stop()
    }
  })

  it('skips a record with more sources than it keeps, or a time out of range', async () => {
    const entry = (peerId: string, sources: pb.SourceSummary.$Properties[]): Uint8Array => encode(pb.PeerTableEntry, {
      peerId, site: 's', media: 'm', capacity: 1, used: 0, free: 1, version: 'v', shards: 0, lastBackupMs: 0, addrs: [], lastSeenMs: T0, attestedBy: '', inviteId: '', sources
    })
    const many = Array.from({ length: MAX_STORED_SOURCES + 1 }, (_, i) => ({ ...www, name: `s${i}` }))
    await index.level.put(PEER_PREFIX + 'many', entry('many', many), { keyEncoding: 'utf8', valueEncoding: 'view' })
    await index.level.put(PEER_PREFIX + 'bad', entry('bad', [{ ...www, lastSuccessMs: 2 ** 60 }]), { keyEncoding: 'utf8', valueEncoding: 'view' })
    await index.level.put(PEER_PREFIX + 'fine', entry('fine', many.slice(0, MAX_STORED_SOURCES)), { keyEncoding: 'utf8', valueEncoding: 'view' })
    const loaded = await new PeerTableDb(index.level).load()
    expect(loaded.map(r => [r.peerId, r.sources?.length])).toEqual([['fine', MAX_STORED_SOURCES]])
  })
})
