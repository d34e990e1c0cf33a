import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Multiaddr } from '@multiformats/multiaddr'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { BanList } from './bans.js'
import { Redialer, withPeerId } from './redialer.js'

describe('Redialer', () => {
  it('dials the bootstrap addresses and every known member without a connection, never itself or a banned peer', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()))
    const [self, connected, missing, banned] = ids
    const dialled: string[] = []
    const bans = new BanList()
    bans.ban(banned)
    const node = {
      peerId: { toString: () => self },
      getConnections: (peer?: { toString: () => string }) => peer?.toString() === connected ? [{}] : [],
      dial: async (ma: Multiaddr) => { dialled.push(ma.toString()); return undefined as never }
    }
    const table = {
      list: () => [
        { peerId: self, addrs: ['/ip4/127.0.0.1/tcp/1'] },
        { peerId: connected, addrs: ['/ip4/127.0.0.1/tcp/2'] },
        { peerId: missing, addrs: ['/ip4/0.0.0.0/tcp/3', '/ip4/127.0.0.1/tcp/3'] },
        { peerId: banned, addrs: ['/ip4/127.0.0.1/tcp/4'] }
      ]
    }
    const r = new Redialer({ node: node as never, peerTable: table as never, bans, log: pino({ level: 'silent' }) }, {
      bootstrap: [`/ip4/127.0.0.1/tcp/9/p2p/${connected}`, '/ip4/127.0.0.1/tcp/10'],
      intervalMs: 60_000
    })
    await r.dialKnown()
    expect(dialled.sort()).toEqual(['/ip4/127.0.0.1/tcp/10', `/ip4/127.0.0.1/tcp/3/p2p/${missing}`].sort())
    r.stop()
    dialled.length = 0
    await r.dialKnown()
    expect(dialled).toEqual([])
  })

  it('adds the peer id to an address only when it has none', () => {
    expect(withPeerId('/ip4/1.2.3.4/tcp/1', 'P')).toBe('/ip4/1.2.3.4/tcp/1/p2p/P')
    expect(withPeerId('/ip4/1.2.3.4/tcp/1/p2p/Q', 'P')).toBe('/ip4/1.2.3.4/tcp/1/p2p/Q')
  })
})
