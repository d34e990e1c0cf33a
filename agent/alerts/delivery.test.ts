/**
 * Delivery against real parts: a node:http server on 127.0.0.1:0 and small
 * shell scripts in a temp dir.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commandChannel, webhookChannel } from './delivery.js'
import type { AlertNotice } from './types.js'

const NOTICE: AlertNotice = {
  status: 'firing',
  key: 'run_failed:etc',
  kind: 'run_failed',
  severity: 'warning',
  summary: 'backup of source etc failed: before hook exited 1',
  fields: { source: 'etc', attempt: 1 },
  startsAt: '2026-12-04T21:00:00.000Z',
  endsAt: null,
  agent: '12D3KooWSelf',
  host: 'box'
}

interface Hook { server: Server, url: string, bodies: unknown[] }

async function hookServer (handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Hook> {
  const bodies: unknown[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      bodies.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
      handler(req, res)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies }
}

let hook: Hook | undefined
let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-alerts-')) })
afterEach(async () => {
  hook?.server.closeAllConnections()
  await new Promise<void>(resolve => { if (hook === undefined) resolve(); else hook.server.close(() => resolve()) })
  hook = undefined
  await rm(dir, { recursive: true, force: true })
})

async function script (name: string, body: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, `#!/bin/sh\n${body}\n`)
  await chmod(path, 0o755)
  return path
}

describe('webhook delivery', () => {
  it('POSTs the notice as one JSON object', async () => {
    hook = await hookServer((_req, res) => { res.writeHead(204).end() })
    await webhookChannel(hook.url).send(NOTICE)
    expect(hook.bodies).toEqual([{ method: 'POST', type: 'application/json', body: NOTICE }])
  })

  it('a non-2xx answer is a failure naming the status', async () => {
    hook = await hookServer((_req, res) => { res.writeHead(503).end('busy') })
    await expect(webhookChannel(hook.url).send(NOTICE)).rejects.toThrow(/answered 503: busy/)
    expect(hook.bodies).toHaveLength(1)
  })

  it('a webhook that does not answer in time is a failure', async () => {
    hook = await hookServer(() => { /* never answers */ })
    const t0 = Date.now()
    const err = await webhookChannel(hook.url, { timeoutMs: 200 }).send(NOTICE).catch((e: Error) => e)
    expect(err).toMatchObject({ name: 'AlertDeliveryError', message: expect.stringMatching(/no answer within 200 ms/) })
    expect(Date.now() - t0).toBeLessThan(5000)
  })

  it('nobody listening is a failure', async () => {
    hook = await hookServer((_req, res) => { res.end() })
    const url = hook.url
    await new Promise<void>(resolve => hook?.server.close(() => resolve()))
    hook = undefined
    await expect(webhookChannel(url).send(NOTICE)).rejects.toThrow(/ECONNREFUSED/)
  })
})

describe('command delivery', () => {
  it('runs the command with the notice in MESHBACKUP_ALERT_* and as JSON on stdin', async () => {
    const out = join(dir, 'out')
    const cmd = await script('notify', `printf '%s|%s|%s|%s\\n' "$MESHBACKUP_ALERT_STATUS" "$MESHBACKUP_ALERT_KEY" "$MESHBACKUP_ALERT_SUMMARY" "$MESHBACKUP_ALERT_ENDS_AT" > ${out}\ncat >> ${out}`)
    await commandChannel(cmd).send(NOTICE)
    const [env, json] = (await readFile(out, 'utf8')).split('\n')
    expect(env).toBe('firing|run_failed:etc|backup of source etc failed: before hook exited 1|')
    expect(JSON.parse(json)).toEqual(NOTICE)
  })

  it('a non-zero exit is a failure with the output\'s tail', async () => {
    const cmd = await script('fail', 'echo "smtp down" >&2; exit 4')
    await expect(commandChannel(cmd).send(NOTICE)).rejects.toThrow(/exited 4: smtp down/)
  })

  it('a command that runs too long is killed and is a failure', async () => {
    const t0 = Date.now()
    for (const body of ['exec sleep 30', 'sleep 5; exit 0']) {
      // the second leaves its `sleep` holding the pipes after the shell is killed
      const cmd = await script('slow', body)
      await expect(commandChannel(cmd, { timeoutMs: 200 }).send(NOTICE)).rejects.toThrow(/killed after 200 ms/)
    }
    expect(Date.now() - t0).toBeLessThan(5000)
  })
})
