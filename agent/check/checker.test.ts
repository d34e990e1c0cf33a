import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import type { pb } from '../../proto/index.js'
import { PeerUnreachableError, ShardCorruptError, ShardNotFoundError, ShardUnavailableError } from '../../store/shard-errors.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import { Checker } from './checker.js'

const SHARD = 4096

/** A peer whose reads fail with `fail` (or succeed with SHARD bytes). */
function peer (name: string, fail?: Error): ShardPeer {
  return {
    name,
    put: async () => {},
    read: async () => { if (fail !== undefined) throw fail; return new Uint8Array(SHARD) },
    getHeader: async () => undefined,
    delete: async () => true
  }
}

describe('Checker --read-data', () => {
  it('reads every shard, sends missing and corrupt ones to repair, and reports the rest without repairing', async () => {
    const stores = ['ok-1', 'missing', 'corrupt', 'slow', 'gone', 'ok-2']
    const peers = new Map<string, ShardPeer>([
      ['ok-1', peer('ok-1')],
      ['missing', peer('missing', new ShardNotFoundError('not held'))],
      ['corrupt', peer('corrupt', new ShardCorruptError('hash does not match'))],
      ['slow', peer('slow', new ShardUnavailableError('timed out'))],
      ['gone', peer('gone', new PeerUnreachableError('not connected'))],
      ['ok-2', peer('ok-2')]
    ])
    const pack = { id: new Uint8Array(32).fill(9), k: 4, m: 2, shardLength: SHARD, shardHashes: stores.map(() => new Uint8Array(32)), locations: stores.slice(0, 5).map((store, index) => ({ store, index })) } as unknown as pb.PackRecord
    const marked: number[] = []
    let repairRuns = 0
    const progress: Array<[number, number]> = []
    const checker = new Checker({
      selfId: 'self',
      index: { listPacks: async () => [pack] },
      store: { getHeader: async () => undefined, readRaw: async () => undefined },
      node: { dialProtocol: async () => { throw new Error('no network in this test') } },
      shardPeer: id => id === 'offline' ? undefined : peers.get(id),
      repairer: { markBad: (_p, i) => { marked.push(i) }, runOnce: async () => { repairRuns++ } },
      log: pino({ level: 'silent' })
    }, { auditIntervalSeconds: 0 })
    const r = await checker.check(true, (done, total) => progress.push([done, total]))
    expect(r).toMatchObject({ mode: 'read-data', packs: 1, shards: 5, ok: 1, bytesRead: SHARD })
    expect(r.problems.map(p => [p.index, p.peer, p.problem])).toEqual([
      [1, 'missing', 'missing'],
      [2, 'corrupt', 'corrupt'],
      [3, 'slow', 'unreadable: timed out'],
      [4, 'gone', 'unreadable: not connected'],
      [-1, '', 'only 5 of 6 shards placed']
    ])
    // only what repair can fix by rebuilding: a lost or damaged shard, not a slow or absent peer
    expect(marked.sort()).toEqual([1, 2])
    expect(repairRuns).toBe(1)
    expect(progress).toEqual([[1, 1]])
  })
})
