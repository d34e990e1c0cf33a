/** POST /v1/check (audits, or --read-data) and POST /v1/repair (a repair pass now). */
import type { CheckResponse, RepairResponse } from '../api.js'
import type { ControlServer } from '../server.js'
import type { RouteServices } from './index.js'

export function checkRoutes (server: ControlServer, s: Pick<RouteServices, 'checker' | 'repairer' | 'sessions' | 'upkeep'>): void {
  server.stream<CheckResponse>('POST', '/v1/check', async (req, send) => await s.checker.check(req.body.readData === true, (done, total) => send({ event: 'progress', done, total })))

  server.json<RepairResponse>('POST', '/v1/repair', async (req) => {
    await s.repairer.runOnce()
    // with the passphrase, the repaired placements also go into an index segment
    const passphrase = req.body.passphrase
    if (typeof passphrase === 'string' && passphrase !== '') {
      await s.sessions.exclusive(async () => {
        await s.upkeep.indexRepairsAndPublish(await s.sessions.open(passphrase, { allowDegraded: true }))
      })
    }
    return s.repairer.state
  })
}
