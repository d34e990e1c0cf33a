/**
 * The mesh as seen from a fresh machine: an ephemeral libp2p node with a
 * throwaway identity that proves membership with an invite token's secret
 * (like any member: the proof is an HMAC of its own peer id, there is no
 * roster to be on), joins through one `--from` address, and finds every other
 * member from that agent's status (peers with the addresses heard in their
 * heartbeats). It reads only: catalogs (verified against the owner's
 * signature by the catalog client), shard lists by owner, and shards.
 *
 * The node listens nowhere and publishes no heartbeats, so the agents never
 * place shards on it or count it in their peer tables.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { CatalogRefusedError, getCatalog, listCatalogs, verifyCatalog } from '../../protocol/catalog/index.js'
import type { CatalogRecord } from '../../protocol/catalog/index.js'
import { MemberProtocol } from '../../protocol/member/index.js'
import { listShards } from '../../protocol/shard/index.js'
import { StatusRefusedError, getStatus } from '../../protocol/status/index.js'
import { hex } from '../../store/keys.js'
import { decodeCatalogBody } from '../catalog/body.js'
import { checkProof, decodeInvite, membershipProof } from '../mesh/membership.js'
import type { Membership } from '../mesh/membership.js'
import { meshPrologue } from '../mesh/handshake.js'
import { createMeshNode } from '../mesh/node.js'
import { RemoteShardPeer } from '../mesh/remote-peer.js'
import { MeshUnreachableError, UnknownOwnerError } from './errors.js'

/** Time to dial and prove membership to one peer, in ms. */
const JOIN_TIMEOUT_MS = 15_000
/** Time for one catalog, status or list request, in ms. */
const REQUEST_TIMEOUT_MS = 30_000
/** Rounds of "ask the members found for the members they know". */
const DISCOVERY_ROUNDS = 2

export interface MeshReaderInit {
  /** Multiaddr of a live member (with or without /p2p/<peer id>). */
  from: string
  /** An invite token (`meshbackup mesh invite`): the mesh id and secret. */
  token: string
  signal?: AbortSignal
  /** Progress notes for the user (one line each). */
  log?: (message: string) => void
}

/** An owner whose catalog some member holds. */
export interface KnownOwner {
  owner: string
  host: string
  version: number
  snapshots: number
}

/** pack id (hex) → shard index → peer ids holding it (with the size it lists, header included). */
export type ShardLocations = Map<string, Map<number, Array<{ peer: string, length: number }>>>

function withTimeout (signal: AbortSignal | undefined, ms: number): AbortSignal {
  const t = AbortSignal.timeout(ms)
  return signal === undefined ? t : AbortSignal.any([signal, t])
}

export class MeshReader {
  /** Members joined (peer id → the address that worked). */
  readonly members = new Map<string, string>()
  /** Members heard of that could not be joined, with why. */
  readonly unreachable = new Map<string, string>()

  private constructor (
    readonly node: Libp2p,
    readonly membership: Membership,
    readonly fromPeer: string,
    private readonly member: MemberProtocol,
    private readonly signal: AbortSignal | undefined,
    private readonly log: (message: string) => void
  ) {}

  /**
   * Start the ephemeral node, join the mesh through `from` and every member it
   * knows. Throws MembershipError for a malformed token and
   * MeshUnreachableError when `from` cannot be reached or refuses the token.
   */
  static async connect (init: MeshReaderInit): Promise<MeshReader> {
    const membership = decodeInvite(init.token)
    let from: Multiaddr
    try {
      from = multiaddr(init.from)
    } catch {
      throw new MeshUnreachableError(`--from: "${init.from}" is not a multiaddr (example: /ip4/10.0.0.5/tcp/7443/p2p/12D3Koo...)`)
    }
    const key = await generateKeyPair('Ed25519')
    const node = await createMeshNode({ privateKey: key, listen: [], prologue: meshPrologue(membership) })
    const self = node.peerId.toString()
    const member = new MemberProtocol({
      registrar: node,
      ownHello: () => ({ meshId: membership.meshId, proof: membershipProof(membership, self), admission: membership.admission }),
      verify: (peer, hello) => hello.meshId === membership.meshId && checkProof(membership, peer.toString(), hello.proof),
      onMember: () => {},
      onRefused: () => {}
    })
    try {
      await member.start()
      let fromPeer: PeerId
      try {
        const conn = await node.dial(from, { signal: withTimeout(init.signal, JOIN_TIMEOUT_MS) })
        fromPeer = conn.remotePeer
      } catch (err) {
        init.signal?.throwIfAborted()
        throw new MeshUnreachableError(`cannot reach --from ${init.from}: ${(err as Error).message}`)
      }
      try {
        await member.hello(node, fromPeer, { signal: init.signal })
      } catch (err) {
        init.signal?.throwIfAborted()
        throw new MeshUnreachableError(`${init.from} did not accept the mesh token (is it from this mesh, mesh id ${membership.meshId}?): ${(err as Error).message}`)
      }
      const reader = new MeshReader(node, membership, fromPeer.toString(), member, init.signal, init.log ?? (() => {}))
      reader.members.set(fromPeer.toString(), init.from)
      await reader.discover()
      return reader
    } catch (err) {
      await Promise.resolve(node.stop()).catch(() => {})
      throw err
    }
  }

