import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import type { ShardPeer } from '../repository/shard-peer.js'
import { HoldingsCheck } from './holdings.js'

const pack = (n: number, stores: string[]): { id: Uint8Array, locations: Array<{ index: number, store: string }> } =>
  ({ id: new Uint8Array(32).fill(n), locations: stores.map((store, index) => ({ index, store })) })

/** A peer that holds what `held` says, counting its has() calls and refs asked. */
function peer (held: (packByte: number, index: number) => boolean): ShardPeer & { calls: number, asked: number } {
  const p = {
    name: 'p',
    calls: 0,
    asked: 0,
    has: async (_owner: string, refs: Array<{ packId: Uint8Array, index: number }>) => { p.calls++; p.asked += refs.length; return refs.map(r => held(r.packId[0], r.index)) }
  }
  return p as unknown as ShardPeer & { calls: number, asked: number }
}

function holdings (packs: ReturnType<typeof pack>[], sp: ShardPeer | undefined): { h: HoldingsCheck, bad: string[], changed: number[], repairs: number[] } {
  const bad: string[] = []
  const changed: number[] = []
  const repairs: number[] = []
  const h = new HoldingsCheck({
    selfId: 'me',
    index: { listPacks: async () => packs as never },
    shardPeer: () => sp,
    repairer: { markMissing: (id, i) => { bad.push(`${id[0]}.${i}`) }, runOnce: async () => { repairs.push(1) } },
    changed: () => { changed.push(1) },
    log: pino({ level: 'silent' })
  })
  return { h, bad, changed, repairs }
}

describe('holdings check of a peer that reconnects', () => {
  it('asks only about the shards placed on that peer, marks the missing ones bad and starts repair', async () => {
    const packs = [pack(1, ['me', 'p', 'q']), pack(2, ['p', 'q', 'p']), pack(3, ['q', 'q', 'q'])]
    const sp = peer((b, i) => !(b === 2 && i === 2)) // lost one shard of pack 2
    const { h, bad, changed, repairs } = holdings(packs, sp)
    expect(await h.check('p')).toEqual({ peer: 'p', asked: 3, missing: 1 })
    expect(bad).toEqual(['2.2'])
    expect(changed).toHaveLength(1)
    expect(repairs).toHaveLength(1)
  })

  it('a peer holding everything changes nothing; repeated proofs within the recheck time ask once', async () => {
    const sp = peer(() => true)
    const { h, bad, changed } = holdings([pack(1, ['p', 'p'])], sp)
    h.reconnected('p')
    h.reconnected('p')
    await h.check('p') // joins the running one
    h.reconnected('p')
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(sp.calls).toBe(1)
    expect(bad).toEqual([])
    expect(changed).toEqual([])
    h.reconnected('me') // never itself
    expect(sp.calls).toBe(1)
    // a new connection after a disconnection is checked at once
    h.disconnected('p')
    h.reconnected('p')
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(sp.calls).toBe(2)
  })

  it('asks in batches of at most 1000 refs', async () => {
    const packs = Array.from({ length: 2500 }, (_, i) => ({ id: Uint8Array.from([i % 256, Math.floor(i / 256)]), locations: [{ index: 0, store: 'p' }] }))
    const sp = peer(() => true)
    const { h } = holdings(packs as never, sp)
    expect(await h.check('p')).toEqual({ peer: 'p', asked: 2500, missing: 0 })
    expect(sp.calls).toBe(3)
  })
})
