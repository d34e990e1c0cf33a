/** The requester side of /meshbackup/status/1.0.0. */
import { pb } from '../../proto/index.js'
import { MAX_MESSAGE_BYTES, MAX_OUTBOUND_STREAMS, PROTOCOL_ID, REQUEST_TIMEOUT_MS } from './constants.js'
import { fromWireError, StatusProtocolError, StatusRefusedError, StatusTimeoutError } from './errors.js'
import { toAgentStatus } from './status.js'
import { callUnary } from '../common/unary.js'
import type { AgentStatusFields } from './index.js'
import type { ProtocolDialer } from '../common/unary.js'
import type { DialTarget } from '@libp2p/interface'

/** What the client needs from a libp2p node. */
export type StatusDialer = ProtocolDialer

export interface StatusClientOptions {
  /** Aborts the whole operation. */
  signal: AbortSignal
  /** Time for the whole exchange, in ms. Default REQUEST_TIMEOUT_MS (10 s). */
  requestTimeoutMs?: number
  /** Largest response, in bytes. Default MAX_MESSAGE_BYTES (4 MiB). */
  maxMessageBytes?: number
  /** Concurrent outbound status streams per connection. Default MAX_OUTBOUND_STREAMS (4). */
  maxOutboundStreams?: number
}

const protocolError = (message: string): Error => new StatusProtocolError(message)

/**
 * Ask `peer` for its status. Throws StatusInternalError when the peer could
 * not produce it, StatusProtocolError for a malformed or out-of-limits answer,
 * StatusTimeoutError after the request timeout, StatusRefusedError when the
 * peer reset the stream (it does not count us as a member).
 */
export async function getStatus (node: StatusDialer, peer: DialTarget, options: StatusClientOptions): Promise<AgentStatusFields> {
  const response = await callUnary(node, peer, PROTOCOL_ID, pb.StatusRequest, {}, pb.StatusResponse, 'status response', {
    signal: options.signal,
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    maxMessageBytes: options.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    maxOutboundStreams: options.maxOutboundStreams ?? MAX_OUTBOUND_STREAMS,
    protocolError,
    timeoutError: (message) => new StatusTimeoutError(message),
    refusedError: (message) => new StatusRefusedError(message)
  })
  if (response.result === 'error') throw fromWireError(response.error ?? {})
  if (response.result !== 'status' || response.status == null) {
    throw new StatusProtocolError(`expected a status response, got ${response.result ?? 'nothing'}`)
  }
  return toAgentStatus(response.status, protocolError)
}
