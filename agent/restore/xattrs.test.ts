import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import type { TreeNode } from '../snapshot/tree.js'
import { listXattrs } from '../util/xattr.js'
import { XattrSetter } from './xattrs.js'

let work: string
beforeAll(async () => { work = await mkdtemp(join(tmpdir(), 'mb-xattrs-set-')) })
afterAll(async () => { await rm(work, { recursive: true, force: true }) })

function node (...names: string[]): TreeNode {
  return {
    name: 'n', type: pb.NodeType.NODE_FILE, mode: 0o600, mtimeSec: 0, mtimeNsec: 0, size: 0, content: [], inode: 0, dev: 0, uid: 0, gid: 0,
    xattrs: names.map(n => ({ name: Buffer.from(n), value: Buffer.from(n.toUpperCase()) }))
  }
}

describe('XattrSetter', () => {
  it('sets attributes in their order; nothing to say when all were set', async () => {
    const f = join(work, 'f')
    await writeFile(f, '')
    const warnings: string[] = []
    const s = new XattrSetter(warnings)
    await s.set(f, node('user.z', 'user.a', 'user.m'))
    s.finish()
    expect(warnings).toEqual([])
    expect(await listXattrs(f)).toEqual(['user.z', 'user.a', 'user.m'])
  })

  it('what a target file system cannot take, or a byte-named file, is counted for one line with the first example', async () => {
    const warnings: string[] = []
    const s = new XattrSetter(warnings)
    await s.set('/proc/self/status', node('user.a', 'user.b')) // procfs: no user attributes
    await s.set(Buffer.concat([Buffer.from(work + '/'), Buffer.from([0xff])]), node('user.c'))
    s.finish()
    expect(warnings).toEqual(['3 extended attributes were not restored (the first: user.a on /proc/self/status: not supported by the file system)'])
  })
})
