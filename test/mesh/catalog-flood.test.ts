/**
 * A member floods a real agent with catalogs (issue 19): puts for made-up
 * owners and for a real other owner, with bodies up to the 16 MiB limit and
 * over it, many at once. Every one is refused; the agent's RSS stays within
 * its usual band; it keeps serving (status, a backup). The member's own
 * record is taken (and kept on disk), and `mesh retire` removes it once the
 * member is gone.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getCatalog, MAX_BODY_BYTES, putCatalog, signCatalog } from '../../protocol/catalog/index.js'
import type { CatalogRecord } from '../../protocol/catalog/index.js'
import type { BackupResponse, RetireResponse } from '../../agent/control/api.js'
import { MeshHarness } from './harness.js'
import { memberNode } from './member-node.js'
import type { MemberNode } from './member-node.js'

const MiB = 1024 * 1024
/**
 * RSS growth allowed over the baseline once the flood is over, and at its
 * peak. A refused put is still read whole (up to 16 MiB, copied once) before
 * it is refused, one per peer at a time; paused streams hold what yamux had
 * granted; LevelDB's memtable holds the member's own 16 MiB records until a
 * flush; and on a loaded machine (the whole suite runs beside it) the heap and
 * malloc arenas give memory back late: measured +100 to +180 MiB. Held in
 * memory, the flood's bodies alone would be MADE_UP_OWNERS × 16 MiB = 512 MiB,
 * and stay: the band tells the two apart.
 */
const RSS_BAND_BYTES = 16 * MAX_BODY_BYTES
const RSS_PEAK_BYTES = 24 * MAX_BODY_BYTES
/** Puts sent at once (the catalog protocol's inbound streams per connection). */
const FLOOD_CONCURRENCY = 8
const MADE_UP_OWNERS = 32

const h = new MeshHarness()
let hostile: MemberNode
let bId: PeerId

const signal = (): AbortSignal => AbortSignal.timeout(60_000)

/** VmRSS of a process, in bytes. */
async function rss (pid: number): Promise<number> {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))
  if (m === null) throw new Error(`no VmRSS for ${pid}`)
  return Number(m[1]) * 1024
}

/** Samples a process's RSS every 50 ms; stop() gives the highest seen. */
function rssSampler (pid: number): { stop: () => Promise<number> } {
  let max = 0
  let sampling = Promise.resolve()
  const timer = setInterval(() => {
    sampling = sampling.then(async () => { max = Math.max(max, await rss(pid)) }).catch(() => {})
  }, 50)
  return { stop: async () => { clearInterval(timer); await sampling; return Math.max(max, await rss(pid)) } }
}

/** Wait until a process's RSS is back within RSS_BAND_BYTES of `baseline` (garbage is freed lazily). */
async function settles (pid: number, baseline: number): Promise<void> {
  let now = 0
  await h.waitFor(`RSS within ${RSS_BAND_BYTES / MiB} MiB of ${baseline / MiB | 0} MiB`, async () => {
    now = await rss(pid)
    return now - baseline < RSS_BAND_BYTES
  }, 30_000).catch(err => { throw new Error(`${(err as Error).message} (now ${now / MiB | 0} MiB)`) })
}

function pidOf (name: string): number {
  const pid = h.get(name).proc?.pid
  if (pid === undefined) throw new Error(`agent ${name} is not running`)
  return pid
}

/** Run `tasks` `concurrency` at a time; every outcome, in order. */
async function settleAll<T> (tasks: Array<() => Promise<T>>, concurrency: number): Promise<Array<PromiseSettledResult<T>>> {
  const out: Array<PromiseSettledResult<T>> = new Array(tasks.length)
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < tasks.length) {
      const i = next++
      try { out[i] = { status: 'fulfilled', value: await tasks[i]() } } catch (reason) { out[i] = { status: 'rejected', reason } }
    }
  }))
  return out
}

