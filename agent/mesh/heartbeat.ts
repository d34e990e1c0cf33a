/**
 * Gossip heartbeats: every member publishes a Heartbeat (proto/mesh.proto:
 * site, media, capacity, used, free, version, shard count, last backup,
 * addresses, time, membership proof, and the 3-2-1 counts of its own packs —
 * only an owner knows its placements, so each one reports its own) every
 * `intervalSeconds` on the gossipsub
 * topic `meshbackup/<mesh id>/heartbeat/1`; every member feeds the heartbeats
 * it accepts into its PeerTable (peer-table.ts), which marks peers down when
 * they fall silent.
 *
 * Attested labels: a member admitted with an invite repeats that invite (its
 * admission, a SignedInvite) in every heartbeat; `attest` (admissions.ts)
 * checks it and names the site and media its issuer attested. Those labels
 * stand: a heartbeat claiming another site or media is taken for its other
 * fields, but the peer stays on the attested labels (and a warning is logged
 * once per peer). A heartbeat showing an invite that does not check out (a
 * second identity on a single-use invite, a stranger's or a non-admin's
 * signature) is ignored (not rejected: its issuer may just be unknown here
 * so far, and gossipsub would penalise the peer that relayed it). Without an invite (the mesh's creator, a member
 * admitted before invites were signed) or with one that names no site, the
 * claim stands.
 *
 * Trust: messages are signed by gossipsub (StrictSign), so `from` is the
 * authenticated publisher; a heartbeat is *rejected* (and its propagation
 * source penalised by gossipsub's scoring) when its peer_id is not `from` or
 * its membership proof fails `checkProof`, or when it is malformed or out of
 * limits; it is *ignored* when stale — its time is more than
 * `maxClockSkewSeconds` away from ours, or not newer than the last accepted
 * heartbeat of that peer (a replay).
 *
 * Gossipsub on a small private mesh (meshGossipsub(), MESH_GOSSIPSUB_DEFAULTS):
 * - floodPublish: a member sends its own heartbeat straight to every
 *   subscribed peer it is connected to, whatever the mesh overlay looks like;
 *   in a mesh where every agent connects to every other one (the roster),
 *   delivery does not wait for the overlay to form;
 * - allowPublishToZeroTopicPeers: the first heartbeats go out before any peer's
 *   subscription is known (and a lone agent has no peers); that is not an error;
 * - D=4, Dlo=2, Dhi=8, Dout=1, Dlazy=4: tens of agents, not thousands; Dlo
 *   below the peer count of a 3-node mesh keeps the overlay stable, and
 *   forwarding still reaches peers that are not directly connected;
 * - StrictSign, no floodsub fallback, no emitSelf; maxInboundDataLength caps a
 *   message at 64 KiB.
 * Sources (issue 11): an owner announces each of its backup sources (name,
 * last success, last attempt, RPO and RTO objectives, SourceSummary) so that
 * every member can judge the owner's RPO, and keeps judging it — the age keeps
 * growing — once the owner falls silent (the peer table persists them). At
 * most MAX_SOURCES are sent and kept: a heartbeat carrying more is *truncated*
 * to the first MAX_SOURCES, and an entry out of limits (a name that is not a
 * label of at most MAX_SOURCE_NAME_LENGTH characters, a repeated name, a
 * negative or non-integer time) is dropped; the rest of the heartbeat stands
 * (its sender stays up and its other fields count), and the receiver logs it,
 * once per peer until its heartbeats are clean again.
 *
 * Measured with test/mesh/heartbeat.node.test.ts: 3 nodes, 300 ms heartbeats, all
 * peers up after the first one or two rounds.
 */
import { gossipsub, StrictSign, TopicValidatorResult } from '@libp2p/gossipsub'
import { defaultLogger } from '@libp2p/logger'
import { decode, encode, pb, toSafeInteger } from '../../proto/index.js'
import { MAX_ADMISSION_BYTES } from '../../protocol/member/constants.js'
import type { SourceSummary } from '../schedule/types.js'
import type { OwnerCompliance, PeerInfo, PeerTable } from './peer-table.js'
import type { MeshServiceComponents } from './node.js'
import type { GossipSub, GossipSubComponents, GossipsubOpts, Message } from '@libp2p/gossipsub'
import type { ComponentLogger, Logger, PeerId } from '@libp2p/interface'


