/**
 * The alerter's transitions with real parts: the records in a real LevelDB
 * in a temp dir, notices to a real node:http webhook on 127.0.0.1:0, a fake
 * clock (no sleeps; evaluate() and deliverDue() are called directly).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AlertDb } from './alert-db.js'
import { Alerter } from './alerter.js'
import { FIRST_RETRY_DELAY_MS, MAX_DELIVERY_ATTEMPTS } from './constants.js'
import { webhookChannel } from './delivery.js'
import type { AlertInputs } from './rules.js'
import type { AlertNotice } from './types.js'

const SELF = '12D3KooWSelf'

let dir: string
let db: Level<string, Uint8Array>
let server: Server
let url: string
let received: AlertNotice[]
let answer: number
let nowMs: number
/** The state the rules see; tests change it between evaluations. */
let state: Omit<AlertInputs, 'previous'>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-alerter-'))
  db = new Level<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
  await db.open()
  received = []
  answer = 200
  nowMs = Date.parse('2026-12-04T20:00:00Z')
  state = { selfId: SELF, sources: [], ownerSources: [], storage: { used: 10, capacity: 100 }, snapshots: [], repair: { blocked: 0, blockedReason: null } }
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (answer === 200) received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as AlertNotice)
      res.writeHead(answer).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise<void>(resolve => server.close(() => resolve()))
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

async function alerter (): Promise<Alerter> {
  const a = new Alerter({
    selfId: SELF,
    host: 'box',
    store: new AlertDb(db),
    inputs: async () => state,
    channels: [webhookChannel(url, { timeoutMs: 2000 })],
    log: () => {}
  }, { successRateBelow: 0.95, storageAbove: 0.85, degradedGraceSeconds: 600, intervalSeconds: 30, now: () => nowMs })
  await a.load()
  return a
}

const full = (): void => { state.storage = { used: 90, capacity: 100 } }
const fine = (): void => { state.storage = { used: 10, capacity: 100 } }
const KEY = `storage_high:${SELF}`

