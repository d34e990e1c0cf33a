/**
 * The README's main command: `meshbackup demo` runs end to end, exits 0, and
 * goes through its phases in order with the states the story needs: compliant
 * after the backup, degraded with a site down, restore verified, compliant
 * again after repair (site still down). Read from its --json report; the
 * human steps (on stderr with --json) are checked too. No timing assertions.
 */
import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { DemoPhase, DemoReport } from '../cli/commands/demo.js'
import { BIN } from './mesh/harness.js'

/** `--size 8` makes 18 sample files plus etc/empty.conf, in 11 folders (makeSample is deterministic). */
const SAMPLE_FILES = 19
const SAMPLE_DIRS = 11
const LOST_SITE = 'branch-b'
const ALL_RULES = { copies: true, media: true, offsite: true, siteDiversity: true }

function phase<P extends DemoPhase['phase']> (report: DemoReport, name: P): Extract<DemoPhase, { phase: P }> {
  const p = report.phases.find(x => x.phase === name)
  if (p === undefined) throw new Error(`no ${name} phase in ${JSON.stringify(report.phases.map(x => x.phase))}`)
  return p as Extract<DemoPhase, { phase: P }>
}

describe('meshbackup demo', () => {
  it('backs up, loses a site, restores every byte, repairs to compliant, in that order', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number, stdout: string, stderr: string }>(resolve => {
      execFile(process.execPath, [BIN, 'demo', '--size', '8', '--json'], { timeout: 180_000 }, (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : Number((err as { code?: number }).code ?? 1), stdout, stderr })
      })
    })
    expect(code, stderr).toBe(0)
    const report = JSON.parse(stdout) as DemoReport
    expect(report.ok, stderr).toBe(true)
    expect(report.phases.map(p => [p.phase, p.state])).toEqual([
      ['mesh', 'up'],
      ['backup', 'compliant'],
      ['site-down', 'degraded'],
      ['restore', 'verified'],
      ['repair', 'compliant']
    ])

    // 8 agents in 4 sites: the owner sees the 7 others up, 5 once the site is down
    expect(phase(report, 'mesh')).toEqual({ phase: 'mesh', state: 'up', agents: 8, sites: 4, peersUp: 7 })
    expect(report.phases.filter(p => 'peersUp' in p).map(p => (p as { peersUp: number }).peersUp)).toEqual([7, 7, 5, 5])

    const backup = phase(report, 'backup')
    expect(backup.files).toBe(SAMPLE_FILES)
    // 8 MiB planned; the last text file comes out one byte short (makeSample cuts a joined text)
    expect(backup.bytesRead).toBe(8 * 1024 * 1024 - 1)
    expect(backup.rules).toEqual(ALL_RULES)
    expect(backup.problems).toEqual([])
    const total = (s: Record<string, number>): number => Object.values(s).reduce((a, b) => a + b, 0)
    // RS 4+2: six shards per pack
    expect(total(backup.shardsBySite) % 6).toBe(0)
    const lostShards = backup.shardsBySite[LOST_SITE] ?? 0
    // the lost site held shards (else losing it could not degrade anything), at most m=2 per pack
    expect(lostShards).toBeGreaterThanOrEqual(1)
    expect(lostShards).toBeLessThanOrEqual(2 * total(backup.shardsBySite) / 6)

    // degraded because the lost site's shards are unreachable: the copies rule breaks
    const down = phase(report, 'site-down')
    expect(down.site).toBe(LOST_SITE)
    expect(down.rules.copies).toBe(false)
    expect(down.problems.some(p => /^copies: [45] of 6 shards reachable$/.test(p)), down.problems.join('; ')).toBe(true)

    const restore = phase(report, 'restore')
    expect(restore).toMatchObject({ files: SAMPLE_FILES, entries: SAMPLE_FILES + SAMPLE_DIRS, mismatched: 0 })

    // compliant with the site still down: every shard it held was rebuilt elsewhere
    // (repair also rebuilds the lost shards of index packs, which the snapshot's count leaves out)
    const repair = phase(report, 'repair')
    expect(repair.rules).toEqual(ALL_RULES)
    expect(repair.problems).toEqual([])
    expect(repair.shardsBySite[LOST_SITE] ?? 0).toBe(0)
    expect(repair.repairedShards).toBeGreaterThanOrEqual(lostShards)
    expect(total(repair.shardsBySite)).toBe(total(backup.shardsBySite))

    // the human steps, on stderr with --json, tell the same story in the same order
    const verdicts = [...stderr.matchAll(/snapshot [0-9a-f]{8}: ([A-Z-]+) —/g)].map(m => m[1])
    expect(verdicts).toEqual(['COMPLIANT', 'DEGRADED', 'COMPLIANT'])
    const at = (re: RegExp): number => stderr.search(re)
    expect(at(/files and folders identical/)).toBeGreaterThan(stderr.indexOf('DEGRADED'))
    expect(at(/demo finished/)).toBeGreaterThan(stderr.lastIndexOf('COMPLIANT'))
  }, 200_000)
})
