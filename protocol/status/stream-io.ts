/** Request/response plumbing, shared with the catalog protocol (see protocol/catalog/stream-io.ts). */
export { callUnary, int64, serveRequest } from '../catalog/stream-io.js'
export type { IsMember, ProtocolDialer, RequestContext } from '../catalog/stream-io.js'
