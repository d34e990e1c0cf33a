/**
 * The agent daemon: the composition root. One per server; it owns the data
 * directory (LevelDB is single-process) and wires every service:
 *
 *   config.yaml, identity.key, mesh.key → libp2p node (TCP, Noise, yamux)
 *   → member protocol (proof of membership; non-members are cut off and banned)
 *   → shard protocol (this agent's store for the other members' shards)
 *   → backup / restore engines over the members as shard peers
 *   → the control API on control.sock for the CLI.
 *
 * start() brings everything up; stop() takes it down in reverse order.
 */
import { mkdir } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Connection, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { auditProtocol } from '../protocol/audit/index.js'
import { catalogProtocol, putCatalog, replicateCatalog, signCatalog } from '../protocol/catalog/index.js'
import type { CatalogRecord } from '../protocol/catalog/index.js'
import { MemberProtocol } from '../protocol/member/index.js'
import { getStatus, statusProtocol } from '../protocol/status/index.js'
import type { AgentStatusFields } from '../protocol/status/index.js'
import { pb, decode, encode } from '../proto/index.js'
import { CatalogDb } from '../store/catalog-db.js'
import { PeerTableDb } from '../store/peer-table-db.js'
import { encodeShardHeader } from '../store/shard-format.js'
import { seal } from './crypto/aead.js'
import { HeartbeatService, meshGossipsub } from './mesh/heartbeat.js'
import { PeerTable } from './mesh/peer-table.js'
import { checkFeasible, evaluate, ownerRows, place, placementScore, worst } from './placement/index.js'
import type { OwnerRow, OwnerSummary, PeerInfo as PlacementPeer, PlacementPolicy, Verdict } from './placement/index.js'
import { shardProtocol } from '../protocol/shard/index.js'
import type { ShardDeleteRequest, ShardProtocol } from '../protocol/shard/index.js'
import { IndexDb } from '../store/index-db.js'
import { ShardStore } from '../store/shard-store.js'
import { backup, backupStream } from './backup/archiver.js'
import type { BackupType } from './backup/archiver.js'
import { compileExcludes, ExcludePatternError } from './backup/exclude.js'
import type { ExcludeFn } from './backup/exclude.js'
import { scanTotals } from './backup/scanner.js'
import { dumpFile } from './restore/dump.js'
import { Semaphore } from './util/semaphore.js'
import { findSnapshot, listSnapshots } from './backup/snapshots.js'
import { diffSnapshots, entryJson, walkSnapshot } from './backup/tree-walk.js'
import type { SnapshotInfo } from './backup/snapshots.js'
import { loadConfig } from './config.js'
import type { AgentConfig } from './config.js'
import { ControlError, ControlServer, CONTROL_SOCKET } from './control/server.js'
import { loadIdentity } from './identity.js'
import { checkProof, encodeInvite, loadMembership, membershipProof } from './mesh/membership.js'
import type { Membership } from './mesh/membership.js'
import { createMeshNode } from './mesh/node.js'
import { RemoteShardPeer } from './mesh/remote-peer.js'
import { MeshShardStorage } from './mesh/shard-storage.js'
import { writePlacementSegment } from './repair/index-segment.js'
import { parseForgetRequest, runForget } from './prune/forget-run.js'
import type { ForgetRequest } from './prune/forget-run.js'
import { Repairer } from './repair/repairer.js'
import { Repository } from './repository/repository.js'
import type { Placer } from './repository/repository.js'
import { LocalShardPeer } from './repository/shard-peer.js'
import type { ShardPeer } from './repository/shard-peer.js'
import { auditShard, verifyAuditBlock } from '../protocol/audit/index.js'
import type { AuditResult, AuditShardRef, HeldBlock } from '../protocol/audit/index.js'
import { restore } from './restore/restorer.js'

export const VERSION = '0.1.0'
/** Time a new connection has to prove membership, in ms. */
const MEMBER_PROOF_DEADLINE_MS = 5_000
/** How long a peer that failed the proof is refused, in ms. */
const BAN_MS = 10 * 60_000
/** Accepted clock skew of a signed delete, in ms. */
const DELETE_WINDOW_MS = 10 * 60_000

export interface AgentOptions {
  dataDir: string
  /** Extra addresses to dial at start. */
  bootstrap?: string[]
  /** Override of the config's repair grace period, in seconds. */
  repairGraceSeconds?: number
  log?: Logger
}

export class AgentError extends Error {
  override name = 'AgentError'
}

export class Agent {
  readonly startedAt = Date.now()
  /** Members heard of (heartbeats and membership proofs), persisted in the index. */
  readonly peerTable: PeerTable
  readonly catalogs: CatalogDb
  private heartbeat: HeartbeatService | undefined
  readonly repairer: Repairer
  private readonly members = new Set<string>()
  private readonly banned = new Map<string, number>()
  private readonly timers: Array<ReturnType<typeof setInterval>> = []
  private busy: Promise<unknown> = Promise.resolve()
  private lastBackupMs = 0
  /** This owner's pack counts as its heartbeats report them; judged again when the peer table changes. */
  private ownSummary: OwnerSummary | undefined
  private ownSummaryDirty = true
  private stopping = false
  private resolveStopped: () => void = () => {}
  /** Resolves once the agent has stopped (by stop(), a signal, or the control API). */
  readonly stopped = new Promise<void>(resolve => { this.resolveStopped = resolve })

