/**
 * agent/mesh — the agent's place in the mesh: its libp2p node (node.ts: TCP,
 * Noise, yamux tuned for bulk shard transfer, identify, ping, Ed25519 identity,
 * membership gater hook). Gossip (heartbeats, peer table) and membership
 * (roster, invites) will live here too; protocols themselves are in protocol/.
 */
export * from './node.js'
