/**
 * The responder service skeleton shared by the mesh protocols (shard, catalog,
 * status, audit): RegisteredProtocol holds the protocol id, the components
 * (whose `registrar` is a libp2p node or its registrar) and the settings, and
 * implements the libp2p service life cycle — start() registers handleStream
 * for the protocol id with the settings' maximum inbound and outbound stream
 * counts, stop() unregisters it, isStarted() tells which — so each protocol's
 * service only computes its settings and implements handleStream, the answer
 * to one inbound stream (bound to the instance, so it can be passed around).
 * Its logger is `meshbackup:protocol:<name>` from the components' logger (the
 * agent's pino family), or @libp2p/logger's when none is given.
 */
import { defaultLogger } from '@libp2p/logger'
import type { AbortOptions, ComponentLogger, Connection, Logger, Stream, StreamHandler, StreamHandlerOptions } from '@libp2p/interface'

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
/** What every protocol's Components has: where to register, and optionally where to log. */
export interface ProtocolComponentsBase {
  registrar: ProtocolRegistrar
  logger?: ComponentLogger
}

export abstract class RegisteredProtocol<C extends ProtocolComponentsBase, S extends StreamLimits> {
  readonly protocol: string
  protected readonly components: C
  protected readonly settings: S
  protected readonly log: Logger
  private started = false

  constructor (protocol: string, components: C, settings: S) {
    this.protocol = protocol
    this.components = components
    this.settings = settings
    this.log = (components.logger ?? defaultLogger()).forComponent(`meshbackup:protocol:${protocol.split('/')[2] ?? protocol}`)
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
