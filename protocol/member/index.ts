/**
 * protocol/member — `/meshbackup/member/1.0.0`: proof of membership.
 *
 * Words: a *hello* (MemberHello in proto/) carries a mesh id, a membership
 * *proof* for the sender's peer id (made with the mesh secret) and the
 * sender's *admission* (the signed invite it joined with; empty for a mesh's
 * creator): what makes them valid is the components' business (`verify`; the
 * agent's rules are in agent/mesh/admissions.ts).
 *
 * Ideas: right after a connection opens, the dialer sends its hello
 * (client.ts); the listener (member-protocol.ts) checks it and answers with
 * its own, or with a refusal, so both ends know the other holds the mesh
 * secret. Until a peer has passed this, every other meshbackup protocol
 * refuses it, and the agent closes connections that do not pass within a few
 * seconds. One message each way, size-limited, with a timeout.
 */
import { MemberProtocol } from './member-protocol.js'
import type { ProtocolRegistrar, ProtocolComponentsBase } from '../common/registered-protocol.js'
import type { PeerId } from '@libp2p/interface'

export { PROTOCOL_ID, MAX_HELLO_BYTES, MAX_ADMISSION_BYTES, HELLO_TIMEOUT_MS } from './constants.js'
export * from './errors.js'
export { proveMembership } from './client.js'
export type { MemberDialer } from './client.js'
export { MemberProtocol }

export interface Hello {
  meshId: string
  proof: Uint8Array
  /** The sender's admission (an encoded SignedInvite); empty or absent: none. At most MAX_ADMISSION_BYTES. */
  admission?: Uint8Array
}

export interface MemberProtocolComponents extends ProtocolComponentsBase {
  /** Where the handler is registered: a libp2p node or its registrar. */
  registrar: ProtocolRegistrar
  /** Our own hello (mesh id, proof for our peer id). */
  ownHello: () => Hello
  /** Does `hello` prove that `peer` is a member? */
  verify: (peer: PeerId, hello: Hello) => boolean
  /** Called once a peer has proved membership (either direction). */
  onMember: (peer: PeerId) => void
  /** Called when a peer failed to prove membership. */
  onRefused: (peer: PeerId, reason: string) => void
}

/** Every option is optional; defaults are in constants.ts. */
export interface MemberProtocolInit {
  /** Time for one exchange (either direction), in ms. Default HELLO_TIMEOUT_MS (5 s). */
  helloTimeoutMs?: number
  /** Concurrent inbound member streams per connection. Default MAX_INBOUND_STREAMS (4). */
  maxInboundStreams?: number
  /** Concurrent outbound member streams per connection. Default MAX_OUTBOUND_STREAMS (64). */
  maxOutboundStreams?: number
}

/**
 * The member protocol as a libp2p-style service factory; the service also
 * proves our membership to a peer (`hello`).
 */
export function memberProtocol (init: MemberProtocolInit = {}): (components: MemberProtocolComponents) => MemberProtocol {
  return (components) => new MemberProtocol(components, init)
}
