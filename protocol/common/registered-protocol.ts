/**
 * The responder service skeleton shared by the mesh protocols (shard, catalog,
 * status, audit): RegisteredProtocol holds the protocol id, the components
 * (whose `registrar` is a libp2p node or its registrar) and the settings, and
 * implements the libp2p service life cycle — start() registers handleStream
 * for the protocol id with the settings' maximum inbound and outbound stream
 * counts, stop() unregisters it, isStarted() tells which — so each protocol's
 * service only computes its settings and implements handleStream, the answer
 * to one inbound stream (bound to the instance, so it can be passed around).
 */
import type { AbortOptions, Connection, Stream, StreamHandler, StreamHandlerOptions } from '@libp2p/interface'

/** Where handlers are registered: a libp2p node or its registrar. */
export interface ProtocolRegistrar {
  handle: (protocol: string, handler: StreamHandler, options?: StreamHandlerOptions) => Promise<void>
  unhandle: (protocol: string, options?: AbortOptions) => Promise<void>
}

/** The stream limits the handler is registered with. */
export interface StreamLimits {
  maxInboundStreams: number
  maxOutboundStreams: number
}

/** A responder registered under one protocol id while started. */
export abstract class RegisteredProtocol<C extends { registrar: ProtocolRegistrar }, S extends StreamLimits> {
  readonly protocol: string
  protected readonly components: C
  protected readonly settings: S
  private started = false

  constructor (protocol: string, components: C, settings: S) {
    this.protocol = protocol
    this.components = components
    this.settings = settings
    this.handleStream = this.handleStream.bind(this)
  }

  async start (): Promise<void> {
    if (this.started) return
    await this.components.registrar.handle(this.protocol, this.handleStream, {
      maxInboundStreams: this.settings.maxInboundStreams,
      maxOutboundStreams: this.settings.maxOutboundStreams
    })
    this.started = true
  }

  async stop (): Promise<void> {
    if (!this.started) return
    await this.components.registrar.unhandle(this.protocol)
    this.started = false
  }

  isStarted (): boolean {
    return this.started
  }

  /** Answer one inbound stream of the protocol. */
  abstract handleStream (stream: Stream, connection: Connection): Promise<void>
}
