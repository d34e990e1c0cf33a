/** What the audit handler gets: the request context, the components and the settings. */
import type { AuditProtocolComponents } from './index.js'
import type { RequestContext } from '../common/unary.js'

/** AuditProtocolInit with every default filled in. */
export interface AuditSettings {
  maxBlockBytes: number
  maxMessageBytes: number
  requestTimeoutMs: number
  maxInboundStreams: number
  maxOutboundStreams: number
}

export interface HandlerContext extends RequestContext {
  components: AuditProtocolComponents
  settings: AuditSettings
}
