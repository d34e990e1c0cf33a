/**
 * Accounts: user and group names by number and numbers by name, read from
 * /etc/passwd and /etc/group (a backup stores the names beside uid and gid;
 * a restore as root maps them back by name where the target knows the name).
 *
 * The files are parsed here rather than through an npm package: Node has no
 * getpwuid/getgrgid (os.userInfo() answers for the current user only), and the
 * packages that wrap them (`userid`, `posix`) are native addons that would be
 * compiled on install. The cost: names only NSS knows (LDAP, sssd) are not
 * seen; such an owner is stored and restored by number, as restic does when
 * a lookup fails.
 */
import { open } from 'node:fs/promises'

/** Most bytes read of /etc/passwd or /etc/group. */
export const MAX_ACCOUNTS_FILE_BYTES = 16 * 1024 * 1024

export class AccountsFileError extends Error {
  override name = 'AccountsFileError'
}

/** One of the two tables: name ↔ number, the first entry of each winning (as getpwnam walks the file). */
export class AccountTable {
  private readonly byId = new Map<number, string>()
  private readonly byName = new Map<string, number>()

  /** Lines `name:password:number:…`; comments, blank and NIS (+/-) lines skipped. */
  static parse (text: string): AccountTable {
    const t = new AccountTable()
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('+') || line.startsWith('-')) continue
      const f = line.split(':')
      if (f.length < 3 || f[0] === '' || !/^\d{1,10}$/.test(f[2])) continue
      const id = Number(f[2])
      if (id > 0xffffffff) continue
      if (!t.byId.has(id)) t.byId.set(id, f[0])
      if (!t.byName.has(f[0])) t.byName.set(f[0], id)
    }
    return t
  }

  nameOf (id: number): string | undefined {
    return this.byId.get(id)
  }

  idOf (name: string): number | undefined {
    return this.byName.get(name)
  }
}

export interface Accounts {
  users: AccountTable
  groups: AccountTable
}

/** The system's accounts (a missing file is an empty table: containers may have none). */
export async function loadAccounts (files: { passwd?: string, group?: string } = {}): Promise<Accounts> {
  return {
    users: AccountTable.parse(await readSmall(files.passwd ?? '/etc/passwd')),
    groups: AccountTable.parse(await readSmall(files.group ?? '/etc/group'))
  }
}

async function readSmall (path: string): Promise<string> {
  let fh
  try {
    fh = await open(path, 'r')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw err
  }
  try {
    const st = await fh.stat()
    if (st.size > MAX_ACCOUNTS_FILE_BYTES) throw new AccountsFileError(`${path} is ${st.size} bytes, more than the ${MAX_ACCOUNTS_FILE_BYTES} read`)
    const buf = Buffer.alloc(Math.min(Number(st.size), MAX_ACCOUNTS_FILE_BYTES) + 1)
    let len = 0
    while (len < buf.byteLength) {
      const { bytesRead } = await fh.read(buf, len, buf.byteLength - len, len)
      if (bytesRead === 0) break
      len += bytesRead
    }
    if (len > MAX_ACCOUNTS_FILE_BYTES) throw new AccountsFileError(`${path} grew beyond the ${MAX_ACCOUNTS_FILE_BYTES} bytes read`)
    return buf.subarray(0, len).toString('utf8')
  } finally {
    await fh.close()
  }
}
