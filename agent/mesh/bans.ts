/**
 * Who may not connect, and the libp2p connection gater over it. Built before
 * the node: the gater is part of the node's configuration.
 *
 * - Peers refused for a while (they failed the member protocol's proof).
 * - Addresses throttled: an address (IP) whose security handshakes keep
 *   failing — no mesh secret, garbage, a stall — is refused for a while.
 *   By address, not by peer id: ids are free.
 * - A cap on handshakes in progress per address, so that stalled sockets
 *   from one host cannot hold every pending slot (libp2p refuses every new
 *   connection once `maxIncomingPendingConnections` are pending).
 *
 * Known members' addresses (the peer table's, the bootstrap list's) are never
 * throttled or capped: a flood from elsewhere does not lock members out, and
 * a misconfigured process on a member's host does not cut that member off.
 */
import type { ConnectionGater, MultiaddrConnection, PeerId } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { hostOf } from '../placement/caps.js'

/** How long a peer that failed the proof is refused, in ms. */
export const BAN_MS = 10 * 60_000
/** Failed handshakes from one address within FAILURE_WINDOW_MS before it is throttled. */
export const MAX_HANDSHAKE_FAILURES = 5
export const FAILURE_WINDOW_MS = 60_000
/** How long a throttled address is refused, in ms. */
export const ADDRESS_THROTTLE_MS = 10 * 60_000
/** Inbound handshakes in progress from one address (not a known member's) at most. */
export const MAX_PENDING_PER_ADDRESS = 4
/** A pending handshake no longer counts after this, in ms (the node's inbound upgrade deadline bounds it anyway). */
export const PENDING_TTL_MS = 10_000
/** How often entries that no longer count (old failures, ended bans, expired pending) are dropped, in ms. */
export const SWEEP_INTERVAL_MS = 10_000
/** New inbound connections per second from one host (not a known member's). */
export const MAX_CONNECTIONS_PER_SECOND = 10

export interface BanListOptions {
  banMs?: number
  now?: () => number
  /** Is this host (an IP) a known member's? Never throttled nor capped. */
  isKnownHost?: (host: string) => boolean
  /** Told of each failed handshake from a host (its count in the window), and when the host starts being throttled. */
  onFailure?: (host: string, failures: number) => void
  onThrottle?: (host: string, failures: number) => void
  /** Where the first failure of each window and every throttling are logged (when onFailure / onThrottle are not given). */
  log?: Pick<Logger, 'warn'>
}

/** The host (IP or DNS name) of a connection's remote address (caps.ts hostOf), or undefined. */
export function remoteHost (addr: Multiaddr | undefined): string | undefined {
  return addr === undefined ? undefined : hostOf(addr.toString())
}

export class BanList {
  private readonly until = new Map<string, number>()
  private readonly failures = new Map<string, number[]>()
  private readonly throttled = new Map<string, number>()
  private readonly pending = new Map<string, number[]>()
  private readonly recent = new Map<string, number[]>()
  /** The settle function of each inbound connection still in its handshake. */
  private readonly inHandshake = new WeakMap<MultiaddrConnection, () => void>()
  private readonly banMs: number
  private readonly now: () => number
  private readonly isKnownHost: (host: string) => boolean
  private readonly onFailure: (host: string, failures: number) => void
  private readonly onThrottle: (host: string, failures: number) => void
  private lastSweep = 0

  constructor (options: BanListOptions | number = {}, now?: () => number) {
    const o = typeof options === 'number' ? { banMs: options, now } : options
    this.banMs = o.banMs ?? BAN_MS
    this.now = o.now ?? Date.now
    this.isKnownHost = o.isKnownHost ?? (() => false)
    const log = o.log
    this.onFailure = o.onFailure ?? ((host, n) => { if (n === 1) log?.warn({ host }, 'refused a connection that did not prove mesh membership in its security handshake') })
    this.onThrottle = o.onThrottle ?? ((host, n) => { log?.warn({ host, failures: n }, 'refusing connections from this address for a while: its handshakes keep failing') })
  }

  ban (id: string): void {
    this.sweep()
    this.until.set(id, this.now() + this.banMs)
  }

  /** Peers and hosts with an entry now (bounded: what no longer counts is dropped every SWEEP_INTERVAL_MS). */
  tracked (): number {
    this.sweep()
    return new Set([...this.until.keys(), ...this.failures.keys(), ...this.throttled.keys(), ...this.pending.keys(), ...this.recent.keys()]).size
  }

