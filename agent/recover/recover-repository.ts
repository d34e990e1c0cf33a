/**
 * Rebuild an owner's repository index from the mesh alone, for a machine that
 * has nothing but a peer address, the invite token and the passphrase.
 *
 *   catalog (newest signed record among the members) → key files → passphrase
 *   → master key → shard locations (`list` by owner on every member)
 *   → index packs (ids from the catalog; whole pack fetched, checked against
 *     its id, header decrypted) → index segments (through the blob loader:
 *     AEAD, blob id) → pack and blob records, with the locations found now
 *   → packs listed but in no segment (a run cut short before its segment):
 *     their own headers → snapshots (blobs named by the catalog).
 *
 * The result is an ordinary Repository over a local IndexDb, so the restorer
 * and snapshot listing work on it unchanged. `full` also writes what an agent
 * keeps beside the index (per-snapshot pack lists, the catalog record, the
 * index-pack list) and unseals the owner's identity, for `init --recover`.
 */
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { pb, decode, limits } from '../../proto/index.js'
import type { CatalogRecord } from '../../protocol/catalog/index.js'
import { CatalogDb } from '../../store/catalog-db.js'
import type { IndexDb } from '../../store/index-db.js'
import { hex } from '../../store/keys.js'
import { open } from '../crypto/aead.js'
import { keyFileId, openAnyKeyFile } from '../crypto/keys.js'
import { readPackHeader } from '../pack/pack.js'
import { BlobLoader } from '../repository/blob-loader.js'
import { DEFAULT_CONFIG, Repository } from '../repository/repository.js'
import type { RepositoryConfig } from '../repository/repository.js'
import { decodeTree } from '../snapshot/tree.js'
import { RecoverError } from './errors.js'
import { decodeCatalogBody } from '../catalog/body.js'
import { IDENTITY_AAD } from '../crypto/labels.js'
import type { MeshReader, ShardLocations } from './mesh-reader.js'

/** Additional data the identity is sealed with (agent.ts publishCatalog). */

export interface RecoverOptions {
  /** The owner's peer id (MeshReader.resolveOwner). */
  owner: string
  passphrase: string
  /** An open, empty index to fill. */
  index: IndexDb
  /** Also write an agent's extras (snapshot pack lists, catalog, index-pack list) and unseal the identity. */
  full?: boolean
  signal?: AbortSignal
  log?: (message: string) => void
}

export interface RecoverStats {
  members: number
  catalogVersion: number
  indexPacks: number
  packs: number
  /** Packs found only by their shards (in no index segment) and read by their own headers. */
  orphanPacks: number
  blobs: number
  snapshots: number
}

export interface Recovered {
  repo: Repository
  catalog: CatalogRecord
  body: pb.CatalogBody
  /** The owner's identity key (only with `full`). */
  identity?: PrivateKey
  /** The repository settings recorded (k and m as most packs have them). */
  config: RepositoryConfig
  stats: RecoverStats
}

