import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setXattr } from '../util/xattr.js'
import { readXattrs } from './xattrs.js'

const ROOT = process.getuid?.() === 0
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mb-xattrs-read-'))
  await chmod(work, 0o755)
})
afterAll(async () => { await rm(work, { recursive: true, force: true }) })

const text = (read: Awaited<ReturnType<typeof readXattrs>>): Array<[string, string]> => (read.xattrs ?? []).map(x => [Buffer.from(x.name).toString(), Buffer.from(x.value).toString('hex')])

describe('readXattrs', () => {
  it('reads every attribute of a file and a directory, in the order listed, values as bytes (an empty one too)', async () => {
    const f = join(work, 'f')
    await writeFile(f, 'x')
    await setXattr(f, 'user.b', Buffer.from([0, 0xff]))
    await setXattr(f, 'user.a', Buffer.alloc(0))
    const read = await readXattrs(f, false)
    expect(read.warning).toBeUndefined()
    expect(text(read)).toEqual([['user.b', '00ff'], ['user.a', '']])
    await mkdir(join(work, 'd'))
    await setXattr(join(work, 'd'), 'user.dir', Buffer.from('d'))
    expect(text(await readXattrs(join(work, 'd'), true))).toEqual([['user.dir', '64']])
    expect(await readXattrs(join(work, 'd', 'none'), false)).toEqual({}) // gone: nothing to read, no warning
    expect(await readXattrs('/proc/self/status', false)).toEqual({}) // a file system without attributes: silent
  })

  it.skipIf(!ROOT)("a symlink's own attributes, not its target's (needs root: trusted.*)", async () => {
    await writeFile(join(work, 'target'), 't')
    await setXattr(join(work, 'target'), 'user.target', Buffer.from('t'))
    await symlink('target', join(work, 'ln'))
    await setXattr(join(work, 'ln'), 'trusted.own', Buffer.from('l'))
    expect(text(await readXattrs(join(work, 'ln'), false))).toEqual([['trusted.own', '6c']])
  })

  it('paths that are not UTF-8: reached through the parent (or, for a directory, itself); a byte-named file is unreachable', async () => {
    const dir = Buffer.concat([Buffer.from(work + '/'), Buffer.from([0x64, 0xff])])
    await mkdir(dir)
    const inner = Buffer.concat([dir, Buffer.from('/inner')])
    await writeFile(inner, 'i')
    // set through a UTF-8 alias of the same folder
    await symlink(dir, join(work, 'alias'))
    await setXattr(join(work, 'alias', 'inner'), 'user.inner', Buffer.from('i'))
    await setXattr(join(work, 'alias') + '/.', 'user.dir', Buffer.from('d'))
    expect(text(await readXattrs(inner, false))).toEqual([['user.inner', '69']])
    expect(text(await readXattrs(dir, true))).toEqual([['user.dir', '64']])
    const badFile = Buffer.concat([dir, Buffer.from([0x2f, 0x66, 0xfe])])
    await writeFile(badFile, 'b')
    expect(await readXattrs(badFile, false)).toEqual({ unreachable: true })
  })

  it.skipIf(!ROOT)('an attribute that exists but cannot be read is a warning naming it (read as uid 65534; needs root)', async () => {
    const f = join(work, 'private')
    await writeFile(f, 'secret', { mode: 0o600 })
    await setXattr(f, 'user.secret', Buffer.from('s'))
    const { setegid, seteuid } = process as Required<Pick<NodeJS.Process, 'setegid' | 'seteuid'>>
    setegid(65534)
    seteuid(65534)
    let read
    try {
      read = await readXattrs(f, false)
    } finally {
      seteuid(0)
      setegid(0)
    }
    expect(read).toEqual({ warning: `cannot read extended attribute user.secret of ${f}: it exists but could not be read (permission denied?)` })
  })
})