/** Default of HeartbeatInit.intervalSeconds. */
export const HEARTBEAT_INTERVAL_SECONDS = 10
/** Default of HeartbeatInit.maxClockSkewSeconds. */
export const MAX_CLOCK_SKEW_SECONDS = 120
/** Largest encoded Heartbeat accepted, in bytes (room for MAX_ADDRS long addresses, an admission and MAX_SOURCES sources of long names). */
export const MAX_HEARTBEAT_BYTES = 32 * 1024
/** Limits of a heartbeat's fields. */
export const MAX_LABEL_LENGTH = 64
export const MAX_ADDRS = 32
export const MAX_ADDR_LENGTH = 256
export const MAX_PROOF_BYTES = 256
/** Most sources a heartbeat carries (and a receiver keeps) per owner. */
export const MAX_SOURCES = 64
/** Longest source name, in characters. */
export const MAX_SOURCE_NAME_LENGTH = 64
/** A source name: a config label (letters, digits, . _ -, starting with a letter or digit). */
const SOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
/** Largest objective carried (uint32 seconds). */
const MAX_OBJECTIVE_SECONDS = 0xffffffff

/** The gossipsub topic of a mesh's heartbeats. */
export function heartbeatTopic (meshId: string): string {
  return `meshbackup/${meshId}/heartbeat/1`
}

/** Gossipsub settings for a small private mesh (see the file comment). */
export const MESH_GOSSIPSUB_DEFAULTS: Partial<GossipsubOpts> = {
  globalSignaturePolicy: StrictSign,
  floodPublish: true,
  allowPublishToZeroTopicPeers: true,
  ignoreDuplicatePublishError: true,
  fallbackToFloodsub: false,
  emitSelf: false,
  D: 4,
  Dlo: 2,
  Dhi: 8,
  Dout: 1,
  Dlazy: 4,
  maxInboundDataLength: 64 * 1024
}

/**
 * A gossipsub service factory for createMeshNode's `services`, with
 * MESH_GOSSIPSUB_DEFAULTS under `init`.
 *
 * createMeshNode types service factories with its narrow MeshServiceComponents
 * (peerId, registrar, connectionManager), but gossipsub also needs privateKey
 * (to sign), peerStore and logger. libp2p passes its full components object to
 * every factory at runtime, so the cast below is safe; node.ts should widen
 * MeshServiceComponents (or accept libp2p's own factories) to drop it.
 */
export function meshGossipsub (init: Partial<GossipsubOpts> = {}): (components: MeshServiceComponents) => GossipSub {
  const factory = gossipsub({ ...MESH_GOSSIPSUB_DEFAULTS, ...init })
  return (components) => factory(components as unknown as GossipSubComponents)
}

/** What this agent announces; peerId is added by the service. */
export type LocalHeartbeatInfo = Omit<PeerInfo, 'peerId'>

/** The part of gossipsub the heartbeat service uses. */
export type HeartbeatPubSub = Pick<GossipSub, 'subscribe' | 'unsubscribe' | 'publish' | 'topicValidators' | 'addEventListener' | 'removeEventListener'>

export interface HeartbeatComponents {
  /** This agent's peer id (its heartbeats carry it; heartbeats claiming it are dropped). */
  peerId: PeerId
  /** The node's gossipsub service. */
  pubsub: HeartbeatPubSub
  /** Where accepted heartbeats go. */
  peerTable: PeerTable
  /** What to announce, asked before every heartbeat. */
  localInfo: () => LocalHeartbeatInfo | Promise<LocalHeartbeatInfo>
  /** This agent's membership proof (agent/mesh/membership.ts membershipProof). */
  membershipProof: Uint8Array
  /** Does `proof` prove that `peerId` is a member? (membership.ts checkProof, bound to the mesh.) */
  checkProof: (peerId: string, proof: Uint8Array) => boolean
  /** This agent's admission (the SignedInvite it joined with), repeated in its heartbeats; default none. */
  admission?: Uint8Array
  /** The labels attested for `peerId`, given the admission its heartbeat shows (admissions.ts attest); default: none. */
  attest?: (peerId: string, admission: Uint8Array) => HeartbeatAttestation | undefined
  /** Default: @libp2p/logger. */
  logger?: ComponentLogger
}

