/**
 * Heartbeat sources over a plain pipe: what one HeartbeatService publishes is
 * handed, as a signed gossipsub message, to another one's validator and
 * message handler (the path gossipsub takes), which feeds a real PeerTable.
 * The libp2p side is covered by test/mesh/heartbeat.node.test.ts.
 */
import { format } from 'node:util'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { TopicValidatorResult } from '@libp2p/gossipsub'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterEach, describe, expect, it } from 'vitest'
import { encode, pb } from '../../proto/index.js'
import type { SourceSummary } from '../schedule/types.js'
import { fromWireSources, HeartbeatService, MAX_HEARTBEAT_BYTES, MAX_SOURCE_NAME_LENGTH, MAX_SOURCES, toWireSources } from './heartbeat.js'
import type { HeartbeatPubSub, LocalHeartbeatInfo } from './heartbeat.js'
import { checkProof, membershipProof, newMembership } from './membership.js'
import { PeerTable } from './peer-table.js'
import type { ComponentLogger, Logger, PeerId } from '@libp2p/interface'
import type { Message, TopicValidatorFn } from '@libp2p/gossipsub'

const T0 = 1_780_000_000_000
const membership = newMembership()

/** The part of gossipsub a HeartbeatService uses, as a plain pipe: published data is kept, messages are dispatched by the test. */
class Pipe extends EventTarget {
  readonly topicValidators = new Map<string, TopicValidatorFn>()
  readonly published: Uint8Array[] = []
  subscribe (): void {}
  unsubscribe (): void {}
  async publish (_topic: string, data: Uint8Array): Promise<{ recipients: PeerId[] }> {
    this.published.push(data)
    return { recipients: [] }
  }
}

/** A ComponentLogger that keeps the error lines. */
function recordingLogger (): { logger: ComponentLogger, errors: string[] } {
  const errors: string[] = []
  const make = (): Logger => {
    const log = ((): void => {}) as unknown as Logger
    log.error = (fmt: string, ...args: unknown[]) => { errors.push(format(fmt.replaceAll('%d', '%s'), ...args)) }
    log.trace = () => {}
    log.enabled = false
    log.newScope = () => make()
    return log
  }
  return { logger: { forComponent: () => make() }, errors }
}

function baseInfo (sources: SourceSummary[]): LocalHeartbeatInfo {
  return { site: 'hq', media: 'disk', capacity: 1000, used: 1, free: 999, version: '0.1.0', shards: 0, lastBackupMs: 0, addrs: [], sources }
}

async function agent (n: number, sources: SourceSummary[] = []): Promise<{ id: PeerId, service: HeartbeatService, pipe: Pipe, table: PeerTable, errors: string[] }> {
  const id = peerIdFromPrivateKey(await generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(n)))
  const pipe = new Pipe()
  const table = new PeerTable({ now: () => T0 })
  const { logger, errors } = recordingLogger()
  const service = new HeartbeatService({
    peerId: id,
    pubsub: pipe as unknown as HeartbeatPubSub,
    peerTable: table,
    localInfo: () => baseInfo(sources),
    membershipProof: membershipProof(membership, id.toString()),
    checkProof: (peerId, proof) => checkProof(membership, peerId, proof),
    logger
  }, { meshId: membership.meshId, now: () => T0, intervalSeconds: 3600 })
  // start(): installs the validator and the message handler on the pipe (and publishes once)
  await service.start()
  started.push(service)
  return { id, service, pipe, table, errors }
}

const started: HeartbeatService[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map(async s => { await s.stop() }))
})

let seq = 0
/** Hand `data`, as sent by `from`, to `to` the way gossipsub does: validator first, then the message event. */
function deliver (to: { service: HeartbeatService, pipe: Pipe }, from: PeerId, data: Uint8Array): TopicValidatorResult {
  const message = { type: 'signed', from, data, topic: to.service.topic, sequenceNumber: BigInt(++seq), signature: new Uint8Array(64), key: new Uint8Array(32) } as unknown as Message
  const verdict = to.service.validate(from, message)
  if (verdict === TopicValidatorResult.Accept) to.pipe.dispatchEvent(new CustomEvent('message', { detail: message }))
  return verdict
}

/** A heartbeat of `from` carrying `sources` as they are on the wire (for bounds the sender would not break). */
function heartbeatWith (from: PeerId, sources: pb.SourceSummary.$Properties[], timeMs = T0): Uint8Array {
  return encode(pb.Heartbeat, {
    peerId: from.toString(), site: 'branch', media: 'ssd', capacity: 10, used: 0, free: 10, version: '0.1.0', shards: 0, lastBackupMs: 0, addrs: [],
    timeMs, membershipProof: membershipProof(membership, from.toString()), admission: new Uint8Array(0), sources
  })
}

