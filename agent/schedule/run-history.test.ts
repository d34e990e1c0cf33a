import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CRASHED_RUN_ERROR, RunHistory } from './run-history.js'
import type { RunRecord } from './types.js'

let dir: string
let db: Level<string, Uint8Array>
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mb-runs-'))
  db = new Level<string, Uint8Array>(join(dir, 'index'), { keyEncoding: 'utf8', valueEncoding: 'view' })
  await db.open()
})
afterEach(async () => { await db.close(); await rm(dir, { recursive: true, force: true }) })

const T0 = 1_780_000_000_000
function run (source: string, startMs: number, result: RunRecord['result'] = 'success'): Omit<RunRecord, 'seq'> {
  return { source, trigger: 'schedule', scheduledMs: startMs, startMs, endMs: startMs + 1000, result, error: result === 'failed' ? 'boom' : null, type: 'incremental', attempt: 1, filesRead: 1, bytesRead: 10, bytesAdded: 5, bytesSent: 7, snapshot: result === 'success' ? `snap${startMs}` : null, degraded: false, hooks: [] }
}

describe('run history', () => {
  it('keeps attempt and success apart, bounded to keep per source, newest first', async () => {
    const h = new RunHistory(db, { keep: 3 })
    await h.open(T0)
    await h.ensureSource('www', T0)
    await h.add(run('www', T0 + 1000))
    for (let i = 2; i <= 6; i++) await h.add(run('www', T0 + i * 1000, 'failed'))
    await h.add(run('db', T0 + 500))
    const www = await h.list('www')
    expect(www.map(r => r.seq)).toEqual([6, 5, 4])
    expect(www.every(r => r.result === 'failed')).toBe(true)
    // the success was trimmed from the list, not from the source's state
    expect(h.source('www')?.lastSuccess?.snapshot).toBe(`snap${T0 + 1000}`)
    expect(h.source('www')?.lastAttempt?.seq).toBe(6)
    expect(h.source('www')?.firstSeenMs).toBe(T0)
    expect((await h.list()).map(r => `${r.source}${r.seq}`)).toEqual(['www6', 'www5', 'www4', 'db1'])
    expect((await h.list(undefined, 2)).length).toBe(2)
    expect((await h.list('www', undefined, { sinceMs: T0 + 5000 })).map(r => r.seq)).toEqual([6, 5])
    // survives a reopen; a new run continues the sequence
    const again = new RunHistory(db, { keep: 3 })
    await again.open(T0 + 10_000)
    expect(again.source('www')?.lastSuccess?.startMs).toBe(T0 + 1000)
    expect((await again.add(run('www', T0 + 20_000))).seq).toBe(7)
    expect((await again.list('www')).map(r => r.seq)).toEqual([7, 6, 5])
  })

  it('closes a run a crash left running as failed at the next open', async () => {
    const h = new RunHistory(db, { keep: 10 })
    await h.open(T0)
    await h.ensureSource('www', T0)
    await h.add(run('www', T0))
    const running = await h.begin({ ...run('www', T0 + 5000), endMs: 0 })
    expect((await h.list('www'))[0].endMs).toBe(0)
    // kill -9 here: nothing else is written
    const after = new RunHistory(db, { keep: 10 })
    const closed = await after.open(T0 + 60_000)
    expect(closed.map(r => r.seq)).toEqual([running.seq])
    const last = (await after.list('www'))[0]
    expect(last).toMatchObject({ seq: running.seq, result: 'failed', error: CRASHED_RUN_ERROR, endMs: T0 + 60_000 })
    expect(after.source('www')?.lastAttempt?.result).toBe('failed')
    expect(after.source('www')?.lastSuccess?.startMs).toBe(T0)
    // closed once: a third open finds nothing running
    expect(await new RunHistory(db, { keep: 10 }).open(T0 + 70_000)).toEqual([])
  })

  it('records first sight and the newest slot handled; a record over the size limit is skipped', async () => {
    const h = new RunHistory(db, { keep: 10 })
    await h.open(T0)
    expect((await h.ensureSource('www', T0)).lastSlotMs).toBe(T0)
    expect((await h.ensureSource('www', T0 + 999)).firstSeenMs).toBe(T0)
    await h.noteSlot('www', T0 + 3600_000)
    await h.noteSlot('www', T0 + 1000)
    expect(h.source('www')?.lastSlotMs).toBe(T0 + 3600_000)
    await db.put('run:www:000000000099', Buffer.alloc(70 * 1024, 0x20))
    const again = new RunHistory(db, { keep: 10 })
    await again.open(T0)
    expect(again.source('www')?.lastSlotMs).toBe(T0 + 3600_000)
    expect(await again.list('www')).toEqual([])
  })
})