export async function recoverRepository (reader: MeshReader, opts: RecoverOptions): Promise<Recovered> {
  const { index, owner, signal } = opts
  const log = opts.log ?? (() => {})
  const catalog = await reader.latestCatalog(owner)
  const body = decodeCatalogBody(catalog)
  log(`catalog v${catalog.version} of ${owner} (host ${body.host}): ${body.snapshots.length} snapshots, ${body.indexPacks.length} index packs`)

  // The passphrase first: a wrong one fails before anything is fetched or written.
  const { master } = await openAnyKeyFile(body.keyFiles, opts.passphrase)
  if (master.repoId !== body.repoId) throw new RecoverError(`the catalog of ${owner} names repository ${body.repoId}, its key opens ${String(master.repoId)}`)
  if (await index.getRepoId() !== undefined) throw new RecoverError(`the index at ${index.path} is not empty`)
  // The owner's key files under its repository id; the settings are corrected below, from the packs found.
  await index.createRepository(body.repoId, body.keyFiles.map(file => ({ id: keyFileId(file), file })), DEFAULT_CONFIG)
  const repo = await Repository.attach(index, opts.passphrase, { owner })
  for (const id of reader.members.keys()) repo.addPeer(reader.shardPeer(id))

  let identity: PrivateKey | undefined
  if (opts.full === true) {
    let raw: Uint8Array
    try {
      raw = open(repo.keys.dataKey, body.identitySealed, IDENTITY_AAD)
    } catch (err) {
      throw new RecoverError(`the identity in the catalog of ${owner} does not open: ${(err as Error).message}`)
    }
    identity = privateKeyFromRaw(raw)
    if (peerIdFromPrivateKey(identity).toString() !== owner) throw new RecoverError(`the identity sealed in the catalog of ${owner} is another peer's`)
  }

  const locations = await reader.locateShards(owner)
  log(`${reader.members.size} members reached; they hold shards of ${locations.size} packs of ${owner}`)
  const loader = new BlobLoader(repo)
  const stats: RecoverStats = { members: reader.members.size, catalogVersion: catalog.version, indexPacks: 0, packs: 0, orphanPacks: 0, blobs: 0, snapshots: 0 }
  const known = new Set<string>()
  const codes = new Map<string, number>()

  // Index packs: named by the signed catalog, located by their shards only.
  const segmentBlobs: Uint8Array[] = []
  for (const packId of body.indexPacks) {
    const entries = await readWholePack(reader, repo, loader, owner, packId, locations, signal)
    known.add(hex(packId))
    stats.indexPacks++
    for (const e of entries) if (e.type === pb.BlobType.BLOB_INDEX) segmentBlobs.push(e.id as Uint8Array)
  }
  for (const id of segmentBlobs) {
    signal?.throwIfAborted()
    const segment = decode(pb.IndexSegment, await loader.load(id, { signal }), limits.indexSegment, `index segment ${hex(id).slice(0, 16)}`)
    const blobsOf = new Map<string, pb.IBlobRecord[]>()
    for (const b of segment.blobs as pb.BlobRecord[]) {
      const h = hex(b.packId)
      blobsOf.set(h, [...(blobsOf.get(h) ?? []), b])
    }
    for (const p of segment.packs as pb.PackRecord[]) {
      // Segments are applied in catalog order: a later record of a pack (a
      // repair's placement segment) supersedes an earlier one; blobs add up.
      const h = hex(p.id)
      const first = !known.has(h)
      known.add(h)
      // Where the shards are now (repair may have moved them since the segment was written).
      const found = locations.get(h)
      const locs: pb.IShardLocation[] = []
      for (const [i, holders] of found ?? []) {
        // any holder: the shard's hash from the segment is checked on every read
        if (holders.length > 0 && i < p.k + p.m) locs.push({ index: i, store: holders[0].peer })
      }
      if (locs.length < p.k) log(`pack ${h.slice(0, 16)}: only ${locs.length} of the ${p.k} shards needed were found`)
      const blobs = blobsOf.get(h) ?? []
      await index.putPack({ ...p, locations: locs.sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) }, blobs)
      stats.blobs += blobs.length
      if (!first) continue
      const code = `${p.k}+${p.m}`
      codes.set(code, (codes.get(code) ?? 0) + 1)
      stats.packs++
    }
  }

  // Packs whose shards are out there but that no segment describes: a backup
  // cut short after uploading them, whose blobs a later run reused. Their own
  // (encrypted) headers list their blobs.
  for (const h of locations.keys()) {
    if (known.has(h)) continue
    signal?.throwIfAborted()
    try {
      const entries = await readWholePack(reader, repo, loader, owner, Buffer.from(h, 'hex'), locations, signal)
      stats.orphanPacks++
      stats.blobs += entries.length
    } catch (err) {
      log(`pack ${h.slice(0, 16)} (in no index segment) is unreadable, skipped: ${(err as Error).message}`)
    }
  }

  const config: RepositoryConfig = { ...DEFAULT_CONFIG }
  const common = [...codes].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (common !== undefined) {
    const [k, m] = common.split('+').map(Number)
    config.k = k
    config.m = m
  }
  await index.setConfig(config)

  const treeCache = new Map<string, TreeBlobs>()
  for (const id of body.snapshots) {
    signal?.throwIfAborted()
    const snap = decode(pb.Snapshot, await loader.load(id, { signal }), limits.snapshot, `snapshot ${hex(id).slice(0, 8)}`)
    if (opts.full === true && snap.tree != null && snap.tree.byteLength > 0) {
      await index.putSnapshotPacks(id, await packsOfSnapshot(index, loader, id, snap.tree, treeCache, signal))
    }
    await index.putSnapshot(id, snap)
    stats.snapshots++
  }
  if (opts.full === true) {
    await index.setIndexPacks(body.indexPacks.map(p => hex(p)))
    // The catalog as this owner last published it: the next version it signs is one higher.
    await new CatalogDb(index.level).put(catalog)
  }
  log(`index rebuilt: ${stats.packs} packs (+${stats.indexPacks} index, ${stats.orphanPacks} in no segment), ${stats.blobs} blobs, ${stats.snapshots} snapshots`)
  return { repo, catalog, body, identity, config, stats }
}

