/**
 * Sites are attested, not claimed (real agent processes on 127.0.0.1). The
 * honest mesh: hq {a (the owner, disk), b}, branch {c, d}, dc {e}: with RS 4+2
 * and the 3-2-1 policy (≤ 2 shards a site, ≥ 4 outside hq) it needs exactly
 * one more holder. One insider runs three identities (x1, x2, x3) joined with
 * one invite that attests site "x", then edits their configs to claim three
 * made-up sites. Members keep them on "x", placement puts at most one shard of
 * a pack on the three together, status names who attested them and with which
 * invite; an expired invite is refused at `init --join`; a member that is not
 * an admin may not issue invites.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTree } from '../fixtures/tree.js'
import { MeshHarness } from './harness.js'
import type { BackupResponse, CheckResponse } from '../../agent/control/api.js'

const h = new MeshHarness()
const X = ['x1', 'x2', 'x3']
let inviteId: string

beforeAll(async () => {
  await h.setup()
  await h.mesh([
    { name: 'a', site: 'hq' },
    { name: 'b', site: 'hq', media: 'ssd' },
    { name: 'c', site: 'branch', media: 'nas' },
    { name: 'd', site: 'branch', media: 'ssd' },
    { name: 'e', site: 'dc', media: 'object' }
  ], { fastHeartbeat: true })
  const token = await h.invite('a', { site: 'x', media: 'ssd' })
  for (const [i, name] of X.entries()) {
    await h.init(name, { site: 'x', media: 'ssd', join: token })
    // the insider claims a made-up site for each identity
    await h.configure(name, y => y.replace(/^site: x$/m, `site: made-up-${i}`).replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3'))
  }
  await Promise.all(X.map(async n => await h.start(n)))
  await h.waitForMembers('a', 7)
  await h.waitFor('a to hold the three identities on their attested site', async () =>
    (await h.status('a')).peers.filter(p => X.some(n => h.get(n).peerId === p.id) && p.site === 'x' && p.attestedBy !== null && p.attestedBy !== undefined).length === 3, 30_000)
}, 240_000)

afterAll(async () => { await h.teardown() })

describe('three identities from one invite claiming three sites', () => {
  it('stay on the attested site; status names who attested them and the invite', async () => {
    const a = await h.status('a')
    const xs = a.peers.filter(p => X.some(n => h.get(n).peerId === p.id))
    expect(xs.map(p => [p.site, p.media, p.attestedBy])).toEqual(X.map(() => ['x', 'ssd', a.self.id]))
    inviteId = xs[0].inviteId as string
    expect(inviteId).toMatch(/^[0-9a-f]{32}$/)
    expect(xs.every(p => p.inviteId === inviteId)).toBe(true)
    // the honest members: attested by a with an invite each; a created the mesh: self-declared
    const honest = a.peers.filter(p => !xs.includes(p))
    expect(honest.map(p => p.attestedBy)).toEqual(honest.map(() => a.self.id))
    expect(new Set(honest.map(p => p.inviteId)).size).toBe(4)
    expect(a.self.attestedBy).toBeNull()
    const b = await h.status('b')
    expect(b.self.attestedBy).toBe(a.self.id)
    expect(b.peers.filter(p => p.site === 'x').length).toBe(3)
  })

  it('get at most one shard of each pack between them', async () => {
    const src = join(h.root, 'src')
    await makeTree({ root: src, bigBytes: 3 * 1024 * 1024 })
    const out = await h.cliJson<BackupResponse>(['backup', '--json', '--data', h.get('a').dir, src])
    expect(out.snapshot.degraded).toBe(false)
    const packs = (await h.cliJson<CheckResponse>(['check', '--read-data', '--json', '--data', h.get('a').dir])).packs
    expect(packs).toBeGreaterThan(0)
    const owner = h.get('a').peerId as string
    let onX = 0
    for (const n of X) onX += (await h.status(n)).self.shardsHeld.find(s => s.owner === owner)?.shards ?? 0
    // each pack needs one holder beyond the honest five: exactly one of the three
    expect(onX).toBe(packs)
    const v = await h.status('a')
    expect(v.compliance.owners.find(o => o.owner === owner)?.packs).toMatchObject({ degraded: 0, 'at-risk': 0 })
  })
})

describe('invites', () => {
  it('an expired invite is refused at init --join, with a message that says so', async () => {
    const token = await h.invite('a', { site: 'late', media: 'disk', expires: '1s' })
    await new Promise(resolve => setTimeout(resolve, 1_500))
    const r = await h.cli(['init', '--data', join(h.root, 'late'), '--listen', '/ip4/127.0.0.1/tcp/0', '--join', token])
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr).toMatch(/this invite expired at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\); ask a member for a new one: meshbackup mesh invite/)
  })

  it('init --join takes the attested site; a different --site is refused', async () => {
    const token = await h.invite('a', { site: 'branch', media: 'nas', singleUse: true })
    const r = await h.cli(['init', '--data', join(h.root, 'liar'), '--site', 'elsewhere', '--listen', '/ip4/127.0.0.1/tcp/0', '--join', token])
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr).toMatch(/--site elsewhere differs from the site the invite attests \(branch/)
    const ok = await h.cli(['init', '--data', join(h.root, 'honest'), '--listen', '/ip4/127.0.0.1/tcp/0', '--join', token])
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('(site branch, media nas)')
  })

  it('a member not named in admins may not issue invites', async () => {
    await h.stop('e')
    await h.configure('e', y => y.replace(/^admins: \[\]$/m, `admins:\n  - ${h.get('a').peerId as string}`))
    await h.start('e')
    const r = await h.cli(['mesh', 'invite', '--data', h.get('e').dir, '--site', 'dc', '--media', 'disk'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/may not issue invites: admins in config.yaml names/)
  })
})
