import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validateConfig } from '../config.js'
import { hookFailure, hookOk, OutputTail, runHook } from './hooks.js'
import { Runner } from './runner.js'
import type { RunRecord } from './types.js'

let dir: string
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-hooks-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

async function script (name: string, body: string): Promise<string> {
  const p = join(dir, name)
  await writeFile(p, `#!/bin/sh\n${body}\n`, { mode: 0o755 })
  return p
}

describe('hooks', () => {
  it('records exit status, output and the run in env vars', async () => {
    const h = await script('ok.sh', 'echo "src=$MESHBACKUP_SOURCE hook=$MESHBACKUP_HOOK result=$MESHBACKUP_RESULT"; echo oops >&2; exit 0')
    const r = await runHook('after', h, { env: { MESHBACKUP_SOURCE: 'www', MESHBACKUP_RESULT: 'success' }, timeoutMs: 5000 })
    expect(r).toMatchObject({ hook: 'after', command: h, exitCode: 0, signal: null, timedOut: false })
    expect(r.output).toContain('src=www hook=after result=success')
    expect(r.output).toContain('oops')
    expect(hookOk(r)).toBe(true)
    const bad = await runHook('before', await script('bad.sh', 'echo "no database"; exit 3'), { env: {}, timeoutMs: 5000 })
    expect(bad.exitCode).toBe(3)
    expect(hookOk(bad)).toBe(false)
    expect(hookFailure(bad)).toMatch(/^before hook .*bad\.sh exited with 3: no database$/)
  })

  it('kills a hook (and its children) at the timeout', async () => {
    const marker = join(dir, 'child-survived')
    const h = await script('slow.sh', `echo started; (sleep 0.4; touch ${marker}) & sleep 30`)
    const t0 = Date.now()
    const r = await runHook('before', h, { env: {}, timeoutMs: 150 })
    expect(Date.now() - t0).toBeLessThan(5000)
    expect(r.timedOut).toBe(true)
    expect(r.exitCode).toBeNull()
    expect(r.signal).toBe('SIGTERM')
    expect(r.output).toMatch(/started[\s\S]*killed after the hook timeout/)
    expect(hookFailure(r)).toMatch(/timed out/)
    await new Promise(resolve => setTimeout(resolve, 600))
    await expect(readFile(marker)).rejects.toThrow(/ENOENT/)
  })

  it('keeps a bounded tail of the output', async () => {
    const tail = new OutputTail(16)
    for (let i = 0; i < 100; i++) tail.push(Buffer.from(`line ${i}\n`))
    expect(tail.text()).toBe('…' + 'line 98\nline 99\n'.slice(-16))
    const h = await script('loud.sh', 'i=0; while [ $i -lt 5000 ]; do echo "line $i"; i=$((i+1)); done')
    const r = await runHook('after', h, { env: {}, timeoutMs: 10_000 })
    expect(r.output.length).toBeLessThanOrEqual(4096 + 1)
    expect(r.output.endsWith('line 4999\n')).toBe(true)
  })

  it('a hook that cannot start is a failed HookRun, not an exception', async () => {
    const r = await runHook('failure', join(dir, 'missing'), { env: {}, timeoutMs: 1000 })
    expect(r.exitCode).toBeNull()
    expect(r.output).toMatch(/cannot run .*ENOENT/)
    expect(hookOk(r)).toBe(false)
  })

  it('a failing before hook fails the run before the repository is touched, and the failure hook runs', async () => {
    const log = join(dir, 'failure.log')
    const before = await script('before.sh', 'echo "db locked"; exit 2')
    const failure = await script('failure.sh', `echo "$MESHBACKUP_SOURCE $MESHBACKUP_RESULT $MESHBACKUP_ERROR" > ${log}`)
    const pass = join(dir, 'pass')
    await writeFile(pass, 'x', { mode: 0o600 })
    const [src] = validateConfig({ passphraseFile: pass, sources: [{ name: 'www', paths: ['/srv'], rpo: '1h', hooks: { before, failure } }] }).sources
    const touched: string[] = []
    const runner = new Runner({
      exclusive: async fn => await fn(),
      open: async () => { touched.push('open'); throw new Error('not reached') },
      requireFeasible: () => { touched.push('placement') },
      afterBackup: async () => { touched.push('afterBackup') },
      shardPeer: () => undefined,
      publishCatalog: async () => { touched.push('publish') },
      passphraseFile: pass,
      log: { info: () => {}, warn: () => {} }
    })
    const record = { seq: 1, attempt: 1, scheduledMs: Date.now() } as unknown as RunRecord
    const out = await runner.run(src, { trigger: 'schedule', type: 'incremental', record, signal: new AbortController().signal })
    expect(out.error).toMatch(/^before hook .*before\.sh exited with 2: db locked$/)
    expect(out.snapshot).toBeNull()
    expect(out.hooks.map(h => [h.hook, h.exitCode])).toEqual([['before', 2], ['failure', 0]])
    expect(touched).toEqual([])
    expect((await readFile(log, 'utf8')).trim()).toMatch(/^www failed before hook .* exited with 2/)
  })
})
