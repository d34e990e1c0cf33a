import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DrillHistory } from './drill-history.js'
import type { DrillRecord } from './types.js'

let dir: string
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

const rec = (startedMs: number): DrillRecord => ({
  startedMs, source: 'etc', snapshot: null, withoutSites: [], withoutPeers: [], rtoSeconds: 1, rtoObjectiveSeconds: null, result: 'ok', error: null,
  files: 0, bytes: 0, verified: 0, packDecodes: 0, badShards: 0, phases: { indexMs: 0, restoreMs: 0, shardFetchMs: 0, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch: '', kept: false
})

describe('the drill history', () => {
  it('keeps the newest records (at most its max) across a restart, oldest first', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mb-drills-'))
    const MAX = 5
    const h = new DrillHistory(dir, MAX)
    for (let i = 0; i < MAX + 3; i++) await h.add(rec(i))
    const again = await new DrillHistory(dir, MAX).list()
    expect(again).toHaveLength(MAX)
    expect(again[0].startedMs).toBe(3)
    expect(again.at(-1)?.startedMs).toBe(MAX + 2)
    expect(JSON.parse(await readFile(join(dir, 'drills.json'), 'utf8'))).toHaveLength(MAX)
  })

  it('a file that is not a list of records is an error naming it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mb-drills-'))
    await writeFile(join(dir, 'drills.json'), '{"a":1}')
    await expect(new DrillHistory(dir).list()).rejects.toThrow(/drills\.json: not a list of drill records/)
  })
})
