/**
 * The catalog publisher: this owner's signed, versioned root record (key
 * files, snapshot ids, index packs, its identity sealed under the master key,
 * site, media, host), signed with the owner's identity and replicated to every
 * member that is up. One body builder serves both ways of publishing:
 *
 * - publish(repo): with the master key at hand (after a backup, a key change,
 *   a prune): every field fresh.
 * - republish(): without it (after a repair): the key-derived fields (repo id,
 *   sealed identity) are the last published record's, the rest is read from
 *   the index.
 */
import { hostname } from 'node:os'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from 'pino'
import { putCatalog, replicateCatalog, signCatalog } from '../../protocol/catalog/index.js'
import { encode, pb } from '../../proto/index.js'
import type { CatalogDb } from '../../store/catalog-db.js'
import type { IndexDb } from '../../store/index-db.js'
import { listSnapshots } from '../snapshot/snapshots.js'
import { seal } from '../crypto/aead.js'
import { decodeCatalogBody } from './body.js'
import { IDENTITY_AAD } from '../crypto/labels.js'
import type { Repository } from '../repository/repository.js'

/** Time to replicate a record to every member, in ms. */
export const REPLICATE_TIMEOUT_MS = 30_000
/** Time to push the latest record to one new member, in ms. */
export const PUSH_TIMEOUT_MS = 15_000

export interface PublishResult { version: number, replicated: number, failed: number }

/** What status shows of a held catalog (null fields when its body cannot be decoded). */
export interface CatalogSummary { host: string | null, site: string | null, snapshots: number | null }

export interface CatalogPublisherComponents {
  node: Pick<Libp2p, 'peerId' | 'dialProtocol'>
  identity: PrivateKey
  index: IndexDb
  catalogs: CatalogDb
  /** This agent's labels, as the catalog records them. */
  self: { site: string, media: string }
  upMembers: () => string[]
  log: Logger
}

export class CatalogPublisher {
  private readonly self: string

  constructor (private readonly c: CatalogPublisherComponents) {
    this.self = c.node.peerId.toString()
  }

  /** Sign and replicate this owner's catalog record to every member that is up. */
  async publish (repo: Repository): Promise<PublishResult> {
    return await this.signAndReplicate({
      repoId: repo.keys.repoId,
      keyFiles: (await repo.listKeys()).map(k => k.file),
      identitySealed: seal(repo.keys.dataKey, this.c.identity.raw, IDENTITY_AAD)
    })
  }

  /** Re-sign and replicate without the master key; nothing before the first publish. */
  async republish (): Promise<PublishResult | undefined> {
    const held = await this.c.catalogs.get(this.self)
    if (held === undefined) return undefined
    const last = decodeCatalogBody(held)
    return await this.signAndReplicate({
      repoId: last.repoId,
      keyFiles: (await this.c.index.listKeyFiles()).map(k => k.file),
      identitySealed: last.identitySealed
    })
  }

  /** Give a newly connected member our latest record (it may have missed updates). */
  async push (peer: PeerId): Promise<void> {
    const own = await this.c.catalogs.get(this.self)
    if (own === undefined) return
    await putCatalog(this.c.node, peer, own, { signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) }).catch(err => {
      this.c.log.debug({ peer: peer.toString(), err: (err as Error).message }, 'catalog push failed')
    })
  }

  /** Host, site and snapshot count of a held catalog. */
  async describe (owner: string): Promise<CatalogSummary> {
    const held = await this.c.catalogs.get(owner)
    let body: pb.CatalogBody | undefined
    try { body = held === undefined ? undefined : decodeCatalogBody(held) } catch { body = undefined }
    return { host: body?.host ?? null, site: body?.site ?? null, snapshots: body?.snapshots.length ?? null }
  }

  /** The one body builder: the key-derived fields given, the rest from the index now. */
  private async signAndReplicate (keyed: Pick<pb.ICatalogBody, 'repoId' | 'keyFiles' | 'identitySealed'>): Promise<PublishResult> {
    const body: pb.ICatalogBody = {
      ...keyed,
      snapshots: (await listSnapshots(this.c)).map(s => s.id),
      indexPacks: (await this.c.index.getIndexPacks()).map(h => Buffer.from(h, 'hex')),
      site: this.c.self.site,
      media: this.c.self.media,
      host: hostname(),
      updatedMs: Date.now()
    }
    const held = await this.c.catalogs.get(this.self)
    const version = (held?.version ?? 0) + 1
    const record = await signCatalog(this.c.identity, { version, body: encode(pb.CatalogBody, body) })
    await this.c.catalogs.put(record)
    const results = await replicateCatalog(this.c.node, this.c.upMembers().map(id => peerIdFromString(id)), record, { signal: AbortSignal.timeout(REPLICATE_TIMEOUT_MS) })
    const ok = results.filter(r => r.ok).length
    return { version, replicated: ok, failed: results.length - ok }
  }
}
