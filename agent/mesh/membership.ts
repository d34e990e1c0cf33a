/**
 * Membership of a mesh: a mesh id and a 32-byte secret. Knowing the secret makes
 * an agent a member; `mesh invite` hands it out as a token together with
 * bootstrap addresses and a signed *invite record* (the admission).
 *
 * Token format 2 ("mbinvite2:"): a MeshInvite whose `admission` is a
 * SignedInvite: an InviteRecord (invite id, issuer peer id, mesh id, expiry,
 * single use, the site and media the issuer attests for the joiner) signed by
 * the issuer's Ed25519 identity over INVITE_SIGNATURE_DOMAIN || record bytes.
 * The joiner keeps it in mesh.key and shows it to the members it meets
 * (agent/mesh/admissions.ts decides). Format 1 tokens ("mbinvite1:", no
 * expiry) are refused. The token still carries the mesh secret: a one-time
 * admission credential instead needs an admission channel (issue 18).
 *
 * A member proves membership for its own peer id with
 * proof = HMAC-SHA-256(secret, MEMBER_PROOF_LABEL || mesh id || peer id),
 * which any other member can check without a central roster. (The alternative,
 * a libp2p pre-shared key with @libp2p/pnet, also keeps non-members out but
 * cut bulk throughput ~3× here; see README, Mesh.)
 */
import { createHmac, createPublicKey, randomBytes, timingSafeEqual, verify as verifySignature } from 'node:crypto'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { pb, decode, encode } from '../../proto/index.js'
import { writeSecretFile } from '../identity.js'
import { MAX_ADMISSION_BYTES } from '../../protocol/member/constants.js'
import { INVITE_SIGNATURE_DOMAIN, MEMBER_PROOF_LABEL } from '../crypto/labels.js'

export const MESH_FILE = 'mesh.key'
const TOKEN_PREFIX = 'mbinvite2:'
const OLD_TOKEN_PREFIX = 'mbinvite1:'
const MAX_TOKEN = 16 * 1024
/** Default lifetime of an invite (mesh invite --expires), in ms: 24 h. */
export const DEFAULT_INVITE_TTL_MS = 24 * 3600_000

export class MembershipError extends Error {
  override name = 'MembershipError'
}

export interface Membership {
  meshId: string
  secret: Uint8Array
}

export interface Invite extends Membership {
  addrs: string[]
  /** The SignedInvite (encoded) that admits the joiner; see InviteRecord. */
  admission: Uint8Array
  /** The admission, decoded and checked (signature, mesh id). */
  record: InviteRecord
}

/** What the issuing member signs (proto InviteRecord). */
export interface InviteRecord {
  inviteId: string
  issuer: string
  meshId: string
  expiresMs: number
  singleUse: boolean
  site: string
  media: string
  issuedMs: number
}

/** A membership with the admission this agent joined with (empty: it created the mesh). */
export interface SavedMembership extends Membership {
  admission: Uint8Array
}

/** A bad, expired or wrongly signed invite record. */
export class InviteError extends Error {
  override name = 'InviteError'
}

/** "2026-12-04 19:00:00" (UTC): how messages name an invite's expiry. */
export function formatUtc (ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')
}

/** The bytes an issuer signs: INVITE_SIGNATURE_DOMAIN || encoded InviteRecord. */
function invitePayload (record: Uint8Array): Uint8Array {
  return Buffer.concat([INVITE_SIGNATURE_DOMAIN, record])
}

/** Sign an invite record with the issuer's identity; the issuer is the key's peer id. */
export async function signInvite (key: PrivateKey, fields: Omit<InviteRecord, 'issuer' | 'inviteId' | 'issuedMs'> & { inviteId?: string, issuedMs?: number }): Promise<{ admission: Uint8Array, record: InviteRecord }> {
  if (key.type !== 'Ed25519') throw new TypeError(`invites are signed with an Ed25519 identity, got ${key.type}`)
  const record: InviteRecord = {
    inviteId: fields.inviteId ?? randomBytes(16).toString('hex'),
    issuer: peerIdFromPrivateKey(key).toString(),
    meshId: fields.meshId,
    expiresMs: fields.expiresMs,
    singleUse: fields.singleUse,
    site: fields.site,
    media: fields.media,
    issuedMs: fields.issuedMs ?? Date.now()
  }
  const bytes = encode(pb.InviteRecord, record)
  const signature = await key.sign(invitePayload(bytes))
  return { admission: encode(pb.SignedInvite, { record: bytes, signature }), record }
}

