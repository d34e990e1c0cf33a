/**
 * The redialer: keeps this agent connected to the mesh. At start and then
 * every interval it dials the bootstrap addresses and every known member that
 * has no open connection (banned peers and this agent excepted).
 */
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import type { BanList } from './bans.js'
import type { PeerTable } from './peer-table.js'

/** Time one dial may take, in ms. */
export const DIAL_TIMEOUT_MS = 5_000

export interface RedialerComponents {
  node: Pick<Libp2p, 'peerId' | 'getConnections' | 'dial'>
  peerTable: Pick<PeerTable, 'list'>
  bans: Pick<BanList, 'isBanned'>
  log: Logger
}

export interface RedialerInit {
  /** Addresses dialled every round (config bootstrap and --bootstrap). */
  bootstrap: string[]
  intervalMs: number
}

/** `addr` with this peer's /p2p/ part, unless it has one. */
export function withPeerId (addr: string, peerId: string): string {
  return addr.includes('/p2p/') ? addr : `${addr}/p2p/${peerId}`
}

export class Redialer {
  readonly name = 'redialer'
  private timer: ReturnType<typeof setInterval> | undefined
  private stopped = false

  constructor (private readonly c: RedialerComponents, private readonly init: RedialerInit) {}

  start (): void {
    void this.dialKnown()
    this.timer = setInterval(() => { void this.dialKnown() }, this.init.intervalMs)
  }

  stop (): void {
    this.stopped = true
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** Dial bootstrap addresses and known members that are not connected. */
  async dialKnown (): Promise<void> {
    if (this.stopped) return
    const self = this.c.node.peerId.toString()
    const connected = (id: string): boolean => this.c.node.getConnections(peerIdFromString(id)).length > 0
    const targets = new Set<string>(this.init.bootstrap)
    for (const p of this.c.peerTable.list()) {
      if (p.peerId === self || this.c.bans.isBanned(p.peerId) || connected(p.peerId)) continue
      for (const a of p.addrs) {
        if (!a.includes('/ip4/0.0.0.0/')) targets.add(withPeerId(a, p.peerId))
      }
    }
    await Promise.all([...targets].map(async a => {
      try {
        const ma = multiaddr(a)
        const pid = ma.getComponents().find(c => c.name === 'p2p')?.value
        if (pid === self || (pid !== undefined && connected(pid))) return
        await this.c.node.dial(ma, { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
      } catch (err) {
        this.c.log.debug({ addr: a, err: (err as Error).message }, 'dial failed')
      }
    }))
  }
}
