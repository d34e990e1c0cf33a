/**
 * /meshbackup/member/1.0.0 over in-memory stream pairs (unit tier; the agent
 * tier runs it between real agents in test/mesh/).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { MemoryNetwork, readMessage, sendMessage, streamEnd, varintPrefix } from '../common/test-support/memory-node.js'
import { MAX_ADMISSION_BYTES, MAX_HELLO_BYTES, MemberProtocol, memberProtocol, PROTOCOL_ID } from './index.js'
import type { MemoryNode } from '../common/test-support/memory-node.js'
import type { Hello } from './index.js'
import type { PeerId } from '@libp2p/interface'

const MESH = 'test-mesh'

function proof (secret: string, peer: PeerId): Uint8Array {
  return createHmac('sha256', secret).update(peer.toString()).digest()
}

/** A member with its own copy of a secret, recording what it saw. */
function member (node: MemoryNode, secret: string, helloTimeoutMs = 300): { protocol: MemberProtocol, members: string[], refused: Array<[string, string]> } {
  const members: string[] = []
  const refused: Array<[string, string]> = []
  const protocol = memberProtocol({ helloTimeoutMs })({
    registrar: node,
    ownHello: (): Hello => ({ meshId: MESH, proof: proof(secret, node.peerId) }),
    verify: (peer, hello) => hello.meshId === MESH && hello.proof.byteLength === 32 && timingSafeEqual(hello.proof, proof(secret, peer)),
    onMember: (peer) => { members.push(peer.toString()) },
    onRefused: (peer, reason) => { refused.push([peer.toString(), reason]) }
  })
  return { protocol, members, refused }
}

/** Wait until `check` holds (the listener reports after its reply is sent). */
async function until (check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise(resolve => setTimeout(resolve, 5))
  expect(check()).toBe(true)
}

describe('member protocol (in memory)', () => {
  let net: MemoryNetwork
  let a: MemoryNode
  let b: MemoryNode
  let ma: ReturnType<typeof member>
  let mb: ReturnType<typeof member>

  beforeEach(async () => {
    net = new MemoryNetwork()
    a = await net.node()
    b = await net.node()
    ma = member(a, 'secret')
    mb = member(b, 'secret')
    await ma.protocol.start()
    await mb.protocol.start()
  })

  afterEach(async () => {
    await ma.protocol.stop()
    await mb.protocol.stop()
    a.abortAll()
    b.abortAll()
  })

  it('proves membership both ways', async () => {
    expect(ma.protocol).toBeInstanceOf(MemberProtocol)
    await ma.protocol.hello(a, b.peerId)
    expect(ma.members).toEqual([b.peerId.toString()])
    await until(() => mb.members.length === 1)
    expect(mb.members).toEqual([a.peerId.toString()])
    expect([...ma.refused, ...mb.refused]).toEqual([])
  })

  it('refuses a non-member, and a dialer refuses a listener whose proof fails', async () => {
    const c = await net.node()
    const mc = member(c, 'another secret')
    await mc.protocol.start()
    // c dials b: b refuses c's proof and says so
    await expect(mc.protocol.hello(c, b.peerId)).rejects.toMatchObject({ name: 'MembershipRefusedError', message: expect.stringMatching(/refused us/) })
    await until(() => mb.refused.length === 1)
    expect(mb.refused[0]).toEqual([c.peerId.toString(), 'bad membership proof'])
    expect(mb.members).toEqual([])

    // c answers a's hello with its own proof, which a does not accept: c does not know a's secret
    await expect(ma.protocol.hello(a, c.peerId)).rejects.toMatchObject({ name: 'MembershipRefusedError' })
    expect(ma.members).toEqual([])
    expect(ma.refused.map(([peer]) => peer)).toEqual([c.peerId.toString()])
    await mc.protocol.stop()
  })

  it('carries each side\'s admission to the other\'s verify; refuses an oversized one', async () => {
    const c = await net.node()
    const d = await net.node()
    const seen: Array<[string, string]> = []
    const withAdmission = (node: MemoryNode, admission: Uint8Array): MemberProtocol => memberProtocol({ helloTimeoutMs: 300 })({
      registrar: node,
      ownHello: (): Hello => ({ meshId: MESH, proof: proof('secret', node.peerId), admission }),
      verify: (peer, hello) => { seen.push([peer.toString(), Buffer.from(hello.admission ?? []).toString()]); return true },
      onMember: () => {},
      onRefused: () => {}
    })
    const pc = withAdmission(c, Buffer.from('admission of c'))
    const pd = withAdmission(d, Buffer.from('admission of d'))
    await pc.start()
    await pd.start()
    await pc.hello(c, d.peerId)
    await until(() => seen.length === 2)
    expect(seen.sort()).toEqual([[c.peerId.toString(), 'admission of c'], [d.peerId.toString(), 'admission of d']].sort())

    const big = await a.dialProtocol(b.peerId, PROTOCOL_ID)
    await sendMessage(big, pb.MemberHello, { meshId: MESH, proof: proof('secret', a.peerId), admission: new Uint8Array(MAX_ADMISSION_BYTES + 1) })
    expect((await streamEnd(big))?.name).toBe('StreamResetError')
    await until(() => mb.refused.length === 1)
    expect(mb.members).toEqual([])
    await pc.stop()
    await pd.stop()
  })

  it('resets an oversized hello without reading it', async () => {
    const stream = await a.dialProtocol(b.peerId, PROTOCOL_ID)
    stream.send(varintPrefix(MAX_HELLO_BYTES + 1))
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')
    await until(() => mb.refused.length === 1)
    expect(mb.members).toEqual([])
  })

  it('resets a silent dialer after the hello timeout, and a dialer gives up on a silent listener', async () => {
    const stream = await a.dialProtocol(b.peerId, PROTOCOL_ID)
    const started = Date.now()
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    expect(mb.refused.map(([peer]) => peer)).toEqual([a.peerId.toString()])

    const silent = await net.node()
    await silent.handle(PROTOCOL_ID, () => {})
    await expect(ma.protocol.hello(a, silent.peerId)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(ma.refused.map(([peer]) => peer)).toEqual([silent.peerId.toString()])
  })

  it('resets a malformed hello; a dialer refuses a malformed answer', async () => {
    const stream = await a.dialProtocol(b.peerId, PROTOCOL_ID)
    stream.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
    expect((await streamEnd(stream))?.name).toBe('StreamResetError')
    await until(() => mb.refused.length === 1)

    // a well-formed hello with the wrong mesh id gets an error hello back
    const wrongMesh = await a.dialProtocol(b.peerId, PROTOCOL_ID)
    await sendMessage(wrongMesh, pb.MemberHello, { meshId: 'other', proof: proof('secret', a.peerId) })
    expect(await readMessage(wrongMesh, pb.MemberHello)).toMatchObject({ error: 'not a member of this mesh' })

    const liar = await net.node()
    await liar.handle(PROTOCOL_ID, (s) => {
      s.send(Uint8Array.from([3, 0x0f, 0x0f, 0x0f]))
    })
    await expect(ma.protocol.hello(a, liar.peerId)).rejects.toMatchObject({ name: 'InvalidMessageError' })
    expect(ma.members).toEqual([])
  })
})
