/**
 * Bad input and faults against real agent processes on 127.0.0.1: malformed,
 * oversized and truncated messages, a shard that does not match its hash, a
 * put over quota, a forged delete, kill -9 of the receiver and of the sender
 * during a put. Every time: a clear refusal, the agent keeps serving, nothing
 * stored is lost or changed.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  PROTOCOL_ID, deleteShard, deleteSigningPayload, getShardRange, hasShards, putShard
} from '../../protocol/shard/index.js'
import { makeShardHeader } from '../../store/shard-format.js'
import { MeshHarness, ROOT } from './harness.js'
import type { KeysResponse } from '../../agent/control/api.js'
import { memberNode } from './member-node.js'
import type { MemberNode } from './member-node.js'

const h = new MeshHarness()
let t: MemberNode
let bId: PeerId
let bAddr: string

function shard (owner: string, len: number): { header: ReturnType<typeof makeShardHeader>, data: Buffer } {
  const data = randomBytes(len)
  return { header: makeShardHeader({ owner, packId: randomBytes(32), index: 1, k: 4, m: 2, packLength: len * 4 }, data), data }
}

async function tmpFiles (dir: string): Promise<string[]> {
  const all = await readdir(join(dir, 'shards'), { recursive: true })
  return all.filter(f => f.includes('.tmp-'))
}

const signal = (): AbortSignal => AbortSignal.timeout(30_000)

beforeAll(async () => {
  await h.setup()
  await h.mesh([{ name: 'a', site: 'hq' }, { name: 'b', site: 'branch', capacity: '8MiB' }])
  t = await memberNode(await h.invite('a'))
  bAddr = (await h.status('b')).self.addrs[0]
  bId = peerIdFromString(h.get('b').peerId as string)
  await t.join(bAddr)
}, 120_000)

afterAll(async () => {
  await t?.stop()
  await h.teardown()
})

/** A good put still works: the agent keeps serving. */
async function stillServes (): Promise<void> {
  const s = shard(t.peerId, 1000)
  await putShard(t.node, bId, s.header as never, s.data, { signal: signal() })
  expect(await hasShards(t.node, bId, [{ owner: t.peerId, packId: s.header.packId as Uint8Array, index: 1 }], { signal: signal() })).toEqual([true])
}

describe('bad input to a real agent', () => {
  it('resets a stream of garbage, an oversized length prefix and a truncated message, and keeps serving', async () => {
    for (const bytes of [
      randomBytes(300),
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), // varint length of ~4 GiB
      Buffer.from([0x64, 0x0a, 0x02]) // says 100 bytes, sends 2, then closes
    ]) {
      const stream = await t.node.dialProtocol(bId, PROTOCOL_ID, { signal: signal() })
      stream.send(bytes)
      await stream.close().catch(() => {})
      const got: Uint8Array[] = []
      try {
        for await (const c of stream) got.push(c instanceof Uint8Array ? c : c.subarray())
      } catch { /* reset: fine */ }
      expect(Buffer.concat(got).toString()).not.toMatch(/putReady/)
    }
    await stillServes()
  })

  it('refuses a shard whose bytes do not match its hash, and stores nothing', async () => {
    const s = shard(t.peerId, 200_000)
    const bad = Buffer.from(s.data)
    bad[100] ^= 1
    await expect(putShard(t.node, bId, s.header as never, bad, { signal: signal() })).rejects.toThrow(/hash|match/i)
    expect(await hasShards(t.node, bId, [{ owner: t.peerId, packId: s.header.packId as Uint8Array, index: 1 }], { signal: signal() })).toEqual([false])
    expect(await tmpFiles(h.get('b').dir)).toEqual([])
    await stillServes()
  })

  it('refuses a put over quota before any byte flows, and one in another owner\'s name', async () => {
    const big = shard(t.peerId, 9 * 1024 * 1024)
    await expect(putShard(t.node, bId, big.header as never, big.data, { signal: signal() })).rejects.toThrow(/quota|full/i)
    const other = shard(h.get('a').peerId as string, 1000)
    await expect(putShard(t.node, bId, other.header as never, other.data, { signal: signal() })).rejects.toThrow(/own shards|owner/i)
    await stillServes()
  })

  it('refuses a delete with a forged signature and keeps the shard', async () => {
    const s = shard(t.peerId, 5000)
    await putShard(t.node, bId, s.header as never, s.data, { signal: signal() })
    const ref = { owner: t.peerId, packId: s.header.packId as Uint8Array, index: 1 }
    const forger = await generateKeyPair('Ed25519')
    const timeMs = Date.now()
    const forged = await forger.sign(deleteSigningPayload(ref, timeMs))
    await expect(deleteShard(t.node, bId, ref, { timeMs, signature: forged }, { signal: signal() })).rejects.toThrow(/refused|forbidden|not allowed|denied/i)
    const range = await getShardRange(t.node, bId, ref, 0, 0, { signal: signal() })
    const chunks: Uint8Array[] = []
    for await (const c of range.data) chunks.push(c)
    expect(Buffer.concat(chunks)).toEqual(s.data)
    // the owner's own signature works
    const real = await t.key.sign(deleteSigningPayload(ref, timeMs))
    expect(await deleteShard(t.node, bId, ref, { timeMs, signature: real }, { signal: signal() })).toBe(true)
  })
})