  /**
   * Drop what no longer counts, so that addresses seen once (ids and IPv6
   * addresses are free) do not accumulate: failures past their window, ended
   * bans and throttles, expired pending handshakes, connections of past seconds.
   */
  private sweep (): void {
    const now = this.now()
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return
    this.lastSweep = now
    for (const [id, until] of this.until) if (until < now) this.until.delete(id)
    for (const [host, until] of this.throttled) if (until < now) this.throttled.delete(host)
    for (const [host, times] of this.failures) if (times.every(t => t <= now - FAILURE_WINDOW_MS)) this.failures.delete(host)
    for (const [host, times] of this.pending) if (times.every(t => t <= now)) this.pending.delete(host)
    for (const [host, times] of this.recent) if (times.every(t => t <= now - 1000)) this.recent.delete(host)
  }

  isBanned (id: string): boolean {
    const until = this.until.get(id)
    if (until === undefined) return false
    if (until < this.now()) { this.until.delete(id); return false }
    return true
  }

  /** A security handshake from `host` failed (counted for every host; known members' hosts are never throttled). */
  handshakeFailed (host: string | undefined): void {
    if (host === undefined) return
    this.sweep()
    const now = this.now()
    const recent = (this.failures.get(host) ?? []).filter(t => t > now - FAILURE_WINDOW_MS)
    recent.push(now)
    this.failures.set(host, recent)
    this.onFailure(host, recent.length)
    if (recent.length >= MAX_HANDSHAKE_FAILURES && !this.isKnownHost(host) && !this.isThrottled(host)) {
      this.throttled.set(host, now + ADDRESS_THROTTLE_MS)
      this.onThrottle(host, recent.length)
    }
  }

  isThrottled (host: string): boolean {
    const until = this.throttled.get(host)
    if (until === undefined) return false
    if (until < this.now()) { this.throttled.delete(host); this.failures.delete(host); return false }
    return true
  }

  /** Should a new inbound connection from `host` be refused before its handshake? Counts it as pending if not. */
  private refuseInbound (host: string | undefined): boolean {
    if (host === undefined || this.isKnownHost(host)) return false
    this.sweep()
    if (this.isThrottled(host)) return true
    const now = this.now()
    const lastSecond = (this.recent.get(host) ?? []).filter(t => t > now - 1000)
    if (lastSecond.length >= MAX_CONNECTIONS_PER_SECOND) { this.recent.set(host, lastSecond); return true }
    lastSecond.push(now)
    this.recent.set(host, lastSecond)
    const live = (this.pending.get(host) ?? []).filter(t => t > now)
    if (live.length >= MAX_PENDING_PER_ADDRESS) { this.pending.set(host, live); return true }
    live.push(now + PENDING_TTL_MS)
    this.pending.set(host, live)
    return false
  }

  /** A handshake from `host` finished (either way): it no longer counts as pending. */
  private settled (host: string | undefined): void {
    if (host === undefined) return
    const live = this.pending.get(host)
    if (live === undefined) return
    live.shift()
    if (live.length === 0) this.pending.delete(host)
  }

  /** The gater: banned peers both ways; throttled or over-capped addresses before their handshake. */
  gater (): ConnectionGater {
    const deny = async (peer: PeerId): Promise<boolean> => this.isBanned(peer.toString())
    return {
      denyInboundConnection: (maConn: MultiaddrConnection) => {
        const host = remoteHost(maConn.remoteAddr)
        if (this.refuseInbound(host)) return true
        let done = false
        const settle = (): void => { if (!done) { done = true; this.settled(host) } }
        this.inHandshake.set(maConn, settle)
        maConn.addEventListener?.('close', settle, { once: true })
        return false
      },
      denyInboundEncryptedConnection: async (peer: PeerId, maConn: MultiaddrConnection) => {
        this.inHandshake.get(maConn)?.()
        return await deny(peer)
      },
      denyOutboundEncryptedConnection: deny
    }
  }
}

/**
 * Is a host a known member's? The set of memberHosts(peers(), extra()),
 * computed again at most every `ttlMs`: the gater asks on every inbound
 * connection, and a flood must not make it parse the whole peer table each time.
 */
export function knownHostCheck (peers: () => Array<{ addrs: string[] }>, extra: () => string[], ttlMs = 1_000, now: () => number = Date.now): (host: string) => boolean {
  let hosts = new Set<string>()
  let at = -Infinity
  return host => {
    if (now() - at >= ttlMs) { hosts = memberHosts(peers(), extra()); at = now() }
    return hosts.has(host)
  }
}

/** The hosts of known members: every address in the peer table, and `extra` (the bootstrap list, this node's own). */
export function memberHosts (peers: Array<{ addrs: string[] }>, extra: string[]): Set<string> {
  const hosts = new Set<string>()
  for (const a of [...extra, ...peers.flatMap(p => p.addrs)]) {
    const host = hostOf(a)
    if (host !== undefined && host !== '0.0.0.0' && host !== '::') hosts.add(host)
  }
  return hosts
}
