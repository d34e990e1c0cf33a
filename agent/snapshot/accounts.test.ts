import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AccountTable, AccountsFileError, MAX_ACCOUNTS_FILE_BYTES, loadAccounts } from './accounts.js'

let dir: string
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-accounts-')) })
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('accounts', () => {
  it('parses passwd-style lines both ways; the first entry wins; comments, NIS and bad lines skipped', () => {
    const t = AccountTable.parse([
      '# comment', 'root:x:0:0:root:/root:/bin/bash', 'postgres:x:105:110::/var/lib/postgresql:/bin/sh',
      'toor:x:0:0::/root:/bin/sh', 'root:x:7:7::/:/bin/sh', '+nis', '-nis', 'bad:x:notanumber:1', 'short:x', ':x:9:9', 'big:x:99999999999:1', ''
    ].join('\n'))
    expect([t.nameOf(0), t.nameOf(105), t.nameOf(7), t.nameOf(9)]).toEqual(['root', 'postgres', 'root', undefined])
    expect([t.idOf('root'), t.idOf('toor'), t.idOf('postgres'), t.idOf('bad'), t.idOf('big'), t.idOf('+nis')]).toEqual([0, 0, 105, undefined, undefined, undefined])
  })

  it('loads the two files; a missing file is an empty table; an oversized one is refused', async () => {
    await writeFile(join(dir, 'passwd'), 'alice:x:1234:1234::/home/alice:/bin/sh\n')
    await writeFile(join(dir, 'group'), 'shadow:x:42:\nstaff:x:5678:alice\n')
    const a = await loadAccounts({ passwd: join(dir, 'passwd'), group: join(dir, 'group') })
    expect([a.users.nameOf(1234), a.groups.nameOf(5678), a.groups.idOf('shadow')]).toEqual(['alice', 'staff', 42])
    const none = await loadAccounts({ passwd: join(dir, 'nope'), group: join(dir, 'nope') })
    expect(none.users.nameOf(0)).toBeUndefined()
    await writeFile(join(dir, 'huge'), '')
    await truncate(join(dir, 'huge'), MAX_ACCOUNTS_FILE_BYTES + 1)
    await expect(loadAccounts({ passwd: join(dir, 'huge'), group: join(dir, 'group') })).rejects.toThrow(AccountsFileError)
  })

  it('reads this system\'s files: uid 0 is root where /etc/passwd has it', async () => {
    const a = await loadAccounts()
    if (a.users.idOf('root') !== undefined) expect(a.users.nameOf(0)).toBe('root')
  })
})