/**
 * Fetch a whole pack by its shards alone (k, m and lengths from the holders'
 * shard headers), check it against its id, decrypt its header and record the
 * pack and the blobs not yet in the index. Returns the entries recorded.
 */
async function readWholePack (reader: MeshReader, repo: Repository, loader: BlobLoader, owner: string, packId: Uint8Array, locations: ShardLocations, signal?: AbortSignal): Promise<pb.IPackEntry[]> {
  const h = hex(packId)
  const found = locations.get(h)
  if (found === undefined || found.size === 0) {
    throw new RecoverError(`pack ${h.slice(0, 16)}: none of the ${reader.members.size} members reached holds a shard of it`)
  }
  // Ask each index's first holder for its header; the headers must agree on the code.
  const headers = new Map<number, { header: pb.IShardHeader, peer: string }>()
  await Promise.all([...found].map(async ([i, holders]) => {
    for (const { peer } of holders) {
      const header = await reader.shardPeer(peer).getHeader(owner, packId, i, { signal }).catch(() => undefined)
      if (header !== undefined && header.index === i) { headers.set(i, { header, peer }); return }
    }
  }))
  const first = [...headers.values()][0]?.header
  if (first === undefined) throw new RecoverError(`pack ${h.slice(0, 16)}: no shard header could be read`)
  const same = (x: pb.IShardHeader): boolean => x.k === first.k && x.m === first.m && Number(x.packLength) === Number(first.packLength) && x.shardLength === first.shardLength
  const k = first.k ?? 0
  const m = first.m ?? 0
  const shardHashes: Uint8Array[] = Array.from({ length: k + m }, () => new Uint8Array(0))
  const locs: pb.IShardLocation[] = []
  for (const [i, { header, peer }] of [...headers].sort((a, b) => a[0] - b[0])) {
    if (!same(header) || i >= k + m) continue
    shardHashes[i] = header.shardHash as Uint8Array
    locs.push({ index: i, store: peer })
  }
  const record: pb.IPackRecord = { id: packId, length: Number(first.packLength), k, m, shardLength: first.shardLength, shardHashes, locations: locs, createdMs: 0 }
  // decodePack checks the bytes against the pack id, which the signed catalog
  // (index packs) or the shards' owner namespace (others) names.
  const bytes = await loader.decodePack(record as pb.PackRecord, { signal })
  let entries: pb.IPackEntry[]
  try {
    entries = readPackHeader(repo.keys.dataKey, bytes)
  } catch (err) {
    throw new RecoverError(`pack ${h.slice(0, 16)}: its header does not open with this repository's key: ${(err as Error).message}`)
  }
  // Blobs already recorded stay where the segments put them (a pack left over
  // from a repack holds copies that a later prune may delete).
  const held = await repo.index.getBlobs(entries.map(e => e.id as Uint8Array))
  const fresh = entries.filter((_, i) => held[i] === undefined)
  await repo.index.putPack({ ...record, blobCount: entries.length }, fresh.map(e => ({
    id: e.id, type: e.type, packId, offset: e.offset, length: e.length, rawLength: e.rawLength, compression: e.compression
  })))
  return fresh
}

interface TreeBlobs { content: Uint8Array[], subtrees: Uint8Array[] }

/** Every pack a snapshot needs (its snapshot blob, trees and file contents), for compliance. */
async function packsOfSnapshot (index: IndexDb, loader: BlobLoader, snapshotId: Uint8Array, root: Uint8Array, treeCache: Map<string, TreeBlobs>, signal?: AbortSignal): Promise<Uint8Array[]> {
  const blobs = new Map<string, Uint8Array>([[hex(snapshotId), snapshotId]])
  const visit = async (tree: Uint8Array): Promise<void> => {
    const th = hex(tree)
    if (blobs.has(th)) return
    blobs.set(th, tree)
    let below = treeCache.get(th)
    if (below === undefined) {
      signal?.throwIfAborted()
      below = { content: [], subtrees: [] }
      for (const n of decodeTree(await loader.load(tree, { signal }))) {
        below.content.push(...n.content)
        if (n.subtree !== undefined && n.subtree.byteLength > 0) below.subtrees.push(n.subtree)
      }
      treeCache.set(th, below)
    }
    for (const c of below.content) blobs.set(hex(c), c)
    for (const s of below.subtrees) await visit(s)
  }
  await visit(root)
  const ids = [...blobs.values()]
  const packs = new Map<string, Uint8Array>()
  for (let i = 0; i < ids.length; i += 1000) {
    for (const rec of await index.getBlobs(ids.slice(i, i + 1000))) {
      if (rec !== undefined) packs.set(hex(rec.packId), rec.packId)
    }
  }
  return [...packs.values()]
}
