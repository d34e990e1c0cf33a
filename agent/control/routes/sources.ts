/** GET /v1/sources, GET /v1/runs, POST /v1/run: the scheduler's sources, their run history, and a run by hand. */
import type { RunResponse, RunsResponse, SourcesResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import type { RouteServices } from './index.js'

/** Most run records one request returns. */
export const MAX_RUNS_LIMIT = 10_000

export function sourceRoutes (server: ControlServer, s: Pick<RouteServices, 'scheduler'>): void {
  server.json<SourcesResponse>('GET', '/v1/sources', async () => ({ sources: await s.scheduler.sources() }))

  server.json<RunsResponse>('GET', '/v1/runs', async (req) => {
    const source = req.query.get('source') ?? undefined
    if (source !== undefined && source !== '' && !s.scheduler.has(source)) throw new BadRequestError(`source: no source named ${JSON.stringify(source)}`)
    const rawLimit = req.query.get('limit')
    const limit = rawLimit === null || rawLimit === '' ? 100 : Number(rawLimit)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RUNS_LIMIT) throw new BadRequestError(`limit: a whole number from 1 to ${MAX_RUNS_LIMIT}, not ${JSON.stringify(rawLimit)}`)
    return { runs: await s.scheduler.runs(source === '' ? undefined : source, limit) }
  })

  server.stream<RunResponse>('POST', '/v1/run', async (req, send) => {
    const source = req.body.source
    if (typeof source !== 'string' || source === '') throw new BadRequestError('source: the name of a configured source')
    if (!s.scheduler.has(source)) throw new BadRequestError(`source: no source named ${JSON.stringify(source)} (see meshbackup sources)`)
    send({ event: 'queued', source })
    return await s.scheduler.runNow(source)
  })
}
