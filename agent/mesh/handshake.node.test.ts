import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Libp2p } from '@libp2p/interface'
import { afterEach, describe, expect, it } from 'vitest'
import { meshPrologue } from './handshake.js'
import type { HandshakeFailure } from './handshake.js'
import { newMembership } from './membership.js'
import { createMeshNode } from './node.js'

const nodes: Libp2p[] = []
afterEach(async () => { await Promise.all(nodes.splice(0).map(async n => { await n.stop() })) })

async function node (prologue: Uint8Array | undefined, onHandshakeFailure?: HandshakeFailure): Promise<Libp2p> {
  const n = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'], prologue, onHandshakeFailure })
  nodes.push(n)
  return n
}

describe('the mesh prologue in the Noise handshake', () => {
  it('connects nodes of one mesh and refuses every other node, telling both ends', async () => {
    const mesh = newMembership()
    const failures: Array<[string, string | undefined]> = []
    const record = (who: string): HandshakeFailure => (addr, direction) => { failures.push([`${who} ${direction}`, addr?.toString().split('/tcp/')[0]]) }
    const a = await node(meshPrologue(mesh), record('a'))
    const b = await node(meshPrologue(mesh))
    const other = await node(meshPrologue(newMembership()), record('other'))
    const plain = await node(undefined, record('plain'))
    const conn = await b.dial(a.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })
    expect(conn.remotePeer.equals(a.peerId)).toBe(true)
    await expect(other.dial(a.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
    await expect(plain.dial(a.getMultiaddrs(), { signal: AbortSignal.timeout(10_000) })).rejects.toThrow()
    // the responder sees its handshake fail too (a moment later: it waits for the initiator's last message)
    const until = Date.now() + 5_000
    while (failures.filter(f => f[0] === 'a inbound').length < 2 && Date.now() < until) await new Promise(resolve => setTimeout(resolve, 20))
    expect(failures.filter(f => f[0] === 'a inbound')).toEqual([['a inbound', '/ip4/127.0.0.1'], ['a inbound', '/ip4/127.0.0.1']])
    expect(failures.filter(f => f[0] !== 'a inbound').map(f => f[0]).sort()).toEqual(['other outbound', 'plain outbound'])
    expect(a.getPeers().map(p => p.toString())).toEqual([b.peerId.toString()])
  })

  it('is a function of the mesh secret and id only', () => {
    const m = newMembership()
    expect(Buffer.from(meshPrologue(m)).equals(Buffer.from(meshPrologue({ ...m })))).toBe(true)
    expect(Buffer.from(meshPrologue(m)).equals(Buffer.from(meshPrologue({ ...m, meshId: m.meshId + 'x' })))).toBe(false)
    expect(meshPrologue(m).byteLength).toBe(32)
  })
})
