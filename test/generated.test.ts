/**
 * Generated code is committed; it must be what the generators make from the
 * sources today (protobuf schemas → proto/gen, kernel.wat → kernel-wasm.ts).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
/** The schemas in proto/, each generated into its own module. */
const SCHEMAS = readdirSync(join(root, 'proto')).filter(f => f.endsWith('.proto')).map(f => f.slice(0, -'.proto'.length))

describe('generated code has not drifted', () => {
  it('proto/gen matches the .proto files', () => {
    const out = mkdtempSync(join(root, 'node_modules', '.mb-drift-proto-'))
    try {
      execFileSync('sh', [join(root, 'proto/gen.sh'), out], { cwd: root, stdio: 'pipe' })
      const made = readdirSync(out).sort()
      // one module and its declarations per schema, nothing else
      expect(made).toEqual(SCHEMAS.flatMap(s => [`${s}.d.ts`, `${s}.js`]).sort())
      expect(readdirSync(join(root, 'proto/gen')).sort(), 'proto/gen holds other files: run npm run proto:gen').toEqual(made)
      for (const f of made) {
        expect(readFileSync(join(out, f), 'utf8'), `${f}: run npm run proto:gen`).toBe(readFileSync(join(root, 'proto/gen', f), 'utf8'))
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('agent/erasure/kernel-wasm.ts matches kernel.wat', () => {
    const dir = mkdtempSync(join(root, 'node_modules', '.mb-drift-wasm-'))
    try {
      mkdirSync(dir, { recursive: true })
      for (const f of ['build-kernel.mjs', 'kernel.wat']) copyFileSync(join(root, 'agent/erasure', f), join(dir, f))
      execFileSync(process.execPath, [join(dir, 'build-kernel.mjs')], { cwd: root, stdio: 'pipe' })
      expect(readFileSync(join(dir, 'kernel-wasm.ts'), 'utf8'), 'run npm run wasm:gen').toBe(readFileSync(join(root, 'agent/erasure/kernel-wasm.ts'), 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
