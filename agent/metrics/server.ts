/**
 * The metrics server: GET /metrics in the Prometheus text format on the
 * configured address (node:http), 404 for any other path, 405 for another
 * method. A scrape that fails or takes longer than its timeout answers
 * 500 with a short message and is logged; slow or idle clients are cut off by
 * the request and keep-alive timeouts.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import type { Service } from '../service.js'
import { formatListen } from './config.js'
import type { MetricsListen } from './config.js'

/** Longest a scrape may take before it answers 500, in ms. */
export const SCRAPE_TIMEOUT_MS = 10_000
/** Longest a client may take to send its request (headers and all), in ms. */
export const REQUEST_TIMEOUT_MS = 5_000
/** An idle keep-alive connection is closed after this, in ms. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000
/** Most connections open at once (Prometheus servers scraping; more are refused). */
export const MAX_CONNECTIONS = 32

export class MetricsListenError extends Error {
  override name = 'MetricsListenError'
}

export class ScrapeTimeoutError extends Error {
  override name = 'ScrapeTimeoutError'
}

export interface MetricsServerComponents {
  /** The exposition text and its content type (Metrics). */
  metrics: { text: () => Promise<string>, readonly contentType: string }
  log: Pick<Logger, 'error' | 'info'>
}

export interface MetricsServerInit {
  /** Default SCRAPE_TIMEOUT_MS. */
  scrapeTimeoutMs?: number
}

export class MetricsServer implements Service {
  readonly name = 'metrics-server'
  private server: Server | undefined

  private readonly scrapeTimeoutMs: number

  constructor (private readonly c: MetricsServerComponents, private readonly listen: MetricsListen, init: MetricsServerInit = {}) {
    this.scrapeTimeoutMs = init.scrapeTimeoutMs ?? SCRAPE_TIMEOUT_MS
  }

  async start (): Promise<void> {
    const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS }, (req, res) => { void this.handle(req, res) })
    server.maxConnections = MAX_CONNECTIONS
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => { reject(new MetricsListenError(`metrics.listen ${formatListen(this.listen)}: cannot listen: ${err.message}`)) }
      server.once('error', onError)
      server.listen(this.listen.port, this.listen.host, () => {
        server.off('error', onError)
        resolve()
      })
    })
    server.on('error', err => { this.c.log.error({ err: err.message }, 'metrics server error') })
    this.server = server
    this.c.log.info({ listen: formatListen(this.address()) }, 'serving /metrics')
  }

  async stop (): Promise<void> {
    const server = this.server
    if (server === undefined) return
    this.server = undefined
    const closed = new Promise<void>(resolve => { server.close(() => { resolve() }) })
    server.closeAllConnections()
    await closed
  }

  /** The address bound (its port when the config's port was 0 in a test). */
  address (): MetricsListen {
    const a = this.server?.address() as AddressInfo | null | undefined
    if (a === null || a === undefined) throw new MetricsListenError('the metrics server is not listening')
    return { host: a.address, port: a.port }
  }

  private async handle (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]
    if (path !== '/metrics') return answer(res, 404, 'not found: the metrics are at /metrics\n')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return answer(res, 405, 'method not allowed: GET /metrics\n')
    }
    let text: string
    try {
      text = await withTimeout(this.c.metrics.text(), this.scrapeTimeoutMs)
    } catch (err) {
      this.c.log.error({ err: (err as Error).message }, 'metrics scrape failed')
      return answer(res, 500, `scrape failed: ${(err as Error).message.slice(0, 200)}\n`)
    }
    res.writeHead(200, { 'Content-Type': this.c.metrics.contentType, 'Content-Length': Buffer.byteLength(text) })
    res.end(req.method === 'HEAD' ? undefined : text)
  }
}

function answer (res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}

async function withTimeout<T> (p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new ScrapeTimeoutError(`took longer than ${ms} ms`)) }, ms)
  })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}
