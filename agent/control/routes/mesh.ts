/**
 * GET /v1/invite (a join token for this mesh), POST /v1/mesh/retire (forget
 * a member that left the mesh: its peer-table entry and its catalog, on this
 * agent) and POST /v1/stop.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { DEFAULT_INVITE_TTL_MS, encodeInvite } from '../../mesh/membership.js'
import { checkLabel } from '../../config.js'
import { withPeerId } from '../../mesh/redialer.js'
import type { InviteResponse, RetireResponse, StopResponse } from '../api.js'
import { BadRequestError, NotInMeshError } from '../errors.js'
import type { ControlServer } from '../server.js'
import type { RouteServices } from './index.js'

export function meshRoutes (server: ControlServer, s: Pick<RouteServices, 'selfId' | 'node' | 'membership' | 'peerTable' | 'catalogs' | 'compliance' | 'admissions' | 'stop'>): void {
  server.json<InviteResponse>('GET', '/v1/invite', async (req) => {
    if (s.membership === undefined) throw new NotInMeshError('this agent is in no mesh yet: run meshbackup mesh create (agent stopped) first')
    const ttlMs = Number(req.query.get('expires-ms') ?? DEFAULT_INVITE_TTL_MS)
    if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new BadRequestError('expires-ms must be a positive number of ms')
    const label = (name: 'site' | 'media'): string => {
      const v = req.query.get(name) ?? ''
      try { return v === '' ? '' : checkLabel(v, `--${name}`) } catch (err) { throw new BadRequestError((err as Error).message) }
    }
    const { admission, record } = await s.admissions.issue({ ttlMs, singleUse: req.query.get('single-use') === '1', site: label('site'), media: label('media') })
    const addrs = s.node.getMultiaddrs().map(a => a.toString()).filter(a => !a.includes('/ip4/0.0.0.0/')).map(a => withPeerId(a, s.selfId))
    return { token: encodeInvite({ ...s.membership, addrs, admission }), inviteId: record.inviteId, expiresMs: record.expiresMs, singleUse: record.singleUse, site: record.site, media: record.media }
  })
  server.json<RetireResponse>('POST', '/v1/mesh/retire', async (req) => {
    const peer = retiredPeer(req.body.peer)
    if (peer === s.selfId) throw new BadRequestError('an agent cannot retire itself')
    // a member whose heartbeats still arrive would be back with the next one
    if (s.peerTable.get(peer)?.up === true) {
      throw new BadRequestError(`member ${peer} is still up: stop it first, then retire it`)
    }
    const peerTable = await s.peerTable.remove(peer)
    const catalog = await s.catalogs.remove(peer)
    s.compliance.invalidate()
    return { peer, peerTable, catalog }
  })
  server.json<StopResponse>('POST', '/v1/stop', async () => {
    setTimeout(() => { s.stop() }, 10)
    return { stopping: true }
  })
}

/** The `peer` of a retire request: a peer id in its canonical form. */
function retiredPeer (v: unknown): string {
  if (typeof v !== 'string' || v === '') throw new BadRequestError('peer: the peer id of the member to retire')
  try {
    const canonical = peerIdFromString(v).toString()
    if (canonical === v) return canonical
  } catch { /* below */ }
  throw new BadRequestError(`"${v}" is not a peer id`)
}