describe('alerter', () => {
  it('fires once while the condition holds and resolves once after it ends', async () => {
    const a = await alerter()
    await a.evaluate()
    expect(received).toEqual([])
    full()
    for (let i = 0; i < 4; i++) { await a.evaluate(); nowMs += 30_000 }
    expect(received.map(n => [n.status, n.key])).toEqual([['firing', KEY]])
    expect(received[0]).toMatchObject({ kind: 'storage_high', severity: 'warning', agent: SELF, host: 'box', endsAt: null, startsAt: '2026-12-04T20:00:00.000Z', fields: { used: 90, capacity: 100 } })
    expect(a.list()).toMatchObject([{ key: KEY, status: 'firing', delivery: { webhook: { state: 'delivered', attempts: 1 } } }])
    fine()
    for (let i = 0; i < 3; i++) { await a.evaluate(); nowMs += 30_000 }
    expect(received.map(n => [n.status, n.key])).toEqual([['firing', KEY], ['resolved', KEY]])
    expect(received[1]).toMatchObject({ startsAt: '2026-12-04T20:00:00.000Z', endsAt: '2026-12-04T20:02:00.000Z' })
    expect(a.list()).toEqual([])
    expect(await new AlertDb(db).load()).toEqual([])
  })

  it('a degraded snapshot stays pending through its grace period, then fires; one that recovers before is never sent', async () => {
    const a = await alerter()
    const degraded = { id: 'ab'.repeat(32), short: 'abababab', time: '2026-12-04T19:00:00.000Z', state: 'degraded' as const, problems: ['k shards in one site'] }
    state.snapshots = [degraded]
    await a.evaluate()
    expect(a.list()).toMatchObject([{ key: `snapshot_degraded:${degraded.id}`, status: 'pending', delivery: {} }])
    nowMs += 599_000
    await a.evaluate()
    expect(received).toEqual([])
    nowMs += 1000
    await a.evaluate()
    expect(received.map(n => [n.status, n.key])).toEqual([['firing', `snapshot_degraded:${degraded.id}`]])

    const other = { ...degraded, id: 'cd'.repeat(32), short: 'cdcdcdcd' }
    state.snapshots = [degraded, other]
    await a.evaluate()
    nowMs += 300_000
    state.snapshots = [degraded]
    await a.evaluate()
    expect(received).toHaveLength(1)
    expect(a.list().map(r => r.key)).toEqual([`snapshot_degraded:${degraded.id}`])
  })

  it('a restart with the saved records neither fires again nor forgets: the resolve still comes', async () => {
    full()
    const first = await alerter()
    await first.evaluate()
    expect(received.map(n => n.status)).toEqual(['firing'])
    await first.stop()

    nowMs += 3_600_000
    const second = await alerter()
    expect(second.list()).toMatchObject([{ key: KEY, status: 'firing' }])
    await second.evaluate()
    await second.evaluate()
    expect(received.map(n => n.status)).toEqual(['firing'])
    fine()
    await second.evaluate()
    expect(received.map(n => [n.status, n.startsAt])).toEqual([['firing', '2026-12-04T20:00:00.000Z'], ['resolved', '2026-12-04T20:00:00.000Z']])
  })

  it('retries a failed delivery with backoff, at most MAX_DELIVERY_ATTEMPTS times, records the failure, and a restart sends what was left', async () => {
    answer = 500
    full()
    const a = await alerter()
    await a.evaluate()
    let d = a.list()[0].delivery.webhook
    expect(d).toMatchObject({ state: 'pending', attempts: 1, nextAttemptMs: nowMs + FIRST_RETRY_DELAY_MS, lastError: expect.stringMatching(/answered 500/) })
    // not due yet: no attempt
    nowMs += FIRST_RETRY_DELAY_MS - 1
    await a.deliverDue()
    expect(a.list()[0].delivery.webhook?.attempts).toBe(1)
    const gaps: number[] = []
    for (let i = 0; i < 20; i++) {
      const before = a.list()[0].delivery.webhook
      if (before?.state !== 'pending') break
      gaps.push(before.nextAttemptMs - (before.lastAttemptMs ?? 0))
      nowMs = before.nextAttemptMs
      await a.deliverDue()
    }
    d = a.list()[0].delivery.webhook
    expect(d).toMatchObject({ state: 'failed', attempts: MAX_DELIVERY_ATTEMPTS })
    expect(gaps).toEqual([2000, 4000, 8000, 16_000, 32_000])
    expect(a.stats).toMatchObject({ deliveryFailures: 1, lastDeliveryError: expect.stringMatching(/answered 500/) })
    nowMs += 3_600_000
    await a.evaluate()
    expect(a.list()[0].delivery.webhook?.attempts).toBe(MAX_DELIVERY_ATTEMPTS)
    expect(received).toEqual([])

    // the resolve is a new notice; the webhook is down when it starts, back after a restart
    fine()
    await a.evaluate()
    expect(a.list()).toMatchObject([{ key: KEY, status: 'resolved', delivery: { webhook: { state: 'pending', attempts: 1 } } }])
    await a.stop()
    answer = 200
    nowMs += 60_000
    const b = await alerter()
    await b.evaluate()
    expect(received.map(n => [n.status, n.key])).toEqual([['resolved', KEY]])
    expect(b.list()).toEqual([])
  })

  it('a failed read of the state changes nothing (no resolve from a read error)', async () => {
    full()
    const a = await alerter()
    await a.evaluate()
    const good = state
    state = new Proxy(good, { get: () => { throw new Error('compliance unavailable') } })
    await a.evaluate()
    expect(a.stats.lastEvaluationError).toBe('compliance unavailable')
    state = good
    expect(received.map(n => n.status)).toEqual(['firing'])
    expect(a.list()).toMatchObject([{ key: KEY, status: 'firing' }])
  })
})
