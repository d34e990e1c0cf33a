import { peerIdFromString } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { BanList } from './bans.js'

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