  private constructor (
    readonly dataDir: string,
    readonly config: AgentConfig,
    readonly identity: PrivateKey,
    readonly membership: Membership | undefined,
    readonly index: IndexDb,
    readonly store: ShardStore,
    readonly node: Libp2p,
    readonly control: ControlServer,
    readonly log: Logger,
    private readonly bootstrap: string[]
  ) {
    this.peerTable = new PeerTable({ downAfterSeconds: config.heartbeat.downAfterSeconds, tickSeconds: 1 }, { store: new PeerTableDb(index.level) })
    this.catalogs = new CatalogDb(index.level)
    this.repairer = new Repairer({
      index,
      owner: node.peerId.toString(),
      peers: () => [{ id: node.peerId.toString(), up: true, lastSeenMs: Date.now() }, ...this.peerTable.list().map(p => ({ id: p.peerId, up: p.up, lastSeenMs: p.lastSeenMs }))],
      shardPeer: id => this.shardPeer(id),
      placer: this.placer(true),
      log: (msg, fields) => { log.info(fields ?? {}, msg) },
      onChanged: () => { this.afterRepair() },
      score: assignment => placementScore(assignment, this.placementPeers(), this.placementOwner, this.policy)
    }, { graceSeconds: config.repair.graceSeconds, maxBytesPerSecond: config.repair.maxBytesPerSecond })
  }

  /** A connected, proven member (or this agent's own store) as a shard peer. */
  shardPeer (id: string): ShardPeer | undefined {
    if (id === this.peerId) return new LocalShardPeer(id, this.store)
    if (!this.isConnectedMember(id)) return undefined
    return new RemoteShardPeer(id, this.node, peerIdFromString(id), this.identity)
  }

  /**
   * Check the owner's packs: every placement, and every shard either by a
   * random-block audit or (readData) by fetching and verifying all of it.
   * Shards found missing or corrupt are handed to repair.
   */
  async check (readData: boolean, onProgress: (done: number, total: number) => void = () => {}): Promise<Record<string, unknown>> {
    const packs = await this.index.listPacks()
    const problems: Array<{ pack: string, index: number, peer: string, problem: string }> = []
    let shards = 0
    let ok = 0
    let bytes = 0
    let done = 0
    // A few packs at a time: one pack's shard reads leave the peers and the
    // network idle between packs (3 packs: ≤ ~75 MiB of shards in memory).
    const slots = new Semaphore(3)
    await Promise.all(packs.map(async rec => await slots.use(async () => {
      await Promise.all(rec.locations.map(async l => {
        const index = l.index ?? 0
        const store = l.store ?? ''
        shards++
        const report = (problem: string): void => {
          problems.push({ pack: Buffer.from(rec.id).toString('hex'), index, peer: store, problem })
          if (problem !== 'unreachable') this.repairer.markBad(rec.id, index)
        }
        const peer = this.shardPeer(store)
        if (peer === undefined) { report('unreachable'); return }
        if (readData) {
          try {
            const data = await peer.read(this.peerId, rec.id, index, 0, rec.shardLength, { expectHash: rec.shardHashes[index], signal: AbortSignal.timeout(60_000) })
            bytes += data.byteLength
            ok++
          } catch (err) {
            const name = (err as Error).name
            report(name === 'ShardNotFoundError' ? 'missing' : name === 'ShardCorruptError' ? 'corrupt' : `unreadable: ${(err as Error).message}`)
          }
        } else {
          const blocks = Math.max(1, Math.ceil(rec.shardLength / (64 * 1024)))
          const block = Math.floor(Math.random() * blocks)
          const ref = { owner: this.peerId, packId: rec.id, index }
          // this agent's own store is audited from disk: the audit protocol does not dial itself
          const r: AuditResult = store === this.peerId
            ? await this.readHeldBlock(ref, block).then(
              held => held === undefined ? { ok: false, reason: 'missing', message: 'not held' } : verifyAuditBlock(ref, block, rec.shardHashes[index], held.header, held.data),
              err => ({ ok: false, reason: 'error', message: (err as Error).message }))
            : await auditShard(this.node, peerIdFromString(store), ref, block, rec.shardHashes[index], { signal: AbortSignal.timeout(30_000) })
          if (r.ok) ok++
          else report(r.reason)
        }
      }))
      if (rec.locations.length < rec.k + rec.m) problems.push({ pack: Buffer.from(rec.id).toString('hex'), index: -1, peer: '', problem: `only ${rec.locations.length} of ${rec.k + rec.m} shards placed` })
      onProgress(++done, packs.length)
    })))
    if (problems.some(p => p.problem !== 'unreachable')) void this.repairer.runOnce()
    return { mode: readData ? 'read-data' : 'audit', packs: packs.length, shards, ok, bytesRead: bytes, problems }
  }

  get peerId (): string { return this.node.peerId.toString() }

  /** A block of a shard in this agent's store, as the audit protocol answers it. */
  private async readHeldBlock (ref: AuditShardRef, block: number): Promise<HeldBlock | undefined> {
    const header = await this.store.getHeader(ref.owner, ref.packId, ref.index).catch(() => undefined)
    if (header === undefined) return undefined
    const bs = header.blockSize
    if (block < 0 || block * bs >= Number(header.shardLength)) {
      throw Object.assign(new Error(`block ${block} is past the end of the shard`), { name: 'InvalidAuditRequestError' })
    }
    // Raw bytes, even when damaged: the auditor checks them and finds out.
    const got = await this.store.readRaw(ref.owner, ref.packId, ref.index, block * bs, bs)
    return got === undefined ? undefined : { header: encodeShardHeader(got.header), data: got.data }
  }

  static async start (opts: AgentOptions): Promise<Agent> {
    const log = opts.log ?? pino({ name: 'meshbackup', level: process.env.MESHBACKUP_LOG_LEVEL ?? 'info' }, pino.destination(2))
    const dir = opts.dataDir
    const config = await loadConfig(dir)
    if (opts.repairGraceSeconds !== undefined) config.repair.graceSeconds = opts.repairGraceSeconds
    const identity = await loadIdentity(dir)
    const membership = await loadMembership(dir)
    const index = new IndexDb(join(dir, 'index'))
    await index.open()
    const store = new ShardStore(join(dir, 'shards'), { capacity: config.capacity })
    try {
      await mkdir(join(dir, 'shards'), { recursive: true, mode: 0o700 })
      await store.open()
    } catch (err) {
      await index.close()
      throw err
    }
    // The node is created before the agent object; the gater reads through this holder.
    const holder: { agent?: Agent } = {}
    let node: Libp2p
    try {
      node = await createMeshNode({
        privateKey: identity,
        listen: config.listen,
        services: { pubsub: meshGossipsub() },
        connectionGater: {
          denyInboundEncryptedConnection: async (peer: PeerId) => holder.agent?.isBanned(peer.toString()) ?? false,
          denyOutboundEncryptedConnection: async (peer: PeerId) => holder.agent?.isBanned(peer.toString()) ?? false
        }
      })
    } catch (err) {
      await index.close()
      throw new AgentError(`cannot start the mesh node (listen ${config.listen.join(', ')}): ${(err as Error).message}`)
    }
    const control = new ControlServer(join(dir, CONTROL_SOCKET), err => log.error({ err }, 'control request failed'))
    const agent = new Agent(dir, config, identity, membership, index, store, node, control, log, [...config.bootstrap, ...(opts.bootstrap ?? [])])
    holder.agent = agent
    try {
      await agent.startServices()
    } catch (err) {
      await agent.stop().catch(() => {})
      throw err
    }
    return agent
  }

