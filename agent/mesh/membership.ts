/**
 * Membership of a mesh: a mesh id and a 32-byte secret. Knowing the secret makes
 * an agent a member; `mesh invite` hands it out as a token together with
 * bootstrap addresses.
 *
 * A member proves membership for its own peer id with
 * proof = HMAC-SHA-256(secret, MEMBER_PROOF_LABEL || mesh id || peer id),
 * which any other member can check without a central roster. (The alternative,
 * a libp2p pre-shared key with @libp2p/pnet, also keeps non-members out but
 * cut bulk throughput ~3× here; see README, Mesh.)
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { pb, decode, encode } from '../../proto/index.js'
import { writeSecretFile } from '../identity.js'
import { MEMBER_PROOF_LABEL } from '../crypto/labels.js'

export const MESH_FILE = 'mesh.key'
const TOKEN_PREFIX = 'mbinvite1:'
const MAX_TOKEN = 16 * 1024

export class MembershipError extends Error {
  override name = 'MembershipError'
}

export interface Membership {
  meshId: string
  secret: Uint8Array
}

export interface Invite extends Membership {
  addrs: string[]
}

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

export function encodeInvite (inv: Invite): string {
  const bytes = encode(pb.MeshInvite, { meshId: inv.meshId, secret: inv.secret, addrs: inv.addrs, createdMs: Date.now() })
  return TOKEN_PREFIX + Buffer.from(bytes).toString('base64url')
}

export function decodeInvite (token: string): Invite {
  const t = token.trim()
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
  return { meshId: msg.meshId, secret: msg.secret, addrs: msg.addrs }
}

export async function saveMembership (dir: string, m: Membership): Promise<void> {
  await writeSecretFile(join(dir, MESH_FILE), encode(pb.MeshMembership, { meshId: m.meshId, secret: m.secret }))
}

/** undefined when this agent is in no mesh yet. */
export async function loadMembership (dir: string): Promise<Membership | undefined> {
  const path = join(dir, MESH_FILE)
  let st
  try { st = await stat(path) } catch { return undefined }
  if ((st.mode & 0o077) !== 0) throw new MembershipError(`${path} is readable by others: chmod 600 it`)
  const msg = decode(pb.MeshMembership, await readFile(path), 4096, MESH_FILE)
  if (msg.secret.byteLength !== 32) throw new MembershipError(`${path} is damaged`)
  return { meshId: msg.meshId, secret: msg.secret }
}
