import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from '../config.js'
import { RunHistory } from './run-history.js'
import { EMPTY_OUTCOME, Scheduler, STOPPING_ERROR } from './scheduler.js'
import type { RunContext, RunOutcome } from './scheduler.js'
import type { SourceConfig } from './source-config.js'
import { writeFile } from 'node:fs/promises'

// The scheduler over a real run history (LevelDB in a temp dir), a fixed clock moved by hand and a runner that does what each test says.
let dir: string
let db: Level<string, Uint8Array>
let pass: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-sched-'))
  db = new Level<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
  await db.open()
  pass = join(dir, 'pass')
  await writeFile(pass, 'x', { mode: 0o600 })
})
afterEach(async () => { await db.close(); await rm(dir, { recursive: true, force: true }) })

const T0 = Date.UTC(2026, 2, 4, 10, 0, 0)
const MIN = 60_000

function sources (...list: Array<Record<string, unknown>>): SourceConfig[] {
  return validateConfig({ passphraseFile: pass, sources: list }).sources
}

class FakeRunner {
  calls: RunContext[] = []
  /** What the next runs do; default: succeed at once. */
  behave: (ctx: RunContext) => Promise<RunOutcome> = async () => ({ ...EMPTY_OUTCOME, snapshot: 'ab'.repeat(32) })
  async run (_s: SourceConfig, ctx: RunContext): Promise<RunOutcome> {
    this.calls.push(ctx)
    return await this.behave(ctx)
  }
}

const quiet = { info: () => {}, warn: () => {} }

function make (list: SourceConfig[], clock: { now: number }, runner: FakeRunner, keep = 100): { s: Scheduler, backups: number[] } {
  const backups: number[] = []
  const s = new Scheduler({ selfId: '12D3KooWtest', sources: list, history: new RunHistory(db, { keep }), runner, noteBackup: () => { backups.push(clock.now) }, log: quiet, now: () => clock.now, timers: false })
  return { s, backups }
}