/** A policy three agents meet (2+1 shards, no 3-2-1 rules), fast heartbeats. */
const smallPolicy = (yaml: string): string => yaml
  .replace(/(copies|media|offsite|siteDiversity): true/g, '$1: false')
  .replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3')

/** `meshbackup init` with 2+1 shards (what MeshHarness.init does, with --k and --m). */
async function init (name: string, site: string, token?: string): Promise<void> {
  const dir = join(h.root, name)
  await h.cliOk(['init', '--data', dir, '--site', site, '--media', 'disk', '--listen', '/ip4/127.0.0.1/tcp/0', '--k', '2', '--m', '1', ...(token === undefined ? [] : ['--join', token])])
  if (token === undefined) await h.cliOk(['mesh', 'create', '--data', dir])
  h.agents.set(name, { name, dir, site, log: '' })
  await h.configure(name, smallPolicy)
}

beforeAll(async () => {
  await h.setup()
  await init('a', 'hq')
  await h.start('a')
  // one invite per server: the servers of one invite share one shard of a pack
  await init('b', 'branch', await h.invite('a', { site: 'branch', media: 'disk' }))
  await init('c', 'cloud', await h.invite('a', { site: 'cloud', media: 'disk' }))
  await Promise.all(['b', 'c'].map(async n => await h.start(n)))
  await h.waitForMembers('a', 2)
  await h.waitForMembers('b', 2)
  bId = peerIdFromString(h.get('b').peerId as string)
  hostile = await memberNode(await h.invite('a'))
  await hostile.join((await h.status('b')).self.addrs[0])
}, 120_000)

afterAll(async () => {
  await hostile?.stop()
  await h.teardown()
})

