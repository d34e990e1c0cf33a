/**
 * An in-process mesh member for tests: a real libp2p node that proves
 * membership with a mesh's secret, to talk to agent processes directly
 * (raw streams, hostile requests, puts interrupted on purpose).
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { checkProof, decodeInvite, loadMembership, membershipProof } from '../../agent/mesh/membership.js'
import type { Membership } from '../../agent/mesh/membership.js'
import { meshPrologue } from '../../agent/mesh/handshake.js'
import { createMeshNode } from '../../agent/mesh/node.js'
import { MemberProtocol } from '../../protocol/member/index.js'

export interface MemberNode {
  node: Libp2p
  key: PrivateKey
  peerId: string
  member: MemberProtocol
  /** Dial an agent by its address and pass the membership proof. */
  join: (addr: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * `from`: an invite token (`meshbackup mesh invite`: admits the node as a new
 * member), a mesh directory (its secret only: members refuse a new peer id
 * without an invite record), or a membership.
 */
export async function memberNode (from: string | Membership, options: { dialFrom?: string } = {}): Promise<MemberNode> {
  const membership: Membership & { admission?: Uint8Array } | undefined = typeof from !== 'string' ? from : from.startsWith('mbinvite') ? decodeInvite(from) : await loadMembership(from)
  if (membership === undefined) throw new Error('no membership')
  const key = await generateKeyPair('Ed25519')
  const node = await createMeshNode({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'], prologue: meshPrologue(membership), dialFrom: options.dialFrom })
  const peerId = node.peerId.toString()
  const member = new MemberProtocol({
    registrar: node,
    ownHello: () => ({ meshId: membership.meshId, proof: membershipProof(membership, peerId), admission: membership.admission }),
    verify: (peer, hello) => hello.meshId === membership.meshId && checkProof(membership, peer.toString(), hello.proof),
    onMember: () => {},
    onRefused: () => {}
  })
  await member.start()
  return {
    node,
    key,
    peerId,
    member,
    join: async (addr: string) => {
      const ma = multiaddr(addr)
      await node.dial(ma)
      const pid = ma.getComponents().find(c => c.name === 'p2p')?.value as string
      await member.hello(node, peerIdFromString(pid))
    },
    stop: async () => { await node.stop() }
  }
}
