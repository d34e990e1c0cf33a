/**
 * Peers refused for a while (they failed to prove membership), and the
 * libp2p connection gater over them. Built before the node: the gater is part
 * of the node's configuration.
 */
import type { ConnectionGater, PeerId } from '@libp2p/interface'

/** How long a peer that failed the proof is refused, in ms. */
export const BAN_MS = 10 * 60_000

export class BanList {
  private readonly until = new Map<string, number>()

  constructor (private readonly banMs = BAN_MS, private readonly now: () => number = Date.now) {}

  ban (id: string): void {
    this.until.set(id, this.now() + this.banMs)
  }

  isBanned (id: string): boolean {
    const until = this.until.get(id)
    if (until === undefined) return false
    if (until < this.now()) { this.until.delete(id); return false }
    return true
  }

  /** Refuse banned peers' encrypted connections, both ways. */
  gater (): ConnectionGater {
    const deny = async (peer: PeerId): Promise<boolean> => this.isBanned(peer.toString())
    return { denyInboundEncryptedConnection: deny, denyOutboundEncryptedConnection: deny }
  }
}
