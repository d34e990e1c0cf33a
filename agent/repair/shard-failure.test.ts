import { describe, expect, it } from 'vitest'
import { PeerUnreachableError, ShardCorruptError, ShardLengthError, ShardNotFoundError, ShardStoreFullError, ShardUnavailableError } from '../../store/shard-errors.js'
import { shardFailureAction } from './shard-failure.js'

describe('shardFailureAction', () => {
  it('sends corrupt and missing shards to repair', () => {
    expect(shardFailureAction(new ShardCorruptError('block 3 does not match its hash'))).toBe('repair')
    expect(shardFailureAction(new ShardLengthError('short'))).toBe('repair')
    expect(shardFailureAction(new ShardNotFoundError('not held'))).toBe('repair')
  })

  it('retries passing failures (a timeout, a cut stream), never repairs them', () => {
    expect(shardFailureAction(new ShardUnavailableError('StreamResetError: reset'))).toBe('retry')
    expect(shardFailureAction(new DOMException('signal timed out', 'TimeoutError'))).toBe('retry')
  })

  it('reports the rest: an unreachable peer, a range outside the shard, a full store, a bug', () => {
    expect(shardFailureAction(new PeerUnreachableError('no reachable peer holds shard 2'))).toBe('report')
    expect(shardFailureAction(new RangeError('outside the shard'))).toBe('report')
    expect(shardFailureAction(new ShardStoreFullError('full'))).toBe('report')
    expect(shardFailureAction(new TypeError('x is undefined'))).toBe('report')
    expect(shardFailureAction('a string')).toBe('report')
  })

  it('decides on the class, never on the message', () => {
    expect(shardFailureAction(new Error('shard data does not match its hash'))).toBe('report')
    expect(shardFailureAction(new Error('stream reset, closed, busy'))).toBe('report')
  })
})