  private async startServices (): Promise<void> {
    const { node, log } = this
    const member = new MemberProtocol({
      registrar: node,
      ownHello: () => ({ meshId: this.membership?.meshId ?? '', proof: this.membership === undefined ? new Uint8Array(0) : membershipProof(this.membership, this.peerId) }),
      verify: (peer, hello) => this.membership !== undefined && hello.meshId === this.membership.meshId && checkProof(this.membership, peer.toString(), hello.proof),
      onMember: peer => this.markMember(peer),
      onRefused: (peer, reason) => this.refuse(peer, reason)
    })
    await member.start()
    const shards: ShardProtocol = shardProtocol()({
      registrar: node,
      storage: new MeshShardStorage(this.store, { quotaPerMember: this.config.quotaPerMember, isMember: id => this.members.has(id) }),
      verifyDelete: async (req, remote) => this.verifyDelete(req, remote)
    })
    await shards.start()

    const isMember = (peer: PeerId): boolean => this.members.has(peer.toString())
    await this.catalogs.open()
    await catalogProtocol()({ registrar: node, catalogs: this.catalogs, isMember }).start()
    await statusProtocol()({ registrar: node, getStatus: async () => this.statusFields(), isMember }).start()
    await auditProtocol()({
      registrar: node,
      isMember,
      readBlock: async (ref, block) => await this.readHeldBlock(ref, block)
    }).start()

    await this.peerTable.start()
    for (const e of ['peer:up', 'peer:down', 'peer:update'] as const) this.peerTable.addEventListener(e, () => { this.ownSummaryDirty = true })
    if (this.membership !== undefined) {
      const membership = this.membership
      this.heartbeat = new HeartbeatService({
        peerId: node.peerId,
        pubsub: (node.services as { pubsub: ConstructorParameters<typeof HeartbeatService>[0]['pubsub'] }).pubsub,
        peerTable: this.peerTable,
        localInfo: () => this.localInfo(),
        membershipProof: membershipProof(membership, this.peerId),
        checkProof: (peerId, proof) => checkProof(membership, peerId, proof)
      }, { meshId: membership.meshId, intervalSeconds: this.config.heartbeat.intervalSeconds })
      await this.heartbeat.start()
    }
    if (this.config.repair.auditIntervalSeconds > 0) {
      this.timers.push(setInterval(() => {
        void this.check(false).then(r => {
          const problems = (r.problems as unknown[]).length
          if (problems > 0) this.log.warn({ problems }, 'scheduled audit found problems (repair will follow)')
        }, err => this.log.warn({ err: (err as Error).message }, 'scheduled audit failed'))
      }, this.config.repair.auditIntervalSeconds * 1000))
    }
    this.repairer.start(Math.max(1000, Math.min(this.config.repair.graceSeconds * 500, this.config.heartbeat.intervalSeconds * 1000)))

    node.addEventListener('connection:open', evt => { this.onConnection(evt.detail, member) })

    this.routes()
    await this.control.start()
    log.info({ peerId: this.peerId, addrs: this.addrs(), site: this.config.site, media: this.config.media, mesh: this.membership?.meshId }, 'agent started')
    void this.dialKnown()
    this.timers.push(setInterval(() => { void this.dialKnown() }, this.config.heartbeat.intervalSeconds * 1000))
  }

  private onConnection (conn: Connection, member: MemberProtocol): void {
    const peer = conn.remotePeer
    const id = peer.toString()
    if (this.members.has(id)) return
    if (conn.direction === 'outbound') {
      member.hello(this.node, peer).catch(err => {
        this.log.warn({ peer: id, err: (err as Error).message }, 'peer did not prove membership')
      })
    }
    setTimeout(() => {
      if (!this.members.has(id) && !this.stopping) {
        this.refuse(peer, 'no proof of membership in time')
      }
    }, MEMBER_PROOF_DEADLINE_MS).unref()
  }

  private markMember (peer: PeerId): void {
    const id = peer.toString()
    const first = !this.members.has(id)
    this.members.add(id)
    if (first) {
      this.log.info({ peer: id }, 'member connected')
      void this.pushCatalog(peer)
      void this.heartbeat?.publishNow().catch(() => {})
    }
  }

  private refuse (peer: PeerId, reason: string): void {
    const id = peer.toString()
    if (this.members.has(id)) return
    this.banned.set(id, Date.now() + BAN_MS)
    this.log.warn({ peer: id, reason }, 'refusing non-member')
    for (const c of this.node.getConnections(peer)) void Promise.resolve(c.close()).catch(() => {})
  }

  isBanned (id: string): boolean {
    const until = this.banned.get(id)
    if (until === undefined) return false
    if (until < Date.now()) { this.banned.delete(id); return false }
    return true
  }

  isMember (id: string): boolean {
    return this.members.has(id)
  }

