/**
 * Golden fixtures: every on-disk format, pinned byte for byte (README.md here
 * lists the files). Each test checks both directions:
 *
 * - today's code reads the committed bytes (decodes, opens, verifies) to the
 *   expected logical content, so old repositories stay readable;
 * - today's code writes the same logical content to the same bytes wherever
 *   writing is deterministic (protobuf, shard files, Ed25519 signatures); where
 *   it seals with a random nonce (packs, key files) it must write the same
 *   layout: same lengths, same header entries, same trailer, opened to the same
 *   content.
 *
 * A failure here means a format changed. If that is deliberate, rewrite the
 * fixtures (MESHBACKUP_GOLDEN_WRITE=1 npx vitest run test/golden), commit them
 * and say so in the commit; old data written in the old format must still be
 * handled (or the change is a break).
 */
import { createHash } from 'node:crypto'
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decompressBlob } from '../../agent/compress.js'
import { OVERHEAD, open } from '../../agent/crypto/aead.js'
import { WrongPassphraseError, blobId, createKeyFile, keyFileId, openKeyFile } from '../../agent/crypto/keys.js'
import { createErasureCode, joinShards, shardLength } from '../../agent/erasure/index.js'
import { loadIdentity } from '../../agent/identity.js'
import { loadMembership } from '../../agent/mesh/membership.js'
import { PACK_MAGIC, readPackHeader } from '../../agent/pack/pack.js'
import { decodeCatalogBody } from '../../agent/catalog/body.js'
import { IDENTITY_AAD } from '../../agent/crypto/labels.js'
import { TREE_VERSION, decodeTree } from '../../agent/snapshot/tree.js'
import type { TreeNode } from '../../agent/snapshot/tree.js'
import { pb, decode, encode, limits } from '../../proto/index.js'
import { MAX_BODY_BYTES, verifyCatalog } from '../../protocol/catalog/index.js'
import { toCatalogRecord } from '../../protocol/catalog/record.js'
import { IndexDb } from '../../store/index-db.js'
import { PREFIX, hex } from '../../store/keys.js'
import { PEER_PREFIX, PeerTableDb } from '../../store/peer-table-db.js'
import { BLOCK_SIZE, SHARD_MAGIC } from '../../store/shard-format.js'
import { ShardStore } from '../../store/shard-store.js'
import {
  CATALOG_ORIGIN, CATALOG_VERSION, FIXTURES, GOLDEN_DIR, K, KEY_FILE_ORIGIN, M, MASTER, MEMBERSHIP, PASSPHRASE, REGENERATE, SCRYPT, STORES, TIME_MS,
  catalogBody, catalogRecordBytes, derivedKeysBytes, identity, identityKeyBytes, indexSegment, indexSegmentBytes, keyFileRecordBytes,
  keys, meshKeyBytes, owner, packBlobs, peerRecord, peerRecordBytes, rootNodes, sealPack, shardFiles, snapshot, snapshotBytes, snapshotId,
  snapshotPacksBytes, snapshotRecordBytes, treeBytes, treeV1Bytes, rootNodesV1, treeV2Bytes, rootNodesV2, writeGolden
} from './regenerate.js'
import type { FixtureName, StoredBlob } from './regenerate.js'

const files = new Map<FixtureName, Buffer>()
let work: string

function golden (name: FixtureName): Buffer {
  const b = files.get(name)
  if (b === undefined) throw new Error(`fixture ${name} not loaded`)
  return b
}

/** The committed fixture and what today's code writes must be the same bytes. */
function expectSameBytes (name: FixtureName, written: Uint8Array): void {
  const want = golden(name)
  const same = want.equals(written)
  expect(same, `test/golden/${name}: today's code writes other bytes (${written.byteLength} bytes, fixture has ${want.byteLength}; ` +
    `first difference at byte ${firstDifference(want, written)}). A format changed: if on purpose, run \`${REGENERATE}\` and commit the new fixtures.`).toBe(true)
}

function firstDifference (a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.byteLength, b.byteLength)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return n
}

