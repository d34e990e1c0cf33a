/**
 * The CLI side of the control API: JSON requests and NDJSON event streams over
 * the agent's Unix socket.
 */
import { request } from 'node:http'
import { join } from 'node:path'
import { CONTROL_SOCKET, RESULT_TRAILER } from '../agent/control/api.js'
import { UserError } from './errors.js'

export interface ControlEvent {
  event: string
  [key: string]: unknown
}

function socketOf (dataDir: string): string {
  return join(dataDir, CONTROL_SOCKET)
}

function notRunning (dataDir: string, err: NodeJS.ErrnoException): UserError {
  if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') {
    return new UserError(`no agent is running for ${dataDir} (start it with: meshbackup agent --data ${dataDir})`)
  }
  if (err.code === 'EACCES') return new UserError(`no permission to reach the agent of ${dataDir} (run as the agent's user)`)
  return new UserError(`cannot reach the agent of ${dataDir}: ${err.message}`)
}

/** A request that did not reach the agent (or lost it). */
function requestError (dataDir: string, err: NodeJS.ErrnoException): UserError {
  return err.code !== undefined ? notRunning(dataDir, err) : new UserError(err.message)
}

/** An error answer: the agent's message from its JSON body, else the HTTP status. */
function agentError (status: number | undefined, body: string): UserError {
  try {
    const msg = (JSON.parse(body) as { error?: unknown }).error
    if (typeof msg === 'string') return new UserError(msg)
  } catch { /* not JSON: fall through */ }
  return new UserError(`agent error ${status ?? ''}`)
}

/** One JSON request; throws UserError with the agent's message on failure. */
export async function call<T = Record<string, unknown>> (dataDir: string, method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<T> {
  return await new Promise<T>((resolve, reject) => {
    const req = request({ socketPath: socketOf(dataDir), method, path, headers: { 'content-type': 'application/json' }, timeout: timeoutMs }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        let parsed: unknown
        try { parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) } catch { reject(new UserError('the agent sent a malformed answer')); return }
        if ((res.statusCode ?? 500) >= 400) reject(new UserError(String((parsed as { error?: string }).error ?? `agent error ${res.statusCode ?? ''}`)))
        else resolve(parsed as T)
      })
    })
    req.on('timeout', () => req.destroy(new Error(`the agent did not answer within ${timeoutMs / 1000} s`)))
    req.on('error', (err: NodeJS.ErrnoException) => reject(requestError(dataDir, err)))
    if (body !== undefined) req.write(JSON.stringify(body))
    req.end()
  })
}

/** A streaming request: calls onEvent per line; resolves with the final result, rejects on an error event. */
export async function callStream<T = Record<string, unknown>> (dataDir: string, method: string, path: string, body: unknown, onEvent: (e: ControlEvent) => void, upload?: { source: NodeJS.ReadableStream, headers: Record<string, string> }): Promise<T> {
  return await new Promise((resolve, reject) => {
    const headers = upload === undefined ? { 'content-type': 'application/json' } : { 'content-type': 'application/octet-stream', ...upload.headers }
    const req = request({ socketPath: socketOf(dataDir), method, path, headers }, res => {
      let buf = ''
      let final: ControlEvent | undefined
      res.setEncoding('utf8')
      res.on('data', (s: string) => {
        buf += s
        let nl
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl)
          buf = buf.slice(nl + 1)
          if (line.trim() === '') continue
          let ev: ControlEvent
          try { ev = JSON.parse(line) as ControlEvent } catch { continue }
          if (ev.event === 'done' || ev.event === 'error') final = ev
          else onEvent(ev)
        }
      })
      res.on('aborted', () => reject(new UserError('the agent stopped (connection lost) before the operation finished')))
      res.on('error', (err: Error) => reject(new UserError(`connection to the agent failed: ${err.message}`)))
      res.on('close', () => { if (!res.complete) reject(new UserError('the agent stopped (connection lost) before the operation finished')) })
      res.on('end', () => {
        if ((res.statusCode ?? 500) >= 400) {
          reject(agentError(res.statusCode, buf))
        } else if (final === undefined) reject(new UserError('the agent stopped before the operation finished'))
        else if (final.event === 'error') reject(new UserError(String(final.error)))
        else resolve((final.result ?? {}) as T)
      })
    })
    req.on('error', (err: NodeJS.ErrnoException) => reject(requestError(dataDir, err)))
    if (upload !== undefined) {
      upload.source.pipe(req)
      // a source that fails (a --stdin-from-command that exited non-zero) aborts the upload: the agent keeps nothing
      upload.source.on('error', (err: Error) => req.destroy(err))
    } else {
      req.write(JSON.stringify(body ?? {}))
      req.end()
    }
  })
}

/**
 * A download: the response body is copied to `sink` with backpressure; the
 * outcome comes in the `x-meshbackup-result` trailer after the last byte. A
 * missing trailer (the agent died mid-way) or an error in it rejects.
 */
export async function callDownload<T = Record<string, unknown>> (dataDir: string, path: string, body: unknown, sink: NodeJS.WritableStream): Promise<T> {
  return await new Promise((resolve, reject) => {
    const req = request({ socketPath: socketOf(dataDir), method: 'POST', path, headers: { 'content-type': 'application/json' } }, res => {
      if ((res.statusCode ?? 500) >= 400) {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          reject(agentError(res.statusCode, Buffer.concat(chunks).toString('utf8')))
        })
        return
      }
      let failed = false
      const fail = (err: Error): void => { if (!failed) { failed = true; res.destroy(); reject(err) } }
      sink.on('error', (err: NodeJS.ErrnoException) => fail(new UserError(err.code === 'EPIPE' ? 'the output was closed before the end' : `cannot write the output: ${err.message}`)))
      let received = 0
      res.on('data', (c: Buffer) => {
        received += c.byteLength
        if (!sink.write(c)) {
          res.pause()
          sink.once('drain', () => res.resume())
        }
      })
      res.on('aborted', () => fail(new UserError('the agent stopped (connection lost) before the end: the output is incomplete')))
      res.on('error', (err: Error) => fail(new UserError(`connection to the agent failed: ${err.message}: the output is incomplete`)))
      res.on('end', () => {
        if (failed) return
        const raw = res.trailers[RESULT_TRAILER]
        if (raw === undefined) { fail(new UserError('the agent stopped before the end: the output is incomplete')); return }
        let outcome: { result?: T, error?: string }
        try { outcome = JSON.parse(decodeURIComponent(raw)) as typeof outcome } catch { fail(new UserError('the agent sent a malformed answer')); return }
        if (outcome.error !== undefined) { fail(new UserError(received > 0 ? `${outcome.error} (the output is incomplete)` : outcome.error)); return }
        resolve(outcome.result ?? {} as T)
      })
    })
    req.on('error', (err: NodeJS.ErrnoException) => reject(requestError(dataDir, err)))
    req.write(JSON.stringify(body ?? {}))
    req.end()
  })
}