  private async verifyDelete (req: ShardDeleteRequest, remote: PeerId): Promise<boolean> {
    if (!this.members.has(remote.toString())) return false
    if (Math.abs(Date.now() - req.timeMs) > DELETE_WINDOW_MS) return false
    try {
      const owner = peerIdFromString(req.ref.owner)
      if (owner.publicKey === undefined) return false
      return await owner.publicKey.verify(req.payload, req.signature)
    } catch {
      return false
    }
  }

  /** Dial bootstrap addresses and known members that are not connected. */
  private async dialKnown (): Promise<void> {
    if (this.stopping || this.membership === undefined) return
    const targets = new Set<string>(this.bootstrap)
    for (const p of this.peerTable.list()) {
      if (p.peerId === this.peerId || this.isBanned(p.peerId)) continue
      if (this.node.getConnections(peerIdFromString(p.peerId)).length === 0) {
        for (const a of p.addrs) {
          if (a.includes('/ip4/0.0.0.0/')) continue
          targets.add(a.includes('/p2p/') ? a : `${a}/p2p/${p.peerId}`)
        }
      }
    }
    await Promise.all([...targets].map(async a => {
      try {
        const ma = multiaddr(a)
        const pid = ma.getComponents().find(c => c.name === 'p2p')?.value
        if (pid === this.peerId) return
        if (pid !== undefined && this.node.getConnections(peerIdFromString(pid)).length > 0) return
        await this.node.dial(ma, { signal: AbortSignal.timeout(5_000) })
      } catch (err) {
        this.log.debug({ addr: a, err: (err as Error).message }, 'dial failed')
      }
    }))
  }

  addrs (): string[] {
    return this.node.getMultiaddrs().map(a => a.toString())
  }

  /** Is `id` a proven member with an open connection? */
  private isConnectedMember (id: string): boolean {
    return this.members.has(id) && this.node.getConnections(peerIdFromString(id)).length > 0
  }

  /** Members currently connected and proven. */
  upMembers (): string[] {
    return [...this.members].filter(id => this.isConnectedMember(id))
  }

  /** What this agent says about itself, in heartbeats and in status. */
  private selfInfo (): { site: string, media: string, capacity: number, used: number, free: number, version: string, lastBackupMs: number, addrs: string[] } {
    return {
      site: this.config.site,
      media: this.config.media,
      capacity: this.config.capacity,
      used: this.store.usedBytes(),
      free: Math.max(0, this.store.freeBytes()),
      version: VERSION,
      lastBackupMs: this.lastBackupMs,
      addrs: this.addrs()
    }
  }

  /** The heartbeat's content. */
  private async localInfo (): Promise<ReturnType<Agent['selfInfo']> & { shards: number, compliance?: OwnerSummary }> {
    let shards = 0
    for (const u of this.store.usage().values()) shards += u.shards
    const compliance = await this.ownCompliance().catch(err => {
      this.log.warn({ err: (err as Error).message }, 'could not judge own packs')
      return undefined
    })
    return { ...this.selfInfo(), shards, compliance }
  }

  /**
   * This owner's pack counts, judged again when the peer table changed (or a
   * backup or repair did) and at least every minute — at most once per
   * heartbeat, since the heartbeat asks.
   */
  private async ownCompliance (): Promise<OwnerSummary> {
    if (this.ownSummary !== undefined && !this.ownSummaryDirty && Date.now() - this.ownSummary.computedMs < 60_000) return this.ownSummary
    this.ownSummaryDirty = false
    const c = await this.compliance()
    const packs = (c.owners as Array<{ packs: Record<'compliant' | 'degraded' | 'at-risk', number> }>)[0].packs
    const times = (c.snapshots as Array<{ time: string }>).map(s => Date.parse(s.time))
    this.ownSummary = { compliant: packs.compliant, degraded: packs.degraded, atRisk: packs['at-risk'], snapshots: times.length, lastSnapshotMs: Math.max(0, ...times), computedMs: Date.now() }
    return this.ownSummary
  }

  /** Every owner known here with its pack counts (its own report; this agent's judged now). */
  private async owners (): Promise<OwnerRow[]> {
    this.ownSummaryDirty = true
    const summary = await this.ownCompliance()
    const catalogs = []
    for (const { owner } of await this.catalogs.list()) {
      const held = await this.catalogs.get(owner)
      let body: pb.CatalogBody | undefined
      try { body = held === undefined ? undefined : decode(pb.CatalogBody, held.body, 16 * 1024 * 1024, 'catalog body') } catch { body = undefined }
      catalogs.push({ owner, host: body?.host ?? null, site: body?.site ?? null, snapshots: body?.snapshots.length ?? null })
    }
    const connected = new Set(this.upMembers())
    return ownerRows({
      self: { id: this.peerId, host: hostname(), site: this.config.site, lastBackupMs: this.lastBackupMs, summary },
      peers: this.peerTable.list().map(p => ({ peerId: p.peerId, site: p.site, up: p.up && connected.has(p.peerId), lastBackupMs: p.lastBackupMs, compliance: p.compliance })),
      catalogs
    })
  }

  /**
   * After a repair pass moved shards: judge and announce the new counts, then
   * republish the catalog (after any backup under way). The new placements go
   * into an index segment only when the key is at hand (indexRepairs).
   */
  private afterRepair (): void {
    this.ownSummaryDirty = true
    void this.heartbeat?.publishNow().catch(() => {})
    void this.exclusive(async () => await this.republishCatalog()).then(r => {
      if (r !== undefined) this.log.info({ version: r.version, replicated: r.replicated }, 'catalog republished after repair')
    }, err => { this.log.warn({ err: (err as Error).message }, 'catalog republish after repair failed') })
  }

