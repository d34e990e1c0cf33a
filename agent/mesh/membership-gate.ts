/**
 * The membership gate: who is a proven member of the mesh.
 *
 * On every new connection both ends run the member protocol (an HMAC of their
 * own peer id under the mesh secret). A peer that does not prove membership
 * within MEMBER_PROOF_DEADLINE_MS, or proves it wrong, is disconnected and
 * banned (BanList). Every other protocol asks `isMember` before it answers.
 *
 * Re-admission after a restart: the dialer proves itself on EVERY new
 * connection, also to a peer it still counts as a member (that peer may have
 * restarted and forgotten it); the listener, if no proof came within a moment,
 * proves itself too (its hello's answer carries the dialer's proof). A hello
 * that fails for a transient reason (the other end's handler not registered
 * yet during its start-up, a reset stream) is retried with backoff until the
 * deadline: only a refused or malformed proof bans.
 */
import type { ComponentLogger, Connection, Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from 'pino'
import { InvalidMessageError } from '../../protocol/common/errors.js'
import { MemberProtocol, proveMembership } from '../../protocol/member/index.js'
import type { Hello } from '../../protocol/member/index.js'
import type { Admissions } from './admissions.js'
import type { BanList } from './bans.js'
import { checkProof, membershipProof } from './membership.js'
import type { Membership } from './membership.js'

/** Time a new connection has to prove membership, in ms. */
export const MEMBER_PROOF_DEADLINE_MS = 5_000
/** Time a listener waits for the dialer's proof before it proves itself, in ms (capped at a third of the deadline). */
export const INBOUND_HELLO_DELAY_MS = 1_000
/** First retry delay of a hello that failed for a transient reason, in ms (doubled each time, until the deadline). */
export const HELLO_RETRY_MS = 100

export interface MembershipGateComponents {
  node: Pick<Libp2p, 'peerId' | 'getConnections' | 'dialProtocol' | 'handle' | 'unhandle' | 'addEventListener' | 'removeEventListener'>
  membership: Membership | undefined
  bans: BanList
  log: Logger
  /** Where the member protocol logs (the agent's family). */
  logger?: ComponentLogger
  /** Who may join (admissions.ts): a new peer id needs a valid invite record; none given: the proof alone. */
  admissions?: Pick<Admissions, 'ownAdmission' | 'admit'>
}

export interface MembershipGateInit {
  /** Time a new connection has to prove membership, in ms. Default MEMBER_PROOF_DEADLINE_MS. */
  proofDeadlineMs?: number
}

export class MembershipGate {
  readonly name = 'membership-gate'
  private readonly members = new Set<string>()
  private readonly protocol: MemberProtocol
  private readonly listeners: Array<(peer: PeerId) => void> = []
  private readonly reconnectListeners: Array<(peer: PeerId) => void> = []
  private stopping = false
  private readonly onOpen = (evt: CustomEvent<Connection>): void => { this.onConnection(evt.detail) }
  private readonly ownHello: () => Hello
  private readonly verify: (peer: PeerId, hello: Hello) => boolean

  constructor (private readonly c: MembershipGateComponents, private readonly init: MembershipGateInit = {}) {
    const { membership } = c
    const self = c.node.peerId.toString()
    this.ownHello = () => ({ meshId: membership?.meshId ?? '', proof: membership === undefined ? new Uint8Array(0) : membershipProof(membership, self), admission: c.admissions?.ownAdmission() })
    this.verify = (peer, hello) => membership !== undefined && hello.meshId === membership.meshId && checkProof(membership, peer.toString(), hello.proof) &&
      (c.admissions === undefined || c.admissions.admit(peer.toString(), hello.admission ?? new Uint8Array(0)).admitted)
    this.protocol = new MemberProtocol({
      registrar: c.node,
      logger: c.logger,
      ownHello: this.ownHello,
      verify: this.verify,
      onMember: peer => { this.markMember(peer) },
      onRefused: (peer, reason) => { this.refuse(peer, reason) }
    })
  }

  private get deadlineMs (): number {
    return this.init.proofDeadlineMs ?? MEMBER_PROOF_DEADLINE_MS
  }

  async start (): Promise<void> {
    await this.protocol.start()
    this.c.node.addEventListener('connection:open', this.onOpen)
  }

  async stop (): Promise<void> {
    this.stopping = true
    this.c.node.removeEventListener('connection:open', this.onOpen)
    await this.protocol.stop()
  }

  /** Called once for each peer that becomes a member (first proof). */
  onMember (listener: (peer: PeerId) => void): void {
    this.listeners.push(listener)
  }

  /** Called on every proof of a member already known (a reconnection, perhaps after it restarted). */
  onReconnect (listener: (peer: PeerId) => void): void {
    this.reconnectListeners.push(listener)
  }

  isMember (id: string): boolean {
    return this.members.has(id)
  }

  /** Is `id` a proven member with an open connection? */
  isConnectedMember (id: string): boolean {
    return this.members.has(id) && this.c.node.getConnections(peerIdFromString(id)).length > 0
  }

  /** Members currently connected and proven. */
  upMembers (): string[] {
    return [...this.members].filter(id => this.isConnectedMember(id))
  }

  private onConnection (conn: Connection): void {
    const peer = conn.remotePeer
    const id = peer.toString()
    // the dialer always proves itself: the other end may have restarted and forgotten us
    if (conn.direction === 'outbound') void this.prove(peer, conn)
    if (this.members.has(id)) return
    if (conn.direction === 'inbound') {
      // a dialer that still counted us as a member (an older version) or whose hello failed: prove ourselves, its answer proves it
      setTimeout(() => {
        if (!this.members.has(id) && !this.stopping && conn.status === 'open') void this.prove(peer, conn)
      }, Math.min(INBOUND_HELLO_DELAY_MS, Math.floor(this.deadlineMs / 3))).unref()
    }
    setTimeout(() => {
      if (!this.members.has(id) && !this.stopping) this.refuse(peer, 'no proof of membership in time')
    }, this.deadlineMs).unref()
  }

  /**
   * Our hello to `peer` over `conn`'s peer, retried with backoff while it fails
   * for a transient reason and the connection is open, until the deadline.
   * A refused or malformed proof refuses the peer at once.
   */
  private async prove (peer: PeerId, conn: Connection): Promise<void> {
    const id = peer.toString()
    const end = Date.now() + this.deadlineMs
    const components = { ownHello: this.ownHello, verify: this.verify, onMember: (p: PeerId) => { this.markMember(p) }, onRefused: () => {} }
    for (let delay = HELLO_RETRY_MS; ; delay *= 2) {
      try {
        await proveMembership(this.c.node, peer, components, { timeoutMs: Math.max(1, end - Date.now()) })
        return
      } catch (err) {
        const e = err as Error
        if (e.name === 'MembershipRefusedError' || err instanceof InvalidMessageError) {
          this.refuse(peer, e.message)
          return
        }
        if (this.stopping || conn.status !== 'open' || Date.now() + delay >= end) {
          if (!this.members.has(id)) this.c.log.warn({ peer: id, err: e.message }, 'peer did not prove membership')
          return
        }
        await new Promise(resolve => setTimeout(resolve, delay).unref())
      }
    }
  }

  private markMember (peer: PeerId): void {
    const id = peer.toString()
    if (this.members.has(id)) {
      for (const l of this.reconnectListeners) l(peer)
      return
    }
    this.members.add(id)
    this.c.log.info({ peer: id }, 'member connected')
    for (const l of this.listeners) l(peer)
  }

  private refuse (peer: PeerId, reason: string): void {
    const id = peer.toString()
    if (this.members.has(id)) return
    this.c.bans.ban(id)
    this.c.log.warn({ peer: id, reason }, 'refusing non-member')
    for (const conn of this.c.node.getConnections(peer)) void Promise.resolve(conn.close()).catch(() => {})
  }
}
