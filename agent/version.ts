/**
 * The software version, from package.json (its one home). Read once at load:
 * the nearest package.json named "meshbackup" above this module (the source
 * tree or dist/ alike).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function readVersion (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string, version?: string }
      if (pkg.name === 'meshbackup' && typeof pkg.version === 'string') return pkg.version
    }
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json of meshbackup not found above ' + fileURLToPath(import.meta.url))
    dir = up
  }
}

export const VERSION: string = readVersion()