export interface HeartbeatInit {
  /** The mesh id: names the topic. */
  meshId: string
  /** Time between two heartbeats, in seconds. Default HEARTBEAT_INTERVAL_SECONDS (10). */
  intervalSeconds?: number
  /** Heartbeats whose time is further from ours are ignored, in seconds. Default MAX_CLOCK_SKEW_SECONDS (120). */
  maxClockSkewSeconds?: number
  /** The clock, ms since the epoch (tests). Default Date.now. */
  now?: () => number
}

/** Who attested a peer's labels ('' = that label is not attested). */
export interface HeartbeatAttestation {
  issuer: string
  inviteId: string
  site: string
  media: string
}

/** Counts of received heartbeats by outcome. */
export interface HeartbeatStats {
  published: number
  accepted: number
  rejected: number
  ignored: number
}

type Verdict =
  | { result: TopicValidatorResult.Accept, heartbeat: pb.Heartbeat }
  | { result: TopicValidatorResult.Reject | TopicValidatorResult.Ignore, reason: string }

/** Publishes this agent's heartbeats and feeds other members' into the peer table. */
export class HeartbeatService {
  readonly topic: string
  readonly stats: HeartbeatStats = { published: 0, accepted: 0, rejected: 0, ignored: 0 }
  private readonly components: HeartbeatComponents
  private readonly intervalMs: number
  private readonly maxSkewMs: number
  private readonly now: () => number
  private readonly self: string
  /** time_ms of the last accepted heartbeat per peer (replay guard). */
  private readonly lastTimeMs = new Map<string, number>()
  /** Heartbeats decoded by the validator, for the message handler. */
  private readonly accepted = new WeakMap<Message, pb.Heartbeat>()
  /** The labels the validator settled for a heartbeat (attested or claimed). */
  private readonly labels = new WeakMap<Message, { site: string, media: string, by?: HeartbeatAttestation }>()
  private timer?: ReturnType<typeof setTimeout>
  private publishing?: Promise<void>
  private started = false
  private readonly log: Logger
  /** Peers already warned about for claiming labels other than the attested ones. */
  private readonly warnedClaims = new Set<string>()
  /** Peers already warned about for sources out of limits (cleared by a clean heartbeat). */
  private readonly warnedSources = new Set<string>()
  private warnedOwnSources = false

  constructor (components: HeartbeatComponents, init: HeartbeatInit) {
    if (init.meshId === '') throw new RangeError('meshId is required')
    this.components = components
    this.topic = heartbeatTopic(init.meshId)
    this.intervalMs = (init.intervalSeconds ?? HEARTBEAT_INTERVAL_SECONDS) * 1000
    this.maxSkewMs = (init.maxClockSkewSeconds ?? MAX_CLOCK_SKEW_SECONDS) * 1000
    if (!(this.intervalMs > 0)) throw new RangeError('intervalSeconds must be positive')
    this.now = init.now ?? Date.now
    this.self = components.peerId.toString()
    this.log = (components.logger ?? defaultLogger()).forComponent('meshbackup:mesh:heartbeat')
    this.validate = this.validate.bind(this)
    this.onMessage = this.onMessage.bind(this)
  }

  readonly [Symbol.toStringTag] = 'meshbackup/heartbeat'

  /** Subscribe, install the validator and start publishing (the first heartbeat goes out at once). */
  async start (): Promise<void> {
    if (this.started) return
    const { pubsub } = this.components
    pubsub.topicValidators.set(this.topic, this.validate)
    pubsub.addEventListener('message', this.onMessage)
    pubsub.subscribe(this.topic)
    this.started = true
    this.schedule(0)
  }

  /** Stop publishing and listening (the peer table is not touched). */
  async stop (): Promise<void> {
    if (!this.started) return
    this.started = false
    clearTimeout(this.timer)
    this.timer = undefined
    const { pubsub } = this.components
    try {
      pubsub.unsubscribe(this.topic)
    } catch (err) {
      this.log('unsubscribe failed (pubsub stopped?) - %s', (err as Error).message)
    }
    pubsub.removeEventListener('message', this.onMessage)
    if (pubsub.topicValidators.get(this.topic) === this.validate) pubsub.topicValidators.delete(this.topic)
    await this.publishing
  }

  isStarted (): boolean {
    return this.started
  }

