/**
 * Membership proven in the security handshake itself, before anything else
 * happens on a connection.
 *
 * Every mesh node runs Noise with a prologue derived from the mesh secret:
 * HMAC-SHA-256(secret, MESH_PROLOGUE_LABEL || mesh id). Noise mixes the
 * prologue into its handshake hash, so two ends with different prologues
 * cannot finish the handshake: a peer without the secret never gets an
 * encrypted connection, hence no stream, no protocol handler, no gossip, no
 * identify answer. Both ends prove it at once, and it costs nothing per byte
 * (unlike a libp2p pre-shared key, which encrypts every byte again: README).
 * The member protocol's per-peer proof still runs on top (MembershipGate).
 *
 * Failed handshakes are reported with the remote address, so that repeated
 * failures from one address are throttled by address (BanList), not by peer
 * id (ids are free).
 */
import { createHmac } from 'node:crypto'
import { noise } from '@chainsafe/libp2p-noise'
import type { ConnectionEncrypter, MessageStream, SecureConnectionOptions, SecuredConnection } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { MESH_PROLOGUE_LABEL } from '../crypto/labels.js'
import { remoteHost } from './bans.js'
import type { BanList } from './bans.js'
import type { Membership } from './membership.js'

/** The Noise prologue of a mesh: only holders of its secret can compute it. */
export function meshPrologue (m: Membership): Uint8Array {
  return createHmac('sha256', m.secret).update(MESH_PROLOGUE_LABEL).update(m.meshId).digest()
}

/** Called when a security handshake fails (wrong prologue, garbage, timeout). */
export type HandshakeFailure = (remoteAddr: Multiaddr | undefined, direction: 'inbound' | 'outbound', err: Error) => void

type NoiseFactory = ReturnType<typeof noise>
type EncrypterFactory = (components: Parameters<NoiseFactory>[0]) => ConnectionEncrypter

/**
 * Noise with the mesh's prologue, reporting failed handshakes. Without a
 * prologue it is plain Noise (benchmarks, tests of the other layers).
 */
export function meshEncrypter (prologue: Uint8Array | undefined, onFailure: HandshakeFailure = () => {}): EncrypterFactory {
  const inner = noise(prologue === undefined ? {} : { prologueBytes: prologue })
  return (components) => {
    const n = inner(components)
    const watch = async <T>(direction: 'inbound' | 'outbound', connection: MessageStream, run: () => Promise<T>): Promise<T> => {
      try {
        return await run()
      } catch (err) {
        onFailure((connection as { remoteAddr?: Multiaddr }).remoteAddr, direction, err as Error)
        throw err
      }
    }
    return {
      protocol: n.protocol,
      secureInbound: async (connection: MessageStream, options?: SecureConnectionOptions): Promise<SecuredConnection> => await watch('inbound', connection, async () => await n.secureInbound(connection, options)),
      secureOutbound: async (connection: MessageStream, options?: SecureConnectionOptions): Promise<SecuredConnection> => await watch('outbound', connection, async () => await n.secureOutbound(connection, options))
    }
  }
}

/**
 * What a failed handshake does: an inbound one counts against its address
 * (BanList throttles it), and the first of each window is logged; an outbound
 * one (we dialled a peer of another mesh, or an impostor) is logged.
 */
export function onHandshakeFailure (bans: Pick<BanList, 'handshakeFailed'>, log: Logger): HandshakeFailure {
  return (remoteAddr, direction, err) => {
    const addr = remoteAddr?.toString() ?? '?'
    if (direction === 'outbound') {
      log.warn({ addr, err: err.message }, 'the peer refused our security handshake or failed it: it did not prove membership of this mesh')
      return
    }
    bans.handshakeFailed(remoteHost(remoteAddr))
  }
}
