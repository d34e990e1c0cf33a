/**
 * The shard peers this agent can use: its own shard store (local) and every
 * connected, proven member (remote, over the shard protocol).
 */
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { ShardStore } from '../../store/shard-store.js'
import { LocalShardPeer } from '../repository/shard-peer.js'
import type { ShardPeer } from '../repository/shard-peer.js'
import type { MembershipGate } from './membership-gate.js'
import { RemoteShardPeer } from './remote-peer.js'

export interface ShardPeersComponents {
  node: Libp2p
  identity: PrivateKey
  store: ShardStore
  gate: Pick<MembershipGate, 'isConnectedMember' | 'upMembers'>
}

export class ShardPeers {
  readonly self: string

  constructor (private readonly c: ShardPeersComponents) {
    this.self = c.node.peerId.toString()
  }

  /** A connected, proven member (or this agent's own store) as a shard peer; undefined when not reachable. */
  get (id: string): ShardPeer | undefined {
    if (id === this.self) return new LocalShardPeer(id, this.c.store)
    if (!this.c.gate.isConnectedMember(id)) return undefined
    return new RemoteShardPeer(id, this.c.node, peerIdFromString(id), this.c.identity)
  }

  /** This agent's store and every member that is up, as shard peers. */
  reachable (): ShardPeer[] {
    return [this.self, ...this.c.gate.upMembers()].map(id => this.get(id)).filter((p): p is ShardPeer => p !== undefined)
  }
}
