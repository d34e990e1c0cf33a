/**
 * The dialer side of /meshbackup/member/1.0.0: send our hello, read the
 * peer's, check it. Both sides read a hello through readHello (one bounded
 * message) and write one through writeHello.
 */
import { pb } from '../../proto/index.js'
import { anySignal, messageChannel } from '../common/stream-io.js'
import { asError, InvalidMessageError } from '../common/errors.js'
import { HELLO_TIMEOUT_MS, MAX_ADMISSION_BYTES, MAX_HELLO_BYTES, MAX_OUTBOUND_STREAMS, PROTOCOL_ID } from './constants.js'
import { MembershipRefusedError } from './errors.js'
import type { Hello, MemberProtocolComponents } from './index.js'
import type { MessageChannel } from '../common/stream-io.js'
import type { AbortOptions, DialProtocolOptions, PeerId, Stream } from '@libp2p/interface'

/** What the client needs from a libp2p node. */
export interface MemberDialer {
  dialProtocol: (peer: PeerId, protocol: string, options?: DialProtocolOptions) => Promise<Stream>
}

/** A message channel for hellos: one message of at most MAX_HELLO_BYTES each way. */
export function helloChannel (stream: Stream): MessageChannel {
  return messageChannel(stream, { maxMessageBytes: MAX_HELLO_BYTES })
}

/** Read one hello (and the refusal text it may carry). */
export async function readHello (channel: MessageChannel, signal: AbortSignal): Promise<{ hello: Hello, error: string }> {
  const msg = await channel.read(pb.MemberHello, 'member hello', { signal })
  if (msg.admission.byteLength > MAX_ADMISSION_BYTES) throw new InvalidMessageError('member hello: admission is too large')
  return { hello: { meshId: msg.meshId, proof: msg.proof, admission: msg.admission }, error: msg.error }
}

export async function writeHello (channel: MessageChannel, hello: Partial<Hello> & { error?: string }, signal: AbortSignal): Promise<void> {
  await channel.write(pb.MemberHello, hello, { signal })
}

/**
 * Prove our membership to `peer` and check its proof. Calls onMember on
 * success; onRefused and throws (MembershipRefusedError when a proof failed)
 * otherwise. Times out after `options.timeoutMs` (default HELLO_TIMEOUT_MS, 5 s).
 */
export async function proveMembership (node: MemberDialer, peer: PeerId, components: Pick<MemberProtocolComponents, 'ownHello' | 'verify' | 'onMember' | 'onRefused'>, options: AbortOptions & { timeoutMs?: number } = {}): Promise<void> {
  const signal = anySignal(options.signal, AbortSignal.timeout(options.timeoutMs ?? HELLO_TIMEOUT_MS))
  const stream = await node.dialProtocol(peer, PROTOCOL_ID, { signal, maxOutboundStreams: MAX_OUTBOUND_STREAMS })
  try {
    const channel = helloChannel(stream)
    await writeHello(channel, components.ownHello(), signal)
    const { hello, error } = await readHello(channel, signal)
    if (error !== '') throw new MembershipRefusedError(`${peer.toString()} refused us: ${error}`)
    if (!components.verify(peer, hello)) throw new MembershipRefusedError(`${peer.toString()} is not a member of this mesh`)
    await stream.close({ signal }).catch(() => {})
    components.onMember(peer)
  } catch (err) {
    stream.abort(asError(err))
    components.onRefused(peer, asError(err).message)
    throw err
  }
}