  /** Publish one heartbeat now (the timer does this every interval). */
  async publishNow (): Promise<void> {
    const info = await this.components.localInfo()
    const heartbeat: pb.Heartbeat.$Properties = {
      peerId: this.self,
      site: info.site,
      media: info.media,
      capacity: info.capacity,
      used: info.used,
      free: info.free,
      version: info.version,
      shards: info.shards,
      lastBackupMs: info.lastBackupMs,
      addrs: info.addrs.slice(0, MAX_ADDRS),
      timeMs: this.now(),
      membershipProof: this.components.membershipProof,
      compliance: info.compliance,
      admission: this.components.admission ?? new Uint8Array(0),
      sources: this.wireSources(info.sources ?? [])
    }
    await this.components.pubsub.publish(this.topic, encode(pb.Heartbeat, heartbeat))
    this.stats.published++
  }

  /** This agent's sources as sent: at most MAX_SOURCES (the rest left out, logged once). */
  private wireSources (sources: SourceSummary[]): pb.SourceSummary.$Properties[] {
    if (sources.length > MAX_SOURCES && !this.warnedOwnSources) {
      this.warnedOwnSources = true
      this.log.error('this agent has %d sources; its heartbeats announce the first %d', sources.length, MAX_SOURCES)
    }
    return toWireSources(sources)
  }

  private schedule (delayMs: number): void {
    if (!this.started) return
    this.timer = setTimeout(() => {
      this.publishing = this.publishNow()
        .catch((err) => { this.log.error('could not publish a heartbeat - %s', (err as Error).message) })
        .finally(() => { this.schedule(this.intervalMs) })
    }, delayMs)
    this.timer.unref?.()
  }

  /** The topic validator: decides before gossipsub delivers or forwards a message. */
  validate (_propagationSource: PeerId, message: Message): TopicValidatorResult {
    const verdict = this.judge(message)
    if (verdict.result === TopicValidatorResult.Accept) {
      this.accepted.set(message, verdict.heartbeat)
      return verdict.result
    }
    if (verdict.result === TopicValidatorResult.Reject) {
      this.stats.rejected++
      this.log.error('rejected a heartbeat from %s: %s', message.type === 'signed' ? message.from.toString() : 'an unsigned sender', verdict.reason)
    } else {
      this.stats.ignored++
      this.log('ignored a heartbeat: %s', verdict.reason)
    }
    return verdict.result
  }

  private judge (message: Message): Verdict {
    const reject = (reason: string): Verdict => ({ result: TopicValidatorResult.Reject, reason })
    const ignore = (reason: string): Verdict => ({ result: TopicValidatorResult.Ignore, reason })
    if (message.type !== 'signed') return reject('unsigned message')
    const from = message.from.toString()
    let hb: pb.Heartbeat
    try {
      hb = decode(pb.Heartbeat, message.data, MAX_HEARTBEAT_BYTES, 'heartbeat')
    } catch (err) {
      return reject((err as Error).message)
    }
    if (hb.peerId !== from) return reject(`peer id ${hb.peerId} is not the sender ${from}`)
    if (from === this.self) return ignore('own heartbeat')
    if (hb.membershipProof.byteLength === 0 || hb.membershipProof.byteLength > MAX_PROOF_BYTES) return reject('membership proof missing or oversized')
    let member = false
    try {
      member = this.components.checkProof(hb.peerId, hb.membershipProof)
    } catch (err) {
      this.log.error('checkProof failed - %s', (err as Error).message)
    }
    if (!member) return reject(`membership proof of ${from} does not verify`)
    const checked = checkLimits(hb)
    if (typeof checked === 'string') return reject(checked)
    hb = checked
    const now = this.now()
    if (Math.abs(now - hb.timeMs) > this.maxSkewMs) return ignore(`stale: sent at ${hb.timeMs}, now ${now}`)
    if (hb.timeMs <= (this.lastTimeMs.get(from) ?? Number.NEGATIVE_INFINITY)) return ignore(`replayed or reordered heartbeat of ${from}`)
    const attested = this.attested(hb)
    if (hb.admission.byteLength > 0 && this.components.attest !== undefined && attested.by === undefined) return ignore(`the invite record of ${from} does not check out (yet: its issuer may be unknown here so far)`)
    this.labels.set(message, attested)
    return { result: TopicValidatorResult.Accept, heartbeat: hb }
  }

