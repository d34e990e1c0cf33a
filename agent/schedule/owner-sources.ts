/**
 * OwnerSources: every owner's backup sources and their RPO as this agent
 * judges them now — its own (from its scheduler's summaries) and every other
 * member's (from the sources the peer table keeps of its latest heartbeat).
 *
 * The age of a source is now − its last success, on this agent's clock: it
 * keeps growing while the owner is silent, so the survivors flag the breach
 * once the objective passes (the mesh's dead-man's switch: monitoring does
 * not depend on the watched machine being alive). The peer table persists
 * the sources, so an agent restarted after the owner died still knows them.
 *
 * - breached: an objective is set (rpoSeconds > 0) and the source never
 *   succeeded, or its age is over the objective; ok otherwise;
 * - ownerUp: this agent itself always; a peer as the peer table says.
 */
import type { PeerRecord } from '../mesh/peer-table.js'
import type { OperationsView, OwnerSourceState, RpoState, SourceSummary } from './types.js'

export interface OwnerSourcesComponents {
  selfId: string
  /** This agent's sources (Scheduler.summaries). */
  ownSources: () => SourceSummary[]
  peerTable: { list: () => PeerRecord[] }
}

export interface OwnerSourcesInit {
  /** The clock, ms since the epoch (tests). Default Date.now. */
  now?: () => number
}

/** An owner as the judgement needs it. */
export interface SourceOwner {
  id: string
  up: boolean
  /** When this agent last heard it (ms since the epoch). */
  heardMs: number
  sources: SourceSummary[]
}

/** One source's state now. */
export function judgeSource (owner: SourceOwner, s: SourceSummary, nowMs: number): OwnerSourceState {
  const lastSuccessMs = s.lastSuccessMs > 0 ? s.lastSuccessMs : null
  const rpoAgeSeconds = lastSuccessMs === null ? null : Math.max(0, Math.floor((nowMs - lastSuccessMs) / 1000))
  const breached = s.rpoSeconds > 0 && (rpoAgeSeconds === null || rpoAgeSeconds > s.rpoSeconds)
  const rpoState: RpoState = breached ? 'breached' : 'ok'
  return {
    owner: owner.id,
    source: s.name,
    lastSuccessMs,
    lastAttemptMs: s.lastAttemptMs > 0 ? s.lastAttemptMs : null,
    lastAttemptFailed: s.lastAttemptFailed,
    rpoSeconds: s.rpoSeconds,
    rtoSeconds: s.rtoSeconds > 0 ? s.rtoSeconds : null,
    heardMs: owner.heardMs,
    ownerUp: owner.up,
    rpoAgeSeconds,
    rpoState
  }
}

/** Every owner's sources now: the owners in the order given, each one's sources by name. */
export function ownerSourceStates (owners: SourceOwner[], nowMs: number): OwnerSourceState[] {
  return owners.flatMap(o => [...o.sources].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map(s => judgeSource(o, s, nowMs)))
}

/** OperationsView.ownerSources over this agent's scheduler and its peer table. */
export class OwnerSources implements Pick<OperationsView, 'ownerSources'> {
  private readonly now: () => number

  constructor (private readonly c: OwnerSourcesComponents, init: OwnerSourcesInit = {}) {
    this.now = init.now ?? Date.now
  }

  /** This agent's sources first, then the other owners' by peer id. */
  ownerSources (): OwnerSourceState[] {
    const now = this.now()
    const peers = this.c.peerTable.list()
      .filter(p => p.peerId !== this.c.selfId && (p.sources?.length ?? 0) > 0)
      .sort((a, b) => a.peerId < b.peerId ? -1 : 1)
      .map(p => ({ id: p.peerId, up: p.up, heardMs: p.lastSeenMs, sources: p.sources ?? [] }))
    return ownerSourceStates([{ id: this.c.selfId, up: true, heardMs: now, sources: this.c.ownSources() }, ...peers], now)
  }
}
