/**
 * Golden fixtures of meshbackup's on-disk formats (see README.md here): the
 * fixed inputs, the builders that run today's encoders on them, and
 * writeGolden(), which rewrites every fixture file in this folder.
 *
 * Rewrite them only when a format change is deliberate:
 *
 *   MESHBACKUP_GOLDEN_WRITE=1 npx vitest run test/golden
 *
 * Formats sealed with AES-256-GCM (pack, key file, the sealed identity in the
 * catalog body) take a fresh random nonce (and the key file a random salt)
 * that the API gives no way to fix, so those bytes differ at every rewrite;
 * everything else is a pure function of the inputs below.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { Ed25519PrivateKey } from '@libp2p/interface'
import { Level } from 'level'
import { compressBlob } from '../../agent/compress.js'
import { seal } from '../../agent/crypto/aead.js'
import { blobId, createKeyFile, deriveKeys } from '../../agent/crypto/keys.js'
import type { RepositoryKeys, ScryptParams } from '../../agent/crypto/keys.js'
import { createErasureCode, splitPack } from '../../agent/erasure/index.js'
import { createIdentity, peerIdOf } from '../../agent/identity.js'
import { saveMembership } from '../../agent/mesh/membership.js'
import type { Membership } from '../../agent/mesh/membership.js'
import { PackWriter } from '../../agent/pack/pack.js'
import type { FinishedPack } from '../../agent/pack/pack.js'
import { IDENTITY_AAD } from '../../agent/crypto/labels.js'
import { compareNames, encodeTree } from '../../agent/snapshot/tree.js'
import type { TreeNode } from '../../agent/snapshot/tree.js'
import { pb, encode } from '../../proto/index.js'
import { signCatalog } from '../../protocol/catalog/index.js'
import { CatalogDb } from '../../store/catalog-db.js'
import { IndexDb } from '../../store/index-db.js'
import { PREFIX, hex } from '../../store/keys.js'
import { PEER_PREFIX, PeerTableDb } from '../../store/peer-table-db.js'
import type { PeerTableDbRecord } from '../../store/peer-table-db.js'
import { BlockHasher, makeShardHeader } from '../../store/shard-format.js'
import { ShardStore } from '../../store/shard-store.js'

/** This folder (the fixtures sit beside this file). */
export const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url))

/** The command that rewrites the fixtures, for failure messages. */
export const REGENERATE = 'MESHBACKUP_GOLDEN_WRITE=1 npx vitest run test/golden'

// ---- fixed inputs -------------------------------------------------------------

/** 2026-01-01T00:00:00Z: every timestamp in the fixtures. */
export const TIME_MS = 1_767_225_600_000

export const MASTER: pb.IMasterKey = {
  version: 1,
  secret: Uint8Array.from({ length: 32 }, (_, i) => i + 1),
  repoId: '0123456789abcdef0123456789abcdef'
}
export const PASSPHRASE = 'golden passphrase'
/** The smallest scrypt cost openKeyFile accepts (N = 2^10), so the test stays fast. */
export const SCRYPT: ScryptParams = { logN: 10, r: 8, p: 1 }
/** What createKeyFile takes from the machine, fixed. */
export const KEY_FILE_ORIGIN = { host: 'golden-host', username: 'golden', createdMs: TIME_MS }

/** Seed of the owner's Ed25519 identity (identity.key, catalog signature). */
export const IDENTITY_SEED = Uint8Array.from({ length: 32 }, (_, i) => 0x40 + i)

/** Erasure code of the golden pack's shards. */
export const K = 2
export const M = 1
/** Shard stores named in the index segment's locations, by shard index. */
export const STORES = ['golden-store-a', 'golden-store-b', 'golden-store-c']

/** File contents: one below the compression threshold (stored raw), one that zstd shrinks. */
export const HELLO = Buffer.from('hello, golden world\n')
export const NOTES = Buffer.from('the mesh keeps every shard of every pack; '.repeat(48))

export const CATALOG_VERSION = 3
export const CATALOG_ORIGIN = { site: 'golden-site', media: 'ssd', host: 'golden-host' }