/** The raw Ed25519 public key of a canonical Ed25519 peer id, or undefined. */
function ed25519Key (peerId: string): Uint8Array | undefined {
  try {
    const id = peerIdFromString(peerId)
    if (id.type !== 'Ed25519' || id.toString() !== peerId) return undefined
    return id.publicKey.raw
  } catch {
    return undefined
  }
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 key bytes. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/**
 * Decode a SignedInvite and check its signature by its issuer and its mesh
 * id; not its expiry or its issuer's standing (admissions.ts does). Throws
 * InviteError.
 */
export function verifyInvite (admission: Uint8Array, meshId: string): InviteRecord {
  if (admission.byteLength === 0) throw new InviteError('no invite record')
  if (admission.byteLength > MAX_ADMISSION_BYTES) throw new InviteError('invite record is too large')
  let signed: pb.SignedInvite
  let msg: pb.InviteRecord
  try {
    signed = decode(pb.SignedInvite, admission, MAX_ADMISSION_BYTES, 'signed invite')
    msg = decode(pb.InviteRecord, signed.record, MAX_ADMISSION_BYTES, 'invite record')
  } catch {
    throw new InviteError('invite record is damaged')
  }
  if (!/^[0-9a-f]{32}$/.test(msg.inviteId)) throw new InviteError('invite record has a bad invite id')
  const key = ed25519Key(msg.issuer)
  if (key === undefined) throw new InviteError('invite record names a bad issuer')
  if (msg.meshId !== meshId) throw new InviteError('invite record is for another mesh')
  if ((msg.site !== '' && !LABEL.test(msg.site)) || (msg.media !== '' && !LABEL.test(msg.media))) throw new InviteError('invite record has a bad site or media')
  if (!Number.isSafeInteger(msg.expiresMs) || !Number.isSafeInteger(msg.issuedMs)) throw new InviteError('invite record has a bad time')
  let ok = false
  try {
    ok = verifySignature(null, invitePayload(signed.record), createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, key]), format: 'der', type: 'spki' }), signed.signature)
  } catch {
    ok = false
  }
  if (!ok) throw new InviteError(`invite record is not signed by its issuer ${msg.issuer}`)
  return { inviteId: msg.inviteId, issuer: msg.issuer, meshId: msg.meshId, expiresMs: msg.expiresMs, singleUse: msg.singleUse, site: msg.site, media: msg.media, issuedMs: msg.issuedMs }
}

/** Site and media labels (as agent/config.ts checkLabel). */
const LABEL = /^[a-z0-9][a-z0-9._-]{0,62}$/

export function newMembership (): Membership {
  return { meshId: randomBytes(16).toString('hex'), secret: randomBytes(32) }
}

export function membershipProof (m: Membership, peerId: string): Uint8Array {
  return createHmac('sha256', m.secret).update(MEMBER_PROOF_LABEL).update(m.meshId).update(peerId).digest()
}

export function checkProof (m: Membership, peerId: string, proof: Uint8Array): boolean {
  const want = membershipProof(m, peerId)
  return proof.byteLength === want.byteLength && timingSafeEqual(want, proof)
}

export function encodeInvite (inv: Omit<Invite, 'record'>): string {
  const bytes = encode(pb.MeshInvite, { meshId: inv.meshId, secret: inv.secret, addrs: inv.addrs, createdMs: Date.now(), admission: inv.admission })
  return TOKEN_PREFIX + Buffer.from(bytes).toString('base64url')
}

/** Refuse an invite whose record has expired at `nowMs`, with a message that says what to do. */
export function checkNotExpired (record: InviteRecord, nowMs = Date.now()): void {
  if (nowMs >= record.expiresMs) throw new InviteError(`this invite expired at ${formatUtc(record.expiresMs)} (UTC); ask a member for a new one: meshbackup mesh invite`)
}

export function decodeInvite (token: string): Invite {
  const t = token.trim()
  if (t.startsWith(OLD_TOKEN_PREFIX)) {
    let old = true
    try { decode(pb.MeshInvite, Buffer.from(t.slice(OLD_TOKEN_PREFIX.length), 'base64url'), MAX_TOKEN, 'invite token') } catch { old = false }
    if (!old || t.length > MAX_TOKEN) throw new MembershipError('invite token is damaged (copy it whole, on one line)')
    throw new MembershipError('this is an invite token of an older format (it never expires, and names no issuer): ask a member for a new one: meshbackup mesh invite')
  }
  if (!t.startsWith(TOKEN_PREFIX)) throw new MembershipError(`not a meshbackup invite token (it should start with "${TOKEN_PREFIX}")`)
  if (t.length > MAX_TOKEN) throw new MembershipError('invite token is too long')
  let msg: pb.MeshInvite
  try {
    msg = decode(pb.MeshInvite, Buffer.from(t.slice(TOKEN_PREFIX.length), 'base64url'), MAX_TOKEN, 'invite token')
  } catch {
    throw new MembershipError('invite token is damaged (copy it whole, on one line)')
  }
  if (!/^[0-9a-f]{32}$/.test(msg.meshId) || msg.secret.byteLength !== 32) throw new MembershipError('invite token is damaged (bad mesh id or secret)')
  for (const a of msg.addrs) {
    try { multiaddr(a) } catch { throw new MembershipError(`invite token holds a bad address: ${a}`) }
  }
  if (msg.addrs.length > 64) throw new MembershipError('invite token holds too many addresses')
  let record: InviteRecord
  try {
    record = verifyInvite(msg.admission, msg.meshId)
  } catch (err) {
    throw new MembershipError(`invite token is damaged (${(err as Error).message})`)
  }
  return { meshId: msg.meshId, secret: msg.secret, addrs: msg.addrs, admission: msg.admission, record }
}

/** Save mesh.key; `admission` is the SignedInvite this agent joined with (none for a mesh's creator). */
export async function saveMembership (dir: string, m: Membership & { admission?: Uint8Array }): Promise<void> {
  await writeSecretFile(join(dir, MESH_FILE), encode(pb.MeshMembership, { meshId: m.meshId, secret: m.secret, admission: m.admission ?? new Uint8Array(0) }))
}

/** undefined when this agent is in no mesh yet. */
export async function loadMembership (dir: string): Promise<SavedMembership | undefined> {
  const path = join(dir, MESH_FILE)
  let st
  try { st = await stat(path) } catch { return undefined }
  if ((st.mode & 0o077) !== 0) throw new MembershipError(`${path} is readable by others: chmod 600 it`)
  const msg = decode(pb.MeshMembership, await readFile(path), 4096, MESH_FILE)
  if (msg.secret.byteLength !== 32) throw new MembershipError(`${path} is damaged`)
  return { meshId: msg.meshId, secret: msg.secret, admission: msg.admission }
}
