/**
 * Delivery channels: where one notice (a firing or a resolved) goes.
 *
 * - webhook: a JSON POST of the AlertNotice, within DELIVERY_TIMEOUT_MS;
 *   any answer but 2xx is a failure.
 * - command: the executable run with the notice in MESHBACKUP_ALERT_*
 *   variables and as JSON on stdin, within DELIVERY_TIMEOUT_MS (then
 *   killed); any exit but 0 is a failure.
 *
 * A failure throws AlertDeliveryError; the alerter retries it (bounded).
 */
import { spawn } from 'node:child_process'
import { DELIVERY_TIMEOUT_MS, EXIT_GRACE_MS, MAX_COMMAND_OUTPUT_BYTES, MAX_RESPONSE_BYTES } from './constants.js'
import { AlertDeliveryError } from './errors.js'
import type { AlertNotice, ChannelName } from './types.js'

export interface AlertChannel {
  readonly name: ChannelName
  /** Deliver one notice; throws AlertDeliveryError. */
  send: (notice: AlertNotice, options?: { signal?: AbortSignal }) => Promise<void>
}

export interface ChannelInit {
  /** Time one delivery may take, in ms (default DELIVERY_TIMEOUT_MS). */
  timeoutMs?: number
}

function signalWithTimeout (timeoutMs: number, signal?: AbortSignal): AbortSignal {
  const t = AbortSignal.timeout(timeoutMs)
  return signal === undefined ? t : AbortSignal.any([t, signal])
}

/** Read at most MAX_RESPONSE_BYTES of an answer and drop the rest. */
async function drain (res: Response): Promise<string> {
  if (res.body === null) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let n = 0
  try {
    while (n < MAX_RESPONSE_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      n += value.byteLength
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
  return Buffer.concat(chunks).subarray(0, 512).toString('utf8')
}

/** The webhook channel: POST the notice as JSON to `url`. */
export function webhookChannel (url: string, init: ChannelInit = {}): AlertChannel {
  const timeoutMs = init.timeoutMs ?? DELIVERY_TIMEOUT_MS
  return {
    name: 'webhook',
    async send (notice, options = {}) {
      let res: Response
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'meshbackup-alerts' },
          body: JSON.stringify(notice),
          redirect: 'error',
          signal: signalWithTimeout(timeoutMs, options.signal)
        })
      } catch (err) {
        const e = err as Error
        const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause as Error | undefined)?.message ?? e.message
        throw new AlertDeliveryError(`webhook ${new URL(url).origin}: ${why}`)
      }
      let body: string
      try {
        body = await drain(res)
      } catch (err) {
        throw new AlertDeliveryError(`webhook ${new URL(url).origin}: answer cut off: ${(err as Error).message}`)
      }
      if (res.status < 200 || res.status > 299) {
        throw new AlertDeliveryError(`webhook ${new URL(url).origin} answered ${res.status}${body.trim() === '' ? '' : `: ${body.trim().slice(0, 200)}`}`)
      }
    }
  }
}

/** The environment a notify command gets (besides the agent's own). */
export function noticeEnv (notice: AlertNotice): Record<string, string> {
  return {
    MESHBACKUP_ALERT_STATUS: notice.status,
    MESHBACKUP_ALERT_KEY: notice.key,
    MESHBACKUP_ALERT_KIND: notice.kind,
    MESHBACKUP_ALERT_SEVERITY: notice.severity,
    MESHBACKUP_ALERT_SUMMARY: notice.summary,
    MESHBACKUP_ALERT_STARTS_AT: notice.startsAt,
    MESHBACKUP_ALERT_ENDS_AT: notice.endsAt ?? '',
    MESHBACKUP_ALERT_AGENT: notice.agent,
    MESHBACKUP_ALERT_HOST: notice.host
  }
}

/** The command channel: run `path` once per notice. */
export function commandChannel (path: string, init: ChannelInit = {}): AlertChannel {
  const timeoutMs = init.timeoutMs ?? DELIVERY_TIMEOUT_MS
  return {
    name: 'command',
    async send (notice, options = {}) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(path, [], {
          env: { ...process.env, ...noticeEnv(notice) },
          stdio: ['pipe', 'pipe', 'pipe'],
          signal: signalWithTimeout(timeoutMs, options.signal),
          killSignal: 'SIGKILL'
        })
        let tail = Buffer.alloc(0)
        const keep = (b: Buffer): void => {
          tail = Buffer.concat([tail, b])
          if (tail.byteLength > MAX_COMMAND_OUTPUT_BYTES) tail = tail.subarray(tail.byteLength - MAX_COMMAND_OUTPUT_BYTES)
        }
        child.stdout.on('data', keep)
        child.stderr.on('data', keep)
        let aborted = false
        child.on('error', err => {
          if (err.name === 'AbortError') { aborted = true; return }
          reject(new AlertDeliveryError(`command ${path}: ${err.message}`))
        })
        // a command that does not read its stdin is fine
        child.stdin.on('error', () => {})
        child.stdin.end(JSON.stringify(notice) + '\n')
        // a grandchild that keeps the pipes open (a script's `sleep` without exec) must not hold the delivery past the exit
        child.on('exit', () => {
          setTimeout(() => { child.stdout.destroy(); child.stderr.destroy() }, EXIT_GRACE_MS).unref()
        })
        child.on('close', (code, signal) => {
          const out = tail.toString('utf8').trim()
          const said = out === '' ? '' : `: ${out.slice(-300)}`
          if (aborted) reject(new AlertDeliveryError(`command ${path}: killed after ${timeoutMs} ms${said}`))
          else if (code === 0) resolve()
          else reject(new AlertDeliveryError(`command ${path} ${code === null ? `killed by ${signal ?? 'a signal'}` : `exited ${code}`}${said}`))
        })
      })
    }
  }
}
