/**
 * The agent's libp2p node: TCP + Noise + yamux, identify and ping,
 * a persistent Ed25519 identity, no discovery (peers come from the roster and
 * the invite's bootstrap addresses), and an optional membership gater.
 *
 * Muxer settings for bulk shard transfer (MESH_YAMUX_DEFAULTS): every stream's
 * read buffer (32 MiB) covers its largest receive window (16 MiB), so a receiver
 * may pause a stream for backpressure without yamux resetting it with
 * StreamBufferError (yamux's default buffer, 4 MiB, is smaller than its window).
 * The initial window stays at the spec's 256 KiB: it must be equal on both ends,
 * and larger values did not measurably help (test/bench/mesh-transfer.ts).
 */
import { identify } from '@libp2p/identify'
import { defaultLogger } from '@libp2p/logger'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { isIP } from 'node:net'
import { createLibp2p } from 'libp2p'
import type { Identify } from '@libp2p/identify'
import type { ComponentLogger, ConnectionGater, ConnectionProtector, Libp2p, PeerId, PrivateKey, ServiceMap } from '@libp2p/interface'
import type { ConnectionManager, Registrar } from '@libp2p/interface-internal'
import type { ServiceFactoryMap } from 'libp2p'
import type { Ping } from '@libp2p/ping'
import { meshEncrypter } from './handshake.js'
import type { HandshakeFailure } from './handshake.js'


/** The services every mesh node runs. */
export interface MeshBaseServices extends ServiceMap {
  identify: Identify
  ping: Ping
}

/** Muxer tuning; every field optional, defaults in MESH_YAMUX_DEFAULTS. */
export interface MeshMuxerOptions {
  /**
   * Per-stream window a new stream starts with, in bytes. The yamux spec fixes
   * it at 256 KiB and both ends assume the same value, so every agent of a
   * mesh must use the same setting (a sender with a larger one than its
   * receiver overruns it and the connection is dropped).
   */
  initialStreamWindowSize?: number
  /**
   * Largest per-stream receive window, in bytes. yamux grows a stream's window
   * from 256 KiB up to this while the reader keeps up.
   */
  maxStreamWindowSize?: number
  /**
   * Per-stream read buffer limit, in bytes: data that arrives while a stream is
   * paused (or before anyone listens) is held here; past it the stream is reset.
   * Must cover maxStreamWindowSize or a paused stream gets reset.
   */
  maxReadBufferLength?: number
  /** Streams per connection, both directions (all protocols). */
  maxInboundStreams?: number
  maxOutboundStreams?: number
}

/** Defaults of MeshMuxerOptions, measured with test/bench/mesh-transfer.ts. */
export const MESH_YAMUX_DEFAULTS = {
  initialStreamWindowSize: 256 * 1024,
  maxStreamWindowSize: 16 * 1024 * 1024,
  maxReadBufferLength: 32 * 1024 * 1024,
  maxInboundStreams: 256,
  maxOutboundStreams: 256
} as const

/**
 * Allow-list of peers. Membership (mesh roster) comes later; this is the hook:
 * connections from/to peers for which `allows` returns false are dropped right
 * after the Noise handshake, before any protocol runs.
 */
export interface MeshRoster {
  allows: (peer: PeerId) => boolean | Promise<boolean>
}

/** The node internals an extra service may use (a narrow view of libp2p's components). */
export interface MeshServiceComponents {
  peerId: PeerId
  registrar: Registrar
  connectionManager: ConnectionManager
}

/** Factories of extra services, one per key of S. */
export type MeshServiceFactories<S> = { [K in keyof S]: (components: MeshServiceComponents) => S[K] }

export interface MeshNodeInit<S extends ServiceMap = Record<string, unknown>> {
  /** The agent's persistent Ed25519 identity (from @libp2p/crypto/keys). */
  privateKey: PrivateKey
  /** Multiaddrs to listen on, e.g. `/ip4/127.0.0.1/tcp/0`. Default: none (dial only). */
  listen?: string[]
  /** Membership roster; when given, only its peers may connect either way. */
  roster?: MeshRoster
  /** A full connection gater; merged over the roster gater (its hooks win). */
  connectionGater?: ConnectionGater
  /** Muxer tuning for bulk transfer, defaults in MESH_YAMUX_DEFAULTS. */
  muxer?: MeshMuxerOptions
  /**
   * TCP_NODELAY on every socket (default true, as libp2p). With false, Nagle's
   * algorithm may merge Noise's 2-byte length prefixes with the frames they head.
   */
  tcpNoDelay?: boolean
  /** Extra services (e.g. the shard protocol) started with the node. */
  services?: MeshServiceFactories<S>
  /**
   * A libp2p connection protector (@libp2p/pnet). The agent does not use one
   * (members prove the mesh secret per connection instead, see README); the
   * benchmark sets it to measure what a pre-shared key costs.
   */
  connectionProtector?: () => ConnectionProtector
  /** Where libp2p and the node log (the agent: its pino logger, agent/log.ts). Default: @libp2p/logger (DEBUG=…). */
  logger?: ComponentLogger
  /**
   * The mesh's Noise prologue (handshake.ts meshPrologue): only nodes with the
   * same one complete a handshake. Without it, plain Noise.
   */
  prologue?: Uint8Array
  /** Told of every failed security handshake (for throttling by address). */
  onHandshakeFailure?: HandshakeFailure
  /** Connection limits; defaults in MESH_CONNECTION_DEFAULTS. */
  limits?: MeshConnectionLimits
  /** Source address of outbound connections (a multi-homed host; tests dial from other loopback addresses). */
  dialFrom?: string
}

