/** POST /v1/drill (a recovery drill, agent/drill/) and GET /v1/drills (their history). */
import { runDrill } from '../../drill/drill.js'
import type { DrillComponents } from '../../drill/drill.js'
import type { DrillHistory } from '../../drill/drill-history.js'
import type { DrillRecord, DrillResponse, DrillsResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { optionalString, stringField, stringList } from './common.js'
import type { RouteServices } from './index.js'
import { checkWithout } from './status.js'

/** Most drill records one answer lists. */
const MAX_DRILLS_LISTED = 500

export interface DrillRouteServices {
  drill: Omit<DrillComponents, 'sessions' | 'markBad' | 'siteOf' | 'sources'> & {
    history: DrillHistory
    /** After each drill (the alerter evaluates its rules). */
    onFinished?: (drill: DrillRecord) => void
  }
}

export function drillRoutes (server: ControlServer, s: Pick<RouteServices, 'sessions' | 'repairer' | 'selfReport' | 'scheduler' | 'selfId'> & DrillRouteServices): void {
  server.json<DrillResponse>('POST', '/v1/drill', async (req) => {
    const fields = s.selfReport.statusFields()
    const peers = fields.peers.map(p => ({ id: p.peerId, site: p.site }))
    const self = { id: s.selfId, site: fields.site }
    const without = { sites: stringList(req.body.withoutSites, '--without-site'), peers: stringList(req.body.withoutPeers, '--without-peer') }
    checkWithout(without, self, peers)
    const snapshot = optionalString(req.body, 'snapshot')
    if (snapshot !== undefined && snapshot !== 'latest' && snapshot !== 'random' && !/^[0-9a-f]{4,64}$/i.test(snapshot)) throw new BadRequestError(`--snapshot: an id, "latest" or "random", not ${JSON.stringify(snapshot)}`)
    const siteOf = (id: string): string | undefined => id === s.selfId ? self.site : peers.find(p => p.id === id)?.site
    const rec = await runDrill({
      ...s.drill,
      sessions: s.sessions,
      siteOf,
      sources: async () => await s.scheduler.sources(),
      markBad: (packId, index) => { s.repairer.markBad(packId, index) }
    }, {
      passphrase: stringField(req.body, 'passphrase'),
      source: optionalString(req.body, 'source'),
      snapshot,
      withoutSites: without.sites,
      withoutPeers: without.peers,
      keep: req.body.keep === true,
      validate: optionalString(req.body, 'validate'),
      signal: req.signal
    })
    s.drill.onFinished?.(rec)
    return rec
  })

  server.json<DrillsResponse>('GET', '/v1/drills', async (req) => {
    const limit = Number(req.query.get('limit') ?? 20)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DRILLS_LISTED) throw new BadRequestError(`limit: a whole number from 1 to ${MAX_DRILLS_LISTED}`)
    return { drills: (await s.drill.history.list()).reverse().slice(0, limit) }
  })
}
