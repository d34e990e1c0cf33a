/** POST /v1/forget: forget snapshots by policy or id, and prune (restic's semantics). */
import { parseForgetRequest, runForget } from '../../prune/forget-run.js'
import type { ForgetResponse } from '../api.js'
import type { ControlServer } from '../server.js'
import { progressEvents, stringField } from './common.js'
import type { RouteServices } from './index.js'

export function forgetRoutes (server: ControlServer, s: Pick<RouteServices, 'sessions' | 'shardPeers' | 'publisher' | 'log'>): void {
  server.stream<ForgetResponse>('POST', '/v1/forget', async (req, send) => {
    const request = parseForgetRequest(req.body)
    return await s.sessions.exclusive(async () => {
      const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
      return await runForget({
        repo,
        shardPeer: id => s.shardPeers.get(id),
        publishCatalog: async () => await s.publisher.publish(repo),
        log: (msg, fields) => { s.log.info(fields ?? {}, msg) }
      }, request, { signal: req.signal, onProgress: progressEvents(send) })
    })
  })
}