/** The mesh this agent is a member of (mesh.key). */
export const MEMBERSHIP: Membership = { meshId: 'fedcba9876543210fedcba9876543210', secret: Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i) }

/** A member as the peer table keeps it (peer-record.bin); the owner's own peer id. */
export async function peerRecord (): Promise<PeerTableDbRecord> {
  return {
    peerId: await owner(),
    site: CATALOG_ORIGIN.site,
    media: CATALOG_ORIGIN.media,
    capacity: 100 * 2 ** 30,
    used: 12_345_678,
    free: 100 * 2 ** 30 - 12_345_678,
    version: '0.1.0',
    shards: 3,
    lastBackupMs: TIME_MS,
    addrs: ['/ip4/127.0.0.1/tcp/4001', '/ip4/192.0.2.7/tcp/4001'],
    lastSeenMs: TIME_MS + 1500
  }
}

// ---- logical content ----------------------------------------------------------

export async function identity (): Promise<Ed25519PrivateKey> {
  return await generateKeyPairFromSeed('Ed25519', IDENTITY_SEED)
}

export function keys (): RepositoryKeys {
  return deriveKeys(MASTER)
}

/** The sub-keys of MASTER as JSON (derived-keys.json): a change of the key derivation is a format change. */
export function derivedKeysBytes (): Uint8Array {
  const k = keys()
  const json = { repoId: k.repoId, idKey: hex(k.idKey), dataKey: hex(k.dataKey), chunkerSeed: hex(k.chunkerSeed), signingSeed: hex(k.signingSeed) }
  return Buffer.from(JSON.stringify(json, null, 2) + '\n')
}

/** The root tree's nodes, deliberately not in name order (encodeTree sorts). */
export function rootNodes (): TreeNode[] {
  const { idKey } = keys()
  const base = { mtimeNsec: 0, inode: 0, dev: 0, uid: 1000, gid: 1000, content: [] as Uint8Array[] }
  return [
    { ...base, name: 'notes.txt', type: pb.NodeType.NODE_FILE, mode: 0o644, mtimeSec: 1_767_225_000, mtimeNsec: 123_456_789, size: NOTES.byteLength, content: [blobId(idKey, NOTES)], inode: 1002, dev: 2049 },
    { ...base, name: 'hello.txt', type: pb.NodeType.NODE_FILE, mode: 0o600, mtimeSec: 1_767_224_000, size: HELLO.byteLength, content: [blobId(idKey, HELLO)], inode: 1001, dev: 2049 },
    { ...base, name: 'photos', type: pb.NodeType.NODE_DIR, mode: 0o755, mtimeSec: 1_767_223_000, size: 0, subtree: blobId(idKey, emptyTree()), inode: 1003, dev: 2049 },
    { ...base, name: 'latest', type: pb.NodeType.NODE_SYMLINK, mode: 0o777, mtimeSec: 1_767_222_000, size: 0, linkTarget: 'notes.txt', inode: 1004, dev: 2049 }
  ]
}

/**
 * A version 0 tree (the format before issue 16: no Tree.version, no owner
 * names), as encodeTree wrote it then: nodes sorted by name. tree.bin, the
 * empty tree and the pack around them stay in this format, so the fixtures
 * keep proving that today's code reads what older agents wrote.
 */
function encodeTreeV0 (nodes: TreeNode[]): Uint8Array {
  return encode(pb.Tree, { nodes: [...nodes].sort((a, b) => compareNames(a.name, b.name)) })
}

export function emptyTree (): Uint8Array {
  return encodeTreeV0([])
}

/** tree.bin: the root tree in format version 0. */
export function treeBytes (): Uint8Array {
  return encodeTreeV0(rootNodes())
}

/**
 * The nodes of tree-v1.bin: the root tree's, with the owner names of tree
 * format version 1 (one node without names: its owner had none on the host),
 * and the node types of version 1: a hard link to hello.txt, a FIFO, a
 * character device (1:3), and a symlink whose name is not UTF-8 (latin-1
 * "café": its bytes in name_bytes); notes.txt is marked sparse.
 */
