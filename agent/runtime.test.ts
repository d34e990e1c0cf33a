import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { NODE_FLAGS, RUNTIME_ENV, nodeRuntime } from './runtime.js'

const binTs = fileURLToPath(new URL('../cli/bin.ts', import.meta.url))
const runtimeJs = fileURLToPath(new URL('../dist/agent/runtime.js', import.meta.url))

describe('agent runtime settings', () => {
  const shebang = readFileSync(binTs, 'utf8').split('\n')[0]

  it('cli/bin.ts starts node with the same settings as nodeRuntime()', () => {
    const env = Object.entries(RUNTIME_ENV).map(([k, v]) => `${k}=${v}`).join(' ')
    expect(shebang).toBe(`#!/usr/bin/env -S ${env} node ${NODE_FLAGS.join(' ')}`)
  })

  it('a process started by that line, or with nodeRuntime(), has the runtime', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mb-runtime-'))
    try {
      const script = join(dir, 'probe.mjs')
      await writeFile(script, `const m = await import(${JSON.stringify(runtimeJs)}); process.stdout.write(String(m.hasRuntime()))\n`)
      // what the kernel does with the #! line: run /usr/bin/env with the rest as one argument, then the script
      const [interp, arg] = shebang.slice(2).split(/ (.*)/s)
      const viaShebang = spawnSync(interp, [arg, script], { encoding: 'utf8', env: { PATH: process.env.PATH } })
      expect(viaShebang.stderr).toBe('')
      expect(viaShebang.stdout).toBe('true')
      const rt = nodeRuntime({ PATH: process.env.PATH })
      expect(spawnSync(process.execPath, [...rt.flags, script], { encoding: 'utf8', env: rt.env }).stdout).toBe('true')
      expect(spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH } }).stdout).toBe('false')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