  /**
   * Write the placements repair changed into an index segment, so that a
   * fresh-machine recovery finds the shards where they are now. Needs the
   * master key (`repo` is open with the passphrase); the caller publishes the
   * catalog next. A failure leaves them listed for the next time.
   */
  private async indexRepairs (repo: Repository): Promise<number> {
    const packs = await this.repairer.unindexedPacks()
    if (packs.length === 0) return 0
    try {
      const placer = repo.placer
      repo.placer = this.placer(true) // a site may be down: a degraded segment beats none
      const done = await writePlacementSegment(repo, packs).finally(() => { repo.placer = placer })
      await this.repairer.markIndexed(packs)
      this.log.info({ packs: done.length }, 'repaired placements written to an index segment')
      return done.length
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'could not write the repaired placements to an index segment (will retry)')
      return 0
    }
  }

  /** This agent's status in the status protocol's terms. */
  statusFields (): AgentStatusFields {
    return {
      ...this.selfInfo(),
      peerId: this.peerId,
      shardsPerOwner: [...this.store.usage()].map(([owner, u]) => ({ owner, shards: u.shards, bytes: u.bytes })),
      peers: this.peerTable.list().map(p => ({ peerId: p.peerId, site: p.site, media: p.media, up: p.up, capacity: p.capacity, used: p.used, lastSeenMs: p.lastSeenMs, addrs: p.addrs })),
      uptimeMs: Date.now() - this.startedAt
    }
  }

  async status (): Promise<Record<string, unknown>> {
    const out = statusJson(this.statusFields(), this.membership?.meshId ?? null, id => this.isConnectedMember(id))
    ;(out.self as Record<string, unknown>).catalogsHeld = await this.catalogs.list()
    return out
  }

  /** Sign and replicate this owner's catalog record to every member that is up. */
  async publishCatalog (repo: Repository): Promise<{ version: number, replicated: number, failed: number }> {
    const snaps = await listSnapshots(repo)
    const indexPacks = JSON.parse(await this.index.getMeta('index-packs') ?? '[]') as string[]
    const body: pb.ICatalogBody = {
      repoId: repo.keys.repoId,
      keyFiles: (await repo.listKeys()).map(k => k.file),
      snapshots: snaps.map(s => s.id),
      indexPacks: indexPacks.map(h => Buffer.from(h, 'hex')),
      identitySealed: seal(repo.keys.dataKey, this.identity.raw, Buffer.from('meshbackup identity v1')),
      site: this.config.site,
      media: this.config.media,
      host: hostname(),
      updatedMs: Date.now()
    }
    const held = await this.catalogs.get(this.peerId)
    const version = (held?.version ?? 0) + 1
    const record = await signCatalog(this.identity, { version, body: encode(pb.CatalogBody, body) })
    await this.catalogs.put(record)
    const peers = this.upMembers().map(id => peerIdFromString(id))
    const results = await replicateCatalog(this.node, peers, record, { signal: AbortSignal.timeout(30_000) })
    const ok = results.filter(r => r.ok).length
    return { version, replicated: ok, failed: results.length - ok }
  }

  /**
   * Re-sign and replicate this owner's catalog without the master key (after a
   * repair): the key-derived fields (repo id, sealed identity) are the last
   * published record's, the rest is read from the index. Nothing before the
   * first publish.
   */
  async republishCatalog (): Promise<{ version: number, replicated: number, failed: number } | undefined> {
    const held = await this.catalogs.get(this.peerId)
    if (held === undefined) return undefined
    const last: pb.ICatalogBody = decode(pb.CatalogBody, held.body, 16 * 1024 * 1024, 'own catalog')
    const indexPacks = JSON.parse(await this.index.getMeta('index-packs') ?? '[]') as string[]
    const body: pb.ICatalogBody = {
      ...last,
      keyFiles: (await this.index.listKeyFiles()).map(k => k.file),
      snapshots: (await listSnapshots(this)).map(s => s.id),
      indexPacks: indexPacks.map(h => Buffer.from(h, 'hex')),
      site: this.config.site,
      media: this.config.media,
      host: hostname(),
      updatedMs: Date.now()
    }
    const version = held.version + 1
    const record = await signCatalog(this.identity, { version, body: encode(pb.CatalogBody, body) })
    await this.catalogs.put(record)
    const results = await replicateCatalog(this.node, this.upMembers().map(id => peerIdFromString(id)), record, { signal: AbortSignal.timeout(30_000) })
    const ok = results.filter(r => r.ok).length
    return { version, replicated: ok, failed: results.length - ok }
  }

  /** Give a newly connected member our latest catalog record (it may have missed updates). */
  private async pushCatalog (peer: PeerId): Promise<void> {
    const own: CatalogRecord | undefined = await this.catalogs.get(this.peerId)
    if (own === undefined) return
    await putCatalog(this.node, peer, own, { signal: AbortSignal.timeout(15_000) }).catch(err => {
      this.log.debug({ peer: peer.toString(), err: (err as Error).message }, 'catalog push failed')
    })
  }

  /**
   * The storage peers as placement sees them: the members (up = heard from and
   * connected) and this agent itself — its own store holds at most one shard of
   * each of its packs like any member, and the rules (offsite, site diversity)
   * count it in its site.
   */
  placementPeers (): PlacementPeer[] {
    const connected = new Set(this.upMembers())
    return [
      { id: this.peerId, site: this.config.site, media: this.config.media, capacity: this.config.capacity, free: Math.max(0, this.store.freeBytes()), up: true },
      ...this.peerTable.list().map(p => ({ id: p.peerId, site: p.site, media: p.media, capacity: p.capacity, free: p.free, up: p.up && connected.has(p.peerId) }))
    ]
  }

  /** The owner as placement sees it (no id: its own store is an eligible peer, see placementPeers). */
  private get placementOwner (): { id: string, site: string, media: string } {
    return { id: '', site: this.config.site, media: this.config.media }
  }

  /**
   * The 3-2-1 verdict of every snapshot of this owner: each pack judged from its
   * shard placements and the peer table, a snapshot taking the worst of its
   * packs. `without` asks "what if these sites or peers were lost?".
   */
  async compliance (without?: { sites?: string[], peers?: string[] }): Promise<Record<string, unknown>> {
    const peers = this.placementPeers()
    const owner = this.placementOwner
    const packVerdicts = new Map<string, Verdict>()
    const bySite = new Map<string, { shards: number, peers: Set<string> }>()
    const judge = async (packId: Uint8Array): Promise<Verdict | undefined> => {
      const h = Buffer.from(packId).toString('hex')
      let v = packVerdicts.get(h)
      if (v !== undefined) return v
      const rec = await this.index.getPack(packId)
      if (rec === undefined) return undefined
      const assignment: Array<string | undefined> = new Array(rec.k + rec.m).fill(undefined)
      for (const l of rec.locations) assignment[l.index ?? 0] = l.store ?? undefined
      v = evaluate(assignment, peers, owner, this.policy, { without })
      packVerdicts.set(h, v)
      for (const l of rec.locations) {
        const site = peers.find(p => p.id === l.store)?.site ?? '?'
        const e = bySite.get(site) ?? { shards: 0, peers: new Set<string>() }
        e.shards++
        e.peers.add(l.store ?? '?')
        bySite.set(site, e)
      }
      return v
    }
    const snapshots = []
    for (const s of await listSnapshots(this)) {
      const packs = await this.index.getSnapshotPacks(s.id) ?? []
      const verdicts = (await Promise.all(packs.map(judge))).filter((v): v is Verdict => v !== undefined)
      const rules = { copies: true, media: true, offsite: true, siteDiversity: true }
      const problems = new Set<string>()
      for (const v of verdicts) {
        for (const k of Object.keys(rules) as Array<keyof typeof rules>) rules[k] &&= v.rules[k]
        for (const p of v.problems) if (problems.size < 8) problems.add(p)
      }
      snapshots.push({ id: s.idHex, short: s.idHex.slice(0, 8), time: s.time.toISOString(), state: verdicts.length === 0 ? 'compliant' : worst(verdicts.map(v => v.state)), rules, problems: [...problems], packs: verdicts.length })
    }
    const counts = { compliant: 0, degraded: 0, 'at-risk': 0 }
    for (const v of packVerdicts.values()) counts[v.state]++
    return {
      without: without ?? null,
      owners: [{ owner: this.peerId, packs: counts }],
      sites: [...bySite].sort().map(([site, e]) => ({ site, shards: e.shards, peers: e.peers.size, up: peers.filter(p => p.site === site && p.up && !(without?.sites ?? []).includes(site) && !(without?.peers ?? []).includes(p.id)).length })),
      snapshots
    }
  }

  get policy (): PlacementPolicy {
    return this.config.policy
  }

  /**
   * A repository opened with `passphrase`; its shard peers are the members that
   * are up, chosen per pack by the placement policy.
   */
  async openRepository (passphrase: string, options: { allowDegraded?: boolean } = {}): Promise<Repository> {
    if (typeof passphrase !== 'string' || passphrase === '') throw new ControlError('a passphrase is needed')
    const repo = await Repository.attach(this.index, passphrase, { owner: this.peerId })
    for (const id of [this.peerId, ...this.upMembers()]) repo.addPeer(this.shardPeer(id) as ShardPeer)
    repo.placer = this.placer(options.allowDegraded === true)
    return repo
  }

  /** The placement policy over the live peers, as backups and repair use it. */
  private placer (allowDegraded: boolean): Placer {
    return ({ packId, shardBytes, keep, avoid }) => {
      const r = place({ packId, shardBytes, owner: this.placementOwner, peers: this.placementPeers(), policy: this.policy, keep, avoid, allowDegraded })
      return r.ok ? { ok: true, assignment: r.assignment, degraded: r.verdict.state !== 'compliant' } : { ok: false, reason: r.reason }
    }
  }

  /** Fail before uploading anything when the live mesh cannot meet the policy. */
  private requireFeasible (degraded: boolean, canDegrade = true): void {
    const feasible = checkFeasible(this.placementPeers(), this.placementOwner, this.policy)
    if (!feasible.ok && !degraded) {
      const hint = canDegrade ? '; --degraded backs up anyway and marks the snapshot degraded' : ''
      throw new ControlError(`the mesh cannot satisfy the placement policy: ${feasible.reason} (nothing was uploaded${hint})`, 409)
    }
  }

  /** After a backup: remember its time, replicate the catalog, describe the snapshot. */
  private async afterBackup (repo: Repository, id: Uint8Array): Promise<{ snapshot: Record<string, unknown>, catalog: Awaited<ReturnType<Agent['publishCatalog']>> | undefined }> {
    this.lastBackupMs = Date.now()
    this.ownSummaryDirty = true
    await this.indexRepairs(repo) // the key is at hand: record repaired placements too
    const catalog = await this.publishCatalog(repo).catch(err => {
      this.log.warn({ err: (err as Error).message }, 'catalog replication failed')
      return undefined
    })
    const info = (await listSnapshots(repo)).find(s => Buffer.from(s.id).equals(id)) as SnapshotInfo
    return { snapshot: snapshotJson(info), catalog }
  }

  /** Run one repository operation at a time (backup, restore, prune share the index). */
  private async exclusive<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn)
    this.busy = run.catch(() => {})
    return await run
  }

  /** A shard that fails its hash on a read is repaired like a failed audit. */
  private repairIfBad (packId: Uint8Array, index: number, why: string): void {
    if (/match|hash|corrupt/i.test(why)) this.repairer.markBad(packId, index)
  }

  private routes (): void {
    const c = this.control
    c.json('GET', '/v1/status', async (req) => {
      const peer = req.query.get('peer')
      const without = { sites: req.query.getAll('without-site'), peers: req.query.getAll('without-peer') }
      if (peer === null || peer === '' || peer === this.peerId) {
        const st = await this.status()
        const c = await this.compliance(without.sites.length + without.peers.length > 0 ? without : undefined)
        return { ...st, owners: await this.owners(), snapshots: c.snapshots, compliance: { without: c.without, owners: c.owners, sites: c.sites }, repair: this.repairer.state }
      }
      let pid: PeerId
      try { pid = peerIdFromString(peer) } catch { throw new ControlError(`"${peer}" is not a peer id`) }
      const remote = await getStatus(this.node, pid, { signal: AbortSignal.timeout(15_000) }).catch(err => {
        throw new ControlError(`peer ${peer} did not answer: ${(err as Error).message}`, 502)
      })
      return statusJson(remote, this.membership?.meshId ?? null, id => remote.peers.find(p => p.peerId === id)?.up === true)
    })
    c.json('GET', '/v1/invite', async () => {
      if (this.membership === undefined) throw new ControlError('this agent is in no mesh yet: run meshbackup mesh create (agent stopped) first', 409)
      const addrs = this.addrs().filter(a => !a.includes('/ip4/0.0.0.0/')).map(a => a.includes('/p2p/') ? a : `${a}/p2p/${this.peerId}`)
      return { token: encodeInvite({ ...this.membership, addrs }) }
    })
    c.json('POST', '/v1/snapshots', async () => {
      const states = new Map(((await this.compliance()).snapshots as Array<{ id: string, state: string, rules: unknown }>).map(c => [c.id, c]))
      return (await listSnapshots(this)).map(s => ({ ...snapshotJson(s), state: states.get(s.idHex)?.state ?? 'compliant', rules: states.get(s.idHex)?.rules ?? null }))
    })
    c.stream('POST', '/v1/backup', async (req, send) => await this.exclusive(async () => {
      const paths = req.body.paths
      if (!Array.isArray(paths) || paths.length === 0 || !paths.every(p => typeof p === 'string')) throw new ControlError('paths: a list of paths to back up')
      const type = (req.body.type ?? 'incremental') as BackupType
      if (!['incremental', 'differential', 'full'].includes(type)) throw new ControlError(`type must be incremental, differential or full, not ${String(type)}`)
      const degraded = req.body.degraded === true
      const exclude = compileExcludeRequest(req.body)
      const repo = await this.openRepository(String(req.body.passphrase ?? ''), { allowDegraded: degraded })
      this.requireFeasible(degraded)
      // Totals for a progress bar, counted alongside (never waited for); skipped
      // when nobody draws one (it stats every file a second time).
      if (req.body.totals !== false) scanTotals(paths as string[], exclude, req.signal).then(t => send({ event: 'total', ...t }), () => {})
      const res = await backup(repo, {
        paths: paths as string[],
        type,
        tags: Array.isArray(req.body.tags) ? req.body.tags.map(String) : [],
        exclude,
        signal: req.signal,
        onProgress: progressEvents(send)
      })
      for (const w of res.warnings) send({ event: 'warning', message: w })
      return { ...await this.afterBackup(repo, res.id), warnings: res.warnings, peers: [...repo.peers.keys()] }
    }))
    c.uploadStream('POST', '/v1/backup-stdin', async (req, send) => await this.exclusive(async () => {
      const name = req.query.get('name') ?? ''
      const repo = await this.openRepository(Buffer.from(String(req.headers['x-meshbackup-passphrase'] ?? ''), 'base64').toString('utf8'))
      this.requireFeasible(false, false)
      const res = await backupStream(repo, req.upload as AsyncIterable<Uint8Array>, {
        name,
        tags: req.query.getAll('tag'),
        signal: req.signal,
        onProgress: progressEvents(send)
      })
      return { ...await this.afterBackup(repo, res.id), warnings: [] }
    }))
    c.stream('POST', '/v1/restore', async (req, send) => await this.exclusive(async () => {
      const target = req.body.target
      if (typeof target !== 'string' || target === '') throw new ControlError('target: the directory to restore into')
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const snap = await requestedSnapshot(repo, req.body)
      if (typeof req.body.path !== 'string' || req.body.path === '/') {
        // The whole snapshot: its recorded totals drive the progress bar.
        const st = snap.stats
        send({ event: 'total', files: Number(st.filesNew ?? 0) + Number(st.filesChanged ?? 0) + Number(st.filesUnchanged ?? 0), bytes: Number(st.bytesTotal ?? 0) })
      }
      const failures: string[] = []
      const res = await restore(repo, snap, {
        target,
        subPath: typeof req.body.path === 'string' ? req.body.path : undefined,
        signal: req.signal,
        events: {
          onShardFailure: (packId, i, store, why) => {
            failures.push(`${store} shard ${i}: ${why}`)
            this.repairIfBad(packId, i, why)
          }
        },
        onProgress: progressEvents(send)
      })
      return { snapshot: snapshotJson(snap), files: res.files, dirs: res.dirs, symlinks: res.symlinks, bytes: res.bytes, packDecodes: res.loader.packDecodes, shardFailures: [...new Set(failures)] }
    }))
    c.download('POST', '/v1/dump', async (req, write) => await this.exclusive(async () => {
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const snap = await requestedSnapshot(repo, req.body)
      const res = await dumpFile(repo, snap, write, {
        path: typeof req.body.path === 'string' ? req.body.path : undefined,
        signal: req.signal,
        events: { onShardFailure: (packId, i, _store, why) => { this.repairIfBad(packId, i, why) } }
      })
      return { snapshot: snapshotJson(snap), ...res }
    }))
    c.stream('POST', '/v1/check', async (req, send) => await this.check(req.body.readData === true, (done, total) => send({ event: 'progress', done, total })))
    c.json('POST', '/v1/ls', async (req) => {
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const snap = await findSnapshot(repo, String(req.body.snapshot ?? 'latest'))
      const out: Array<Record<string, unknown>> = []
      for await (const e of walkSnapshot(repo, snap, typeof req.body.path === 'string' ? req.body.path : '/')) {
        out.push(entryJson(e))
        if (out.length >= 1_000_000) break
      }
      return { snapshot: snapshotJson(snap), entries: out }
    })
    c.json('POST', '/v1/diff', async (req) => {
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const a = await findSnapshot(repo, String(req.body.a ?? ''))
      const b = await findSnapshot(repo, String(req.body.b ?? ''))
      return { a: a.idHex.slice(0, 8), b: b.idHex.slice(0, 8), ...await diffSnapshots(repo, a, b) }
    })
    c.json('POST', '/v1/keys', async (req) => await this.exclusive(async () => {
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const op = String(req.body.op ?? 'list')
      let changed: Record<string, unknown> = {}
      if (op === 'add' || op === 'passwd') {
        const next = String(req.body.newPassphrase ?? '')
        if (next === '') throw new ControlError('the new passphrase is empty')
        changed = { added: await repo.addKey(next) }
        if (op === 'passwd') {
          await this.index.deleteKeyFile(repo.keyId as string)
          changed.removed = repo.keyId
        }
      } else if (op === 'remove') {
        await repo.removeKey(String(req.body.id ?? ''))
        changed = { removed: String(req.body.id) }
      } else if (op !== 'list') {
        throw new ControlError(`unknown key operation ${op}`)
      }
      if (op !== 'list') {
        this.log.info({ op, ...changed }, 'key files changed')
        await this.publishCatalog(repo).catch(() => undefined)
      }
      const keys = (await repo.listKeys()).map(k => ({ id: k.id, current: k.id === repo.keyId && op !== 'passwd', host: k.file.host, username: k.file.username, created: new Date(Number(k.file.createdMs)).toISOString() }))
      return { ...changed, keys }
    }))
    c.json('POST', '/v1/repair', async (req) => {
      await this.repairer.runOnce()
      // with the passphrase, the repaired placements also go into an index segment
      const passphrase = req.body.passphrase
      if (typeof passphrase === 'string' && passphrase !== '') {
        await this.exclusive(async () => {
          const repo = await this.openRepository(passphrase, { allowDegraded: true })
          if (await this.indexRepairs(repo) > 0) await this.publishCatalog(repo)
        })
      }
      return this.repairer.state
    })
    c.stream('POST', '/v1/forget', async (req, send) => {
      let request: ForgetRequest
      try { request = parseForgetRequest(req.body) } catch (err) { throw new ControlError((err as Error).message) }
      return await this.exclusive(async () => {
        const repo = await this.openRepository(String(req.body.passphrase ?? ''))
        return await runForget({
          repo,
          shardPeer: id => this.shardPeer(id),
          publishCatalog: async () => await this.publishCatalog(repo),
          log: (msg, fields) => { this.log.info(fields ?? {}, msg) }
        }, request, { signal: req.signal, onProgress: progressEvents(send) })
      })
    })
    c.json('POST', '/v1/stop', async () => {
      setTimeout(() => { void this.stop() }, 10)
      return { stopping: true }
    })
  }

  async stop (): Promise<void> {
    if (this.stopping) return
    this.stopping = true
    for (const t of this.timers) clearInterval(t)
    this.repairer.stop()
    await this.control.stop().catch(() => {})
    await this.heartbeat?.stop().catch(() => {})
    await this.peerTable.stop().catch(() => {})
    await Promise.resolve(this.node.stop()).catch(() => {})
    await this.busy.catch(() => {})
    await this.index.close().catch(() => {})
    this.log.info('agent stopped')
    this.resolveStopped()
  }
}