const summary = (name: string, extra: Partial<SourceSummary> = {}): SourceSummary =>
  ({ name, lastSuccessMs: T0 - 3_600_000, lastAttemptMs: T0 - 60_000, lastAttemptFailed: true, rpoSeconds: 7200, rtoSeconds: 1800, ...extra })

describe('heartbeat sources', () => {
  it('round-trips an owner\'s sources into another member\'s peer table', async () => {
    const sources = [summary('www'), summary('db', { lastSuccessMs: 0, lastAttemptMs: 0, lastAttemptFailed: false, rtoSeconds: 0 })]
    const owner = await agent(1, sources)
    const other = await agent(2)
    await owner.service.publishNow()
    expect(deliver(other, owner.id, owner.pipe.published[0])).toBe(TopicValidatorResult.Accept)
    expect(other.table.get(owner.id.toString())).toMatchObject({ up: true, sources })
    expect(other.errors).toEqual([])
  })

  it('sends and keeps at most MAX_SOURCES, truncating a heartbeat with more (logged once per peer), the rest of it standing', async () => {
    const many = Array.from({ length: MAX_SOURCES + 6 }, (_, i) => summary(`s${String(i).padStart(2, '0')}`))
    // the sender leaves the surplus out itself
    const owner = await agent(3, many)
    await owner.service.publishNow()
    expect(pb.Heartbeat.decode(owner.pipe.published[0]).sources).toHaveLength(MAX_SOURCES)
    expect(owner.errors.join('\n')).toMatch(/70 sources; its heartbeats announce the first 64/)
    // a sender that does not: truncated on receipt
    const other = await agent(4)
    const data = heartbeatWith(owner.id, toWireSourcesUnbounded(many))
    expect(data.byteLength).toBeLessThan(MAX_HEARTBEAT_BYTES)
    expect(deliver(other, owner.id, data)).toBe(TopicValidatorResult.Accept)
    const kept = other.table.get(owner.id.toString())
    expect(kept?.up).toBe(true)
    expect(kept?.sources?.map(s => s.name)).toEqual(many.slice(0, MAX_SOURCES).map(s => s.name))
    expect(other.errors).toHaveLength(1)
    expect(other.errors[0]).toMatch(/70 sources is over 64: the first 64 kept/)
    // the same again: no second log line
    expect(deliver(other, owner.id, heartbeatWith(owner.id, toWireSourcesUnbounded(many), T0 + 1))).toBe(TopicValidatorResult.Accept)
    expect(other.errors).toHaveLength(1)
  })

  it('drops a source whose name is not a label of at most 64 characters, or repeated, or with a bad time; keeps the others', async () => {
    const owner = await agent(5)
    const other = await agent(6)
    const long = 'a'.repeat(MAX_SOURCE_NAME_LENGTH + 1)
    const data = heartbeatWith(owner.id, [
      summary('www'), summary(long), summary(''), summary('../etc'), summary('www', { rpoSeconds: 1 }), summary('a'.repeat(MAX_SOURCE_NAME_LENGTH)),
      { ...summary('neg'), lastSuccessMs: -5 }
    ])
    expect(deliver(other, owner.id, data)).toBe(TopicValidatorResult.Accept)
    expect(other.table.get(owner.id.toString())?.sources?.map(s => [s.name, s.rpoSeconds])).toEqual([['www', 7200], ['a'.repeat(MAX_SOURCE_NAME_LENGTH), 7200]])
    expect(other.errors).toHaveLength(1)
    for (const why of ['not a label of at most 64 characters', '"www" is repeated', '"neg" has a time that is not a valid integer']) expect(other.errors[0]).toContain(why)
  })

  it('checks bounds without throwing (fromWireSources)', () => {
    expect(fromWireSources([])).toEqual({ sources: [], problems: [] })
    expect(fromWireSources(toWireSources([summary('x', { lastSuccessMs: -1, rpoSeconds: 2 ** 40 })]))).toEqual({
      sources: [{ ...summary('x'), lastSuccessMs: 0, rpoSeconds: 0xffffffff }], problems: []
    })
  })
})

/** Sources on the wire with no bound applied (what a misbehaving sender could send). */
function toWireSourcesUnbounded (sources: SourceSummary[]): pb.SourceSummary.$Properties[] {
  return sources.map(s => ({ ...s }))
}
