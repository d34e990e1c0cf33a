/**
 * The listener side of /meshbackup/member/1.0.0: read the dialer's hello,
 * check it, answer with our own (or a refusal) and report the outcome.
 */
import { RegisteredProtocol } from '../common/registered-protocol.js'
import { asError } from '../common/errors.js'
import { HELLO_TIMEOUT_MS, MAX_INBOUND_STREAMS, MAX_OUTBOUND_STREAMS, PROTOCOL_ID } from './constants.js'
import { helloChannel, proveMembership, readHello, writeHello } from './client.js'
import type { MemberDialer } from './client.js'
import type { MemberProtocolComponents, MemberProtocolInit } from './index.js'
import type { AbortOptions, Connection, PeerId, Stream } from '@libp2p/interface'


/** MemberProtocolInit with every default filled in. */
interface MemberSettings {
  helloTimeoutMs: number
  maxInboundStreams: number
  maxOutboundStreams: number
}

export class MemberProtocol extends RegisteredProtocol<MemberProtocolComponents, MemberSettings> {
  constructor (components: MemberProtocolComponents, init: MemberProtocolInit = {}) {
    super(PROTOCOL_ID, components, {
      helloTimeoutMs: init.helloTimeoutMs ?? HELLO_TIMEOUT_MS,
      maxInboundStreams: init.maxInboundStreams ?? MAX_INBOUND_STREAMS,
      maxOutboundStreams: init.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS
    })
  }

  readonly [Symbol.toStringTag] = 'meshbackup/member'

  /** One inbound hello. Never throws: a failure resets the stream and calls onRefused. */
  override async handleStream (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    const signal = AbortSignal.timeout(this.settings.helloTimeoutMs)
    try {
      const channel = helloChannel(stream)
      const { hello } = await readHello(channel, signal)
      if (!this.components.verify(peer, hello)) {
        await writeHello(channel, { error: 'not a member of this mesh' }, signal).catch(() => {})
        await stream.close({ signal }).catch(() => {})
        this.components.onRefused(peer, 'bad membership proof')
        return
      }
      await writeHello(channel, this.components.ownHello(), signal)
      await stream.close({ signal })
      this.components.onMember(peer)
    } catch (err) {
      this.log.error('hello from %p failed: %s', peer, asError(err).message)
      stream.abort(asError(err))
      this.components.onRefused(peer, asError(err).message)
    }
  }

  /** Prove our membership to `peer` and check its proof, within helloTimeoutMs (see proveMembership). */
  async hello (node: MemberDialer, peer: PeerId, options: AbortOptions = {}): Promise<void> {
    await proveMembership(node, peer, this.components, { ...options, timeoutMs: this.settings.helloTimeoutMs })
  }
}