describe('key files', () => {
  it('adds, changes and removes passphrases; refuses to remove the key in use or a wrong passphrase', async () => {
    const dir = h.get('a').dir
    const newFile = join(h.root, 'new-pass')
    await writeFile(newFile, 'second passphrase\n')
    const added = await h.cliJson<KeysResponse>(['key', 'add', '--json', '--data', dir, '--new-passphrase-file', newFile])
    expect(added.keys).toHaveLength(2)
    const second = { MESHBACKUP_PASSPHRASE: 'second passphrase' }
    const listed = await h.cliJson<KeysResponse>(['key', 'list', '--json', '--data', dir], { env: second })
    expect(listed.keys.find(k => k.current)?.id).toBe(added.added)
    const inUse = await h.cli(['key', 'remove', String(added.added).slice(0, 8), '--data', dir], { env: second })
    expect(inUse.code).toBe(1)
    expect(inUse.stderr).toMatch(/in use/)
    const original = listed.keys.find(k => !k.current)?.id as string
    await h.cliOk(['key', 'remove', original.slice(0, 8), '--data', dir], { env: second })
    const wrong = await h.cli(['key', 'list', '--data', dir])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/wrong passphrase/)
    await writeFile(newFile, 'test passphrase for the mesh\n')
    await h.cliOk(['key', 'passwd', '--data', dir, '--new-passphrase-file', newFile], { env: second })
    const back = await h.cliJson<KeysResponse>(['key', 'list', '--json', '--data', dir])
    expect(back.keys).toHaveLength(1)
  })
})

describe('placement policy', () => {
  it('a policy the mesh cannot meet fails before any upload, naming what is missing', async () => {
    const src = join(h.root, 'policy-src')
    await mkdir(src, { recursive: true })
    await writeFile(join(src, 'x.bin'), randomBytes(100_000))
    const before = (await h.status('b')).self.used
    const r = await h.cli(['backup', '--data', h.get('a').dir, src])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/cannot satisfy the placement policy: needs .*(peers|sites)/)
    expect((await h.status('b')).self.used).toBe(before)
  })
})

describe('kill -9 during a put', () => {
  it('receiver killed: after restart no partial shard is served and no temp file is left', async () => {
    const s = shard(t.peerId, 6 * 1024 * 1024)
    async function * slow (): AsyncGenerator<Uint8Array> {
      for (let off = 0; off < s.data.length; off += 1024 * 1024) {
        yield s.data.subarray(off, off + 1024 * 1024)
        await new Promise(resolve => setTimeout(resolve, 300))
      }
    }
    const put = putShard(t.node, bId, s.header as never, slow(), { signal: signal() })
    put.catch(() => {})
    await new Promise(resolve => setTimeout(resolve, 900))
    await h.kill9('b')
    await expect(put).rejects.toThrow()
    await h.start('b')
    bAddr = (await h.status('b')).self.addrs[0] // a new port after the restart
    await t.join(bAddr)
    const ref = { owner: t.peerId, packId: s.header.packId as Uint8Array, index: 1 }
    expect(await hasShards(t.node, bId, [ref], { signal: signal() })).toEqual([false])
    await expect(getShardRange(t.node, bId, ref, 0, 0, { signal: signal() })).rejects.toMatchObject({ name: 'ShardNotFoundError' })
    expect(await tmpFiles(h.get('b').dir)).toEqual([])
    await stillServes()
  })

  it('sender killed: the receiver cleans up', async () => {
    const sender = spawn(process.execPath, [join(ROOT, 'dist/test/mesh/put-sender.js'), h.get('a').dir, bAddr, String(6 * 1024 * 1024)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MESHBACKUP_TOKEN: await h.invite('a') } })
    let out = ''
    let err = ''
    sender.stderr.on('data', (d: Buffer) => { err += d.toString() })
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sender did not start: ${out}${err}`)), 30_000)
      sender.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('\n')) { clearTimeout(timer); resolve(out.split('\n')[0]) }
      })
    })
    const [, packHex, senderId] = line.split(' ')
    await new Promise(resolve => setTimeout(resolve, 300))
    sender.kill('SIGKILL')
    await h.waitFor('the receiver to drop the partial shard', async () => (await tmpFiles(h.get('b').dir)).length === 0, 40_000)
    const ref = { owner: senderId, packId: Buffer.from(packHex, 'hex'), index: 0 }
    expect(await hasShards(t.node, bId, [ref], { signal: signal() })).toEqual([false])
    await stillServes()
  })
})
