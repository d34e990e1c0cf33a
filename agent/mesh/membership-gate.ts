/**
 * The membership gate: who is a proven member of the mesh.
 *
 * On every new connection both ends run the member protocol (an HMAC of their
 * own peer id under the mesh secret). A peer that does not prove membership
 * within MEMBER_PROOF_DEADLINE_MS, or proves it wrong, is disconnected and
 * banned (BanList). Every other protocol asks `isMember` before it answers.
 */
import type { ComponentLogger, Connection, Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from 'pino'
import { MemberProtocol } from '../../protocol/member/index.js'
import type { Admissions } from './admissions.js'
import type { BanList } from './bans.js'
import { checkProof, membershipProof } from './membership.js'
import type { Membership } from './membership.js'

/** Time a new connection has to prove membership, in ms. */
export const MEMBER_PROOF_DEADLINE_MS = 5_000

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
  private stopping = false
  private readonly onOpen = (evt: CustomEvent<Connection>): void => { this.onConnection(evt.detail) }

  constructor (private readonly c: MembershipGateComponents, private readonly init: MembershipGateInit = {}) {
    const { membership } = c
    const self = c.node.peerId.toString()
    this.protocol = new MemberProtocol({
      registrar: c.node,
      logger: c.logger,
      ownHello: () => ({ meshId: membership?.meshId ?? '', proof: membership === undefined ? new Uint8Array(0) : membershipProof(membership, self), admission: c.admissions?.ownAdmission() }),
      verify: (peer, hello) => membership !== undefined && hello.meshId === membership.meshId && checkProof(membership, peer.toString(), hello.proof) &&
        (c.admissions === undefined || c.admissions.admit(peer.toString(), hello.admission ?? new Uint8Array(0)).admitted),
      onMember: peer => { this.markMember(peer) },
      onRefused: (peer, reason) => { this.refuse(peer, reason) }
    })
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
    if (this.members.has(id)) return
    if (conn.direction === 'outbound') {
      this.protocol.hello(this.c.node, peer).catch(err => {
        this.c.log.warn({ peer: id, err: (err as Error).message }, 'peer did not prove membership')
      })
    }
    setTimeout(() => {
      if (!this.members.has(id) && !this.stopping) this.refuse(peer, 'no proof of membership in time')
    }, this.init.proofDeadlineMs ?? MEMBER_PROOF_DEADLINE_MS).unref()
  }

  private markMember (peer: PeerId): void {
    const id = peer.toString()
    if (this.members.has(id)) return
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
