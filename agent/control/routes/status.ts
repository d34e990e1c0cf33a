/** GET /v1/status: this agent (with its owners, verdicts, repair and every owner's sources), or another agent over the mesh. */
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { getStatus } from '../../../protocol/status/index.js'
import type { StatusResponse } from '../api.js'
import { BadRequestError, PeerUnreachableError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { statusJson } from '../views.js'
import type { RouteServices } from './index.js'

/** Time another agent has to answer a status request, in ms. */
export const REMOTE_STATUS_TIMEOUT_MS = 15_000

export function statusRoutes (server: ControlServer, s: Pick<RouteServices, 'selfId' | 'node' | 'membership' | 'gate' | 'catalogs' | 'selfReport' | 'compliance' | 'repairer' | 'admissions' | 'ownerSources'>): void {
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
      const { snapshots, ...compliance } = await s.compliance.report(without.sites.length + without.peers.length > 0 ? without : undefined)
      return { ...view, owners: await s.compliance.owners(), snapshots, compliance, repair: s.repairer.state, sources: s.ownerSources.ownerSources() }
    }
    let pid: PeerId
    try { pid = peerIdFromString(peer) } catch { throw new BadRequestError(`"${peer}" is not a peer id`) }
    const remote = await getStatus(s.node, pid, { signal: AbortSignal.timeout(REMOTE_STATUS_TIMEOUT_MS) }).catch(err => {
      throw new PeerUnreachableError(`peer ${peer} did not answer: ${(err as Error).message}`)
    })
    return statusJson(remote, mesh, id => remote.peers.find(p => p.peerId === id)?.up === true)
  })
}