describe('scheduler', () => {
  it('runs a source at each slot, records it, and reports it', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    const { s, backups } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1m', rpo: '5m' }), clock, runner)
    const finished: number[] = []
    s.onRunFinished(r => finished.push(r.seq))
    await s.start()
    expect((await s.sources())[0]).toMatchObject({ nextRunMs: T0 + MIN, running: false, lastAttempt: null, rpoState: 'ok', successRate30d: null })
    s.tick()
    await s.idle()
    expect(runner.calls).toHaveLength(0)
    clock.now = T0 + MIN
    s.tick()
    await s.idle()
    clock.now = T0 + 2 * MIN + 500
    s.tick()
    await s.idle()
    expect(runner.calls.map(c => [c.trigger, c.record.scheduledMs, c.type])).toEqual([['schedule', T0 + MIN, 'incremental'], ['schedule', T0 + 2 * MIN, 'incremental']])
    expect(finished).toEqual([1, 2])
    expect(backups).toHaveLength(2)
    const [st] = await s.sources()
    expect(st).toMatchObject({ name: 'www', schedule: 'every 1m', nextRunMs: T0 + 3 * MIN, lastSuccessMs: T0 + 2 * MIN + 500, rpoState: 'ok', successRate30d: 1, runs30d: 2 })
    expect(s.summaries()).toEqual([{ name: 'www', lastSuccessMs: T0 + 2 * MIN + 500, lastAttemptMs: T0 + 2 * MIN + 500, lastAttemptFailed: false, rpoSeconds: 300, rtoSeconds: 0 }])
    clock.now = T0 + 9 * MIN
    expect((await s.sources())[0]).toMatchObject({ rpoState: 'breached', rpoAgeSeconds: (9 * MIN - 2 * MIN - 500) / 1000 })
    await s.stop()
  })

  it('catches up slots missed while down with one missed record and one catch-up run', async () => {
    const clock = { now: T0 + 1000 }
    const list = sources({ name: 'www', paths: ['/srv'], schedule: 'every 1m', rpo: '10m' })
    const runner = new FakeRunner()
    const first = make(list, clock, runner).s
    await first.start()
    clock.now = T0 + MIN
    first.tick()
    await first.idle()
    await first.stop()
    // down from T0+1m to T0+5m30s: slots 2m, 3m, 4m, 5m passed
    clock.now = T0 + 5 * MIN + 30_000
    const second = make(list, clock, runner).s
    const emitted: string[] = []
    second.onRunFinished(r => emitted.push(`${r.result}:${r.trigger}`))
    await second.start()
    await second.idle()
    second.tick()
    await second.idle()
    const runs = await second.runs('www')
    expect(runs.map(r => [r.result, r.trigger])).toEqual([['success', 'catch-up'], ['missed', 'schedule'], ['success', 'schedule']])
    expect(runs[1].error).toMatch(/^4 slots missed while the agent was down/)
    expect(runs[1].scheduledMs).toBe(T0 + 2 * MIN)
    expect(runs[0].scheduledMs).toBe(T0 + 5 * MIN)
    expect(runner.calls.filter(c => c.trigger === 'catch-up')).toHaveLength(1)
    expect(emitted).toEqual(['missed:schedule', 'success:catch-up'])
    await second.stop()
    // a restart with no slot passed: no catch-up
    const third = make(list, clock, runner).s
    await third.start()
    await third.idle()
    expect(runner.calls).toHaveLength(2)
    await third.stop()
  })

  it('a brand-new source has nothing to catch up; one never run within an RPO of first sight is breached', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    const { s } = make(sources({ name: 'db', command: 'true', schedule: 'daily', rpo: '1h' }), clock, runner)
    await s.start()
    await s.idle()
    expect(runner.calls).toHaveLength(0)
    expect((await s.sources())[0].rpoState).toBe('ok')
    clock.now = T0 + 1000 + 3601_000
    expect((await s.sources())[0]).toMatchObject({ rpoState: 'breached', rpoAgeSeconds: null, lastSuccessMs: null })
    await s.stop()
  })

  it('retries a failed run with exponential backoff, bounded, and leaves the last success alone', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    const { s } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1h', rpo: '2h', retry: { max: 2, backoff: '10s' } }), clock, runner)
    await s.start()
    await s.runNow('www')
    const good = (await s.sources())[0].lastSuccessMs
    runner.behave = async () => ({ ...EMPTY_OUTCOME, error: 'disk on fire' })
    const at = async (ms: number): Promise<void> => { clock.now = ms; s.tick(); await s.idle() }
    await at(T0 + 60 * MIN) // the slot: attempt 1 fails
    await at(T0 + 60 * MIN + 9_000)
    expect(runner.calls).toHaveLength(2)
    await at(T0 + 60 * MIN + 10_000) // attempt 2 after 10 s
    expect((await s.sources())[0].nextRunMs).toBe(T0 + 60 * MIN + 30_000)
    await at(T0 + 60 * MIN + 29_000)
    expect(runner.calls).toHaveLength(3)
    await at(T0 + 60 * MIN + 30_000) // attempt 3 after 20 s more
    await at(T0 + 60 * MIN + 10 * MIN) // retry.max 2: no fourth attempt
    expect(runner.calls.map(c => [c.trigger, c.record.attempt])).toEqual([['manual', 1], ['schedule', 1], ['retry', 2], ['retry', 3]])
    const runs = await s.runs('www')
    expect(runs.slice(0, 3).map(r => [r.result, r.error, r.scheduledMs])).toEqual([['failed', 'disk on fire', T0 + 60 * MIN], ['failed', 'disk on fire', T0 + 60 * MIN], ['failed', 'disk on fire', T0 + 60 * MIN]])
    const [st] = await s.sources()
    expect(st.lastSuccessMs).toBe(good)
    expect(st.lastAttempt?.result).toBe('failed')
    expect(st.successRate30d).toBeCloseTo(1 / 4)
    expect(s.summaries()[0]).toMatchObject({ lastSuccessMs: good, lastAttemptFailed: true })
    await s.stop()
  })

  it('a slot that comes while the previous run still goes is skipped; runNow queues behind it', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    let release: () => void = () => {}
    runner.behave = async () => await new Promise<RunOutcome>(resolve => { release = () => { resolve({ ...EMPTY_OUTCOME }) } })
    const { s } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1m', rpo: '1h' }), clock, runner)
    await s.start()
    clock.now = T0 + MIN
    s.tick()
    await vi.waitFor(() => { expect(runner.calls).toHaveLength(1) })
    expect((await s.sources())[0].running).toBe(true)
    clock.now = T0 + 2 * MIN
    s.tick()
    const manual = s.runNow('www')
    await vi.waitFor(async () => { expect((await s.runs('www')).map(r => r.result)).toContain('skipped') })
    expect(runner.calls).toHaveLength(1)
    release()
    await vi.waitFor(() => { expect(runner.calls).toHaveLength(2) })
    release()
    const rec = await manual
    expect(rec).toMatchObject({ trigger: 'manual', result: 'success' })
    await s.idle()
    expect((await s.runs('www')).map(r => [r.seq, r.trigger, r.result])).toEqual([[3, 'manual', 'success'], [2, 'schedule', 'skipped'], [1, 'schedule', 'success']])
    await s.stop()
  })

  it('stop aborts the run under way and records it failed "agent stopping"', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    runner.behave = async ctx => await new Promise<RunOutcome>(resolve => {
      ctx.signal.addEventListener('abort', () => { resolve({ ...EMPTY_OUTCOME, error: 'The operation was aborted' }) })
    })
    const { s } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1m', rpo: '1h' }), clock, runner)
    await s.start()
    clock.now = T0 + MIN
    s.tick()
    await vi.waitFor(() => { expect(runner.calls).toHaveLength(1) })
    await s.stop()
    const [r] = await s.runs('www')
    expect(r).toMatchObject({ result: 'failed', error: STOPPING_ERROR })
    expect(r.endMs).toBeGreaterThan(0)
    await expect(s.runNow('www')).rejects.toThrow(/agent stopping/)
    await expect(s.runNow('nope')).rejects.toThrow(/no source named "nope"/)
  })

  it('a stop while a run is being set up neither hangs nor runs it', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    runner.behave = async ctx => await new Promise<RunOutcome>(resolve => {
      ctx.signal.addEventListener('abort', () => { resolve({ ...EMPTY_OUTCOME, error: 'aborted' }) })
    })
    const { s } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1m', rpo: '1h' }), clock, runner)
    await s.start()
    clock.now = T0 + MIN
    s.tick()
    await new Promise(resolve => setImmediate(resolve))
    await s.stop()
    expect(runner.calls).toHaveLength(0)
    expect((await s.runs('www')).map(r => [r.result, r.error])).toEqual([['failed', STOPPING_ERROR]])
  })

  it('runs the prune on its schedule, never two at once', async () => {
    const clock = { now: T0 + 1000 }
    const runner = new FakeRunner()
    const prunes: number[] = []
    let release: () => void = () => {}
    const s = new Scheduler({
      selfId: '12D3KooWtest', sources: [], history: new RunHistory(db, { keep: 10 }), runner, noteBackup: () => {}, log: quiet, now: () => clock.now, timers: false,
      prune: { schedule: 'every 1h', run: async () => { prunes.push(clock.now); await new Promise<void>(resolve => { release = resolve }) } }
    })
    await s.start()
    s.tick()
    expect(prunes).toEqual([])
    clock.now = T0 + 60 * MIN
    s.tick()
    clock.now = T0 + 120 * MIN // the next slot while the first prune still runs: not started again
    s.tick()
    expect(prunes).toEqual([T0 + 60 * MIN])
    release()
    await s.idle()
    clock.now = T0 + 180 * MIN
    s.tick()
    expect(prunes).toEqual([T0 + 60 * MIN, T0 + 180 * MIN])
    release()
    await s.stop()
  })

  it('a plan makes a full backup once a slot of its full schedule passed since the last full one', async () => {
    const clock = { now: T0 + 1000 } // Wed
    const runner = new FakeRunner()
    const { s } = make(sources({ name: 'www', paths: ['/srv'], schedule: 'every 1d', rpo: '2d', plan: { full: '0 0 * * 0', otherwise: 'differential' } }), clock, runner)
    await s.start()
    await s.runNow('www')
    clock.now = Date.UTC(2026, 2, 8, 12) // Sun noon: Sunday 00:00 passed
    await s.runNow('www')
    clock.now = Date.UTC(2026, 2, 9, 12)
    await s.runNow('www')
    expect(runner.calls.map(c => c.type)).toEqual(['differential', 'full', 'differential'])
    await s.stop()
  })
})
