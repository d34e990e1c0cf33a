import { describe, expect, it } from 'vitest'
import { pb } from '../../proto/index.js'
import { AccountTable } from '../snapshot/accounts.js'
import type { TreeNode } from '../snapshot/tree.js'
import { OwnerSetter } from './owners.js'

const accounts = { users: AccountTable.parse('postgres:x:105:110::/:/bin/sh\n'), groups: AccountTable.parse('shadow:x:42:\n') }

function node (uid: number, gid: number, user?: string, group?: string): TreeNode {
  return { name: 'n', type: pb.NodeType.NODE_FILE, mode: 0o600, mtimeSec: 0, mtimeNsec: 0, size: 0, content: [], inode: 0, dev: 0, uid, gid, user, group }
}

describe('OwnerSetter', () => {
  it('maps names this host knows, else keeps the numbers; numbers only without accounts', () => {
    const byName = new OwnerSetter(accounts, [], { uid: 0, gid: 0 })
    expect(byName.ownerOf(node(999, 998, 'postgres', 'shadow'))).toEqual({ uid: 105, gid: 42 })
    expect(byName.ownerOf(node(1234, 5678, 'nobody-here', 'nogroup-here'))).toEqual({ uid: 1234, gid: 5678 })
    expect(byName.ownerOf(node(1234, 5678))).toEqual({ uid: 1234, gid: 5678 })
    expect(new OwnerSetter(undefined, [], { uid: 0, gid: 0 }).ownerOf(node(999, 998, 'postgres', 'shadow'))).toEqual({ uid: 999, gid: 998 })
  })

  it('as root chowns and turns a failure into a warning in words', async () => {
    const warnings: string[] = []
    const s = new OwnerSetter(accounts, warnings, { uid: 0, gid: 0 })
    const calls: Array<[number, number]> = []
    await s.set('/t/a', node(999, 998, 'postgres', 'shadow'), async (u, g) => { calls.push([u, g]) })
    await s.set('/t/b', node(7, 8), async () => { throw Object.assign(new Error('EPERM: nope'), { code: 'EPERM' }) })
    await expect(s.set('/t/c', node(7, 8), async () => { throw new Error('a bug') })).rejects.toThrow('a bug')
    s.finish()
    expect(calls).toEqual([[105, 42]])
    expect(warnings).toEqual(['cannot set the owner of /t/b to 7:8: operation not permitted'])
  })

  it('not as root changes nothing and says so once, counting only owners other than its own', async () => {
    const warnings: string[] = []
    const s = new OwnerSetter(accounts, warnings, { uid: 1000, gid: 1000 })
    const never = async (): Promise<void> => { throw new Error('must not chown') }
    for (const n of [node(1234, 5678), node(0, 0), node(1000, 1000), node(1000, 5)]) await s.set('/t/x', n, never)
    s.finish()
    expect(warnings).toEqual(['owners not restored: not running as root (3 files and folders keep uid 1000, gid 1000 instead of their own)'])
    const none: string[] = []
    new OwnerSetter(accounts, none, { uid: 1000, gid: 1000 }).finish()
    expect(none).toEqual([])
  })
})