/** Limits on inbound connections that keep members reachable under a flood. */
export interface MeshConnectionLimits {
  /** Time an inbound connection has for its whole upgrade (security handshake, muxer), in ms. */
  inboundUpgradeTimeout?: number
  /** Inbound connections in their upgrade at once, all addresses (per address: bans.ts MAX_PENDING_PER_ADDRESS). */
  maxIncomingPendingConnections?: number
  /** New inbound connections per second per host. */
  inboundConnectionThreshold?: number
  /** Hosts (IPs) exempt from the limits: known members' (connection manager `allow`). */
  allow?: string[]
}

/**
 * Defaults of MeshConnectionLimits. libp2p's are 10 s, 10 pending and 5 per
 * second per host: ten stalled sockets locked every member out, and its
 * per-host rate (static allow list) cannot tell a member's host from an
 * attacker's. So libp2p's own limits are only a backstop here; the limits per
 * host are the gater's (bans.ts), which knows the members' hosts as they come
 * and go. A member's handshake takes milliseconds on a LAN and well under a
 * second across the WAN; 5 s leaves room for a loaded machine.
 */
export const MESH_CONNECTION_DEFAULTS = {
  inboundUpgradeTimeout: 5_000,
  maxIncomingPendingConnections: 256,
  inboundConnectionThreshold: 1_000
} as const

/** A connection gater that denies encrypted connections with non-members. */
export function rosterGater (roster: MeshRoster, log = defaultLogger().forComponent('meshbackup:mesh:node')): ConnectionGater {
  const deny = async (peer: PeerId): Promise<boolean> => {
    const allowed = await roster.allows(peer)
    if (!allowed) {
      log('denying connection with non-member %p', peer)
    }
    return !allowed
  }
  return {
    denyInboundEncryptedConnection: deny,
    denyOutboundEncryptedConnection: deny
  }
}

/** Create and start a mesh node (TCP, Noise, yamux, identify, ping). */
export async function createMeshNode<S extends ServiceMap = Record<string, unknown>> (init: MeshNodeInit<S>): Promise<Libp2p<MeshBaseServices & S>> {
  if (init.privateKey.type !== 'Ed25519') {
    throw new TypeError(`mesh identity must be an Ed25519 key, got ${init.privateKey.type}`)
  }
  const logger = init.logger ?? defaultLogger()
  const log = logger.forComponent('meshbackup:mesh:node')
  const muxer = { ...MESH_YAMUX_DEFAULTS, ...init.muxer }
  if (muxer.maxReadBufferLength < muxer.maxStreamWindowSize) {
    throw new RangeError(`maxReadBufferLength (${muxer.maxReadBufferLength}) must cover maxStreamWindowSize (${muxer.maxStreamWindowSize})`)
  }
  const gater: ConnectionGater = {
    ...(init.roster != null ? rosterGater(init.roster, log) : {}),
    ...init.connectionGater
  }
  const services = {
    ...init.services,
    identify: identify(),
    ping: ping()
  } as unknown as ServiceFactoryMap<MeshBaseServices & S>

  const node = await createLibp2p<MeshBaseServices & S>({
    privateKey: init.privateKey,
    addresses: { listen: init.listen ?? [] },
    transports: [tcp({
      // localAddress reaches net.connect (the transport passes dialOpts through)
      dialOpts: { noDelay: init.tcpNoDelay ?? true, ...(init.dialFrom !== undefined ? { localAddress: init.dialFrom } : {}) } as { noDelay: boolean },
      listenOpts: { noDelay: init.tcpNoDelay ?? true }
    })],
    connectionEncrypters: [meshEncrypter(init.prologue, init.onHandshakeFailure)],
    streamMuxers: [yamux({
      maxInboundStreams: muxer.maxInboundStreams,
      maxOutboundStreams: muxer.maxOutboundStreams,
      streamOptions: {
        initialStreamWindowSize: muxer.initialStreamWindowSize,
        maxStreamWindowSize: muxer.maxStreamWindowSize,
        maxReadBufferLength: muxer.maxReadBufferLength
      }
    })],
    connectionGater: gater,
    ...(init.connectionProtector !== undefined ? { connectionProtector: init.connectionProtector } : {}),
    peerDiscovery: [],
    logger,
    connectionManager: {
      inboundUpgradeTimeout: init.limits?.inboundUpgradeTimeout ?? MESH_CONNECTION_DEFAULTS.inboundUpgradeTimeout,
      maxIncomingPendingConnections: init.limits?.maxIncomingPendingConnections ?? MESH_CONNECTION_DEFAULTS.maxIncomingPendingConnections,
      inboundConnectionThreshold: init.limits?.inboundConnectionThreshold ?? MESH_CONNECTION_DEFAULTS.inboundConnectionThreshold,
      allow: (init.limits?.allow ?? []).filter(h => isIP(h) !== 0).map(h => isIP(h) === 6 ? `/ip6/${h}` : `/ip4/${h}`)
    },
    services,
    start: true
  })
  log('started %p listening on %s', node.peerId, node.getMultiaddrs().map(ma => ma.toString()).join(', '))
  return node
}
