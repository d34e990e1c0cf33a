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
}

export interface HandlerContext extends RequestContext {
  components: CatalogProtocolComponents
  settings: CatalogSettings
}
