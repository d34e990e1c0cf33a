/**
 * Boundary conversions: AgentStatus (decoded) ↔ AgentStatusFields, with the
 * limits of constants.ts checked both ways (a responder does not send, and a
 * requester does not accept, an oversized list or text).
 */
import { MAX_ADDRS, MAX_OWNERS, MAX_PEERS, MAX_TEXT_LENGTH } from './constants.js'
import { int64 } from '../../proto/int64.js'
import type { AgentStatusFields } from './index.js'
import type { pb } from '../../proto/index.js'

type Fail = (message: string) => Error

function text (value: string | null | undefined, what: string, fail: Fail): string {
  const s = value ?? ''
  if (s.length > MAX_TEXT_LENGTH) throw fail(`${what} is longer than ${MAX_TEXT_LENGTH} characters`)
  return s
}

function count<T> (list: T[] | null | undefined, max: number, what: string, fail: Fail): T[] {
  const items = list ?? []
  if (items.length > max) throw fail(`${items.length} ${what} is over the limit of ${max}`)
  return items
}

function size (value: unknown, what: string, fail: Fail): number {
  const n = int64(value, what, fail)
  if (n < 0) throw fail(`${what} is negative`)
  return n
}

/** Validate a decoded AgentStatus. */
export function toAgentStatus (status: pb.AgentStatus.$Properties | null | undefined, fail: Fail): AgentStatusFields {
  if (status == null) throw fail('missing agent status')
  return {
    peerId: text(status.peerId, 'peer id', fail),
    site: text(status.site, 'site', fail),
    media: text(status.media, 'media', fail),
    capacity: size(status.capacity, 'capacity', fail),
    used: size(status.used, 'used', fail),
    free: size(status.free, 'free', fail),
    shardsPerOwner: count(status.shardsPerOwner, MAX_OWNERS, 'owners', fail).map(o => ({
      owner: text(o.owner, 'owner', fail),
      shards: size(o.shards, 'shards', fail),
      bytes: size(o.bytes, 'bytes', fail)
    })),
    peers: count(status.peers, MAX_PEERS, 'peers', fail).map(p => ({
      peerId: text(p.peerId, 'peer id', fail),
      site: text(p.site, 'site', fail),
      media: text(p.media, 'media', fail),
      up: p.up === true,
      capacity: size(p.capacity, 'capacity', fail),
      used: size(p.used, 'used', fail),
      lastSeenMs: int64(p.lastSeenMs, 'last seen', fail),
      addrs: count(p.addrs, MAX_ADDRS, 'peer addresses', fail).map(a => text(a, 'peer address', fail))
    })),
    version: text(status.version, 'version', fail),
    uptimeMs: size(status.uptimeMs, 'uptime', fail),
    lastBackupMs: int64(status.lastBackupMs, 'last backup', fail),
    addrs: count(status.addrs, MAX_ADDRS, 'addresses', fail).map(a => text(a, 'address', fail))
  }
}

/** Wire form of a status, checked against the same limits. */
export function fromAgentStatus (fields: AgentStatusFields, fail: Fail): pb.AgentStatus.$Properties {
  const wire: pb.AgentStatus.$Properties = {
    peerId: fields.peerId,
    site: fields.site,
    media: fields.media,
    capacity: fields.capacity,
    used: fields.used,
    free: fields.free,
    shardsPerOwner: fields.shardsPerOwner.map(o => ({ owner: o.owner, shards: o.shards, bytes: o.bytes })),
    peers: fields.peers.map(p => ({ peerId: p.peerId, site: p.site, media: p.media, up: p.up, capacity: p.capacity, used: p.used, lastSeenMs: p.lastSeenMs, addrs: p.addrs })),
    version: fields.version,
    uptimeMs: fields.uptimeMs,
    lastBackupMs: fields.lastBackupMs,
    addrs: fields.addrs
  }
  toAgentStatus(wire, fail) // same limits before it leaves
  return wire
}
