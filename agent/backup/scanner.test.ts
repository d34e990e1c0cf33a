import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileExcludes } from './exclude.js'
import { scanTotals } from './scanner.js'

const dirs: string[] = []
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }) })

describe('scanTotals', () => {
  it('counts files, folders and bytes, honouring excludes the way the archiver does', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mb-scan-'))
    dirs.push(root)
    await mkdir(join(root, 'a/cache'), { recursive: true })
    await writeFile(join(root, 'a/one.txt'), 'x'.repeat(100))
    await writeFile(join(root, 'a/two.log'), 'y'.repeat(50))
    await writeFile(join(root, 'a/cache/big'), 'z'.repeat(1000))
    await symlink('one.txt', join(root, 'a/link'))
    expect(await scanTotals([root], undefined)).toEqual({ files: 4, dirs: 3, bytes: 1150 })
    expect(await scanTotals([root], compileExcludes(['*.log', 'cache/']))).toEqual({ files: 2, dirs: 2, bytes: 100 })
    expect(await scanTotals([join(root, 'missing')], undefined)).toEqual({ files: 0, dirs: 0, bytes: 0 })
  })
})
