/**
 * Alerts with a real agent process (issue 11, "Alerts without Prometheus"):
 * notices reach a webhook (a node:http server in the test) once when an
 * alert starts and once when it ends, never per tick, also across a
 * restart; `meshbackup alerts --json` lists the active ones.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import type { AlertsResponse, RunsResponse, SnapshotsResponse } from '../../agent/control/api.js'
import { call } from '../../cli/control-client.js'
import type { AlertNotice } from '../../agent/alerts/types.js'
import { MeshHarness, PASSPHRASE } from './harness.js'

const h = new MeshHarness()
let server: Server
let url: string
const received: AlertNotice[] = []

beforeAll(async () => {
  await h.setup()
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as AlertNotice)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
}, 60_000)

afterAll(async () => {
  await h.teardown()
  server.closeAllConnections()
  await new Promise<void>(resolve => server.close(() => resolve()))
})

/** Point an agent's alerts at the test webhook, checked every second. */
async function alertsTo (name: string, extra: Record<string, string | number> = {}): Promise<void> {
  await h.configure(name, y => {
    // only the alerts: section (heartbeat: has an intervalSeconds too)
    const at = y.indexOf('\nalerts:\n')
    let section = y.slice(at).replace(/^ {2}webhook: .*$/m, `  webhook: ${JSON.stringify(url)}`).replace(/^ {2}intervalSeconds: \d+$/m, '  intervalSeconds: 1')
    for (const [k, v] of Object.entries(extra)) section = section.replace(new RegExp(`^ {2}${k}: .*$`, 'm'), `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`)
    return y.slice(0, at) + section
  })
}

/** Edit an agent's config.yaml as a document (comments dropped: the agent reads keys only). */
async function editConfig (name: string, edit: (doc: Record<string, unknown>) => void): Promise<void> {
  const path = join(h.get(name).dir, 'config.yaml')
  const doc = YAML.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  edit(doc)
  await writeFile(path, YAML.stringify(doc))
}

const notices = (key: string): Array<[string, string]> => received.filter(n => n.key === key).map(n => [n.status, n.key])
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