/** The blobs of a golden pack as it stores them (opened with the golden data key, still compressed). */
function storedBlobsOf (pack: Uint8Array): StoredBlob[] {
  return readPackHeader(keys().dataKey, pack).map(e => ({
    id: e.id as Uint8Array,
    type: e.type ?? pb.BlobType.BLOB_DATA,
    stored: open(keys().dataKey, pack.subarray(e.offset ?? 0, (e.offset ?? 0) + (e.length ?? 0)), e.id as Uint8Array),
    rawLength: e.rawLength ?? 0,
    compression: e.compression ?? pb.Compression.COMPRESSION_NONE
  }))
}

/** Today's PackWriter lays the same blobs out exactly as the golden pack: same length, entries, trailer. */
function expectSameLayout (name: FixtureName): void {
  const want = golden(name)
  const blobs = storedBlobsOf(want)
  const made = sealPack(blobs, K)
  expect(made.bytes.byteLength, `${name}: pack length (a layout change? run \`${REGENERATE}\` if on purpose)`).toBe(want.byteLength)
  expect(Buffer.from(made.bytes.subarray(-8))).toEqual(want.subarray(-8))
  expect(readPackHeader(keys().dataKey, made.bytes)).toEqual(readPackHeader(keys().dataKey, want))
  expect(storedBlobsOf(made.bytes)).toEqual(blobs)
  expect(made.padded?.byteLength).toBe(K * shardLength(want.byteLength, K))
}

beforeAll(async () => {
  if (process.env.MESHBACKUP_GOLDEN_WRITE === '1') await writeGolden()
  for (const name of FIXTURES) files.set(name, await readFile(join(GOLDEN_DIR, name)))
  work = await mkdtemp(join(tmpdir(), 'meshbackup-golden-test-'))
})

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