describe('a member flooding an agent with catalogs', () => {
  it('is refused every record not its own, and the agent stays within its memory band and keeps serving', async () => {
    // a real owner's record for b to hold (and for the hostile member to forward)
    const src = join(h.root, 'src-a')
    await mkdir(src, { recursive: true })
    await writeFile(join(src, 'a.bin'), randomBytes(200_000))
    // --degraded: this backup only makes a real catalog for b to hold; a peer seen late on a loaded machine must not fail it
    await h.cliOk(['backup', '--degraded', '--data', h.get('a').dir, src])
    const aId = h.get('a').peerId as string
    await h.waitFor('b to hold a\'s catalog', async () => (await h.status('b')).self.catalogsHeld.some(c => c.owner === aId))
    const real = await getCatalog(hostile.node, bId, aId, { signal: signal() })
    if (real === undefined) throw new Error('b holds no catalog of a')
    const heldBefore = (await h.status('b')).self.catalogsHeld

    const pid = pidOf('b')
    const baseline = await (async () => { const s = rssSampler(pid); await new Promise(resolve => setTimeout(resolve, 1_000)); return await s.stop() })()

    // bodies at the limit, for owners that are not the sender; one body shared (the test's memory, not the agent's)
    const body = new Uint8Array(randomBytes(MAX_BODY_BYTES))
    const forged: Array<() => Promise<CatalogRecord>> = [
      ...Array.from({ length: MADE_UP_OWNERS }, (_, i) => async () => await signCatalog(await generateKeyPair('Ed25519'), { version: i + 1, body })),
      async () => real,
      async () => await signCatalog(await generateKeyPair('Ed25519'), { version: 1, body: new Uint8Array(MAX_BODY_BYTES + 1) })
    ]
    const sampler = rssSampler(pid)
    const results = await settleAll(forged.map(make => async () => await putCatalog(hostile.node, bId, await make(), { signal: signal() })), FLOOD_CONCURRENCY)
    const peak = await sampler.stop()

    const names = results.map(r => r.status === 'rejected' ? (r.reason as Error).name : 'stored')
    expect(names.slice(0, MADE_UP_OWNERS + 1)).toEqual(new Array(MADE_UP_OWNERS + 1).fill('CatalogNotOwnerError'))
    expect(names[MADE_UP_OWNERS + 1]).toBe('CatalogTooLargeError')
    // a message far over the limit is reset on its length prefix
    const huge = await signCatalog(await generateKeyPair('Ed25519'), { version: 1, body: new Uint8Array(4 * MAX_BODY_BYTES) })
    await expect(putCatalog(hostile.node, bId, huge, { signal: signal() })).rejects.toMatchObject({ name: 'CatalogRefusedError' })

    // nothing new is held, the real owner's record is unchanged
    const held = (await h.status('b')).self.catalogsHeld
    expect(held).toEqual(heldBefore)
    expect(peak - baseline, `RSS peak ${peak / MiB | 0} MiB over a baseline of ${baseline / MiB | 0} MiB`).toBeLessThan(RSS_PEAK_BYTES)
    await settles(pid, baseline)

    // still serving: status, and a backup of its own
    expect((await h.status('b')).peers.filter(p => p.up)).toHaveLength(2)
    const srcB = join(h.root, 'src-b')
    await mkdir(srcB, { recursive: true })
    await writeFile(join(srcB, 'b.bin'), randomBytes(300_000))
    await h.waitForMembers('b', 2)
    const backup = await h.cliJson<BackupResponse>(['backup', '--json', '--degraded', '--data', h.get('b').dir, srcB])
    expect(backup.snapshot.id).toMatch(/^[0-9a-f]{64}$/)
    await settles(pid, baseline)
  }, 300_000)

  it('takes the member\'s own large records onto disk, not into memory, and forgets them when it is retired', async () => {
    const pid = pidOf('b')
    const baseline = await rss(pid)
    const body = new Uint8Array(randomBytes(MAX_BODY_BYTES))
    for (let version = 1; version <= 6; version++) {
      const own = await signCatalog(hostile.key, { version, body })
      expect(await putCatalog(hostile.node, bId, own, { signal: signal() })).toEqual({ existed: false })
    }
    const held = (await h.status('b')).self.catalogsHeld.find(c => c.owner === hostile.peerId)
    expect(held?.version).toBe(6)
    expect((await getCatalog(hostile.node, bId, hostile.peerId, { signal: signal() }))?.body.byteLength).toBe(MAX_BODY_BYTES)
    await settles(pid, baseline)

    await hostile.stop()
    const retire = async (): Promise<RetireResponse> => await h.cliJson<RetireResponse>(['mesh', 'retire', '--json', '--data', h.get('b').dir, hostile.peerId])
    expect(await retire()).toEqual({ peer: hostile.peerId, peerTable: false, catalog: true })
    expect((await h.status('b')).self.catalogsHeld.some(c => c.owner === hostile.peerId)).toBe(false)
    expect(await retire()).toEqual({ peer: hostile.peerId, peerTable: false, catalog: false })

    // an agent up (heartbeating) is not retired; stopped, its peer-table entry goes; itself it cannot retire
    const cId = h.get('c').peerId as string
    const early = await h.cli(['mesh', 'retire', '--data', h.get('b').dir, cId])
    expect(early.code).not.toBe(0)
    expect(early.stderr).toMatch(/still up: stop it first/)
    await h.stop('c')
    // retired once its heartbeats stop (downAfterSeconds: 3)
    let out = ''
    await h.waitFor('b to retire c once it is down', async () => { out = await h.cliOk(['mesh', 'retire', '--data', h.get('b').dir, cId]); return true }, 30_000)
    expect(out).toMatch(/removed its peer-table entry/)
    const after = await h.status('b')
    expect(after.peers.some(p => p.id === cId)).toBe(false)
    const self = await h.cli(['mesh', 'retire', '--data', h.get('b').dir, h.get('b').peerId as string])
    expect(self.stderr).toMatch(/cannot retire itself/)
    const bad = await h.cli(['mesh', 'retire', '--data', h.get('b').dir, 'not-a-peer'])
    expect(bad.stderr).toMatch(/not a peer id/)
  }, 300_000)
})
