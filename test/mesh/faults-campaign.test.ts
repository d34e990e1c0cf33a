/**
 * CI runs the fault campaign (test/faults/campaign.ts) on its cheap cases:
 * `--quick --json` of kill-origin-backup and secrets-logs, real agent
 * processes from dist/, and asserts every trial held every invariant.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../agent/runtime.js'
import type { CampaignResult } from '../faults/types.js'
import { ROOT } from './harness.js'

const CAMPAIGN = join(ROOT, 'dist/test/faults/campaign.js')

async function campaign (args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  return await new Promise(resolve => {
    execFile(process.execPath, [...NODE_FLAGS, '--import', join(ROOT, 'dist/agent/polyfill.js'), CAMPAIGN, ...args], { timeout: 170_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1
      resolve({ code, stdout, stderr })
    })
  })
}

describe('the fault campaign', () => {
  it('refuses an unknown case by name', async () => {
    const r = await campaign(['--case', 'nosuch'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--case: no case "nosuch" \(cases: kill-origin-backup/)
  })

  it('runs kill-origin-backup and secrets-logs --quick with no failure', async () => {
    const r = await campaign(['--quick', '--json', '--case', 'kill-origin-backup,secrets-logs'])
    const out = JSON.parse(r.stdout) as CampaignResult
    expect(Object.keys(out.cases)).toEqual(['kill-origin-backup', 'secrets-logs'])
    for (const [name, c] of Object.entries(out.cases)) {
      expect({ name, failed: c.failed }).toEqual({ name, failed: [] })
      expect(c.trials).toBeGreaterThanOrEqual(1)
      expect(c.failures).toBe(0)
    }
    expect(r.code).toBe(0)
  }, 180_000)
})