describe('alerts', () => {
  it('a degraded snapshot (past a grace of 0 s) fires once, survives a restart without firing again, and resolves once when forgotten', async () => {
    const dir = await h.lone('a')
    await h.stop('a')
    await alertsTo('a', { degradedGraceSeconds: 0, successRateBelow: 0 })
    await h.start('a')
    const data = ['--data', dir]
    const src = join(h.root, 'src-a')
    await mkdir(src, { recursive: true })
    await writeFile(join(src, 'f.txt'), 'some data\n')
    await h.cliOk(['backup', '--degraded', ...data, src])
    const [snap] = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', ...data])
    expect(snap.state).toBe('degraded')
    const key = `snapshot_degraded:${snap.id}`

    await h.waitFor('the firing notice', async () => notices(key).length > 0)
    const active = await h.cliJson<AlertsResponse>(['alerts', '--json', ...data])
    expect(active.channels).toEqual(['webhook'])
    expect(active.active.map(a => a.key)).toContain(key)
    expect(active.active.find(a => a.key === key)).toMatchObject({ status: 'firing', kind: 'snapshot_degraded', delivery: [{ channel: 'webhook', state: 'delivered', attempts: 1 }] })
    const text = await h.cliOk(['alerts', ...data])
    expect(text).toContain(key)
    expect(text).toContain('webhook delivered')
    const firing = received.find(n => n.key === key)
    expect(firing).toMatchObject({ status: 'firing', agent: h.get('a').peerId, endsAt: null, fields: { snapshot: snap.id, state: 'degraded' } })

    // many ticks, a restart, more ticks: still one notice
    await sleep(3000)
    await h.stop('a')
    await h.start('a')
    await sleep(3000)
    expect(notices(key)).toEqual([['firing', key]])

    await h.cliOk(['forget', snap.id, ...data])
    await h.waitFor('the resolved notice', async () => notices(key).length > 1)
    await sleep(2000)
    expect(notices(key)).toEqual([['firing', key], ['resolved', key]])
    const resolved = received.filter(n => n.key === key)[1]
    expect(resolved.startsAt).toBe(firing?.startsAt)
    expect(resolved.endsAt).not.toBeNull()
    const after = await h.cliJson<AlertsResponse>(['alerts', '--json', ...data])
    expect(after.active.filter(a => a.key === key)).toEqual([])
    expect(after.resolving).toEqual([])
  })

  it('a failing before hook fails the runs and raises one alert that reaches the webhook once, then one resolve after the next run succeeds', async () => {
    const dir = await h.lone('b')
    await h.stop('b')
    const src = join(h.root, 'src-b')
    await mkdir(src, { recursive: true })
    await writeFile(join(src, 'f.txt'), 'scheduled data\n')
    const flag = join(h.root, 'hook-ok')
    const hook = join(h.root, 'before-hook')
    await writeFile(hook, `#!/bin/sh\nif [ -f ${flag} ]; then exit 0; fi\necho "flag file missing" >&2\nexit 1\n`)
    await chmod(hook, 0o755)
    // the notify command too: one line per notice, from its environment, then the JSON from stdin
    const log = join(h.root, 'notify-log')
    const notify = join(h.root, 'notify')
    await writeFile(notify, `#!/bin/sh\nprintf '%s %s ' "$MESHBACKUP_ALERT_STATUS" "$MESHBACKUP_ALERT_KEY" >> ${log}\ncat >> ${log}\n`)
    await chmod(notify, 0o755)
    const pass = join(h.root, 'passphrase-b')
    await writeFile(pass, PASSPHRASE + '\n', { mode: 0o600 })
    await editConfig('b', doc => {
      // a lone agent that meets its (relaxed) policy: its runs commit compliant snapshots, so no other alert stays active
      doc.policy = { k: 1, m: 0, copies: false, media: false, offsite: false, siteDiversity: false }
      doc.passphraseFile = pass
      doc.sources = [{ name: 'files', paths: [src], schedule: 'every 3s', rpo: '1d', hooks: { before: hook, timeout: '10s' }, retry: { max: 2, backoff: '1s' } }]
      doc.alerts = { webhook: url, command: notify, intervalSeconds: 1, successRateBelow: 0 }
    })
    await h.start('b')
    const data = ['--data', dir]
    const key = 'run_failed:files'

    await h.waitFor('the firing notice', async () => notices(key).length > 0, 60_000)
    const firing = received.find(n => n.key === key)
    expect(firing).toMatchObject({ status: 'firing', kind: 'run_failed', agent: h.get('b').peerId, fields: { source: 'files' } })
    expect(firing?.summary).toMatch(/flag file missing|before/)
    const active = await h.cliJson<AlertsResponse>(['alerts', '--json', ...data])
    expect(active.active.find(a => a.key === key)).toMatchObject({ status: 'firing', delivery: [{ channel: 'webhook', state: 'delivered' }, { channel: 'command', state: 'delivered' }] })
    // retries and further slots fail too: still one notice
    await h.waitFor('a second failed run', async () => {
      // the run history over the control API (the runs command is the scheduler's)
      const { runs } = await call<RunsResponse>(dir, 'GET', '/v1/runs?source=files&limit=50')
      return runs.filter(x => x.result === 'failed').length >= 3 && runs.every(x => x.result !== 'success')
    }, 60_000)
    expect(notices(key)).toEqual([['firing', key]])

    await writeFile(flag, '')
    await h.waitFor('the resolved notice', async () => notices(key).length > 1, 60_000)
    await sleep(2000)
    expect(notices(key)).toEqual([['firing', key], ['resolved', key]])
    const { runs } = await call<RunsResponse>(dir, 'GET', '/v1/runs?source=files&limit=50')
    expect(runs.filter(r => r.result === 'success').length).toBeGreaterThan(0)
    const resolved = received.filter(n => n.key === key)[1]
    expect(resolved).toMatchObject({ startsAt: firing?.startsAt, endsAt: expect.any(String) })
    const lines = (await readFile(log, 'utf8')).trim().split('\n').filter(l => l.includes(` ${key} `))
    expect(lines.map(l => l.split(' ').slice(0, 2))).toEqual([['firing', key], ['resolved', key]])
    expect(JSON.parse(lines[1].slice(lines[1].indexOf('{')))).toEqual(resolved)
    const after = await h.cliJson<AlertsResponse>(['alerts', '--json', ...data])
    expect(after.active).toEqual([])
    expect(after.resolving).toEqual([])
  })
})