  private onMessage (evt: CustomEvent<Message>): void {
    const message = evt.detail
    if (message.topic !== this.topic) return
    const hb = this.accepted.get(message)
    if (hb == null) return // not validated by us (cannot happen while the validator is installed)
    this.accepted.delete(message)
    // messages may be validated concurrently: the replay guard is settled here
    if (hb.timeMs <= (this.lastTimeMs.get(hb.peerId) ?? Number.NEGATIVE_INFINITY)) {
      this.stats.ignored++
      return
    }
    this.lastTimeMs.set(hb.peerId, hb.timeMs)
    this.stats.accepted++
    const attested = this.labels.get(message) ?? this.attested(hb)
    this.labels.delete(message)
    const sources = (hb as CheckedHeartbeat).checkedSources ?? { sources: [], problems: [] }
    if (sources.problems.length === 0) {
      this.warnedSources.delete(hb.peerId)
    } else if (!this.warnedSources.has(hb.peerId)) {
      this.warnedSources.add(hb.peerId)
      this.log.error('heartbeat of %s: kept %d sources; %s', hb.peerId, sources.sources.length, sources.problems.join('; '))
    }
    this.components.peerTable.heard({
      peerId: hb.peerId,
      site: attested.site,
      media: attested.media,
      ...(attested.by === undefined ? {} : { attestedBy: attested.by.issuer, inviteId: attested.by.inviteId }),
      capacity: hb.capacity,
      used: hb.used,
      free: hb.free,
      version: hb.version,
      shards: hb.shards,
      lastBackupMs: hb.lastBackupMs,
      addrs: hb.addrs,
      ...((hb as CheckedHeartbeat).checkedCompliance === undefined ? {} : { compliance: (hb as CheckedHeartbeat).checkedCompliance }),
      sources: sources.sources
    })
  }

  /** The labels a heartbeat's peer stands on: the attested ones where there are, else its claim. */
  private attested (hb: pb.Heartbeat): { site: string, media: string, by?: HeartbeatAttestation } {
    let by: HeartbeatAttestation | undefined
    try {
      by = this.components.attest?.(hb.peerId, hb.admission)
    } catch (err) {
      this.log.error('attest failed - %s', (err as Error).message)
    }
    if (by === undefined) return { site: hb.site, media: hb.media }
    const site = by.site === '' ? hb.site : by.site
    const media = by.media === '' ? hb.media : by.media
    if ((site !== hb.site || media !== hb.media) && !this.warnedClaims.has(hb.peerId)) {
      this.warnedClaims.add(hb.peerId)
      this.log.error('%s claims site %s, media %s; it stays on the attested site %s, media %s (invite %s by %s)', hb.peerId, hb.site, hb.media, site, media, by.inviteId, by.issuer)
    }
    return { site, media, by }
  }
}

/** A decoded heartbeat with its 64-bit fields as numbers. */
type CheckedHeartbeat = pb.Heartbeat & { capacity: number, used: number, free: number, lastBackupMs: number, timeMs: number, checkedCompliance?: OwnerCompliance, checkedSources?: CheckedSources }

/** The sources of a received heartbeat that stand, and why others were left out. */
export interface CheckedSources {
  sources: SourceSummary[]
  /** Empty: every source was kept. */
  problems: string[]
}

/** Sources as a heartbeat carries them: the first MAX_SOURCES, times and objectives as non-negative integers. */
export function toWireSources (sources: SourceSummary[]): pb.SourceSummary.$Properties[] {
  const int = (n: number, max = Number.MAX_SAFE_INTEGER): number => Number.isFinite(n) ? Math.min(max, Math.max(0, Math.floor(n))) : 0
  return sources.slice(0, MAX_SOURCES).map(s => ({
    name: s.name,
    lastSuccessMs: int(s.lastSuccessMs),
    lastAttemptMs: int(s.lastAttemptMs),
    lastAttemptFailed: s.lastAttemptFailed,
    rpoSeconds: int(s.rpoSeconds, MAX_OBJECTIVE_SECONDS),
    rtoSeconds: int(s.rtoSeconds, MAX_OBJECTIVE_SECONDS),
    lastDrillMs: int(s.lastDrillMs ?? 0),
    lastDrillSeconds: int(Math.ceil(s.lastDrillSeconds ?? 0), MAX_OBJECTIVE_SECONDS),
    lastDrillOk: s.lastDrillOk === true
  }))
}

/**
 * A received heartbeat's sources, bounded: the first MAX_SOURCES are looked
 * at (more are truncated), an entry with a name that is not a label of at most
 * MAX_SOURCE_NAME_LENGTH characters, a repeated name or a time that is not a
 * non-negative integer is dropped. Never throws: the problems say what was
 * left out.
 */
