import { peerIdFromString } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { ADDRESS_THROTTLE_MS, BAN_MS, BanList, knownHostCheck, MAX_CONNECTIONS_PER_SECOND, MAX_HANDSHAKE_FAILURES, MAX_PENDING_PER_ADDRESS, memberHosts } from './bans.js'

const PEER = '12D3KooWGWcuDvo4hsBNm5f7jQfFqjMCnVZ3dr9SAF8NpFPjk8Ve'

describe('BanList', () => {
  it('refuses a banned peer both ways until the ban runs out', async () => {
    let now = 1_000
    const bans = new BanList(600_000, () => now)
    const gater = bans.gater()
    const peer = peerIdFromString(PEER)
    expect(await gater.denyInboundEncryptedConnection?.(peer, undefined as never)).toBe(false)
    bans.ban(PEER)
    expect(bans.isBanned(PEER)).toBe(true)
    expect(await gater.denyInboundEncryptedConnection?.(peer, undefined as never)).toBe(true)
    expect(await gater.denyOutboundEncryptedConnection?.(peer, undefined as never)).toBe(true)
    now += 600_001
    expect(bans.isBanned(PEER)).toBe(false)
    expect(await gater.denyOutboundEncryptedConnection?.(peer, undefined as never)).toBe(false)
  })
})

describe('BanList: addresses', () => {
  const maConn = (host: string): { remoteAddr: ReturnType<typeof multiaddr>, addEventListener: (e: string, f: () => void) => void, close: () => void } => {
    const listeners: Array<() => void> = []
    return { remoteAddr: multiaddr(`/ip4/${host}/tcp/4000`), addEventListener: (_e, f) => { listeners.push(f) }, close: () => { for (const f of listeners) f() } }
  }

  it('throttles an address after repeated failed handshakes, never a known member\'s host', async () => {
    let now = 0
    const throttled: string[] = []
    const bans = new BanList({ now: () => now, isKnownHost: h => h === '10.0.0.1', onThrottle: h => throttled.push(h) })
    const gater = bans.gater()
    for (let i = 0; i < MAX_HANDSHAKE_FAILURES; i++) { bans.handshakeFailed('10.0.0.9'); bans.handshakeFailed('10.0.0.1') }
    expect(throttled).toEqual(['10.0.0.9'])
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.9') as never)).toBe(true)
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.1') as never)).toBe(false)
    now += ADDRESS_THROTTLE_MS + 1
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.9') as never)).toBe(false)
  })

  it('caps handshakes in progress per address; a finished one frees its slot', async () => {
    let now = 0
    const bans = new BanList({ now: () => now })
    const gater = bans.gater()
    const conns = Array.from({ length: MAX_PENDING_PER_ADDRESS }, () => maConn('10.0.0.5'))
    for (const c of conns) expect(await gater.denyInboundConnection?.(c as never)).toBe(false)
    now += 1_000 // past the per-second rate
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.5') as never)).toBe(true)
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.6') as never)).toBe(false)
    conns[0].close()
    conns[0].close() // closing twice frees one slot only
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.5') as never)).toBe(false)
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.5') as never)).toBe(true)
  })

  it('refuses more than MAX_CONNECTIONS_PER_SECOND new connections a second from one host', async () => {
    let now = 0
    const bans = new BanList({ now: () => now })
    const gater = bans.gater()
    let accepted = 0
    for (let i = 0; i < MAX_CONNECTIONS_PER_SECOND + 5; i++) {
      const c = maConn('10.0.0.8')
      if (await gater.denyInboundConnection?.(c as never) === false) { accepted++; c.close() }
    }
    expect(accepted).toBe(MAX_CONNECTIONS_PER_SECOND)
    now += 1_001
    expect(await gater.denyInboundConnection?.(maConn('10.0.0.8') as never)).toBe(false)
  })

  it('names the hosts of known members from the peer table and the bootstrap list', () => {
    expect([...memberHosts([{ addrs: ['/ip4/10.0.0.2/tcp/7443', '/ip4/0.0.0.0/tcp/7443'] }, { addrs: ['/dns4/nas.example/tcp/1'] }], ['/ip6/::1/tcp/9/p2p/x'])].sort())
      .toEqual(['10.0.0.2', '::1', 'nas.example'])
  })
})

describe('BanList: bounded', () => {
  it('drops the entries of hosts and peers that no longer count', async () => {
    let now = 1_000_000
    const bans = new BanList({ now: () => now })
    const gater = bans.gater()
    for (let i = 0; i < 200; i++) {
      bans.handshakeFailed(`10.1.${i >> 8}.${i & 255}`)
      await gater.denyInboundConnection?.({ remoteAddr: multiaddr(`/ip4/10.2.0.${i & 255}/tcp/1`), addEventListener: () => {} } as never)
      bans.ban(`peer-${i}`)
    }
    expect(bans.tracked()).toBe(600) // 200 failed hosts, 200 connecting hosts, 200 banned peers
    now += ADDRESS_THROTTLE_MS + BAN_MS + 60_000
    expect(bans.tracked()).toBe(0)
  })
})

describe('knownHostCheck', () => {
  it('answers from the member hosts, recomputed at most once per ttl', () => {
    let now = 0
    let reads = 0
    let addrs = ['/ip4/10.0.0.2/tcp/7443']
    const known = knownHostCheck(() => { reads++; return [{ addrs }] }, () => ['/ip4/10.0.0.9/tcp/1'], 1_000, () => now)
    expect([known('10.0.0.2'), known('10.0.0.9'), known('10.0.0.3')]).toEqual([true, true, false])
    addrs = ['/ip4/10.0.0.3/tcp/7443']
    expect(known('10.0.0.3')).toBe(false)
    expect(reads).toBe(1)
    now += 1_000
    expect([known('10.0.0.3'), known('10.0.0.2')]).toEqual([true, false])
    expect(reads).toBe(2)
  })
})