  /** Ask the members joined for the members they know, and join those (a few rounds). */
  private async discover (): Promise<void> {
    let ask = [...this.members.keys()]
    for (let round = 0; round < DISCOVERY_ROUNDS && ask.length > 0; round++) {
      const heard = new Map<string, string[]>()
      await Promise.all(ask.map(async id => {
        try {
          const st = await this.retryRefused(async () => await getStatus(this.node, peerIdFromString(id), { signal: withTimeout(this.signal, REQUEST_TIMEOUT_MS) }))
          for (const p of st.peers) {
            if (!this.members.has(p.peerId) && !this.unreachable.has(p.peerId)) heard.set(p.peerId, [...(heard.get(p.peerId) ?? []), ...p.addrs])
          }
        } catch (err) {
          this.signal?.throwIfAborted()
          this.log(`member ${id} did not answer its status: ${(err as Error).message}`)
        }
      }))
      heard.delete(this.node.peerId.toString())
      const joined = await Promise.all([...heard].map(async ([id, addrs]) => await this.join(id, addrs) ? id : undefined))
      ask = joined.filter((id): id is string => id !== undefined)
    }
  }

  /** Dial one member by its addresses and prove membership; false (remembered) when that fails. */
  private async join (id: string, addrs: string[]): Promise<boolean> {
    const tried: string[] = []
    for (const a of new Set(addrs)) {
      if (a.includes('/ip4/0.0.0.0/') || a.includes('/ip6/::/')) continue
      const full = a.includes('/p2p/') ? a : `${a}/p2p/${id}`
      try {
        await this.node.dial(multiaddr(full), { signal: withTimeout(this.signal, JOIN_TIMEOUT_MS) })
        await this.member.hello(this.node, peerIdFromString(id), { signal: this.signal })
        this.members.set(id, full)
        return true
      } catch (err) {
        this.signal?.throwIfAborted()
        tried.push(`${full}: ${(err as Error).message}`)
      }
    }
    this.unreachable.set(id, tried.length === 0 ? 'no address known' : tried.join('; '))
    return false
  }

