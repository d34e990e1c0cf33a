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
import { join } from 'node:path'
import type { Connection, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { MemberProtocol } from '../protocol/member/index.js'
import { shardProtocol } from '../protocol/shard/index.js'
import type { ShardDeleteRequest, ShardProtocol } from '../protocol/shard/index.js'
import { IndexDb } from '../store/index-db.js'
import { ShardStore } from '../store/shard-store.js'
import { backup } from './backup/archiver.js'
import type { BackupType } from './backup/archiver.js'
import { findSnapshot, listSnapshots } from './backup/snapshots.js'
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
import { Repository } from './repository/repository.js'
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

export interface PeerInfo {
  id: string
  addrs: string[]
  site?: string
  media?: string
  capacity?: number
  used?: number
  up: boolean
  lastSeenMs: number
}

export class AgentError extends Error {
  override name = 'AgentError'
}

export class Agent {
  readonly startedAt = Date.now()
  readonly peers = new Map<string, PeerInfo>()
  private readonly members = new Set<string>()
  private readonly banned = new Map<string, number>()
  private readonly timers: Array<ReturnType<typeof setInterval>> = []
  private busy: Promise<unknown> = Promise.resolve()
  private lastBackupMs = 0
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
  ) {}

  get peerId (): string { return this.node.peerId.toString() }

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
    const storage = new MeshShardStorage(this.store, { quotaPerMember: this.config.quotaPerMember })
    const shards: ShardProtocol = shardProtocol()({
      registrar: node,
      storage: {
        put: async (h, d, o) => { this.requireMember(o.peer); return await storage.put(h, d, o) },
        getHeader: async (r) => await storage.getHeader(r),
        read: (r, off, len) => storage.read(r, off, len),
        has: async (r) => await storage.has(r),
        list: async (owner, after, limit) => await storage.list(owner, after, limit),
        delete: async (r) => await storage.delete(r),
        quotaAllows: async (peer, bytes) => this.members.has(peer) && await storage.quotaAllows(peer, bytes)
      },
      verifyDelete: async (req, remote) => this.verifyDelete(req, remote)
    })
    await shards.start()

    node.addEventListener('connection:open', evt => { this.onConnection(evt.detail, member) })
    node.addEventListener('peer:disconnect', evt => {
      const id = evt.detail.toString()
      const p = this.peers.get(id)
      if (p !== undefined && node.getConnections(evt.detail).length === 0) p.up = false
    })

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
    const addrs = this.node.getConnections(peer).map(c => c.remoteAddr.toString())
    const prev = this.peers.get(id)
    this.peers.set(id, { ...prev, id, addrs: [...new Set([...(prev?.addrs ?? []), ...addrs])], up: true, lastSeenMs: Date.now() })
    if (first) this.log.info({ peer: id }, 'member connected')
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

  private requireMember (id: string): void {
    if (!this.members.has(id)) throw new AgentError('not a member of this mesh')
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
    for (const p of this.peers.values()) {
      if (this.node.getConnections(peerIdFromString(p.id)).length === 0) {
        for (const a of p.addrs) targets.add(a.includes('/p2p/') ? a : `${a}/p2p/${p.id}`)
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

  /** Members currently connected and proven. */
  upMembers (): string[] {
    return [...this.members].filter(id => this.node.getConnections(peerIdFromString(id)).length > 0)
  }

  status (): Record<string, unknown> {
    const usage = this.store.usage()
    return {
      self: {
        id: this.peerId,
        site: this.config.site,
        media: this.config.media,
        addrs: this.addrs(),
        capacity: this.config.capacity,
        used: this.store.usedBytes(),
        free: Math.max(0, this.store.freeBytes()),
        version: VERSION,
        uptimeMs: Date.now() - this.startedAt,
        mesh: this.membership?.meshId ?? null,
        lastBackupMs: this.lastBackupMs || null,
        shardsHeld: [...usage].map(([owner, u]) => ({ owner, shards: u.shards, bytes: u.bytes }))
      },
      peers: [...this.peers.values()].map(p => ({
        id: p.id,
        site: p.site ?? null,
        media: p.media ?? null,
        up: this.node.getConnections(peerIdFromString(p.id)).length > 0 && this.members.has(p.id),
        capacity: p.capacity ?? null,
        used: p.used ?? null,
        addrs: p.addrs,
        lastSeenMs: p.lastSeenMs
      }))
    }
  }

  /** A repository opened with `passphrase`, its shard peers the members that are up. */
  async openRepository (passphrase: string): Promise<Repository> {
    if (typeof passphrase !== 'string' || passphrase === '') throw new ControlError('a passphrase is needed')
    const repo = await Repository.attach(this.index, passphrase, { owner: this.peerId })
    for (const id of this.upMembers()) {
      repo.addPeer(new RemoteShardPeer(id, this.node, peerIdFromString(id), this.identity))
    }
    return repo
  }

  /** Run one repository operation at a time (backup, restore, prune share the index). */
  private async exclusive<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn)
    this.busy = run.catch(() => {})
    return await run
  }

  private routes (): void {
    const c = this.control
    c.json('GET', '/v1/status', async () => this.status())
    c.json('GET', '/v1/invite', async () => {
      if (this.membership === undefined) throw new ControlError('this agent is in no mesh yet: run meshbackup mesh create (agent stopped) first', 409)
      const addrs = this.addrs().filter(a => !a.includes('/ip4/0.0.0.0/')).map(a => a.includes('/p2p/') ? a : `${a}/p2p/${this.peerId}`)
      return { token: encodeInvite({ ...this.membership, addrs }) }
    })
    c.json('POST', '/v1/snapshots', async () => {
      return (await listSnapshots(this)).map(snapshotJson)
    })
    c.stream('POST', '/v1/backup', async (req, send) => await this.exclusive(async () => {
      const paths = req.body.paths
      if (!Array.isArray(paths) || paths.length === 0 || !paths.every(p => typeof p === 'string')) throw new ControlError('paths: a list of paths to back up')
      const type = (req.body.type ?? 'incremental') as BackupType
      if (!['incremental', 'differential', 'full'].includes(type)) throw new ControlError(`type must be incremental, differential or full, not ${String(type)}`)
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      let last = 0
      const res = await backup(repo, {
        paths: paths as string[],
        type,
        tags: Array.isArray(req.body.tags) ? req.body.tags.map(String) : [],
        signal: req.signal,
        onProgress: p => {
          const now = Date.now()
          if (now - last > 200) { last = now; send({ event: 'progress', ...p }) }
        }
      })
      this.lastBackupMs = Date.now()
      for (const w of res.warnings) send({ event: 'warning', message: w })
      const info = (await listSnapshots(repo)).find(s => Buffer.from(s.id).equals(res.id)) as SnapshotInfo
      return { snapshot: snapshotJson(info), warnings: res.warnings, peers: [...repo.peers.keys()] }
    }))
    c.stream('POST', '/v1/restore', async (req, send) => await this.exclusive(async () => {
      const target = req.body.target
      if (typeof target !== 'string' || target === '') throw new ControlError('target: the directory to restore into')
      const repo = await this.openRepository(String(req.body.passphrase ?? ''))
      const at = req.body.at === undefined ? undefined : new Date(String(req.body.at))
      if (at !== undefined && Number.isNaN(at.getTime())) throw new ControlError(`at: "${String(req.body.at)}" is not a time`)
      const snap = await findSnapshot(repo, String(req.body.snapshot ?? 'latest'), { at })
      let last = 0
      const failures: string[] = []
      const res = await restore(repo, snap, {
        target,
        subPath: typeof req.body.path === 'string' ? req.body.path : undefined,
        signal: req.signal,
        events: { onShardFailure: (_p, i, store, why) => failures.push(`${store} shard ${i}: ${why}`) },
        onProgress: p => {
          const now = Date.now()
          if (now - last > 200) { last = now; send({ event: 'progress', ...p }) }
        }
      })
      return { snapshot: snapshotJson(snap), files: res.files, dirs: res.dirs, symlinks: res.symlinks, bytes: res.bytes, packDecodes: res.loader.packDecodes, shardFailures: [...new Set(failures)] }
    }))
    c.json('POST', '/v1/stop', async () => {
      setTimeout(() => { void this.stop() }, 10)
      return { stopping: true }
    })
  }

  async stop (): Promise<void> {
    if (this.stopping) return
    this.stopping = true
    for (const t of this.timers) clearInterval(t)
    await this.control.stop().catch(() => {})
    await Promise.resolve(this.node.stop()).catch(() => {})
    await this.busy.catch(() => {})
    await this.index.close().catch(() => {})
    this.log.info('agent stopped')
    this.resolveStopped()
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
    stats: s.stats,
    degraded: s.degraded
  }
}
