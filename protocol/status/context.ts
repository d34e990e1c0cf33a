/** What the status handler gets: the request context, the components and the settings. */
import type { StatusProtocolComponents } from './index.js'
import type { RequestContext } from '../common/unary.js'

/** StatusProtocolInit with every default filled in. */
export interface StatusSettings {
  requestTimeoutMs: number
  maxMessageBytes: number
  maxInboundStreams: number
  maxOutboundStreams: number
}

export interface HandlerContext extends RequestContext {
  components: StatusProtocolComponents
  settings: StatusSettings
}