/** Progress callbacks as NDJSON events, at most five a second. */
/** The snapshot a request names (`snapshot`: id, prefix or "latest"; `at`: point in time). */
async function requestedSnapshot (repo: Repository, body: Record<string, unknown>): Promise<SnapshotInfo> {
  const at = body.at === undefined ? undefined : new Date(String(body.at))
  if (at !== undefined && Number.isNaN(at.getTime())) throw new ControlError(`at: "${String(body.at)}" is not a time`)
  return await findSnapshot(repo, String(body.snapshot ?? 'latest'), { at })
}

/** `excludes` (globs) and `iexcludes` (case-insensitive globs) of a backup request. */
function compileExcludeRequest (body: Record<string, unknown>): ExcludeFn | undefined {
  const list = (v: unknown, what: string): string[] => {
    if (v === undefined) return []
    if (!Array.isArray(v) || !v.every(x => typeof x === 'string')) throw new ControlError(`${what}: a list of patterns`)
    return v as string[]
  }
  try {
    const cs = compileExcludes(list(body.excludes, 'excludes'))
    const ci = compileExcludes(list(body.iexcludes, 'iexcludes'), { caseInsensitive: true })
    if (cs === undefined || ci === undefined) return cs ?? ci
    return (p, isDir) => cs(p, isDir) || ci(p, isDir)
  } catch (err) {
    if (err instanceof ExcludePatternError) throw new ControlError(err.message)
    throw err
  }
}