export function rootNodesV1 (): TreeNode[] {
  const named = rootNodes().map(n => n.name === 'latest' ? { ...n, uid: 1234, gid: 5678 } : { ...n, user: 'golden', group: n.name === 'photos' ? 'users' : 'golden', ...(n.name === 'notes.txt' ? { sparse: true } : {}) })
  const hello = named.find(n => n.name === 'hello.txt') as TreeNode
  const base = { mtimeNsec: 0, uid: 0, gid: 0, user: 'root', group: 'root', size: 0, content: [] as Uint8Array[], dev: 2049 }
  return [
    ...named,
    { ...hello, name: 'again.txt', type: pb.NodeType.NODE_HARDLINK, hardlink: '/home/golden/hello.txt' },
    { ...base, name: 'pipe', type: pb.NodeType.NODE_FIFO, mode: 0o620, mtimeSec: 1_767_221_000, inode: 1005 },
    { ...base, name: 'null', type: pb.NodeType.NODE_CHARDEV, mode: 0o666, mtimeSec: 1_767_220_000, inode: 1006, rdev: 259 },
    { ...base, name: 'caf\\xe9', nameBytes: Buffer.from('caf\xe9', 'latin1'), type: pb.NodeType.NODE_SYMLINK, mode: 0o777, mtimeSec: 1_767_219_000, inode: 1007, linkTarget: 'notes.txt' }
  ]
}

/**
 * tree-v1.bin: rootNodesV1() as encodeTree wrote it in format version 1
 * (before extended attributes): nodes sorted by name bytes, a name that is
 * not UTF-8 in name_bytes.
 */
export function treeV1Bytes (): Uint8Array {
  const key = (n: TreeNode): Buffer => n.nameBytes !== undefined ? Buffer.from(n.nameBytes) : Buffer.from(n.name)
  const nodes = [...rootNodesV1()].sort((a, b) => Buffer.compare(key(a), key(b)))
  return encode(pb.Tree, { version: 1, nodes: nodes.map(n => n.nameBytes === undefined ? n : { ...n, name: '', nameBytes: n.nameBytes }) })
}

/** A POSIX access ACL as Linux stores it in system.posix_acl_access: u::rw-, u:1234:r--, g::r--, m::r--, o::---. */
export const GOLDEN_ACL = Buffer.from('02000000' + '01000600ffffffff' + '02000400d2040000' + '04000400ffffffff' + '10000400ffffffff' + '20000000ffffffff', 'hex')
/** security.capability of cap_net_bind_service=ep (VFS_CAP_REVISION_2). */
export const GOLDEN_CAPABILITY = Buffer.from('0100000200040000000000000000000000000000', 'hex')

/**
 * The nodes of tree-v2.bin: rootNodesV1()'s, with extended attributes in
 * format version 2 (hello.txt: two user.* attributes, one with a binary value
 * and one empty, in that order (not name order), and a security.capability;
 * photos: an access ACL and a trusted.* attribute; the symlink "latest": a
 * trusted.* attribute), and a symlink whose target is not UTF-8 (latin-1
 * "caf\xe9.txt": link_target_bytes).
 */
export function rootNodesV2 (): TreeNode[] {
  const x = (name: string, value: Buffer): { name: Uint8Array, value: Uint8Array } => ({ name: Buffer.from(name), value })
  const xattrs: Record<string, Array<{ name: Uint8Array, value: Uint8Array }>> = {
    'hello.txt': [x('user.mime_type', Buffer.from('text/plain')), x('user.empty', Buffer.alloc(0)), x('user.binary', Buffer.from([0, 1, 0xfe, 0xff])), x('security.capability', GOLDEN_CAPABILITY)],
    photos: [x('system.posix_acl_access', GOLDEN_ACL), x('trusted.golden', Buffer.from('dir'))],
    latest: [x('trusted.golden', Buffer.from('link'))]
  }
  const base = { mtimeNsec: 0, uid: 0, gid: 0, user: 'root', group: 'root', size: 0, content: [] as Uint8Array[], dev: 2049 }
  return [
    ...rootNodesV1().map(n => xattrs[n.name] === undefined ? n : { ...n, xattrs: xattrs[n.name] }),
    { ...base, name: 'old-name', type: pb.NodeType.NODE_SYMLINK, mode: 0o777, mtimeSec: 1_767_218_000, inode: 1008, linkTarget: 'caf\\xe9.txt', linkTargetBytes: Buffer.from('caf\xe9.txt', 'latin1') }
  ]
}

