/**
 * Admissions: which peer ids this member lets in, on whose word, with which
 * site and media.
 *
 * Words: an *admission* is the SignedInvite (agent/mesh/membership.ts) a
 * joiner got with its token and shows on first contact (MemberHello.admission)
 * and in its heartbeats; its *issuer* is the member that signed it, and
 * *attests* the site and media it names.
 *
 * Rules (admit): a peer id is let in when it is already admitted, is this
 * agent, is the issuer of this agent's own admission, or was in the peer table
 * before admissions existed (`knownPeer`); otherwise only with an admission
 * that is correctly signed, for this mesh, unexpired, issued by a member (and,
 * when `admins` is not empty, by an admin); a single-use invite admits one
 * peer id only (invite id → peer id is remembered). Admitted peers are
 * persisted (store/admission-db.ts). `attest` records the labels of a peer
 * that shows its admission in a heartbeat without checking the expiry (it got
 * in earlier, perhaps through another member), but with every other rule.
 */
import type { PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'
import type { StoredAdmission } from '../../store/admission-db.js'
import { checkNotExpired, signInvite, verifyInvite } from './membership.js'
import type { InviteRecord, SavedMembership } from './membership.js'

/** This agent may not issue invites: `admins:` in config.yaml does not name it. */
export class NotAdminError extends Error {
  override name = 'NotAdminError'
}

export interface AdmissionsComponents {
  selfId: string
  identity: PrivateKey
  /** undefined: in no mesh (nothing is admitted). */
  membership: SavedMembership | undefined
  /** Peer ids allowed to issue invites (config `admins:`); empty = every member. */
  admins: readonly string[]
  store: { load: () => Promise<StoredAdmission[]>, save: (r: StoredAdmission) => Promise<void> }
  /** Was `id` a member before admissions existed (in the peer table)? */
  knownPeer: (id: string) => boolean
  log?: Pick<Logger, 'warn' | 'info'>
  now?: () => number
}

export interface InviteOptions {
  /** Lifetime from now, ms. */
  ttlMs: number
  singleUse: boolean
  /** The site and media attested for the joiner ('' = none: the joiner's own claim stands). */
  site: string
  media: string
}

/** A refusal says why; an admission says on whose word. */
export type AdmitResult = { admitted: true, record?: InviteRecord } | { admitted: false, reason: string }

/** What status shows of a peer's admission. */
export interface Attestation {
  inviteId: string
  issuer: string
  site: string
  media: string
}

export class Admissions {
  readonly name = 'admissions'
  /** peer id → its admission record. */
  private readonly admitted = new Map<string, InviteRecord>()
  /** invite id → peer id, for single-use invites. */
  private readonly uses = new Map<string, string>()
  private readonly own: InviteRecord | undefined

  constructor (private readonly c: AdmissionsComponents) {
    const m = c.membership
    this.own = m === undefined || m.admission.byteLength === 0 ? undefined : tryVerify(m.admission, m.meshId)
    if (this.own !== undefined) this.remember(c.selfId, this.own)
  }

  async start (): Promise<void> {
    const m = this.c.membership
    if (m === undefined) return
    for (const { peerId, admission } of await this.c.store.load()) {
      const record = tryVerify(admission, m.meshId)
      if (record !== undefined && this.admitted.get(peerId) === undefined) this.remember(peerId, record)
    }
  }

  async stop (): Promise<void> {}

  /** The admission this agent joined with, for its hello and heartbeats (empty: it created the mesh). */
  ownAdmission (): Uint8Array {
    return this.c.membership?.admission ?? new Uint8Array(0)
  }

  /** May this agent issue invites? */
  mayIssue (): boolean {
    return this.c.admins.length === 0 || this.c.admins.includes(this.c.selfId)
  }

  /** Sign a new invite record (GET /v1/invite). Throws NotAdminError. */
  async issue (opts: InviteOptions): Promise<{ admission: Uint8Array, record: InviteRecord }> {
    const m = this.c.membership
    if (m === undefined) throw new Error('not in a mesh')
    if (!this.mayIssue()) throw new NotAdminError(`this agent (${this.c.selfId}) may not issue invites: admins in config.yaml names ${this.c.admins.join(', ')}`)
    return await signInvite(this.c.identity, { meshId: m.meshId, expiresMs: this.now() + opts.ttlMs, singleUse: opts.singleUse, site: opts.site, media: opts.media })
  }

  /** Is `id` a member as far as this agent knows (itself, its inviter, admitted, or known before admissions)? */
  isMember (id: string): boolean {
    return id === this.c.selfId || id === this.own?.issuer || this.admitted.has(id) || this.c.knownPeer(id)
  }

  /** Decide on a peer at first contact (the member protocol's hello). */
  admit (peerId: string, admission: Uint8Array): AdmitResult {
    if (this.admitted.has(peerId)) return { admitted: true, record: this.admitted.get(peerId) }
    if (this.isMember(peerId)) return { admitted: true }
    if (admission.byteLength === 0) return this.refuse(peerId, 'a new peer without an invite record')
    const checked = this.check(peerId, admission, true)
    if (typeof checked === 'string') return this.refuse(peerId, checked)
    this.keep(peerId, admission, checked)
    return { admitted: true, record: checked }
  }

  /**
   * The admission a member shows in its heartbeats: record its attested labels
   * when they check out (not the expiry: it got in earlier). Returns the
   * attestation that holds for the peer, if any.
   */
  attest (peerId: string, admission: Uint8Array): Attestation | undefined {
    const known = this.admitted.get(peerId)
    if (known === undefined && admission.byteLength > 0) {
      const checked = this.check(peerId, admission, false)
      if (typeof checked === 'string') this.c.log?.warn({ peer: peerId, reason: checked }, 'ignoring the invite record in a heartbeat')
      else this.keep(peerId, admission, checked)
    }
    return this.attestation(peerId)
  }

  /** Who attested `peerId`'s labels, and with which invite; undefined: nobody (a creator, or admitted before admissions). */
  attestation (peerId: string): Attestation | undefined {
    const r = this.admitted.get(peerId)
    return r === undefined ? undefined : { inviteId: r.inviteId, issuer: r.issuer, site: r.site, media: r.media }
  }

  private check (peerId: string, admission: Uint8Array, fresh: boolean): InviteRecord | string {
    const m = this.c.membership
    if (m === undefined) return 'this agent is in no mesh'
    let record: InviteRecord
    try {
      record = verifyInvite(admission, m.meshId)
      if (fresh) checkNotExpired(record, this.now())
    } catch (err) {
      return (err as Error).message
    }
    if (record.issuer === peerId) return 'an invite record issued to itself'
    if (!this.isMember(record.issuer)) return `the invite's issuer ${record.issuer} is not a member`
    if (this.c.admins.length > 0 && !this.c.admins.includes(record.issuer)) return `the invite's issuer ${record.issuer} is not an admin`
    const used = this.uses.get(record.inviteId)
    if (record.singleUse && used !== undefined && used !== peerId) return `single-use invite ${record.inviteId} already admitted ${used}`
    return record
  }

  private keep (peerId: string, admission: Uint8Array, record: InviteRecord): void {
    this.remember(peerId, record)
    this.c.log?.info({ peer: peerId, invite: record.inviteId, issuer: record.issuer, site: record.site }, 'admitted with an invite')
    this.c.store.save({ peerId, admission }).catch((err: Error) => { this.c.log?.warn({ peer: peerId, err: err.message }, 'cannot save an admission') })
  }

  private remember (peerId: string, record: InviteRecord): void {
    this.admitted.set(peerId, record)
    if (!this.uses.has(record.inviteId)) this.uses.set(record.inviteId, peerId)
  }

  private refuse (peerId: string, reason: string): AdmitResult {
    this.c.log?.warn({ peer: peerId, reason }, 'admission refused')
    return { admitted: false, reason }
  }

  private now (): number {
    return this.c.now?.() ?? Date.now()
  }
}

function tryVerify (admission: Uint8Array, meshId: string): InviteRecord | undefined {
  try { return verifyInvite(admission, meshId) } catch { return undefined }
}
