/** GET /v1/invite (a join token for this mesh) and POST /v1/stop. */
import { encodeInvite } from '../../mesh/membership.js'
import { withPeerId } from '../../mesh/redialer.js'
import type { InviteResponse, StopResponse } from '../api.js'
import { NotInMeshError } from '../errors.js'
import type { ControlServer } from '../server.js'
import type { RouteServices } from './index.js'

export function meshRoutes (server: ControlServer, s: Pick<RouteServices, 'selfId' | 'node' | 'membership' | 'stop'>): void {
  server.json<InviteResponse>('GET', '/v1/invite', async () => {
    if (s.membership === undefined) throw new NotInMeshError('this agent is in no mesh yet: run meshbackup mesh create (agent stopped) first')
    const addrs = s.node.getMultiaddrs().map(a => a.toString()).filter(a => !a.includes('/ip4/0.0.0.0/')).map(a => withPeerId(a, s.selfId))
    return { token: encodeInvite({ ...s.membership, addrs }) }
  })
  server.json<StopResponse>('POST', '/v1/stop', async () => {
    setTimeout(() => { s.stop() }, 10)
    return { stopping: true }
  })
}
