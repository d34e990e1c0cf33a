/** What every catalog handler gets: the request context, the components and the settings. */
import type { CatalogProtocolComponents } from './index.js'
import type { RequestContext } from '../common/unary.js'

/** CatalogProtocolInit with every default filled in. */
export interface CatalogSettings {
  maxBodyBytes: number
  maxMessageBytes: number
  requestTimeoutMs: number
  maxInboundStreams: number
  maxOutboundStreams: number
  maxOwners: number
  maxConcurrentRequests: number
  maxRequestsPerPeer: number
}

export interface HandlerContext extends RequestContext {
  components: CatalogProtocolComponents
  settings: CatalogSettings
  /** Run `fn` alone among the puts that add an owner (so the owner limit holds under concurrent puts). */
  addingOwner: <T>(fn: () => Promise<T>) => Promise<T>
}
