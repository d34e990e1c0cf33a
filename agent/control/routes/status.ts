/** GET /v1/status: this agent (with its owners, verdicts, repair and every owner's sources), or another agent over the mesh. */
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { getStatus } from '../../../protocol/status/index.js'
import type { Health, StatusResponse } from '../api.js'
import type { SourceState } from '../../schedule/types.js'
import { BadRequestError, PeerUnreachableError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { statusJson } from '../views.js'
import type { RouteServices } from './index.js'
import { drillFigures } from '../../drill/figures.js'
import type { DrillRecord } from '../../drill/types.js'

/** Time another agent has to answer a status request, in ms. */
export const REMOTE_STATUS_TIMEOUT_MS = 15_000

export function statusRoutes (server: ControlServer, s: Pick<RouteServices, 'selfId' | 'node' | 'membership' | 'gate' | 'catalogs' | 'selfReport' | 'compliance' | 'repairer' | 'admissions' | 'ownerSources' | 'scheduler' | 'drill'>): void {
  const mesh = s.membership?.meshId ?? null
  server.json<StatusResponse>('GET', '/v1/status', async (req) => {
    const peer = req.query.get('peer')
    const without = { sites: req.query.getAll('without-site'), peers: req.query.getAll('without-peer') }
    if (peer === null || peer === '' || peer === s.selfId) {
      const view = statusJson(s.selfReport.statusFields(), mesh, id => s.gate.isConnectedMember(id))
      view.self.catalogsHeld = await s.catalogs.list()
      const attested = (id: string): { attestedBy: string | null, inviteId: string | null } => {
        const a = s.admissions.attestation(id)
        return { attestedBy: a?.issuer ?? null, inviteId: a?.inviteId ?? null }
      }
      Object.assign(view.self, attested(s.selfId))
      view.peers = view.peers.map(p => ({ ...p, ...attested(p.id) }))
      checkWithout(without, view.self, view.peers)
      const { snapshots, ...compliance } = await s.compliance.report(without.sites.length + without.peers.length > 0 ? without : undefined)
      return { ...view, owners: await s.compliance.owners(), snapshots, compliance, repair: s.repairer.state, sources: s.ownerSources.ownerSources(), health: { ...health(await s.scheduler.sources(), view.self), ...drillHealth(await s.drill.history.list()) } }
    }
    let pid: PeerId
    try { pid = peerIdFromString(peer) } catch { throw new BadRequestError(`"${peer}" is not a peer id`) }
    const remote = await getStatus(s.node, pid, { signal: AbortSignal.timeout(REMOTE_STATUS_TIMEOUT_MS) }).catch(err => {
      throw new PeerUnreachableError(`peer ${peer} did not answer: ${(err as Error).message}`)
    })
    return statusJson(remote, mesh, id => remote.peers.find(p => p.peerId === id)?.up === true)
  })
}

/**
 * The what-if of `--without-site` / `--without-peer` names sites and members
 * this agent knows (a peer by its id or a unique prefix of it, resolved in
 * place): a typo must not answer "compliant".
 */
export function checkWithout (without: { sites: string[], peers: string[] }, self: { id: string, site: string }, peers: Array<{ id: string, site: string }>): void {
  const sites = [...new Set([self.site, ...peers.map(p => p.site)])].sort()
  for (const site of without.sites) {
    if (!sites.includes(site)) throw new BadRequestError(`without-site ${site}: no member is in that site (sites: ${sites.join(', ')})`)
  }
  const ids = [self.id, ...peers.map(p => p.id)]
  without.peers = without.peers.map(p => {
    const match = ids.filter(id => id.startsWith(p))
    if (match.length === 1) return match[0]
    throw new BadRequestError(match.length === 0 ? `without-peer ${p}: no member has that id` : `without-peer ${p}: ${match.length} members' ids start so: give more of it`)
  })
}

/** This agent's health figures from its sources' last 30 days and its store. */
export function health (sources: SourceState[], self: { used: number, capacity: number }): Health {
  let runs = 0
  let successes = 0
  let seconds = 0
  for (const x of sources) {
    if (x.successRate30d === null) continue
    const ok = Math.round(x.successRate30d * x.runs30d)
    runs += x.runs30d
    successes += ok
    if (x.avgDurationSeconds !== null) seconds += x.avgDurationSeconds * ok
  }
  return {
    backupSuccessRate: runs === 0 ? null : successes / runs,
    backupRuns30d: runs,
    backupAvgSeconds: successes === 0 ? null : seconds / successes,
    storageUtilisation: self.capacity > 0 ? self.used / self.capacity : 0
  }
}

/** The drill figures of the health line: success rate and count over 30 days. */
function drillHealth (history: DrillRecord[]): Pick<Health, 'drillSuccessRate' | 'drills30d'> {
  const f = drillFigures(history, undefined, Date.now())
  return { drillSuccessRate: f.successRate30d, drills30d: f.drills30d }
}
