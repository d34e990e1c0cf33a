import { mkdtemp, rm } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MemoryNetwork } from '../../protocol/common/test-support/memory-node.js'
import type { MemoryNode } from '../../protocol/common/test-support/memory-node.js'
import { catalogProtocol, MemoryCatalogs, verifyCatalog } from '../../protocol/catalog/index.js'
import type { CatalogProtocol } from '../../protocol/catalog/index.js'
import { decode, pb } from '../../proto/index.js'
import { CatalogDb } from '../../store/catalog-db.js'
import { localRepository } from '../../test/fixtures/local-repo.js'
import { open } from '../crypto/aead.js'
import { IDENTITY_AAD } from '../crypto/labels.js'
import type { Repository } from '../repository/repository.js'
import { CatalogPublisher } from './publisher.js'

describe('CatalogPublisher', () => {
  let work: string
  let repo: Repository
  let owner: MemoryNode
  let member: MemoryNode
  let held: MemoryCatalogs
  let service: CatalogProtocol
  let publisher: CatalogPublisher

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'mb-publisher-'))
    repo = await localRepository(work)
    const net = new MemoryNetwork()
    owner = await net.node()
    member = await net.node()
    held = new MemoryCatalogs()
    service = catalogProtocol()({ registrar: member, catalogs: held, isMember: () => true })
    await service.start()
    const catalogs = new CatalogDb(repo.index.level)
    await catalogs.open()
    publisher = new CatalogPublisher({
      node: owner,
      identity: owner.privateKey,
      index: repo.index,
      catalogs,
      self: { site: 'hq', media: 'disk' },
      upMembers: () => [member.peerId.toString()],
      log: pino({ level: 'silent' })
    })
  })

  afterEach(async () => {
    await service.stop()
    owner.abortAll()
    member.abortAll()
    await repo.close()
    await rm(work, { recursive: true, force: true })
  })

  it('signs a fresh record with every field and replicates it to the members; republish keeps the key-derived fields', async () => {
    const first = await publisher.publish(repo)
    expect(first).toEqual({ version: 1, replicated: 1, failed: 0 })
    const rec = await held.get(owner.peerId.toString())
    if (rec === undefined) throw new Error('not replicated')
    expect(await verifyCatalog(rec)).toBe(true)
    const body = decode(pb.CatalogBody, rec.body, 16 * 1024 * 1024, 'catalog body')
    expect(body.repoId).toBe(repo.keys.repoId)
    expect(body.keyFiles).toHaveLength(1)
    expect(body.snapshots).toEqual([])
    expect([body.site, body.media, body.host]).toEqual(['hq', 'disk', hostname()])
    // the identity travels sealed under the master key (a fresh-machine recovery opens it)
    expect(Buffer.from(open(repo.keys.dataKey, body.identitySealed, IDENTITY_AAD)).equals(Buffer.from(owner.privateKey.raw))).toBe(true)

    const again = await publisher.republish()
    expect(again).toEqual({ version: 2, replicated: 1, failed: 0 })
    const rec2 = await held.get(owner.peerId.toString())
    const body2 = decode(pb.CatalogBody, rec2?.body ?? new Uint8Array(), 16 * 1024 * 1024, 'catalog body')
    expect(rec2?.version).toBe(2)
    expect(body2.repoId).toBe(body.repoId)
    expect(Buffer.from(body2.identitySealed).equals(Buffer.from(body.identitySealed))).toBe(true)
    expect(await publisher.describe(owner.peerId.toString())).toEqual({ host: hostname(), site: 'hq', snapshots: 0 })
    expect(await publisher.describe('nobody')).toEqual({ host: null, site: null, snapshots: null })
  })

  it('republishes nothing before the first publish', async () => {
    expect(await publisher.republish()).toBeUndefined()
    expect(await held.list()).toEqual([])
  })
})