describe('golden fixtures', () => {
  it('README.md lists exactly the fixture files', async () => {
    const readme = await readFile(join(GOLDEN_DIR, 'README.md'), 'utf8')
    const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map(m => m[1]).sort()
    expect(listed).toEqual([...FIXTURES].sort())
    const present = (await readdir(GOLDEN_DIR)).filter(f => !f.endsWith('.ts') && !f.startsWith('.') && f !== 'README.md').sort()
    expect(present).toEqual([...FIXTURES].sort())
  })

  it('derived-keys.json: the sub-keys HKDF derives from the master key', () => {
    expectSameBytes('derived-keys.json', derivedKeysBytes())
  })

  describe('keyfile.bin (KeyFile, `key:<id>` in the index)', () => {
    it('decodes to the fixed scrypt parameters and origin, and opens with the passphrase to the master key', async () => {
      const file = decode(pb.KeyFile, golden('keyfile.bin'), limits.keyFile, 'golden key file')
      expect({ version: file.version, kdf: file.kdf, logN: file.scryptLogN, r: file.scryptR, p: file.scryptP })
        .toEqual({ version: 1, kdf: 'scrypt', logN: SCRYPT.logN, r: SCRYPT.r, p: SCRYPT.p })
      expect({ host: file.host, username: file.username, createdMs: file.createdMs }).toEqual(KEY_FILE_ORIGIN)
      expect([file.salt.byteLength, file.nonce.byteLength, file.wrapped.byteLength])
        .toEqual([32, 12, encode(pb.MasterKey, MASTER).byteLength + 16])
      const master = await openKeyFile(file, PASSPHRASE)
      expect({ version: master.version, secret: Buffer.from(master.secret as Uint8Array), repoId: master.repoId })
        .toEqual({ version: MASTER.version, secret: Buffer.from(MASTER.secret as Uint8Array), repoId: MASTER.repoId })
      await expect(openKeyFile(file, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError)
    })

    it('re-encodes to the same bytes, in the index too', async () => {
      const file = decode(pb.KeyFile, golden('keyfile.bin'), limits.keyFile, 'golden key file')
      expectSameBytes('keyfile.bin', encode(pb.KeyFile, file))
      expectSameBytes('keyfile.bin', await keyFileRecordBytes(keyFileId(file), file))
    })

    it('today\'s createKeyFile writes the same layout (fresh salt and nonce)', async () => {
      const made = { ...await createKeyFile(MASTER, PASSPHRASE, SCRYPT), ...KEY_FILE_ORIGIN }
      const bytes = encode(pb.KeyFile, made)
      expect(bytes.byteLength).toBe(golden('keyfile.bin').byteLength)
      // every field but the random ones, compared by their (deterministic) encoding
      const strip = (f: pb.IKeyFile): string => Buffer.from(encode(pb.KeyFile, { ...f, salt: undefined, nonce: undefined, wrapped: undefined })).toString('hex')
      expect(strip(decode(pb.KeyFile, bytes, limits.keyFile, 'key file'))).toEqual(strip(decode(pb.KeyFile, golden('keyfile.bin'), limits.keyFile, 'golden key file')))
      expect((await openKeyFile(made, PASSPHRASE)).repoId).toBe(MASTER.repoId)
    })
  })

  describe('identity.key (libp2p private key protobuf)', () => {
    it('is what createIdentity writes for the fixed seed, and loads to the same peer id', async () => {
      expectSameBytes('identity.key', await identityKeyBytes())
      const dir = join(work, 'identity')
      await mkdir(dir)
      await copyFile(join(GOLDEN_DIR, 'identity.key'), join(dir, 'identity.key'))
      await chmod(join(dir, 'identity.key'), 0o600)
      const key = await loadIdentity(dir)
      expect(peerIdFromPrivateKey(key).toString()).toBe(await owner())
      expect(Buffer.from(key.raw)).toEqual(Buffer.from((await identity()).raw))
    })
  })

  describe('mesh.key (MeshMembership)', () => {
    it('is what saveMembership writes, and loads to the same mesh id and secret', async () => {
      expectSameBytes('mesh.key', await meshKeyBytes())
      const dir = join(work, 'mesh')
      await mkdir(dir)
      await copyFile(join(GOLDEN_DIR, 'mesh.key'), join(dir, 'mesh.key'))
      await chmod(join(dir, 'mesh.key'), 0o600)
      const m = await loadMembership(dir)
      expect({ meshId: m?.meshId, secret: hex(m?.secret ?? new Uint8Array()) }).toEqual({ meshId: MEMBERSHIP.meshId, secret: hex(MEMBERSHIP.secret) })
    })
  })

  describe('peer-record.bin (PeerTableEntry, `peer:<peer id>`)', () => {
    it('is what PeerTableDb writes, and loads to the same record', async () => {
      expectSameBytes('peer-record.bin', await peerRecordBytes())
      const index = new IndexDb(join(work, 'peers'))
      await index.open()
      try {
        const record = await peerRecord()
        await index.level.put(PEER_PREFIX + record.peerId, golden('peer-record.bin'))
        expect(await new PeerTableDb(index.level).load()).toEqual([record])
      } finally {
        await index.close()
      }
    })
  })

  describe('tree.bin (Tree)', () => {
    it('decodes to the nodes, sorted by name', () => {
      const nodes = decodeTree(golden('tree.bin'))
      expect(nodes.map(n => n.name)).toEqual(['hello.txt', 'latest', 'notes.txt', 'photos'])
      const want = [...rootNodes()].sort((a, b) => a.name < b.name ? -1 : 1)
      expect(nodes.map(n => ({ ...n, content: n.content.map(c => hex(c)), subtree: n.subtree === undefined ? undefined : hex(n.subtree) })))
        .toEqual(want.map(n => ({ ...n, content: n.content.map(c => hex(c)), subtree: n.subtree === undefined ? undefined : hex(n.subtree) })))
    })

    it('is format version 0 (no version field, no owner names): what agents wrote before issue 16', () => {
      const raw = decode(pb.Tree, golden('tree.bin'), limits.tree, 'tree')
      expect(raw.version ?? 0).toBe(0)
      expect(raw.nodes.every(n => (n.user ?? '') === '' && (n.group ?? '') === '')).toBe(true)
      expectSameBytes('tree.bin', treeBytes())
    })
  })

  describe('tree-v1.bin (Tree, format version 1: owner names)', () => {
    it('decodes to the nodes with their user and group names', () => {
      const nodes = decodeTree(golden('tree-v1.bin'))
      const want = [...rootNodesV1()].sort((a, b) => a.name < b.name ? -1 : 1)
      expect(nodes.map(n => ({ ...n, content: n.content.map(c => hex(c)), subtree: n.subtree === undefined ? undefined : hex(n.subtree) })))
        .toEqual(want.map(n => ({ ...n, content: n.content.map(c => hex(c)), subtree: n.subtree === undefined ? undefined : hex(n.subtree) })))
      const latest = nodes.find(n => n.name === 'latest')
      expect([latest?.uid, latest?.gid, latest?.user, latest?.group]).toEqual([1234, 5678, undefined, undefined])
      expect(nodes.find(n => n.name === 'photos')).toMatchObject({ user: 'golden', group: 'users' })
      expect(decode(pb.Tree, golden('tree-v1.bin'), limits.tree, 'tree').version).toBe(1)
    })

    it('encodes to the same bytes', () => {
      expectSameBytes('tree-v1.bin', treeV1Bytes())
    })
  })

  describe('tree-v2.bin (Tree, format version 2: extended attributes, symlink targets as bytes)', () => {
    const view = (nodes: TreeNode[]): unknown[] => nodes.map(n => ({
      ...n,
      content: n.content.map(c => hex(c)),
      subtree: n.subtree === undefined ? undefined : hex(n.subtree),
      xattrs: n.xattrs?.map(x => [Buffer.from(x.name).toString(), hex(x.value)]),
      linkTargetBytes: n.linkTargetBytes === undefined ? undefined : hex(n.linkTargetBytes),
      nameBytes: n.nameBytes === undefined ? undefined : hex(n.nameBytes)
    }))
    it('decodes to the nodes with their extended attributes in their order, and a target that is not UTF-8', () => {
      const nodes = decodeTree(golden('tree-v2.bin'))
      const key = (n: TreeNode): Buffer => Buffer.from(n.nameBytes ?? Buffer.from(n.name))
      expect(view(nodes)).toEqual(view([...rootNodesV2()].sort((a, b) => Buffer.compare(key(a), key(b)))))
      const hello = nodes.find(n => n.name === 'hello.txt')
      expect(hello?.xattrs?.map(x => Buffer.from(x.name).toString())).toEqual(['user.mime_type', 'user.empty', 'user.binary', 'security.capability'])
      expect(nodes.find(n => n.name === 'old-name')).toMatchObject({ linkTarget: 'caf\\xe9.txt' })
      expect(decode(pb.Tree, golden('tree-v2.bin'), limits.tree, 'tree').version).toBe(TREE_VERSION)
    })

    it('encodes to the same bytes', () => {
      expectSameBytes('tree-v2.bin', treeV2Bytes())
    })
  })

  describe('snapshot.bin (Snapshot blob) and snapshot-record.bin (SnapshotRecord, `snap:<id hex>`)', () => {
    it('decode to the snapshot', () => {
      const s = decode(pb.Snapshot, golden('snapshot.bin'), limits.snapshot, 'golden snapshot')
      expect(Buffer.from(encode(pb.Snapshot, s)).toString('hex')).toBe(Buffer.from(encode(pb.Snapshot, snapshot())).toString('hex'))
      expect(s.paths).toEqual(snapshot().paths)
      const rec = decode(pb.SnapshotRecord, golden('snapshot-record.bin'), limits.snapshot, 'golden snapshot record')
      expect(hex(rec.id)).toBe(hex(blobId(keys().idKey, golden('snapshot.bin'))))
      expect(Buffer.from(encode(pb.Snapshot, rec.snapshot as pb.Snapshot))).toEqual(golden('snapshot.bin'))
    })

    it('encode to the same bytes; the index lists the golden record', async () => {
      expectSameBytes('snapshot.bin', snapshotBytes())
      expectSameBytes('snapshot-record.bin', await snapshotRecordBytes())
      const index = new IndexDb(join(work, 'index'))
      await index.open()
      try {
        await index.level.put(PREFIX.snapshot + hex(snapshotId()), golden('snapshot-record.bin'))
        const listed = await index.listSnapshots()
        expect(listed.map(s => hex(s.id))).toEqual([hex(snapshotId())])
        expect(listed[0].snapshot.timeMs).toBe(TIME_MS)
      } finally {
        await index.close()
      }
    })
  })

  describe('pack.bin (pack of two data blobs, two trees and a snapshot)', () => {
    it('opens: the header lists every blob, each opens under its id and decompresses to its content', async () => {
      const pack = golden('pack.bin')
      expect(pack.subarray(-4)).toEqual(PACK_MAGIC)
      const entries = readPackHeader(keys().dataKey, pack)
      const blobs = packBlobs()
      expect(entries.map(e => ({ id: hex(e.id as Uint8Array), type: e.type, rawLength: e.rawLength })))
        .toEqual(blobs.map(b => ({ id: hex(blobId(keys().idKey, b.raw)), type: b.type, rawLength: b.raw.byteLength })))
      // the text blob is stored compressed, the others raw
      const { COMPRESSION_NONE: NONE, COMPRESSION_ZSTD: ZSTD } = pb.Compression
      expect(entries.map(e => e.compression)).toEqual([NONE, ZSTD, NONE, NONE, NONE])
      let offset = 0
      for (const [i, e] of entries.entries()) {
        expect(e.offset).toBe(offset)
        offset += e.length ?? 0
        const stored = open(keys().dataKey, pack.subarray(e.offset ?? 0, offset), e.id as Uint8Array)
        if (e.compression === pb.Compression.COMPRESSION_NONE) expect(e.length).toBe(blobs[i].raw.byteLength + OVERHEAD)
        expect(Buffer.from(await decompressBlob(stored, e.compression ?? 0, e.rawLength ?? 0))).toEqual(Buffer.from(blobs[i].raw))
      }
      // blobs, then the sealed header, its u32 LE length, the magic
      expect(offset + pack.readUInt32LE(pack.byteLength - 8) + 8).toBe(pack.byteLength)
    })

    it('today\'s PackWriter lays the same blobs out the same way', () => {
      expectSameLayout('pack.bin')
    })

    it('snapshot-packs.bin (`snappacks:<id hex>`): the snapshot needs pack.bin alone', async () => {
      expectSameBytes('snapshot-packs.bin', await snapshotPacksBytes(golden('pack.bin')))
      const index = new IndexDb(join(work, 'snappacks'))
      await index.open()
      try {
        await index.level.put(PREFIX.snapshotPacks + hex(snapshotId()), golden('snapshot-packs.bin'))
        const packs = await index.getSnapshotPacks(snapshotId())
        expect(packs?.map(p => hex(p))).toEqual([hex(createHash('sha256').update(golden('pack.bin')).digest())])
      } finally {
        await index.close()
      }
    })
  })

  describe('shard-<i>.bin (shard files of pack.bin, k=2 m=1)', () => {
    it('are what the shard store writes for the pack\'s shards', async () => {
      const made = await shardFiles(golden('pack.bin'))
      expect(made.length).toBe(K + M)
      made.forEach((f, i) => { expectSameBytes(`shard-${i}.bin` as FixtureName, f) })
    })

    it('read back from a shard store: headers, verified data, the pack rebuilt with one shard lost', async () => {
      const pack = golden('pack.bin')
      const packId = createHash('sha256').update(pack).digest()
      const own = await owner()
      const store = new ShardStore(join(work, 'shards'))
      for (let i = 0; i < K + M; i++) {
        const path = store.pathOf(own, packId, i)
        await mkdir(dirname(path), { recursive: true })
        await copyFile(join(GOLDEN_DIR, `shard-${i}.bin`), path)
      }
      await store.open()
      const shards: Uint8Array[] = []
      for (let i = 0; i < K + M; i++) {
        const file = golden(`shard-${i}.bin` as FixtureName)
        expect(file.subarray(0, 4)).toEqual(SHARD_MAGIC)
        const { header, data } = await store.readShard(own, packId, i)
        expect({ version: header.version, owner: header.owner, packId: hex(header.packId), index: header.index, k: header.k, m: header.m, packLength: header.packLength, shardLength: header.shardLength, blockSize: header.blockSize })
          .toEqual({ version: 1, owner: own, packId: hex(packId), index: i, k: K, m: M, packLength: pack.byteLength, shardLength: shardLength(pack.byteLength, K), blockSize: BLOCK_SIZE })
        // "MBS1" | u32 LE header length | header | data
        expect(8 + file.readUInt32LE(4) + data.byteLength).toBe(file.byteLength)
        shards.push(data)
      }
      expect(Buffer.from(joinShards(shards.slice(0, K), pack.byteLength))).toEqual(pack)
      const rebuilt = createErasureCode(K, M).reconstruct([undefined, shards[1], shards[2]])
      expect(Buffer.from(rebuilt[0])).toEqual(Buffer.from(shards[0]))
    })
  })

  describe('index-segment.bin (IndexSegment) and pack-index.bin (the pack holding it)', () => {
    it('the segment describes pack.bin: its record, shard hashes and every blob', () => {
      const seg = decode(pb.IndexSegment, golden('index-segment.bin'), limits.indexSegment, 'golden index segment')
      const want = indexSegment(golden('pack.bin'), readPackHeader(keys().dataKey, golden('pack.bin')))
      expect(Buffer.from(encode(pb.IndexSegment, seg)).toString('hex')).toBe(Buffer.from(encode(pb.IndexSegment, want)).toString('hex'))
      expect(seg.packs[0].locations?.map(l => l.store)).toEqual(STORES)
      expect(seg.blobs.length).toBe(packBlobs().length)
    })

    it('encodes to the same bytes', () => {
      expectSameBytes('index-segment.bin', indexSegmentBytes(golden('pack.bin'), readPackHeader(keys().dataKey, golden('pack.bin'))))
    })

    it('pack-index.bin holds the segment as one BLOB_INDEX blob, and today\'s PackWriter lays it out the same way', async () => {
      const blobs = storedBlobsOf(golden('pack-index.bin'))
      expect(blobs.length).toBe(1)
      const [blob] = blobs
      expect(blob.type).toBe(pb.BlobType.BLOB_INDEX)
      expect(blob.compression).toBe(pb.Compression.COMPRESSION_ZSTD)
      expect(hex(blob.id)).toBe(hex(blobId(keys().idKey, golden('index-segment.bin'))))
      expect(Buffer.from(await decompressBlob(blob.stored, blob.compression, blob.rawLength))).toEqual(golden('index-segment.bin'))
      expectSameLayout('pack-index.bin')
    })
  })

  describe('catalog-body.bin (CatalogBody) and catalog-record.bin (CatalogRecord, `cat:<owner>`)', () => {
    it('the body names the key file, the snapshot, the index pack and seals the identity under the data key', async () => {
      const record = toCatalogRecord(decode(pb.CatalogRecord, golden('catalog-record.bin'), limits.record, 'golden catalog'), MAX_BODY_BYTES, m => new Error(m))
      const body = decodeCatalogBody(record)
      expect(Buffer.from(encode(pb.KeyFile, body.keyFiles[0]))).toEqual(golden('keyfile.bin'))
      expect(body.snapshots.map(s => hex(s))).toEqual([hex(snapshotId())])
      expect(body.indexPacks.map(p => hex(p))).toEqual([hex(createHash('sha256').update(golden('pack-index.bin')).digest())])
      expect({ repoId: body.repoId, site: body.site, media: body.media, host: body.host, updatedMs: body.updatedMs })
        .toEqual({ repoId: MASTER.repoId, ...CATALOG_ORIGIN, updatedMs: TIME_MS })
      const raw = open(keys().dataKey, body.identitySealed, IDENTITY_AAD)
      expect(peerIdFromPrivateKey(privateKeyFromRaw(raw)).toString()).toBe(await owner())
    })

    it('the body re-encodes to the same bytes', () => {
      const body = decode(pb.CatalogBody, golden('catalog-body.bin'), MAX_BODY_BYTES, 'golden catalog body')
      expectSameBytes('catalog-body.bin', encode(pb.CatalogBody, catalogBody(body.keyFiles[0], body.indexPacks[0], body.identitySealed)))
    })

    it('the record carries the body, verifies under the owner\'s peer id, and today\'s signer writes the same bytes', async () => {
      const record = toCatalogRecord(decode(pb.CatalogRecord, golden('catalog-record.bin'), limits.record, 'golden catalog'), MAX_BODY_BYTES, m => new Error(m))
      expect({ owner: record.owner, version: record.version, timeMs: record.timeMs }).toEqual({ owner: await owner(), version: CATALOG_VERSION, timeMs: TIME_MS })
      expect(Buffer.from(record.body)).toEqual(golden('catalog-body.bin'))
      expect(await verifyCatalog(record)).toBe(true)
      const tampered = Uint8Array.from(record.body)
      tampered[tampered.byteLength - 1] ^= 1
      expect(await verifyCatalog({ ...record, body: tampered })).toBe(false)
      expectSameBytes('catalog-record.bin', await catalogRecordBytes(golden('catalog-body.bin')))
    })
  })
})
