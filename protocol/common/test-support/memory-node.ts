/**
 * Test support for the protocol unit tests: in-memory "nodes" that each act
 * as a protocol registrar (handle/unhandle) and a dialer (dialProtocol), so a
 * protocol's service and client talk without TCP, Noise, yamux or a libp2p
 * node.
 *
 * Each dial is one pair of real libp2p 3 streams from @libp2p/utils
 * `streamPair` (its MockStream over a message queue: send/drain backpressure,
 * pause/resume, close, reset, half-close as on a muxed stream). The dialed
 * node's handler gets the inbound end and a connection carrying the dialer's
 * peer id; the dialer gets the outbound end. Not simulated: stream limits per
 * connection, protocol negotiation (an unregistered protocol throws at once),
 * and the connection itself (nothing to close or gate).
 *
 * The node tier (test/mesh/*-protocol.test.ts) runs the same protocols over
 * real libp2p nodes on 127.0.0.1.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { streamPair } from '@libp2p/utils'
import { messageChannel } from '../stream-io.js'
import type { Decoder, Encoder } from '../stream-io.js'
import type { ProtocolRegistrar } from '../registered-protocol.js'
import type { ProtocolDialer } from '../unary.js'
import type { Connection, DialProtocolOptions, DialTarget, PeerId, PrivateKey, Stream, StreamCloseEvent, StreamHandler } from '@libp2p/interface'

/** The peers of one in-memory network, by peer id string. */
export class MemoryNetwork {
  readonly nodes = new Map<string, MemoryNode>()

  /** A new node with a fresh Ed25519 identity. */
  async node (): Promise<MemoryNode> {
    const privateKey = await generateKeyPair('Ed25519')
    const node = new MemoryNode(this, privateKey)
    this.nodes.set(node.peerId.toString(), node)
    return node
  }
}

export class MemoryNode implements ProtocolRegistrar, ProtocolDialer {
  readonly peerId: PeerId
  readonly privateKey: PrivateKey
  /** Every stream this node opened or was handed, for assertions and cleanup. */
  readonly streams: Stream[] = []
  private readonly handlers = new Map<string, StreamHandler>()
  private readonly network: MemoryNetwork

  constructor (network: MemoryNetwork, privateKey: PrivateKey) {
    this.network = network
    this.privateKey = privateKey
    this.peerId = peerIdFromPrivateKey(privateKey)
  }

  async handle (protocol: string, handler: StreamHandler): Promise<void> {
    if (this.handlers.has(protocol)) throw new Error(`a handler for ${protocol} is already registered`)
    this.handlers.set(protocol, handler)
  }

  async unhandle (protocol: string): Promise<void> {
    this.handlers.delete(protocol)
  }

  /** Open a stream to `peer` (a PeerId of this network) for `protocols` (the first one this network's node handles). */
  async dialProtocol (peer: DialTarget, protocols: string | string[], options: DialProtocolOptions = {}): Promise<Stream> {
    options.signal?.throwIfAborted()
    const target = this.network.nodes.get(peer.toString())
    if (target == null) throw Object.assign(new Error(`no node ${peer.toString()} in this network`), { name: 'DialError' })
    const wanted = typeof protocols === 'string' ? [protocols] : protocols
    const protocol = wanted.find(p => target.handlers.has(p))
    if (protocol == null) throw Object.assign(new Error(`${peer.toString()} does not handle ${wanted.join(', ')}`), { name: 'UnsupportedProtocolError' })
    const handler = target.handlers.get(protocol) as StreamHandler
    const [outbound, inbound] = await streamPair({ protocol, delay: 0 })
    // the inbound end negotiated the same protocol
    inbound.protocol = protocol
    this.streams.push(outbound)
    target.streams.push(inbound)
    // only remotePeer is read by the protocols' handlers
    const connection = { remotePeer: this.peerId } as unknown as Connection
    void Promise.resolve(handler(inbound, connection)).catch((err: unknown) => {
      inbound.abort(err instanceof Error ? err : new Error(String(err)))
    })
    return outbound
  }

  /** Abort every stream still open (afterEach). */
  abortAll (): void {
    for (const s of this.streams) {
      if (s.status === 'open') s.abort(new Error('test over'))
    }
  }
}

/**
 * Resolves with the stream's close error once it ends: an Error for a reset
 * or abort, undefined for a clean close.
 */
export async function streamEnd (stream: Stream): Promise<Error | undefined> {
  if (stream.status === 'reset' || stream.status === 'aborted') {
    return Object.assign(new Error(`stream ${stream.status}`), { name: 'StreamResetError' })
  }
  if (stream.status !== 'open') return undefined
  return new Promise(resolve => {
    stream.addEventListener('close', (evt: StreamCloseEvent) => { resolve(evt.error) }, { once: true })
  })
}

/** A varint length prefix (for hand-made malformed frames). */
export function varintPrefix (length: number): Uint8Array {
  const out: number[] = []
  while (length >= 0x80) {
    out.push((length % 0x80) | 0x80)
    length = Math.floor(length / 0x80)
  }
  out.push(length)
  return Uint8Array.from(out)
}

/** Send one hand-made length-prefixed message (of `type`) on a raw stream. */
export async function sendMessage<T> (stream: Stream, type: Encoder<T>, message: T): Promise<void> {
  await messageChannel(stream, { maxMessageBytes: 1024 * 1024 }).write(type, message, { signal: AbortSignal.timeout(5_000) })
}

/** Read one length-prefixed message (of `type`) from a raw stream. */
export async function readMessage<T> (stream: Stream, type: Decoder<T>): Promise<T> {
  return messageChannel(stream, { maxMessageBytes: 1024 * 1024 }).read(type, 'test message', { signal: AbortSignal.timeout(5_000) })
}
