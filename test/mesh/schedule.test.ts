/**
 * Scheduled backups in a real agent process (issue 11): a source every 3 s
 * runs by itself; a restart keeps the history; slots missed while the agent
 * is stopped are caught up exactly once; a failing `before` hook fails runs
 * that are retried with backoff, bounded, and leave the last success alone;
 * a `command` source whose command exits 1 keeps no snapshot; bad config
 * keeps the agent from starting with the key named.
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunRecord, RunsResponse, SnapshotsResponse, SourcesResponse } from '../../agent/control/api.js'
import { MeshHarness, PASSPHRASE } from './harness.js'

const h = new MeshHarness()
let dir: string
let src: string
let hookFlag: string
let dumpFlag: string
let goodConfig: string
let beforeHook: string

const runs = async (source?: string): Promise<RunRecord[]> => (await h.cliJson<RunsResponse>(['runs', ...(source === undefined ? [] : [source]), '--json', '--limit', '1000', '--data', dir])).runs
const sources = async (): Promise<SourcesResponse['sources']> => (await h.cliJson<SourcesResponse>(['sources', '--json', '--data', dir])).sources
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

beforeAll(async () => {
  await h.setup()
  dir = await h.lone('a')
  await h.stop('a')
  src = join(h.root, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'index.html'), '<h1>hello</h1>\n')
  await writeFile(join(src, 'app.js'), 'console.log(1)\n')
  const pass = join(h.root, 'passphrase')
  await writeFile(pass, `${PASSPHRASE}\n`, { mode: 0o600 })
  hookFlag = join(h.root, 'hook-fails')
  dumpFlag = join(h.root, 'dump-fails')
  const before = join(h.root, 'before.sh')
  beforeHook = before
  await writeFile(before, `#!/bin/sh\nif [ -e ${hookFlag} ]; then echo "maintenance flag set for $MESHBACKUP_SOURCE"; exit 1; fi\nexit 0\n`, { mode: 0o755 })
  await h.configure('a', y => y + `
passphraseFile: ${pass}
runs:
  keep: 500
sources:
  - name: www
    paths: [${src}]
    schedule: every 3s
    rpo: 1h
    keep: { last: 4 }
    hooks: { before: ${before}, timeout: 10s }
    retry: { max: 1, backoff: 1s }
  - name: dump
    command: printf 'dump of the database'; if [ -e ${dumpFlag} ]; then echo 'pg_dump failed' >&2; exit 1; fi
    rpo: 1d
  - name: slow
    command: sleep 6; echo late
    rpo: 1d
  - name: strict
    paths: [${src}]
    rpo: 1d
    onInfeasible: fail
`)
  goodConfig = await readFile(join(dir, 'config.yaml'), 'utf8')
  await h.start('a')
  // a snapshot by hand of the same paths: no source's retention may touch it
  await h.cliOk(['backup', '--degraded', '--data', dir, src])
}, 120_000)

afterAll(async () => { await h.teardown() })

describe('scheduled sources', () => {
  it('a source every 3 s runs by itself, twice, and sources shows it', async () => {
    await h.waitFor('two scheduled successes', async () => (await runs('www')).filter(r => r.trigger === 'schedule' && r.result === 'success').length >= 2, 30_000)
    const ok = (await runs('www')).filter(r => r.result === 'success')
    expect(ok[0].snapshot).toMatch(/^[0-9a-f]{64}$/)
    expect(ok[0].degraded).toBe(true) // a lone agent cannot meet the 3-2-1 policy: onInfeasible degrade
    expect(ok[0].filesRead).toBe(2)
    const www = (await sources()).find(s => s.name === 'www')
    expect(www).toMatchObject({ schedule: 'every 3s', rpoSeconds: 3600, rpoState: 'ok', successRate30d: 1 })
    expect(www?.lastSuccessMs).toBeGreaterThan(0)
    expect(www?.nextRunMs).toBeGreaterThan(Date.now() - 3000)
    const snaps = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(snaps.filter(s => s.tags.includes('source:www')).length).toBeGreaterThanOrEqual(2)
    expect(snaps.filter(s => s.tags.includes('source:www')).length).toBeLessThanOrEqual(4 + 1) // keep: last 4 (one more may be committing)
  }, 60_000)

  it('a restart keeps the history, a run the stop cut short is recorded "agent stopping"; slots missed while stopped are caught up exactly once', async () => {
    // a run under way when the agent stops is aborted and recorded
    const manual = h.cli(['run', 'slow', '--data', dir], { timeoutMs: 60_000 })
    await h.waitFor('the slow run to start', async () => (await runs('slow'))[0]?.endMs === 0, 20_000)
    const before = (await runs()).filter(r => r.endMs > 0)
    await h.stop('a')
    expect((await manual).code).not.toBe(0)
    await sleep(6500) // two or three slots of every 3s pass
    const restartMs = Date.now()
    await h.start('a')
    await h.waitFor('the catch-up run', async () => (await runs('www')).some(r => r.trigger === 'catch-up' && r.startMs >= restartMs && r.endMs > 0), 20_000)
    await sleep(3500) // a scheduled slot after the catch-up: no second catch-up
    const after = await runs()
    for (const r of before) {
      const kept = after.find(x => x.source === r.source && x.seq === r.seq)
      // a run the stop cut short was closed then ("agent stopping"); every finished one is unchanged
      expect(kept).toEqual(r)
    }
    expect(after.find(r => r.source === 'slow')).toMatchObject({ trigger: 'manual', result: 'failed', error: 'agent stopping', snapshot: null })
    const since = after.filter(r => r.source === 'www' && r.startMs >= restartMs)
    expect(since.filter(r => r.trigger === 'catch-up')).toHaveLength(1)
    const missed = since.filter(r => r.result === 'missed')
    expect(missed).toHaveLength(1)
    expect(missed[0].error).toMatch(/^\d+ slots? missed while the agent was down/)
    expect(Number(/^(\d+)/.exec(missed[0].error ?? '')?.[1])).toBeGreaterThanOrEqual(2)
  }, 60_000)

  it('a failing before hook fails the runs, retried once after the backoff, and leaves the last success alone', async () => {
    const good = (await sources()).find(s => s.name === 'www')?.lastSuccessMs
    const flagMs = Date.now()
    await writeFile(hookFlag, '')
    await h.waitFor('a failed run and its retry', async () => (await runs('www')).some(r => r.trigger === 'retry' && r.startMs > flagMs && r.result === 'failed'), 20_000)
    await sleep(3500)
    const all = await runs('www')
    const failing = all.filter(r => r.startMs > flagMs + 500 && r.endMs > 0).reverse()
    const www = (await sources()).find(s => s.name === 'www')
    expect(www?.lastSuccessMs).toBeGreaterThanOrEqual(good ?? 0)
    expect(www?.lastSuccessMs).toBeLessThan(flagMs + 500)
    expect(www?.lastAttempt?.result).toBe('failed')
    const failed = failing.filter(r => r.result === 'failed')
    expect(failed.length).toBeGreaterThanOrEqual(2)
    for (const r of failed) {
      expect(r.error).toMatch(/^before hook .*before\.sh exited with 1: maintenance flag set for www$/)
      expect(r.hooks[0]).toMatchObject({ hook: 'before', exitCode: 1, timedOut: false })
      expect(r.snapshot).toBeNull()
    }
    // retry.max 1: attempts 1 and 2 only, the retry a backoff (1 s) after the failure
    expect(Math.max(...failing.map(r => r.attempt))).toBe(2)
    for (const retry of failing.filter(r => r.trigger === 'retry')) {
      const first = all.find(r => r.scheduledMs === retry.scheduledMs && r.attempt === 1)
      expect(first).toBeDefined()
      expect(retry.startMs - (first as RunRecord).endMs).toBeGreaterThanOrEqual(950)
    }
    await rm(hookFlag)
    await h.waitFor('a success again', async () => ((await sources()).find(s => s.name === 'www')?.lastSuccessMs ?? 0) > flagMs, 20_000)
  }, 60_000)

  it('a command source: its output is one snapshot; a command that exits 1 keeps none and run exits non-zero', async () => {
    const count = async (): Promise<number> => (await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])).filter(s => s.tags.includes('source:dump')).length
    await writeFile(dumpFlag, '')
    const bad = await h.cli(['run', 'dump', '--json', '--data', dir], { timeoutMs: 60_000 })
    expect(bad.code).toBe(1)
    const rec = JSON.parse(bad.stdout) as RunRecord
    expect(rec).toMatchObject({ source: 'dump', trigger: 'manual', result: 'failed', snapshot: null })
    expect(rec.error).toMatch(/command exited with 1: pg_dump failed \(no snapshot kept\)/)
    expect(bad.stderr).toMatch(/run \d+ of dump failed/)
    expect(await count()).toBe(0)
    await rm(dumpFlag)
    const ok = await h.cliJson<RunRecord>(['run', 'dump', '--json', '--data', dir])
    expect(ok).toMatchObject({ result: 'success', type: 'full', bytesRead: 'dump of the database'.length })
    expect(await count()).toBe(1)
    // onInfeasible: fail on a mesh that cannot meet the policy: the run fails, nothing is uploaded
    const strict = await h.cli(['run', 'strict', '--json', '--data', dir], { timeoutMs: 60_000 })
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.stdout)).toMatchObject({ result: 'failed', snapshot: null, degraded: false })
    expect((JSON.parse(strict.stdout) as RunRecord).error).toMatch(/the mesh cannot satisfy the placement policy/)
    const unknown = await h.cli(['run', 'nope', '--data', dir])
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toMatch(/no source named "nope"/)
  }, 60_000)

  it('a run killed -9 is closed as failed at the next start', async () => {
    const killed = h.cli(['run', 'slow', '--data', dir], { timeoutMs: 60_000 })
    await h.waitFor('the slow run to start', async () => (await runs('slow'))[0]?.endMs === 0, 20_000)
    const seq = (await runs('slow'))[0].seq
    await h.kill9('a')
    expect((await killed).code).not.toBe(0)
    await h.start('a')
    const [r] = await runs('slow')
    expect(r).toMatchObject({ seq, result: 'failed', error: 'agent stopped during the run', snapshot: null })
    expect(r.endMs).toBeGreaterThan(r.startMs)
  }, 60_000)

  it('bad config: the agent refuses to start, naming the key; nothing is lost', async () => {
    const kept = (await runs()).filter(r => r.endMs > 0).length
    await h.stop('a')
    const cases: Array<[(y: string) => string, RegExp]> = [
      [y => y.replace('schedule: every 3s', 'schedule: evry 3s'), /sources\[www\]\.schedule: "evry 3s" is not a schedule/],
      [y => y.replace('rpo: 1h', 'rpo: -1h'), /sources\[www\]\.rpo: "-1h" is not a duration/],
      [y => y.replace('name: dump', 'name: www'), /sources: the name "www" is given twice/]
    ]
    const notExec = join(h.root, 'not-exec.sh')
    await writeFile(notExec, '#!/bin/sh\n')
    await chmod(notExec, 0o644)
    cases.push([y => y.replace(`before: ${beforeHook},`, `before: ${notExec},`), /sources\[www\]\.hooks\.before: .*not-exec\.sh" is not executable/])
    for (const [edit, re] of cases) {
      await writeFile(join(dir, 'config.yaml'), edit(goodConfig))
      const r = await h.cli(['agent', '--data', dir], { timeoutMs: 30_000 })
      expect(r.code, r.stdout).not.toBe(0)
      expect(r.stderr).toMatch(re)
      expect(r.stdout).not.toMatch(/running/)
    }
    await writeFile(join(dir, 'config.yaml'), goodConfig)
    await h.start('a')
    expect((await runs()).filter(r => r.endMs > 0).length).toBeGreaterThanOrEqual(kept)
    // retention (keep: last 4) over the source's own snapshots only
    const successes = (await runs('www')).filter(r => r.result === 'success').length
    expect(successes).toBeGreaterThan(4)
    const snaps = await h.cliJson<SnapshotsResponse>(['snapshots', '--json', '--data', dir])
    expect(snaps.filter(x => x.tags.includes('source:www')).length).toBeLessThanOrEqual(4)
    expect(snaps.filter(x => x.tags.length === 0 && x.paths.includes(src))).toHaveLength(1)
    expect(snaps.filter(x => x.tags.includes('source:dump'))).toHaveLength(1)
  }, 90_000)
})
