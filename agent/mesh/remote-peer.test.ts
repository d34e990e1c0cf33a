import { describe, expect, it } from 'vitest'
import {
  InvalidRangeError, QuotaExceededError, ShardConflictError, ShardHashMismatchError, ShardInternalError, ShardLengthMismatchError,
  ShardNotFoundError as WireNotFoundError, ShardProtocolError, ShardTimeoutError, TruncatedStreamError, fromWireError, WireCode
} from '../../protocol/shard/index.js'
import { ShardCorruptError, ShardLengthError, ShardNotFoundError, ShardStoreFullError, ShardUnavailableError } from '../../store/shard-errors.js'
import { toShardFailure } from './remote-peer.js'

const named = (name: string): Error => Object.assign(new Error(name), { name })

describe('toShardFailure: the wire and the transport as a shard peer fails', () => {
  it('maps the protocol\'s refusals to the store\'s classes, keeping the cause', () => {
    const notFound = toShardFailure(new WireNotFoundError('remote: not held'))
    expect(notFound).toBeInstanceOf(ShardNotFoundError)
    expect((notFound as Error).cause).toBeInstanceOf(WireNotFoundError)
    expect(toShardFailure(fromWireError({ code: WireCode.NOT_FOUND, message: 'gone' }))).toBeInstanceOf(ShardNotFoundError)
    expect(toShardFailure(new ShardHashMismatchError('x'))).toBeInstanceOf(ShardCorruptError)
    expect(toShardFailure(new ShardLengthMismatchError('x'))).toBeInstanceOf(ShardLengthError)
    expect(toShardFailure(new QuotaExceededError('x'))).toBeInstanceOf(ShardStoreFullError)
    expect(toShardFailure(new InvalidRangeError('x'))).toBeInstanceOf(RangeError)
  })

  it('a timeout, a truncated or reset stream, a closed connection, a failing peer are unavailable', () => {
    for (const err of [new ShardTimeoutError('idle'), new TruncatedStreamError('ended'), new ShardInternalError('remote: internal error'),
      named('StreamResetError'), named('ConnectionClosedError'), named('MuxerClosedError'), named('TooManyOutboundProtocolStreamsError'), named('TimeoutError')]) {
      expect(toShardFailure(err), err.name).toBeInstanceOf(ShardUnavailableError)
    }
  })

  it('passes on what is none of these, and the caller\'s own abort', () => {
    const conflict = new ShardConflictError('x')
    expect(toShardFailure(conflict)).toBe(conflict)
    const violation = new ShardProtocolError('bytes after the end')
    expect(toShardFailure(violation)).toBe(violation)
    const aborted = new AbortController()
    aborted.abort()
    const reset = named('StreamResetError')
    expect(toShardFailure(reset, aborted.signal)).toBe(reset)
  })
})
