import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import type { PrivateKey } from '@libp2p/interface'
import type { StoredAdmission } from '../../store/admission-db.js'
import { Admissions } from './admissions.js'
import { newMembership } from './membership.js'
import type { SavedMembership } from './membership.js'

const MESH = newMembership()

interface Agent { key: PrivateKey, id: string, admissions: Admissions, saved: StoredAdmission[] }

/** A member with its own admission store (an array), a clock and a peer table of `known` ids. */
async function agent (opts: { admission?: Uint8Array, admins?: string[], known?: string[], saved?: StoredAdmission[], now?: () => number } = {}): Promise<Agent> {
  const key = await generateKeyPair('Ed25519')
  const id = peerIdFromPrivateKey(key).toString()
  const saved: StoredAdmission[] = opts.saved ?? []
  const membership: SavedMembership = { ...MESH, admission: opts.admission ?? new Uint8Array(0) }
  const admissions = new Admissions({
    selfId: id,
    identity: key,
    membership,
    admins: opts.admins ?? [],
    store: { load: async () => [...saved], save: async r => { saved.push(r) } },
    knownPeer: x => (opts.known ?? []).includes(x),
    now: opts.now
  })
  await admissions.start()
  return { key, id, admissions, saved }
}

async function peerId (): Promise<string> {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
}

const HOUR = 3600_000

describe('admissions', () => {
  it('admit a new peer with a valid invite from a member, and remember it', async () => {
    const creator = await agent()
    const { admission, record } = await creator.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'branch', media: 'nas' })
    expect(record.issuer).toBe(creator.id)
    const joiner = await peerId()
    expect(creator.admissions.admit(joiner, admission)).toEqual({ admitted: true, record })
    expect(creator.admissions.attestation(joiner)).toEqual({ inviteId: record.inviteId, issuer: creator.id, site: 'branch', media: 'nas' })
    await new Promise(resolve => setImmediate(resolve))
    expect(creator.saved.map(s => s.peerId)).toEqual([joiner])
    // once admitted, no record is needed (a restart reloads it)
    expect(creator.admissions.admit(joiner, new Uint8Array(0)).admitted).toBe(true)
    const again = await agent({ saved: creator.saved })
    expect(again.admissions.attestation(joiner)?.site).toBe('branch')
  })

  it('refuse a new peer without a record, with an expired one, or one issued by a stranger', async () => {
    let now = 1_000_000
    const creator = await agent({ now: () => now })
    const { admission } = await creator.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'x', media: 'disk' })
    expect(creator.admissions.admit(await peerId(), new Uint8Array(0))).toMatchObject({ admitted: false, reason: 'a new peer without an invite record' })
    now += HOUR
    expect(creator.admissions.admit(await peerId(), admission)).toMatchObject({ admitted: false, reason: expect.stringMatching(/^this invite expired at .* \(UTC\)/) })
    // a member admitted earlier shows the expired record in its heartbeats: its labels are still attested
    const late = await peerId()
    expect(creator.admissions.attest(late, admission)?.site).toBe('x')

    const stranger = await agent()
    const foreign = await stranger.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'x', media: 'disk' })
    expect(creator.admissions.admit(await peerId(), foreign.admission)).toMatchObject({ admitted: false, reason: `the invite's issuer ${stranger.id} is not a member` })
    expect(creator.admissions.attest(await peerId(), foreign.admission)).toBeUndefined()
  })

  it('a single-use invite admits one peer id only', async () => {
    const creator = await agent()
    const { admission, record } = await creator.admissions.issue({ ttlMs: HOUR, singleUse: true, site: 'x', media: 'disk' })
    const first = await peerId()
    const second = await peerId()
    expect(creator.admissions.admit(first, admission).admitted).toBe(true)
    expect(creator.admissions.admit(first, admission).admitted).toBe(true)
    expect(creator.admissions.admit(second, admission)).toEqual({ admitted: false, reason: `single-use invite ${record.inviteId} already admitted ${first}` })
    expect(creator.admissions.attest(second, admission)).toBeUndefined()
    // the binding survives a restart
    await new Promise(resolve => setImmediate(resolve))
    const again = await agent({ saved: creator.saved })
    expect(again.admissions.admit(second, admission).admitted).toBe(false)
    // an invite that is not single-use admits several
    const multi = await creator.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'y', media: 'disk' })
    expect(creator.admissions.admit(await peerId(), multi.admission).admitted).toBe(true)
    expect(creator.admissions.admit(await peerId(), multi.admission).admitted).toBe(true)
  })

  it('a joiner trusts its own inviter, and peers that inviter or other members invited', async () => {
    const creator = await agent()
    const b = await creator.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'b', media: 'disk' })
    const joiner = await agent({ admission: b.admission })
    expect(joiner.admissions.attestation(joiner.id)?.site).toBe('b')
    expect(joiner.admissions.admit(creator.id, new Uint8Array(0)).admitted).toBe(true)
    const c = await creator.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'c', media: 'disk' })
    const cId = await peerId()
    expect(joiner.admissions.admit(cId, c.admission).admitted).toBe(true)
    // a peer known before admissions existed stays admitted
    const old = await peerId()
    const withOld = await agent({ known: [old] })
    expect(withOld.admissions.admit(old, new Uint8Array(0))).toEqual({ admitted: true })
    expect(withOld.admissions.attestation(old)).toBeUndefined()
  })

  it('admins: only they may issue, and only their invites are accepted', async () => {
    const admin = await agent()
    const plain = await agent({ admins: [admin.id] })
    await expect(plain.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'x', media: 'disk' })).rejects.toMatchObject({ name: 'NotAdminError', message: expect.stringMatching(/may not issue invites: admins in config.yaml/) })
    const byAdmin = await admin.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'x', media: 'disk' })
    const other = await agent({ known: [admin.id] })
    const byOther = await other.admissions.issue({ ttlMs: HOUR, singleUse: false, site: 'x', media: 'disk' })
    const strict = await agent({ admins: [admin.id], known: [admin.id, other.id] })
    expect(strict.admissions.admit(await peerId(), byAdmin.admission).admitted).toBe(true)
    expect(strict.admissions.admit(await peerId(), byOther.admission)).toMatchObject({ admitted: false, reason: `the invite's issuer ${other.id} is not an admin` })
  })
})