/** tree-v2.bin: today's encodeTree of rootNodesV2(). */
export function treeV2Bytes (): Uint8Array {
  return encodeTree(rootNodesV2())
}

export function snapshot (): pb.ISnapshot {
  return {
    timeMs: TIME_MS,
    host: 'golden-host',
    username: 'golden',
    paths: ['/home/golden'],
    tags: ['daily', 'golden'],
    parent: createHash('sha256').update('golden parent snapshot').digest(),
    type: pb.SnapshotType.SNAPSHOT_FULL,
    tree: blobId(keys().idKey, treeBytes()),
    stats: {
      filesNew: 2, filesChanged: 0, filesUnchanged: 0, dirs: 2, bytesRead: HELLO.byteLength + NOTES.byteLength,
      bytesTotal: HELLO.byteLength + NOTES.byteLength, bytesAdded: 600, bytesStored: 2304, blobsNew: 5, packsNew: 1, durationMs: 42
    },
    degraded: false
  }
}

/** The BLOB_SNAPSHOT blob's plaintext. */
export function snapshotBytes (): Uint8Array {
  return encode(pb.Snapshot, snapshot())
}

export function snapshotId (): Uint8Array {
  return blobId(keys().idKey, snapshotBytes())
}

/** The blobs of pack.bin, in pack order: data, data, tree, tree, snapshot. */
export function packBlobs (): Array<{ type: pb.BlobType, raw: Uint8Array }> {
  return [
    { type: pb.BlobType.BLOB_DATA, raw: HELLO },
    { type: pb.BlobType.BLOB_DATA, raw: NOTES },
    { type: pb.BlobType.BLOB_TREE, raw: emptyTree() },
    { type: pb.BlobType.BLOB_TREE, raw: treeBytes() },
    { type: pb.BlobType.BLOB_SNAPSHOT, raw: snapshotBytes() }
  ]
}

/** A blob as a pack holds it: its id, and its bytes as sealed (compressed or not). */
export interface StoredBlob {
  id: Uint8Array
  type: pb.BlobType
  stored: Uint8Array
  rawLength: number
  compression: pb.Compression
}

/** Seal blobs into a pack with today's PackWriter (random nonces). */
export function sealPack (blobs: StoredBlob[], k?: number): FinishedPack {
  const w = new PackWriter()
  for (const b of blobs) w.seal(keys().dataKey, { id: b.id, type: b.type, plain: b.stored, rawLength: b.rawLength, compression: b.compression })
  return w.finish(keys().dataKey, k)
}

async function storedBlobs (blobs: Array<{ type: pb.BlobType, raw: Uint8Array }>): Promise<StoredBlob[]> {
  return await Promise.all(blobs.map(async b => {
    const c = await compressBlob(b.raw)
    return { id: blobId(keys().idKey, b.raw), type: b.type, stored: c.data, rawLength: b.raw.byteLength, compression: c.compression }
  }))
}

/** The data shards and parity shards of a pack, as the pack uploader cuts them. */
export function shardsOf (pack: Uint8Array): Uint8Array[] {
  const data = splitPack(pack, K)
  return [...data, ...createErasureCode(K, M).encode(data)]
}

/** The owner of the golden shards: the golden identity's peer id. */
export async function owner (): Promise<string> {
  return peerIdOf(await identity())
}

