/**
 * The local control API: HTTP over a Unix socket in the data directory (mode
 * 0600, so only the agent's user can reach it). JSON in and out; long
 * operations answer with NDJSON, one event per line, the last one
 * `{"event":"done",...}` or `{"event":"error",...}`.
 *
 * Hand-written on node:http rather than a web framework: a dozen routes on a
 * local socket need no routing library, and nothing here faces the network.
 */
import { createServer } from 'node:http'
import { asSystemFailure } from '../util/errno.js'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { chmod, chown, unlink } from 'node:fs/promises'
import { RESULT_TRAILER } from './api.js'
import { BadRequestError, HTTP_STATUS, httpStatusOf } from './errors.js'

/** Largest request body, in bytes. */
const MAX_BODY = 1024 * 1024

export interface Request {
  query: URLSearchParams
  body: Record<string, unknown>
  signal: AbortSignal
  headers: Record<string, string | string[] | undefined>
  /** For upload routes: the raw request body, unread. */
  upload?: AsyncIterable<Uint8Array>
}

/** A plain handler answers one JSON value (its type is the route's response in api.ts). */
export type JsonHandler<R = unknown> = (req: Request) => Promise<R>
/** A streaming handler sends events and returns the final result. */
export type StreamHandler<R = unknown> = (req: Request, send: (event: Record<string, unknown>) => void) => Promise<R>

/**
 * A download handler writes raw bytes (awaiting backpressure) and returns a
 * result. The outcome travels in the HTTP trailer `x-meshbackup-result`
 * (`{"result":…}` or `{"error":…}`), after the last byte: a stream cut short
 * by a failure is never taken for a whole one.
 */
export type DownloadHandler<R = unknown> = (req: Request, write: (bytes: Uint8Array) => Promise<void>) => Promise<R>

interface Route { json?: JsonHandler, stream?: StreamHandler, download?: DownloadHandler, upload?: boolean }

export class ControlServer {
  private readonly routes = new Map<string, Route>()
  private server: Server | undefined

  /** access: the socket's mode (default 0600) and group (default the agent's): a socket for another user (agent/pg's WAL socket). */
  constructor (readonly socketPath: string, private readonly onError: (err: Error) => void = () => {}, private readonly access: { mode: number, gid: number | null } = { mode: 0o600, gid: null }) {}

  json<R> (method: string, path: string, handler: JsonHandler<R>): void {
    this.routes.set(`${method} ${path}`, { json: handler })
  }

  stream<R> (method: string, path: string, handler: StreamHandler<R>): void {
    this.routes.set(`${method} ${path}`, { stream: handler })
  }

  /** A streaming handler whose request body is raw bytes (parameters in the query). */
  uploadStream<R> (method: string, path: string, handler: StreamHandler<R>): void {
    this.routes.set(`${method} ${path}`, { stream: handler, upload: true })
  }

  download<R> (method: string, path: string, handler: DownloadHandler<R>): void {
    this.routes.set(`${method} ${path}`, { download: handler })
  }

  async start (): Promise<void> {
    await unlink(this.socketPath).catch(() => {})
    const server = createServer((req, res) => { void this.handle(req, res) })
    const old = process.umask(0o177)
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(this.socketPath, () => { server.off('error', reject); resolve() })
      })
    } finally {
      process.umask(old)
    }
    if (this.access.gid !== null) await chown(this.socketPath, process.getuid?.() ?? 0, this.access.gid)
    await chmod(this.socketPath, this.access.mode)
    this.server = server
  }

  async stop (): Promise<void> {
    const s = this.server
    this.server = undefined
    if (s === undefined) return
    s.closeAllConnections()
    await new Promise<void>(resolve => s.close(() => resolve()))
    await unlink(this.socketPath).catch(() => {})
  }

  /** A failed request's error; an unnamed one (a bug, not a named failure) is reported. */
  private failure (err: unknown): Error {
    // a full disk or a read-only mount under an operation is said in words, not as a bug
    const e = asError(asSystemFailure(err))
    if (HTTP_STATUS[e.name] === undefined && e.name === 'Error') this.onError(e)
    return e
  }

  private async handle (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local')
    const route = this.routes.get(`${req.method ?? 'GET'} ${url.pathname}`)
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort(new Error('client went away')) })
    const fail = (status: number, message: string): void => {
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: message }))
      }
    }
    if (route === undefined) { fail(404, `no such operation: ${req.method ?? ''} ${url.pathname}`); return }
    let body: Record<string, unknown> = {}
    if (route.upload !== true) {
      try {
        body = await readBody(req)
      } catch (err) {
        fail(400, (err as Error).message)
        return
      }
    }
    const request: Request = { query: url.searchParams, body, signal: abort.signal, headers: req.headers, upload: route.upload === true ? req : undefined }
    if (route.json !== undefined) {
      try {
        const result = await route.json(request)
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(result ?? {}))
      } catch (err) {
        const e = this.failure(err)
        fail(httpStatusOf(e), e.message)
      }
      return
    }
    if (route.download !== undefined) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', trailer: RESULT_TRAILER })
      const write = async (bytes: Uint8Array): Promise<void> => {
        if (res.destroyed) throw new Error('client went away')
        if (!res.write(bytes)) {
          await new Promise<void>((resolve, reject) => {
            const done = (): void => { res.off('drain', done); res.off('close', gone); resolve() }
            const gone = (): void => { res.off('drain', done); res.off('close', gone); reject(new Error('client went away')) }
            res.on('drain', done)
            res.on('close', gone)
          })
        }
      }
      let outcome: Record<string, unknown>
      try {
        outcome = { result: (await route.download(request, write)) ?? {} }
      } catch (err) {
        const e = this.failure(err)
        outcome = { error: e.message, name: e.name }
      }
      if (!res.destroyed) {
        res.addTrailers({ [RESULT_TRAILER]: encodeURIComponent(JSON.stringify(outcome)) })
        res.end()
      }
      return
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson' })
    const send = (event: Record<string, unknown>): void => { if (!res.writableEnded) res.write(JSON.stringify(event) + '\n') }
    try {
      const result = await (route.stream as StreamHandler)(request, send)
      send({ event: 'done', result: result ?? {} })
    } catch (err) {
      const e = this.failure(err)
      send({ event: 'error', error: e.message, name: e.name })
    }
    res.end()
  }
}

function asError (err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

async function readBody (req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).byteLength
    if (size > MAX_BODY) throw new BadRequestError('request body over 1 MiB')
    chunks.push(c as Buffer)
  }
  if (size === 0) return {}
  let v: unknown
  try { v = JSON.parse(Buffer.concat(chunks).toString('utf8')) } catch { throw new BadRequestError('request body is not JSON') }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BadRequestError('request body must be a JSON object')
  return v as Record<string, unknown>
}
