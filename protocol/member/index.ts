/**
 * protocol/member — `/meshbackup/member/1.0.0`: proof of membership.
 *
 * Right after a connection opens, the dialer sends a MemberHello (mesh id and
 * its membership proof); the listener checks it and answers with its own, so
 * both ends know the other holds the mesh secret. Until a peer has passed this,
 * every other meshbackup protocol refuses it, and the agent closes connections
 * that do not pass within a few seconds. One message each way, size-limited,
 * with a timeout.
 */
import { lpStream } from '@libp2p/utils'
import { logger } from '@libp2p/logger'
import type { AbortOptions, Connection, PeerId, Stream, StreamHandler, StreamHandlerOptions } from '@libp2p/interface'
import { pb, decode, encode } from '../../proto/index.js'

export const PROTOCOL_ID = '/meshbackup/member/1.0.0'
/** Largest hello, in bytes. */
export const MAX_HELLO_BYTES = 1024
/** Time for the whole exchange, in ms. */
export const HELLO_TIMEOUT_MS = 5_000

const log = logger('meshbackup:protocol:member')

export class MembershipRefusedError extends Error {
  override name = 'MembershipRefusedError'
}

export interface Hello {
  meshId: string
  proof: Uint8Array
}

export interface MemberProtocolComponents {
  registrar: {
    handle: (protocol: string, handler: StreamHandler, options?: StreamHandlerOptions) => Promise<void>
    unhandle: (protocol: string, options?: AbortOptions) => Promise<void>
  }
  /** Our own hello (mesh id, proof for our peer id). */
  ownHello: () => Hello
  /** Does `hello` prove that `peer` is a member? */
  verify: (peer: PeerId, hello: Hello) => boolean
  /** Called once a peer has proved membership (either direction). */
  onMember: (peer: PeerId) => void
  /** Called when a peer failed to prove membership. */
  onRefused: (peer: PeerId, reason: string) => void
}

async function readHello (stream: Stream, signal: AbortSignal): Promise<{ hello: Hello, error: string }> {
  const lp = lpStream(stream, { maxDataLength: MAX_HELLO_BYTES })
  const bytes = await lp.read({ signal })
  const msg = decode(pb.MemberHello, bytes.subarray(), MAX_HELLO_BYTES, 'member hello')
  return { hello: { meshId: msg.meshId, proof: msg.proof }, error: msg.error }
}

async function writeHello (stream: Stream, hello: Partial<Hello> & { error?: string }, signal: AbortSignal): Promise<void> {
  const lp = lpStream(stream, { maxDataLength: MAX_HELLO_BYTES })
  await lp.write(encode(pb.MemberHello, hello), { signal })
}

export class MemberProtocol {
  constructor (private readonly components: MemberProtocolComponents) {}

  async start (): Promise<void> {
    await this.components.registrar.handle(PROTOCOL_ID, (stream, connection) => {
      void this.onStream(stream, connection)
    }, { maxInboundStreams: 4 })
  }

  async stop (): Promise<void> {
    await this.components.registrar.unhandle(PROTOCOL_ID)
  }

  private async onStream (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    const signal = AbortSignal.timeout(HELLO_TIMEOUT_MS)
    try {
      const { hello } = await readHello(stream, signal)
      if (!this.components.verify(peer, hello)) {
        await writeHello(stream, { error: 'not a member of this mesh' }, signal).catch(() => {})
        await stream.close({ signal }).catch(() => {})
        this.components.onRefused(peer, 'bad membership proof')
        return
      }
      await writeHello(stream, this.components.ownHello(), signal)
      await stream.close({ signal })
      this.components.onMember(peer)
    } catch (err) {
      log.error('hello from %p failed: %s', peer, (err as Error).message)
      stream.abort(err as Error)
      this.components.onRefused(peer, (err as Error).message)
    }
  }

  /** Prove our membership to `peer` and check its proof. */
  async hello (node: { dialProtocol: (peer: PeerId, protocol: string, options?: AbortOptions) => Promise<Stream> }, peer: PeerId, options: AbortOptions = {}): Promise<void> {
    const signal = options.signal === undefined ? AbortSignal.timeout(HELLO_TIMEOUT_MS) : AbortSignal.any([options.signal, AbortSignal.timeout(HELLO_TIMEOUT_MS)])
    const stream = await node.dialProtocol(peer, PROTOCOL_ID, { signal })
    try {
      await writeHello(stream, this.components.ownHello(), signal)
      const { hello, error } = await readHello(stream, signal)
      if (error !== '') throw new MembershipRefusedError(`${peer.toString()} refused us: ${error}`)
      if (!this.components.verify(peer, hello)) throw new MembershipRefusedError(`${peer.toString()} is not a member of this mesh`)
      await stream.close({ signal }).catch(() => {})
      this.components.onMember(peer)
    } catch (err) {
      stream.abort(err as Error)
      this.components.onRefused(peer, (err as Error).message)
      throw err
    }
  }
}
