/** The README's main command: `meshbackup demo` runs end to end and exits 0. */
import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { BIN } from './mesh/harness.js'

describe('meshbackup demo', () => {
  it('backs up, loses a site, restores every byte, repairs to compliant', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number, stdout: string, stderr: string }>(resolve => {
      execFile(process.execPath, [BIN, 'demo', '--size', '8'], { timeout: 180_000 }, (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : Number((err as { code?: number }).code ?? 1), stdout, stderr })
      })
    })
    expect(code, stderr).toBe(0)
    expect(stdout).toMatch(/COMPLIANT/)
    expect(stdout).toMatch(/DEGRADED/)
    expect(stdout).toMatch(/files and folders identical/)
    expect(stdout).toMatch(/demo finished/)
  }, 200_000)
})