export function fromWireSources (wire: pb.SourceSummary.$Properties[]): CheckedSources {
  const problems: string[] = []
  if (wire.length > MAX_SOURCES) problems.push(`${wire.length} sources is over ${MAX_SOURCES}: the first ${MAX_SOURCES} kept`)
  const sources: SourceSummary[] = []
  const names = new Set<string>()
  for (const w of wire.slice(0, MAX_SOURCES)) {
    const name = w.name ?? ''
    const shown = JSON.stringify(name.slice(0, MAX_SOURCE_NAME_LENGTH))
    if (name.length > MAX_SOURCE_NAME_LENGTH || !SOURCE_NAME.test(name)) { problems.push(`source name ${shown}${name.length > MAX_SOURCE_NAME_LENGTH ? '…' : ''} is not a label of at most ${MAX_SOURCE_NAME_LENGTH} characters: dropped`); continue }
    if (names.has(name)) { problems.push(`source ${shown} is repeated: dropped`); continue }
    const lastSuccessMs = toSafeInteger(w.lastSuccessMs ?? 0)
    const lastAttemptMs = toSafeInteger(w.lastAttemptMs ?? 0)
    if (lastSuccessMs == null || lastSuccessMs < 0 || lastAttemptMs == null || lastAttemptMs < 0) { problems.push(`source ${shown} has a time that is not a valid integer: dropped`); continue }
    names.add(name)
    const drillMs = toSafeInteger(w.lastDrillMs ?? 0)
    const drill = drillMs == null || drillMs <= 0 ? {} : { lastDrillMs: drillMs, lastDrillSeconds: Math.min(w.lastDrillSeconds ?? 0, MAX_OBJECTIVE_SECONDS), lastDrillOk: w.lastDrillOk === true }
    sources.push({ name, lastSuccessMs, lastAttemptMs, lastAttemptFailed: w.lastAttemptFailed === true, rpoSeconds: w.rpoSeconds ?? 0, rtoSeconds: w.rtoSeconds ?? 0, ...drill })
  }
  return { sources, problems }
}

/** Check a decoded heartbeat's limits and turn its 64-bit fields into numbers; a string says why it fails. */
function checkLimits (hb: pb.Heartbeat): CheckedHeartbeat | string {
  for (const [what, value] of [['site', hb.site], ['media', hb.media], ['version', hb.version]] as const) {
    if (value.length > MAX_LABEL_LENGTH) return `${what} is longer than ${MAX_LABEL_LENGTH} characters`
  }
  if (hb.admission.byteLength > MAX_ADMISSION_BYTES) return `the invite record is larger than ${MAX_ADMISSION_BYTES} bytes`
  if (hb.addrs.length > MAX_ADDRS) return `${hb.addrs.length} addresses is over ${MAX_ADDRS}`
  if (hb.addrs.some(a => a.length > MAX_ADDR_LENGTH)) return `an address is longer than ${MAX_ADDR_LENGTH} characters`
  const numbers: Record<string, number> = {}
  for (const [what, value] of [['capacity', hb.capacity], ['used', hb.used], ['free', hb.free], ['lastBackupMs', hb.lastBackupMs], ['timeMs', hb.timeMs]] as const) {
    const n = toSafeInteger(value)
    if (n == null || (what !== 'timeMs' && n < 0)) return `${what} is not a valid integer`
    numbers[what] = n
  }
  let checkedCompliance: OwnerCompliance | undefined
  if (hb.compliance != null) {
    const c = hb.compliance
    const values: Record<string, number> = {}
    for (const [what, value] of [['compliant', c.compliant], ['degraded', c.degraded], ['atRisk', c.atRisk], ['snapshots', c.snapshots], ['lastSnapshotMs', c.lastSnapshotMs], ['computedMs', c.computedMs]] as const) {
      const n = toSafeInteger(value)
      if (n == null || n < 0) return `compliance ${what} is not a valid count`
      values[what] = n
    }
    checkedCompliance = values as unknown as OwnerCompliance
  }
  return Object.assign(hb, numbers, { checkedCompliance, checkedSources: fromWireSources(hb.sources) }) as CheckedHeartbeat
}

/** Factory in the style of the protocol services: `heartbeats(init)(components)`. */
export function heartbeats (init: HeartbeatInit): (components: HeartbeatComponents) => HeartbeatService {
  return (components) => new HeartbeatService(components, init)
}
