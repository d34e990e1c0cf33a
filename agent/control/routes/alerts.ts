/** GET /v1/alerts: the alerts this agent tracks (firing, pending, resolving) and how their notices were delivered. */
import type { AlertRecord } from '../../alerts/types.js'
import type { AlertJson, AlertsResponse } from '../api.js'
import type { ControlServer } from '../server.js'
import type { RouteServices } from './index.js'

function iso (ms: number): string | null {
  return ms === 0 ? null : new Date(ms).toISOString()
}

/** One record as the API shows it. */
export function alertJson (r: AlertRecord): AlertJson {
  return {
    key: r.key,
    kind: r.kind,
    severity: r.severity,
    status: r.status,
    summary: r.summary,
    fields: r.fields,
    since: new Date(r.status === 'pending' ? r.pendingSinceMs : r.startsAtMs).toISOString(),
    startsAt: iso(r.startsAtMs),
    endsAt: iso(r.endsAtMs),
    delivery: Object.entries(r.delivery).map(([channel, d]) => ({
      channel: channel as AlertJson['delivery'][number]['channel'],
      state: d.state,
      attempts: d.attempts,
      lastAttempt: d.lastAttemptMs === null ? null : new Date(d.lastAttemptMs).toISOString(),
      lastError: d.lastError
    }))
  }
}

export function alertRoutes (server: ControlServer, s: Pick<RouteServices, 'alerter'>): void {
  server.json<AlertsResponse>('GET', '/v1/alerts', async () => {
    const all = s.alerter.list().map(alertJson)
    return {
      active: all.filter(a => a.status === 'firing'),
      pending: all.filter(a => a.status === 'pending'),
      resolving: all.filter(a => a.status === 'resolved'),
      channels: s.alerter.channelNames(),
      stats: { ...s.alerter.stats }
    }
  })
}