function progressEvents<P extends object> (send: (event: Record<string, unknown>) => void): (p: P) => void {
  let last = 0
  return p => {
    const now = Date.now()
    if (now - last > 200) { last = now; send({ event: 'progress', ...p }) }
  }
}

/** The JSON shape of `meshbackup status --json`. */
export function statusJson (f: AgentStatusFields, mesh: string | null, isUp: (id: string) => boolean): Record<string, unknown> {
  return {
    self: {
      id: f.peerId,
      site: f.site,
      media: f.media,
      addrs: f.addrs.map(a => a.includes('/p2p/') ? a : `${a}/p2p/${f.peerId}`),
      capacity: f.capacity,
      used: f.used,
      free: f.free,
      version: f.version,
      uptimeMs: f.uptimeMs,
      mesh,
      lastBackupMs: f.lastBackupMs === 0 ? null : f.lastBackupMs,
      shardsHeld: f.shardsPerOwner
    },
    peers: f.peers.map(p => ({
      id: p.peerId,
      site: p.site,
      media: p.media,
      up: p.up && isUp(p.peerId),
      capacity: p.capacity,
      used: p.used,
      lastSeenMs: p.lastSeenMs
    }))
  }
}

export function snapshotJson (s: SnapshotInfo): Record<string, unknown> {
  return {
    id: s.idHex,
    short: s.idHex.slice(0, 8),
    time: s.time.toISOString(),
    type: s.type,
    host: s.host,
    paths: s.paths,
    tags: s.tags,
    parent: s.parent ?? null,
    stats: Object.fromEntries(Object.entries(s.stats).filter(([, v]) => v != null).map(([k, v]) => [k, Number(v)])),
    degraded: s.degraded
  }
}