/** The shard files of `pack` as ShardStore.put writes them (fixtures shard-<i>.bin). */
export async function shardFiles (pack: Uint8Array): Promise<Uint8Array[]> {
  const root = await mkdtemp(join(tmpdir(), 'meshbackup-golden-'))
  try {
    const store = new ShardStore(root)
    await store.open()
    const packId = createHash('sha256').update(pack).digest()
    const own = await owner()
    const out: Uint8Array[] = []
    for (const [index, shard] of shardsOf(pack).entries()) {
      await store.put(makeShardHeader({ owner: own, packId, index, k: K, m: M, packLength: pack.byteLength }, shard), shard)
      out.push(await readFile(store.pathOf(own, packId, index)))
    }
    return out
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** The index segment describing `pack` (its PackRecord and BlobRecords), as the pack uploader records it. */
export function indexSegment (pack: Uint8Array, entries: pb.IPackEntry[]): pb.IIndexSegment {
  const packId = createHash('sha256').update(pack).digest()
  const shards = shardsOf(pack)
  const hashes = shards.map(s => {
    const h = new BlockHasher()
    h.update(s)
    return h.digest().shardHash
  })
  return {
    packs: [{
      id: packId,
      length: pack.byteLength,
      k: K,
      m: M,
      shardLength: shards[0].byteLength,
      shardHashes: hashes,
      locations: STORES.map((store, index) => ({ index, store })),
      blobCount: entries.length,
      createdMs: TIME_MS
    }],
    blobs: entries.map(e => ({ id: e.id, type: e.type, packId, offset: e.offset, length: e.length, rawLength: e.rawLength, compression: e.compression }))
  }
}

export function indexSegmentBytes (pack: Uint8Array, entries: pb.IPackEntry[]): Uint8Array {
  return encode(pb.IndexSegment, indexSegment(pack, entries))
}

/** The catalog body (fixture catalog-body.bin) around the given key file, index pack and sealed identity. */
export function catalogBody (keyFile: pb.IKeyFile, indexPackId: Uint8Array, identitySealed: Uint8Array): pb.ICatalogBody {
  return {
    repoId: MASTER.repoId,
    keyFiles: [keyFile],
    snapshots: [snapshotId()],
    indexPacks: [indexPackId],
    identitySealed,
    site: CATALOG_ORIGIN.site,
    media: CATALOG_ORIGIN.media,
    host: CATALOG_ORIGIN.host,
    updatedMs: TIME_MS
  }
}

/** Open a throwaway LevelDB, run `fn` on it, return the raw value it left under `key`. */
async function rawValue (key: string, fn: (db: Level<string, Uint8Array>) => Promise<void>): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-golden-'))
  const db = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' })
  try {
    await db.open()
    await fn(db)
    const v = await db.get(key)
    if (v === undefined) throw new Error(`nothing stored under ${key}`)
    return Uint8Array.from(v)
  } finally {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** The catalog record signed by the golden identity, as CatalogDb stores it under `cat:<owner>`. */
export async function catalogRecordBytes (body: Uint8Array): Promise<Uint8Array> {
  const record = await signCatalog(await identity(), { version: CATALOG_VERSION, body, timeMs: TIME_MS })
  return await rawValue(PREFIX.catalog + record.owner, async db => {
    const catalogs = new CatalogDb(db)
    await catalogs.open()
    await catalogs.put(record)
  })
}

/** The snapshot record as IndexDb stores it under `snap:<id hex>`. */
export async function snapshotRecordBytes (): Promise<Uint8Array> {
  return await indexDbValue(PREFIX.snapshot + hex(snapshotId()), async index => { await index.putSnapshot(snapshotId(), snapshot()) })
}

/** The key file as IndexDb stores it under `key:<id>`. */
export async function keyFileRecordBytes (id: string, file: pb.IKeyFile): Promise<Uint8Array> {
  return await indexDbValue(PREFIX.key + id, async index => { await index.putKeyFile(id, file) })
}

async function indexDbValue (key: string, fn: (index: IndexDb) => Promise<void>): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-golden-'))
  const index = new IndexDb(dir)
  try {
    await index.open()
    await fn(index)
    const v = await index.level.get(key)
    if (v === undefined) throw new Error(`nothing stored under ${key}`)
    return Uint8Array.from(v)
  } finally {
    await index.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** The snapshot's pack list as IndexDb stores it under `snappacks:<id hex>`: pack.bin holds every blob it references. */
export async function snapshotPacksBytes (pack: Uint8Array): Promise<Uint8Array> {
  const packId = createHash('sha256').update(pack).digest()
  return await indexDbValue(PREFIX.snapshotPacks + hex(snapshotId()), async index => { await index.putSnapshotPacks(snapshotId(), [packId]) })
}

/** The peer record as PeerTableDb stores it under `peer:<peer id>`. */
export async function peerRecordBytes (): Promise<Uint8Array> {
  const record = await peerRecord()
  return await rawValue(PEER_PREFIX + record.peerId, async db => { await new PeerTableDb(db).save(record) })
}

/** mesh.key as saveMembership writes it. */
export async function meshKeyBytes (): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-golden-'))
  try {
    await saveMembership(dir, MEMBERSHIP)
    return await readFile(join(dir, 'mesh.key'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** identity.key as createIdentity writes it. */
export async function identityKeyBytes (): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-golden-'))
  try {
    await createIdentity(dir, await identity())
    return await readFile(join(dir, 'identity.key'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ---- writing ------------------------------------------------------------------

/** Every fixture file, in the order writeGolden() makes them. */
export const FIXTURES = [
  'derived-keys.json', 'keyfile.bin', 'identity.key', 'mesh.key', 'peer-record.bin', 'tree.bin', 'tree-v1.bin', 'tree-v2.bin', 'snapshot.bin', 'snapshot-record.bin',
  'pack.bin', 'snapshot-packs.bin', 'shard-0.bin', 'shard-1.bin', 'shard-2.bin', 'index-segment.bin', 'pack-index.bin',
  'catalog-body.bin', 'catalog-record.bin'
] as const
export type FixtureName = typeof FIXTURES[number]

/** Make every fixture with today's code (fresh nonces and salt) and write them into GOLDEN_DIR. */
export async function writeGolden (dir = GOLDEN_DIR): Promise<void> {
  const out = new Map<FixtureName, Uint8Array>()
  out.set('derived-keys.json', derivedKeysBytes())

  const file = { ...await createKeyFile(MASTER, PASSPHRASE, SCRYPT), ...KEY_FILE_ORIGIN }
  out.set('keyfile.bin', encode(pb.KeyFile, file))
  out.set('identity.key', await identityKeyBytes())
  out.set('mesh.key', await meshKeyBytes())
  out.set('peer-record.bin', await peerRecordBytes())
  out.set('tree.bin', treeBytes())
  out.set('tree-v1.bin', treeV1Bytes())
  out.set('tree-v2.bin', treeV2Bytes())
  out.set('snapshot.bin', snapshotBytes())
  out.set('snapshot-record.bin', await snapshotRecordBytes())

  const pack = sealPack(await storedBlobs(packBlobs()))
  out.set('pack.bin', pack.bytes)
  out.set('snapshot-packs.bin', await snapshotPacksBytes(pack.bytes))
  for (const [i, f] of (await shardFiles(pack.bytes)).entries()) out.set(`shard-${i}.bin` as FixtureName, f)
  const segment = indexSegmentBytes(pack.bytes, pack.entries)
  out.set('index-segment.bin', segment)
  const indexPack = sealPack(await storedBlobs([{ type: pb.BlobType.BLOB_INDEX, raw: segment }]))
  out.set('pack-index.bin', indexPack.bytes)

  const sealedIdentity = seal(keys().dataKey, (await identity()).raw, IDENTITY_AAD)
  const body = encode(pb.CatalogBody, catalogBody(file, indexPack.id, sealedIdentity))
  out.set('catalog-body.bin', body)
  out.set('catalog-record.bin', await catalogRecordBytes(body))

  for (const name of FIXTURES) {
    const bytes = out.get(name)
    if (bytes === undefined) throw new Error(`writeGolden made no ${name}`)
    await writeFile(join(dir, name), bytes)
  }
}