  /**
   * The agent counts us as a member only once its side of the hello has run;
   * a request racing it is reset. Retry a refused request a few times.
   */
  private async retryRefused<T> (fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn()
      } catch (err) {
        if (!(err instanceof StatusRefusedError || err instanceof CatalogRefusedError) || attempt >= 3) throw err
        await new Promise(resolve => setTimeout(resolve, 200 * (attempt + 1)))
      }
    }
  }

  /** A joined member as a shard peer (reads only: no owner key). */
  shardPeer (id: string): RemoteShardPeer {
    return new RemoteShardPeer(id, this.node, peerIdFromString(id))
  }

  /** Owners whose catalogs the `--from` member holds, with their host names. */
  async knownOwners (): Promise<KnownOwner[]> {
    const from = peerIdFromString(this.fromPeer)
    const entries = await this.retryRefused(async () => await listCatalogs(this.node, from, { signal: withTimeout(this.signal, REQUEST_TIMEOUT_MS) }))
    const out: KnownOwner[] = []
    for (const e of entries) {
      try {
        const rec = await getCatalog(this.node, from, e.owner, { signal: withTimeout(this.signal, REQUEST_TIMEOUT_MS) })
        if (rec === undefined) continue
        const body = decodeCatalogBody(rec)
        out.push({ owner: rec.owner, host: body.host, version: rec.version, snapshots: body.snapshots.length })
      } catch (err) {
        this.signal?.throwIfAborted()
        this.log(`catalog of ${e.owner} is unreadable: ${(err as Error).message}`)
      }
    }
    return out
  }

  /**
   * The owner's peer id for `ownerOrHost`: a peer id as is, a host name looked
   * up in the catalogs the `--from` member holds. UnknownOwnerError (listing
   * the owners known) when nothing matches, or several owners have that host.
   */
  async resolveOwner (ownerOrHost: string): Promise<string> {
    const known = await this.knownOwners()
    if (known.some(k => k.owner === ownerOrHost)) return ownerOrHost
    const byHost = known.filter(k => k.host === ownerOrHost)
    if (byHost.length === 1) return byHost[0].owner
    const list = known.length === 0
      ? 'it holds no owner\'s catalog (has any agent made a backup yet?)'
      : 'owners known: ' + known.map(k => `${k.owner} (host ${k.host}, ${k.snapshots} snapshots)`).join(', ')
    if (byHost.length > 1) throw new UnknownOwnerError(`host ${ownerOrHost} names ${byHost.length} owners; give the peer id instead: ${list}`)
    // A peer id the --from member does not know may still be known to the others.
    if (isPeerId(ownerOrHost)) return ownerOrHost
    throw new UnknownOwnerError(`no owner "${ownerOrHost}" (peer id or host name) in the catalogs of ${this.fromPeer}; ${list}`)
  }

  /**
   * The owner's newest catalog record among all members joined (each checked
   * against the owner's signature). UnknownOwnerError when none holds one.
   */
  async latestCatalog (owner: string): Promise<CatalogRecord> {
    let best: CatalogRecord | undefined
    await Promise.all([...this.members.keys()].map(async id => {
      try {
        const rec = await this.retryRefused(async () => await getCatalog(this.node, peerIdFromString(id), owner, { signal: withTimeout(this.signal, REQUEST_TIMEOUT_MS) }))
        // the client verified the signature; check again here, cheaply, as the trust anchor of the whole recovery
        if (rec !== undefined && await verifyCatalog(rec) && (best === undefined || rec.version > best.version)) best = rec
      } catch (err) {
        this.signal?.throwIfAborted()
        this.log(`member ${id} did not give the catalog: ${(err as Error).message}`)
      }
    }))
    if (best === undefined) {
      const known = await this.knownOwners().catch(() => [])
      const list = known.length === 0 ? 'no owner has a catalog yet' : 'owners known: ' + known.map(k => `${k.owner} (host ${k.host})`).join(', ')
      throw new UnknownOwnerError(`none of the ${this.members.size} members reached holds a catalog of ${owner}; ${list}`)
    }
    return best
  }

  /** Where every shard of `owner` is: `list` by owner on every member joined. */
  async locateShards (owner: string): Promise<ShardLocations> {
    const out: ShardLocations = new Map()
    await Promise.all([...this.members.keys()].map(async id => {
      const peer = peerIdFromString(id)
      let after: string | undefined
      try {
        do {
          const page = await this.retryRefused(async () => await listShards(this.node, peer, owner, { after }, { signal: withTimeout(this.signal, REQUEST_TIMEOUT_MS) }))
          for (const e of page.entries) {
            const h = hex(e.packId)
            let byIndex = out.get(h)
            if (byIndex === undefined) { byIndex = new Map(); out.set(h, byIndex) }
            byIndex.set(e.index, [...(byIndex.get(e.index) ?? []), { peer: id, length: e.length }])
          }
          after = page.next
        } while (after !== undefined)
      } catch (err) {
        this.signal?.throwIfAborted()
        this.log(`member ${id} did not list its shards: ${(err as Error).message}`)
      }
    }))
    return out
  }

  async stop (): Promise<void> {
    await this.member.stop().catch(() => {})
    await Promise.resolve(this.node.stop()).catch(() => {})
  }
}

function isPeerId (s: string): boolean {
  try {
    peerIdFromString(s)
    return true
  } catch {
    return false
  }
}
