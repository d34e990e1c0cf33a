import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { decode, encode, pb } from '../../proto/index.js'
import { checkNotExpired, decodeInvite, encodeInvite, newMembership, signInvite, verifyInvite } from './membership.js'

describe('invite records', () => {
  it('are signed by the issuer and verified against its peer id and the mesh', async () => {
    const key = await generateKeyPair('Ed25519')
    const m = newMembership()
    const { admission, record } = await signInvite(key, { meshId: m.meshId, expiresMs: 2_000, singleUse: true, site: 'hq', media: 'ssd', issuedMs: 1_000 })
    expect(record).toMatchObject({ issuer: peerIdFromPrivateKey(key).toString(), meshId: m.meshId, expiresMs: 2_000, singleUse: true, site: 'hq', media: 'ssd', issuedMs: 1_000 })
    expect(record.inviteId).toMatch(/^[0-9a-f]{32}$/)
    expect(verifyInvite(admission, m.meshId)).toEqual(record)
    expect(() => verifyInvite(admission, newMembership().meshId)).toThrow(/for another mesh/)

    // a changed field breaks the signature
    const signed = decode(pb.SignedInvite, admission, 1024, 'test')
    const forged = encode(pb.SignedInvite, { signature: signed.signature, record: encode(pb.InviteRecord, { ...decode(pb.InviteRecord, signed.record, 1024, 'test'), site: 'elsewhere' }) })
    expect(() => verifyInvite(forged, m.meshId)).toThrow(/not signed by its issuer/)
    // another key's signature over the same record
    const other = await generateKeyPair('Ed25519')
    const resigned = encode(pb.SignedInvite, { record: signed.record, signature: await other.sign(Buffer.concat([Buffer.from('meshbackup invite v1\0'), signed.record])) })
    expect(() => verifyInvite(resigned, m.meshId)).toThrow(/not signed by its issuer/)
    expect(() => verifyInvite(new Uint8Array(0), m.meshId)).toThrow(/no invite record/)
    expect(() => verifyInvite(new Uint8Array(600), m.meshId)).toThrow(/too large/)
    expect(() => verifyInvite(Uint8Array.from([0x0a, 0x05, 1]), m.meshId)).toThrow(/damaged/)
  })

  it('expire: refused from expiresMs on, with the time in UTC and what to do', async () => {
    const key = await generateKeyPair('Ed25519')
    const { record } = await signInvite(key, { meshId: newMembership().meshId, expiresMs: Date.UTC(2026, 11, 4, 19, 0, 0), singleUse: false, site: '', media: '' })
    expect(() => { checkNotExpired(record, record.expiresMs - 1) }).not.toThrow()
    expect(() => { checkNotExpired(record, record.expiresMs) }).toThrow('this invite expired at 2026-12-04 19:00:00 (UTC); ask a member for a new one: meshbackup mesh invite')
  })
})

describe('invite tokens (format 2)', () => {
  it('carry the mesh, the addresses and the signed record', async () => {
    const key = await generateKeyPair('Ed25519')
    const m = newMembership()
    const { admission, record } = await signInvite(key, { meshId: m.meshId, expiresMs: Date.now() + 60_000, singleUse: false, site: 'hq', media: 'disk' })
    const token = encodeInvite({ ...m, addrs: ['/ip4/127.0.0.1/tcp/1'], admission })
    expect(token.startsWith('mbinvite2:')).toBe(true)
    const inv = decodeInvite(token)
    expect(inv.meshId).toBe(m.meshId)
    expect(Buffer.from(inv.secret)).toEqual(Buffer.from(m.secret))
    expect(inv.record).toEqual(record)
    // a token without a record (or with a bad one) is damaged
    expect(() => decodeInvite(encodeInvite({ ...m, addrs: [], admission: new Uint8Array(0) }))).toThrow(/invite token is damaged \(no invite record\)/)
  })

  it('refuses format 1 tokens with a clear message (a damaged one is still "damaged")', () => {
    const m = newMembership()
    const old = 'mbinvite1:' + Buffer.from(encode(pb.MeshInvite, { meshId: m.meshId, secret: m.secret, addrs: [], createdMs: 1 })).toString('base64url')
    expect(() => decodeInvite(old)).toThrow(/older format .*ask a member for a new one: meshbackup mesh invite/)
    expect(() => decodeInvite('mbinvite1:AAAA')).toThrow(/invite token is damaged/)
    expect(() => decodeInvite('hello')).toThrow(/should start with "mbinvite2:"/)
  })
})
