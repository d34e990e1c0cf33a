/** What every handler gets: the stream, its message channel, the peer, the components and the settings. */
import type { ShardProtocolComponents } from './index.js'
import type { MessageChannel } from '../common/stream-io.js'
import type { Logger, PeerId, Stream } from '@libp2p/interface'

/** ShardProtocolInit with every default filled in. */
export interface ShardSettings {
  maxShardBytes: number
  maxMessageBytes: number
  requestTimeoutMs: number
  idleTimeoutMs: number
  maxInboundStreams: number
  maxOutboundStreams: number
  highWaterBytes: number
  lowWaterBytes: number
  sendChunkBytes: number
}

export interface HandlerContext {
  stream: Stream
  channel: MessageChannel
  remotePeer: PeerId
  components: ShardProtocolComponents
  settings: ShardSettings
  log: Logger
  /** Aborts after requestTimeoutMs: for reading the request and short operations. */
  requestSignal: AbortSignal
  /** Aborts when the stream is reset or aborted: for bulk work with its own idle timeouts. */
  streamSignal: AbortSignal
  /**
   * Set by a handler once raw bytes have started to flow to the peer: a
   * failure after that cannot be answered with a message and resets the stream.
   */
  sendingBytes: boolean
}
