/**
 * The agent daemon's composition root: one per server, owning the data
 * directory (LevelDB is single-process). It only wires: it builds the
 * services in order, keeps them in one list, starts them in order and stops
 * them in reverse. Every rule lives in a service:
 *
 *   storage     index (LevelDB), shard store, catalogs, peer table   store/, agent/mesh/peer-table.ts
 *   mesh        node (TCP, Noise, yamux, gossipsub), bans + gater,    agent/mesh/
 *               membership gate, redialer, heartbeats, self report
 *   protocols   shard (delete authority), catalog, status, audit      protocol/, agent/mesh/delete-authority.ts
 *   placement   live placement, compliance                            agent/placement/
 *   data        shard peers, repository sessions, catalog publisher   agent/mesh/shard-peers.ts, agent/repository/,
 *               and upkeep, repair, checker                            agent/catalog/, agent/repair/, agent/check/
 *   alerts      the alerter (rules, delivery to webhook / command)   agent/alerts/
 *   operations  the scheduler: sources on their schedules, run history  agent/schedule/
 *   control     the control API's routes on control.sock              agent/control/
 *   metrics     GET /metrics when metrics.listen is set                agent/metrics/
 */
import { mkdir } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { auditProtocol } from '../protocol/audit/index.js'
import { catalogProtocol } from '../protocol/catalog/index.js'
import { shardProtocol } from '../protocol/shard/index.js'
import { statusProtocol } from '../protocol/status/index.js'
import { CatalogDb } from '../store/catalog-db.js'
import { IndexDb } from '../store/index-db.js'
import { PeerTableDb } from '../store/peer-table-db.js'
import { ShardStore } from '../store/shard-store.js'
import { agentAlerter } from './alerts/index.js'
import { CatalogPublisher } from './catalog/publisher.js'
import { CatalogUpkeep } from './catalog/upkeep.js'
import { Checker } from './check/checker.js'
import { readHeldBlock } from './check/held-block.js'
import { HoldingsCheck } from './check/holdings.js'
import { loadConfig } from './config.js'
import { CONTROL_SOCKET } from './control/api.js'
import { registerRoutes } from './control/routes/index.js'
import { ControlServer } from './control/server.js'
import { loadIdentity } from './identity.js'
import { componentLog, pinoComponentLogger } from './log.js'
import { agentMetrics } from './metrics/index.js'
import { BanList, knownHostCheck, memberHosts } from './mesh/bans.js'
import { meshPrologue, onHandshakeFailure } from './mesh/handshake.js'
import { ownerSignedDeletes } from './mesh/delete-authority.js'
import { HeartbeatService, meshGossipsub } from './mesh/heartbeat.js'
import type { HeartbeatPubSub } from './mesh/heartbeat.js'
import { MembershipGate } from './mesh/membership-gate.js'
import { Admissions } from './mesh/admissions.js'
import { AdmissionDb } from '../store/admission-db.js'
import { checkProof, loadMembership, membershipProof } from './mesh/membership.js'
import { createMeshNode } from './mesh/node.js'
import { PeerTable } from './mesh/peer-table.js'
import { Redialer } from './mesh/redialer.js'
import { SelfReport } from './mesh/self-report.js'
import { MeshShardStorage } from './mesh/shard-storage.js'
import { ShardPeers } from './mesh/shard-peers.js'
import { Compliance } from './placement/compliance.js'
import { LivePlacement } from './placement/live-placement.js'
import { Repairer, repairIntervalMs } from './repair/repairer.js'
import { alignErasureCode, checkOwnIndex, recoverAdvice } from './repository/index-check.js'
import { RepositorySessions } from './repository/sessions.js'
import { DrillHistory } from './drill/drill-history.js'
import type { DrillRecord } from './drill/types.js'
import { withDrills } from './drill/summaries.js'
import { agentWal } from './pg/index.js'
import { OwnerSources } from './schedule/owner-sources.js'
import type { SourceSummary } from './schedule/types.js'
import { RunHistory } from './schedule/run-history.js'
import { readPassphraseFile, Runner } from './schedule/runner.js'
import { Scheduler } from './schedule/scheduler.js'
import { service, ServiceList } from './service.js'
import { VERSION } from './version.js'

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
  private stopping = false
  private resolveStopped: () => void = () => {}
  /** Resolves once the agent has stopped (by stop(), a signal, or the control API). */
  readonly stopped = new Promise<void>(resolve => { this.resolveStopped = resolve })

  private constructor (private readonly node: Libp2p, private readonly services: ServiceList, private readonly log: Logger) {}

  get peerId (): string { return this.node.peerId.toString() }

  addrs (): string[] {
    return this.node.getMultiaddrs().map(a => a.toString())
  }

  static async start (opts: AgentOptions): Promise<Agent> {
    const log = opts.log ?? pino({ name: 'meshbackup', level: process.env.MESHBACKUP_LOG_LEVEL ?? 'info' }, pino.destination(2))
    const dir = opts.dataDir
    const config = await loadConfig(dir)
    if (opts.repairGraceSeconds !== undefined) config.repair.graceSeconds = opts.repairGraceSeconds
    const identity = await loadIdentity(dir)
    const membership = await loadMembership(dir)
    const selfId = peerIdFromPrivateKey(identity).toString()
    // one logger family: pino children per service; libp2p and the protocols through its ComponentLogger adapter
    const logger = pinoComponentLogger(log)
    const services = new ServiceList((name, err) => log.warn({ service: name, err: err.message }, 'service did not stop cleanly'))

    // storage first: the index is single-process, opened first and closed last
    const index = new IndexDb(join(dir, 'index'))
    services.add(service('index', {
      start: async () => {
        await index.open()
        const { damagedKeys } = await checkOwnIndex(index, dir, selfId).catch(async (err: unknown) => { await index.close(); throw err })
        const code = await alignErasureCode(index, config.policy).catch(async (err: unknown) => { await index.close(); throw err })
        if (code !== undefined) log.info(code, `erasure code changed from ${code.from} to ${code.to} (config.yaml policy): new packs use it, existing packs keep theirs`)
        if (damagedKeys.length > 0) log.warn({ damagedKeys }, `${damagedKeys.length} key files in the index are damaged and left out: their passphrases no longer open this repository (meshbackup key list; add a key, or ${recoverAdvice(dir, selfId)})`)
      },
      stop: async () => { await index.close() }
    }))
    const store = new ShardStore(join(dir, 'shards'), { capacity: config.capacity })
    services.add(service('shard-store', {
      start: async () => {
        await mkdir(join(dir, 'shards'), { recursive: true, mode: 0o700 })
        await store.open()
        if (store.strayCount > 0) log.warn({ count: store.strayCount, first: store.strays }, `${store.strayCount} files in ${join(dir, 'shards')} are not shards: left alone and not counted; move them out of the shard store`)
      }
    }))
    const catalogs = new CatalogDb(index.level)
    services.add(service('catalogs', { start: async () => { await catalogs.open() } }))
    const peerTable = new PeerTable({ downAfterSeconds: config.heartbeat.downAfterSeconds, tickSeconds: 1 }, { store: new PeerTableDb(index.level, logger.forComponent('meshbackup:store:peer-table')), logger })
    services.add(service('peer-table', { start: async () => { await peerTable.start() }, stop: async () => { await peerTable.stop() } }))
    const admissions = services.add(new Admissions({ selfId, identity, membership, admins: config.admins, store: new AdmissionDb(index.level), knownPeer: id => peerTable.get(id) !== undefined, log: componentLog(log, 'admissions') }))
    // one repository operation at a time; stopped after the node, so that an operation under way fails fast, then is awaited
    const sessions = services.add(new RepositorySessions({ selfId, index, reachablePeers: () => shardPeers.reachable(), placer: degraded => placement.placer(degraded) }))
    await services.start()

    const bootstrap = [...config.bootstrap, ...(opts.bootstrap ?? [])]
    const meshLog = componentLog(log, 'membership')
    const bans = new BanList({
      // this host's own addresses too: other processes here are the same operator's (and a fresh mesh's first joiners come from them in tests)
      isKnownHost: knownHostCheck(() => peerTable.list(), () => [...bootstrap, ...node.getMultiaddrs().map(a => a.toString())]),
      log: meshLog
    })
    let node: Libp2p<{ pubsub: HeartbeatPubSub }>
    try {
      node = await createMeshNode({
        privateKey: identity,
        listen: config.listen,
        services: { pubsub: meshGossipsub() },
        connectionGater: bans.gater(),
        prologue: membership === undefined ? undefined : meshPrologue(membership),
        onHandshakeFailure: onHandshakeFailure(bans, meshLog),
        limits: { allow: [...memberHosts(peerTable.list(), bootstrap)] },
        logger
      })
    } catch (err) {
      await services.stop()
      throw new AgentError(`cannot start the mesh node (listen ${config.listen.join(', ')}): ${(err as Error).message}`)
    }
    services.add(service('node', { stop: async () => { await node.stop() } }))

    const gate = services.add(new MembershipGate({ node, membership, bans, admissions, log: meshLog, logger }))
    const upMembers = (): string[] => gate.upMembers()
    const isMember = (peer: { toString: () => string }): boolean => gate.isMember(peer.toString())
    services.add(service('shard-protocol', shardProtocol()({
      registrar: node,
      logger,
      storage: new MeshShardStorage(store, { quotaPerMember: config.quotaPerMember, isMember: id => gate.isMember(id), onServing: (owner, reads) => { log.info({ owner, reads }, 'serving shard reads') } }),
      verifyDelete: ownerSignedDeletes(id => gate.isMember(id))
    })))
    services.add(service('catalog-protocol', catalogProtocol()({ registrar: node, logger, catalogs, isMember })))

    const placement = new LivePlacement({ selfId, self: config, freeBytes: () => store.freeBytes(), peerTable, upMembers, selfInvite: admissions.attestation(selfId)?.inviteId, remoteAddrs: id => node.getConnections(peerIdFromString(id)).map(c => c.remoteAddr.toString()) })
    // this agent's backup sources, announced in its heartbeats and judged with every other owner's
    const drillHistory = new DrillHistory(dir)
    const ownSources = (): SourceSummary[] => withDrills(scheduler.summaries(), drillHistory.loaded())
    const ownerSources = new OwnerSources({ selfId, ownSources, peerTable })
    const selfReport: SelfReport = new SelfReport({ selfId, config, store, addrs: () => node.getMultiaddrs().map(a => a.toString()), peerTable, ownSummary: async () => await compliance.ownSummary(), ownSources, log: componentLog(log, 'self-report') })
    const publisher = new CatalogPublisher({ node, identity, index, catalogs, self: config, upMembers, log: componentLog(log, 'catalog') })
    const compliance: Compliance = new Compliance({
      selfId, index, placement, peerTable, upMembers, catalogs: { list: async () => await catalogs.list(), describe: async owner => await publisher.describe(owner) },
      self: () => ({ host: hostname(), site: config.site, lastBackupMs: selfReport.lastBackupMs }),
      isBad: (packId, i) => repairer.isBad(packId, i)
    })
    services.add(service('status-protocol', statusProtocol()({ registrar: node, logger, getStatus: async () => selfReport.statusFields(), isMember })))
    services.add(service('audit-protocol', auditProtocol()({ registrar: node, logger, isMember, readBlock: async (ref, block) => await readHeldBlock(store, ref, block) })))

    const heartbeat = membership === undefined
      ? undefined
      : new HeartbeatService({
        peerId: node.peerId,
        pubsub: node.services.pubsub,
        peerTable,
        localInfo: async () => await selfReport.heartbeat(),
        membershipProof: membershipProof(membership, selfId),
        checkProof: (peerId, proof) => checkProof(membership, peerId, proof),
        admission: admissions.ownAdmission(),
        attest: (peerId, admission) => admissions.attest(peerId, admission),
        logger
      }, { meshId: membership.meshId, intervalSeconds: config.heartbeat.intervalSeconds })
    if (heartbeat !== undefined) services.add(service('heartbeat', heartbeat))
    const announce = (): void => { void heartbeat?.publishNow().catch(() => {}) }
    gate.onMember(peer => { void publisher.push(peer); announce() })

    const shardPeers = new ShardPeers({ node, identity, store, gate })
    const upkeep: CatalogUpkeep = new CatalogUpkeep({
      publisher,
      repairer: { unindexedPacks: async () => await repairer.unindexedPacks(), markIndexed: async packs => { await repairer.markIndexed(packs) } },
      degradedPlacer: () => placement.placer(true),
      exclusive: async fn => await sessions.exclusive(fn),
      changed: () => { compliance.invalidate(); announce() },
      noteBackup: () => { selfReport.noteBackup() },
      log: componentLog(log, 'catalog')
    })
    const repairLog = componentLog(log, 'repair')
    const repairer: Repairer = new Repairer({
      index,
      owner: selfId,
      peers: () => [{ id: selfId, up: true, lastSeenMs: Date.now() }, ...peerTable.list().map(p => ({ id: p.peerId, up: p.up, lastSeenMs: p.lastSeenMs }))],
      shardPeer: id => shardPeers.get(id),
      placer: placement.placer(true),
      log: (msg, fields) => { repairLog.info(fields ?? {}, msg) },
      onChanged: () => { upkeep.afterRepair() },
      score: assignment => placement.score(assignment)
    }, { graceSeconds: config.repair.graceSeconds, maxBytesPerSecond: config.repair.maxBytesPerSecond })
    services.add(service('repairer', { start: () => { repairer.start(repairIntervalMs(config.repair.graceSeconds, config.heartbeat.intervalSeconds)) }, stop: () => { repairer.stop() } }))
    // a member that (re)connects is asked what it still holds of ours (an empty disk under the same identity)
    const holdings = services.add(new HoldingsCheck({ selfId, index, shardPeer: id => shardPeers.get(id), repairer, changed: () => { compliance.invalidate(); announce() }, log: componentLog(log, 'check') }))
    gate.onMember(peer => { holdings.reconnected(peer.toString()) })
    gate.onReconnect(peer => { holdings.reconnected(peer.toString()) })
    node.addEventListener('peer:disconnect', evt => { holdings.disconnected(evt.detail.toString()) })
    const checker = services.add(new Checker({ selfId, index, store, node, shardPeer: id => shardPeers.get(id), repairer, log: componentLog(log, 'check') }, { auditIntervalSeconds: config.repair.auditIntervalSeconds }))

    const runner = new Runner({ exclusive: async fn => await sessions.exclusive(fn), open: async (p, o) => await sessions.open(p, o), requireFeasible: d => { placement.requireFeasible(d) }, afterBackup: async repo => await upkeep.afterBackup(repo), shardPeer: id => shardPeers.get(id), publishCatalog: async repo => await publisher.publish(repo), passphraseFile: config.passphraseFile, log: componentLog(log, 'run') })
    const scheduler = services.add(new Scheduler({ selfId, sources: config.sources, history: new RunHistory(index.level, config.runs), runner, noteBackup: () => { selfReport.noteBackup() }, prune: { schedule: config.prune.schedule, run: async signal => { await runner.prune(signal) } }, log: componentLog(log, 'scheduler') }))
    // read now: the heartbeat's summaries read it without waiting (a damaged file: drills say so, the agent runs)
    await drillHistory.list().catch(err => { log.warn({ err: (err as Error).message }, 'drill history unreadable') })
    /** Told of each finished drill: the alerter evaluates, the metrics count it. */
    const drillListeners: Array<(drill: DrillRecord) => void> = []
    const alerter = services.add(agentAlerter({ drills: async () => await drillHistory.list(), selfId, host: hostname(), level: index.level, sources: async () => await scheduler.sources(), ownerSources: () => ownerSources.ownerSources(), onRunFinished: l => { scheduler.onRunFinished(l) }, storage: { used: () => store.usedBytes(), capacity: config.capacity }, compliance, repair: () => repairer.state, log: componentLog(log, 'alerts') }, config.alerts))

    let agent: Agent | undefined
    const controlLog = componentLog(log, 'control')
    const pg = agentWal({ dataDir: dir, index, exclusive: async fn => await sessions.exclusive(fn), open: async d => await sessions.open(await readPassphraseFile(config.passphraseFile), { allowDegraded: d }), requireFeasible: d => { placement.requireFeasible(d) }, afterCommit: async repo => { await upkeep.afterBackup(repo) }, onError: err => controlLog.error({ err }, 'WAL request failed') }, config.pg)
    const control = new ControlServer(join(dir, CONTROL_SOCKET), err => controlLog.error({ err }, 'control request failed'))
    registerRoutes(control, {
      selfId, node, membership, index, gate, peerTable, admissions, catalogs, selfReport, compliance, placement, sessions, publisher, upkeep, checker, repairer, shardPeers, scheduler, ownerSources, alerter, wal: pg.wal, baseBackup: pg.baseBackup, pgRestore: pg.pgRestore, pgCheck: pg.pgCheck, log: controlLog,
      drill: { history: drillHistory, scratchRoot: config.drills.scratch ?? join(dir, 'drill-scratch'), onFinished: d => { void alerter.evaluate(); for (const l of drillListeners) l(d) } },
      stop: () => { void agent?.stop() }
    })
    services.add(service('control', control))
    for (const s of pg.services) services.add(s)
    if (config.metrics.listen !== null) {
      for (const s of agentMetrics({
        selfId, version: VERSION, operations: { sources: async () => await scheduler.sources(), ownerSources: () => ownerSources.ownerSources() }, onRunFinished: l => { scheduler.onRunFinished(l) },
        selfReport, peerTable, isConnectedMember: id => gate.isConnectedMember(id), compliance, repairer, drills: async () => await drillHistory.list(), onDrillFinished: l => { drillListeners.push(l) }, pgWal: async () => await pg.wal?.figures(), log: componentLog(log, 'metrics')
      }, config.metrics.listen)) services.add(s)
    }
    if (membership !== undefined) {
      services.add(new Redialer({ node, peerTable, bans, log: componentLog(log, 'redialer') }, { bootstrap, intervalMs: config.heartbeat.intervalSeconds * 1000 }))
    }

    agent = new Agent(node, services, log)
    try {
      await services.start()
    } catch (err) {
      await agent.stop().catch(() => {})
      throw err
    }
    log.info({ peerId: selfId, addrs: agent.addrs(), site: config.site, media: config.media, mesh: membership?.meshId }, 'agent started')
    return agent
  }

  async stop (): Promise<void> {
    if (this.stopping) return
    this.stopping = true
    await this.services.stop()
    this.log.info('agent stopped')
    this.resolveStopped()
  }
}
