/**
 * protocol/status — `/meshbackup/status/1.0.0`: ask an agent how it is.
 *
 * Words: an *agent status* (AgentStatus in proto/mesh.proto) is what one agent
 * reports about itself: identity, site and media labels, storage capacity /
 * used / free, shards held per owner, the peers it knows (from its peer
 * table), software version, uptime, last backup and listen addresses.
 *
 * Ideas: one request (empty) and one response per stream; the status comes
 * from the components' getStatus() and is checked against limits on both ends
 * (status.ts); only members are answered, a non-member's stream is reset.
 */
import { StatusProtocolService } from './status-protocol.js'
import type { IsMember } from '../common/unary.js'
import type { ProtocolRegistrar, ProtocolComponentsBase } from '../common/registered-protocol.js'

export { PROTOCOL_ID, MAX_MESSAGE_BYTES, MAX_TEXT_LENGTH, REQUEST_TIMEOUT_MS } from './constants.js'
export * from './errors.js'
export * from './client.js'

/** Shards one agent holds for one owner. */
export interface OwnerShardsFields {
  owner: string
  shards: number
  /** Bytes of those shards. */
  bytes: number
}

/** One peer as seen by the reporting agent (from its peer table). */
export interface PeerSeenFields {
  peerId: string
  site: string
  media: string
  up: boolean
  capacity: number
  used: number
  /** Local time of the last heartbeat, ms since the epoch; 0 = never. */
  lastSeenMs: number
  /** Its listen addresses as heard in its heartbeats (a fresh node dials these). */
  addrs: string[]
}

/** An agent's status as plain values (see meshbackup.AgentStatus). Sizes in bytes. */
export interface AgentStatusFields {
  peerId: string
  site: string
  media: string
  capacity: number
  used: number
  free: number
  shardsPerOwner: OwnerShardsFields[]
  peers: PeerSeenFields[]
  /** Agent software version. */
  version: string
  uptimeMs: number
  /** ms since the epoch; 0 = never. */
  lastBackupMs: number
  addrs: string[]
}

/** Where handlers are registered: a libp2p node or its registrar. */
export interface StatusRegistrar extends ProtocolRegistrar {}

export interface StatusProtocolComponents extends ProtocolComponentsBase {
  registrar: StatusRegistrar
  /** This agent's current status. */
  getStatus: () => Promise<AgentStatusFields>
  /** Is the remote peer a member of the mesh? Non-members' streams are reset. */
  isMember: IsMember
}

/** Every option is optional; defaults are in constants.ts. */
export interface StatusProtocolInit {
  /** Time to read a request and answer it, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Largest message, in bytes. Default MAX_MESSAGE_BYTES (4 MiB). */
  maxMessageBytes?: number
  /** Concurrent inbound status streams per connection. Default MAX_INBOUND_STREAMS (4). */
  maxInboundStreams?: number
  /** Concurrent outbound status streams per connection. Default MAX_OUTBOUND_STREAMS (4). */
  maxOutboundStreams?: number
}

/** The responder side of the status protocol, a start/stop service. */
export interface StatusProtocol {
  readonly protocol: string
  start: () => Promise<void>
  stop: () => Promise<void>
  isStarted: () => boolean
}

/**
 * The status protocol as a libp2p-style service factory, e.g.
 * `services: { status: (c) => statusProtocol()({ registrar: c.registrar, getStatus, isMember }) }`.
 */
export function statusProtocol (init: StatusProtocolInit = {}): (components: StatusProtocolComponents) => StatusProtocol {
  return (components) => new StatusProtocolService(components, init)
}
