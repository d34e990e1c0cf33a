/**
 * meshbackup vs restic on the anchor corpus of ../shared/bench/make-corpus.
 *
 *   npx tsc -p . && node --import ./dist/agent/polyfill.js dist/test/bench/compare-restic.js [--small] [--json] [--no-restic] [--keep]
 *
 * --small   ~100 MiB corpus instead of ~1 GiB
 * --json    one JSON object on stdout instead of the Markdown table
 * --no-restic  meshbackup only (e.g. under `node --cpu-prof`)
 * --keep    leave the scratch copies, repositories and restores in .bench/
 *
 * The figures are also written to .bench/compare-restic-{full,small}[-mesh-only].json.
 *
 * The corpus is built once into .bench/corpus-full (or .bench/corpus-small) and
 * copied (`cp -a`) to a working copy, .bench/compare-work/corpus. Both tools
 * back up that same working copy, in this order, in one session:
 *
 *   1. meshbackup first backup, restic first backup   (generation 0)
 *   2. make-corpus --mutate on the working copy        (once: generation 1)
 *   3. meshbackup incremental, restic incremental      (generation 1)
 *   4. meshbackup restore, restic restore, each checked with `diff -r`
 *      against the working copy
 *
 * So both start from the same unmutated tree and see the same mutation.
 *
 * meshbackup runs in-process, like bench.ts: a repository with the real key
 * settings (scrypt logN 15) and default settings (RS 4+2, default chunker,
 * pack size), six local shard stores. "Stored" is the sum of the file sizes in
 * the six store folders (data + parity); the index (LevelDB) is given apart.
 * restic runs as a child process (under /usr/bin/time -v when present, for its
 * peak RSS and CPU time), repository format version 2, compression "auto"
 * (restic's default), its cache in .bench/restic-cache; "repo bytes" is
 * `du -sb` of the repository.
 *
 * Rates are MB/s (10^6 bytes per second) of the tree's size (all regular files
 * of the corpus at that generation) over wall time, for both tools, so the
 * incremental rate says how fast a whole tree is brought up to date. The bytes
 * meshbackup actually read in the incremental run are given too. meshbackup
 * wall times exclude opening the repository (done once, before); restic's
 * include its start-up, key derivation and index loading, per command. Reads
 * come from a warm page cache (the working copy was just written).
 */
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { backup } from '../../agent/backup/archiver.js'
import { findSnapshot } from '../../agent/snapshot/snapshots.js'
import { Repository } from '../../agent/repository/repository.js'
import { LocalShardPeer } from '../../agent/repository/shard-peer.js'
import { restore } from '../../agent/restore/restorer.js'
import { ShardStore } from '../../store/shard-store.js'
import { BENCH_DIR, MAKE_CORPUS, corpusDir, ensureCorpus } from './corpus.js'
import { MB, MiB, duBytes, ensureAgentRuntime, execFileP, log, mib, resticSummary, round, run, sameTree, secsSince, treeBytes } from './tools.js'
import type { Run } from './tools.js'

const STORES = 6
const argv = process.argv.slice(2)
const small = argv.includes('--small')
const json = argv.includes('--json')
const noRestic = argv.includes('--no-restic')
const keep = argv.includes('--keep')

const BENCH = BENCH_DIR
const CORPUS = corpusDir(small)
const SCRATCH = join(BENCH, 'compare-work')
const WORK = join(SCRATCH, 'corpus')
const MESH_REPO = join(SCRATCH, 'mesh-repo')
const MESH_RESTORE = join(SCRATCH, 'mesh-restore')
const RESTIC_REPO = join(BENCH, 'restic-repo')
const RESTIC_RESTORE = join(SCRATCH, 'restic-restore')
const RESTIC_CACHE = join(BENCH, 'restic-cache')
interface MeshPhase { secs: number, cpuSecs: number, read: number, stored: number, index: number, added: number, rssMib: number }

async function main (): Promise<void> {
  ensureAgentRuntime()
  if (!existsSync(join(CORPUS, '.anchor-corpus.json'))) log(`building the corpus into ${CORPUS} (once)…`)
  await ensureCorpus(small)
  log(`fresh working copy ${WORK}`)
  await rm(SCRATCH, { recursive: true, force: true })
  await rm(RESTIC_REPO, { recursive: true, force: true })
  await rm(RESTIC_CACHE, { recursive: true, force: true })
  await mkdir(SCRATCH, { recursive: true })
  await execFileP('cp', ['-a', CORPUS, WORK])
  const gen0 = await treeBytes(WORK)

  const storeDirs = Array.from({ length: STORES }, (_, i) => join(MESH_REPO, `store-${i}`))
  const storedBytes = async (): Promise<number> => {
    let n = 0
    for (const d of storeDirs) n += (await treeBytes(d)).bytes
    return n
  }
  const repo = await Repository.create(MESH_REPO, 'bench', { scrypt: { logN: 15, r: 8, p: 1 } })
  for (let i = 0; i < STORES; i++) {
    const s = new ShardStore(storeDirs[i])
    await s.open()
    repo.addPeer(new LocalShardPeer(`store-${i}`, s))
  }
  const meshBackup = async (type: 'full' | 'incremental'): Promise<MeshPhase> => {
    const cpu = process.cpuUsage()
    const t = performance.now()
    const res = await backup(repo, { paths: [WORK], type })
    const secs = secsSince(t)
    const c = process.cpuUsage(cpu)
    const st = res.snapshot.stats
    return {
      secs,
      cpuSecs: (c.user + c.system) / 1e6,
      read: Number(st?.bytesRead ?? 0),
      added: Number(st?.bytesAdded ?? 0),
      stored: await storedBytes(),
      index: (await treeBytes(join(MESH_REPO, 'index'))).bytes,
      rssMib: process.resourceUsage().maxRSS / 1024
    }
  }

  const resticEnv: NodeJS.ProcessEnv = { ...process.env, RESTIC_PASSWORD: 'bench', RESTIC_REPOSITORY: RESTIC_REPO, RESTIC_CACHE_DIR: RESTIC_CACHE }
  const restic = async (...args: string[]): Promise<Run> => await run('restic', args, resticEnv)
  let resticVersion = 'not run'
  let resticRepoVersion: number | undefined
  const resticBackup = async (): Promise<{ run: Run, summary: Record<string, number>, repoBytes: number }> => {
    const r = await restic('backup', '--json', WORK)
    return { run: r, summary: resticSummary(r.stdout), repoBytes: await duBytes(RESTIC_REPO) }
  }

  // 1. first backups (generation 0)
  log(`meshbackup: first backup of ${round(mib(gen0.bytes))} MiB, ${gen0.files} files…`)
  const m1 = await meshBackup('full')
  log(`  ${round(m1.secs)} s, ${round(mib(m1.stored))} MiB stored`)
  let r1: Awaited<ReturnType<typeof resticBackup>> | undefined
  if (!noRestic) {
    resticVersion = (await run('restic', ['version'])).stdout.trim()
    await restic('init', '--repository-version', '2')
    const cfg = JSON.parse((await restic('cat', 'config')).stdout) as { version?: number }
    resticRepoVersion = cfg.version
    log('restic: first backup…')
    r1 = await resticBackup()
    log(`  ${round(r1.run.secs)} s, ${round(mib(r1.repoBytes))} MiB repo`)
  }

  // 2. one mutation of the working copy (generation 1)
  log('make-corpus --mutate…')
  const mut = await execFileP(MAKE_CORPUS, ['--mutate', WORK], { maxBuffer: 64 * MiB })
  const mutateNote = (mut.stdout + mut.stderr).trim()
  const gen1 = await treeBytes(WORK)

  // 3. incrementals
  log('meshbackup: incremental backup…')
  const m2 = await meshBackup('incremental')
  log(`  ${round(m2.secs)} s, read ${round(mib(m2.read))} MiB, ${round(mib(m2.stored))} MiB stored`)
  let r2: Awaited<ReturnType<typeof resticBackup>> | undefined
  if (!noRestic) {
    log('restic: incremental backup…')
    r2 = await resticBackup()
    log(`  ${round(r2.run.secs)} s, ${round(mib(r2.repoBytes))} MiB repo`)
  }

  // 4. restores, checked against the working copy
  const problems: string[] = []
  log('meshbackup: restore latest…')
  const t = performance.now()
  const cpu = process.cpuUsage()
  const out = await restore(repo, await findSnapshot(repo, 'latest'), { target: MESH_RESTORE })
  const mRestoreSecs = secsSince(t)
  const mRestoreCpu = process.cpuUsage(cpu)
  const mRestoreRss = process.resourceUsage().maxRSS / 1024
  await repo.close()
  log(`  ${round(mRestoreSecs)} s, ${round(mib(out.bytes))} MiB`)
  if (out.bytes !== gen1.bytes) problems.push(`meshbackup restored ${out.bytes} bytes, the working copy has ${gen1.bytes}`)
  let d = await sameTree(WORK, join(MESH_RESTORE, WORK))
  if (d !== null) problems.push(`meshbackup restore differs from the working copy:\n${d}`)
  let rRestore: Run | undefined
  if (!noRestic) {
    log('restic: restore latest…')
    rRestore = await restic('restore', 'latest', '--target', RESTIC_RESTORE)
    log(`  ${round(rRestore.secs)} s`)
    d = await sameTree(WORK, join(RESTIC_RESTORE, WORK))
    if (d !== null) problems.push(`restic restore differs from the working copy:\n${d}`)
  }

  const dataShare = repo.config.k / (repo.config.k + repo.config.m)
  const cpuOf = (r: Run | undefined): number | undefined => r?.userSecs === undefined || r.sysSecs === undefined ? undefined : round(r.userSecs + r.sysSecs, 2)
  const res: Record<string, number | string | null> = {
    corpus: small ? 'small' : 'full',
    corpus_mib: round(mib(gen0.bytes)),
    corpus_files: gen0.files,
    mutated_mib: round(mib(gen1.bytes)),
    mutated_files: gen1.files,
    backup_mbps: round(gen0.bytes / MB / m1.secs),
    backup_secs: round(m1.secs, 2),
    backup_cpu_secs: round(m1.cpuSecs, 2),
    stored_after_backup_mib: round(mib(m1.stored)),
    data_share_after_backup_mib: round(mib(m1.stored) * dataShare),
    index_after_backup_mib: round(mib(m1.index), 2),
    incremental_mbps: round(gen1.bytes / MB / m2.secs),
    incremental_secs: round(m2.secs, 2),
    incremental_cpu_secs: round(m2.cpuSecs, 2),
    incremental_read_mib: round(mib(m2.read)),
    incremental_added_mib: round(mib(m2.added)),
    stored_after_incremental_mib: round(mib(m2.stored)),
    data_share_after_incremental_mib: round(mib(m2.stored) * dataShare),
    index_after_incremental_mib: round(mib(m2.index), 2),
    restore_mbps: round(out.bytes / MB / mRestoreSecs),
    restore_secs: round(mRestoreSecs, 2),
    restore_cpu_secs: round((mRestoreCpu.user + mRestoreCpu.system) / 1e6, 2),
    peak_rss_backup_mib: round(m1.rssMib),
    peak_rss_incremental_mib: round(m2.rssMib),
    peak_rss_mib: round(mRestoreRss)
  }
  if (r1 !== undefined && r2 !== undefined && rRestore !== undefined) {
    Object.assign(res, {
      restic_version: resticVersion,
      restic_repo_version: resticRepoVersion ?? null,
      restic_compression: 'auto',
      restic_backup_mbps: round(gen0.bytes / MB / r1.run.secs),
      restic_backup_secs: round(r1.run.secs, 2),
      restic_backup_cpu_secs: cpuOf(r1.run) ?? null,
      restic_stored_after_backup_mib: round(mib(r1.repoBytes)),
      restic_incremental_mbps: round(gen1.bytes / MB / r2.run.secs),
      restic_incremental_secs: round(r2.run.secs, 2),
      restic_incremental_cpu_secs: cpuOf(r2.run) ?? null,
      restic_incremental_added_mib: round(mib(r2.summary.data_added ?? 0)),
      restic_stored_after_incremental_mib: round(mib(r2.repoBytes)),
      restic_restore_mbps: round(gen1.bytes / MB / rRestore.secs),
      restic_restore_secs: round(rRestore.secs, 2),
      restic_restore_cpu_secs: cpuOf(rRestore) ?? null,
      restic_peak_rss_backup_mib: r1.run.maxRssMib === undefined ? null : round(r1.run.maxRssMib),
      restic_peak_rss_incremental_mib: r2.run.maxRssMib === undefined ? null : round(r2.run.maxRssMib),
      restic_peak_rss_restore_mib: rRestore.maxRssMib === undefined ? null : round(rRestore.maxRssMib)
    })
  }
  res.restore_verified = problems.length === 0 ? 'yes' : 'NO'

  await writeFile(join(BENCH, `compare-restic-${small ? 'small' : 'full'}${noRestic ? '-mesh-only' : ''}.json`), JSON.stringify(res, null, 2) + '\n')
  if (json) {
    process.stdout.write(JSON.stringify(res) + '\n')
  } else {
    const o = (k: string): string => { const v = res[k]; return v === undefined || v === null ? '–' : String(v) }
    const lines = [
      `Corpus: make-corpus${small ? ' --small' : ''} (${o('corpus_mib')} MiB, ${o('corpus_files')} files; after --mutate ${o('mutated_mib')} MiB, ${o('mutated_files')} files).`,
      `meshbackup: RS 4+2 into ${STORES} local shard stores, default settings; stored = files in the store folders (data + parity).`,
      noRestic ? 'restic: not run (--no-restic).' : `restic: ${resticVersion}, repository version ${o('restic_repo_version')}, compression auto; repo = du -sb.`,
      '',
      '| run | meshbackup MB/s | meshbackup stored MiB | restic MB/s | restic repo MiB |',
      '|---|---:|---:|---:|---:|',
      `| first backup | ${o('backup_mbps')} | ${o('stored_after_backup_mib')} | ${o('restic_backup_mbps')} | ${o('restic_stored_after_backup_mib')} |`,
      `| incremental after --mutate | ${o('incremental_mbps')} | ${o('stored_after_incremental_mib')} | ${o('restic_incremental_mbps')} | ${o('restic_stored_after_incremental_mib')} |`,
      `| restore | ${o('restore_mbps')} | – | ${o('restic_restore_mbps')} | – |`,
      '',
      '| detail | meshbackup | restic |',
      '|---|---:|---:|',
      `| first backup wall / CPU s | ${o('backup_secs')} / ${o('backup_cpu_secs')} | ${o('restic_backup_secs')} / ${o('restic_backup_cpu_secs')} |`,
      `| incremental wall / CPU s | ${o('incremental_secs')} / ${o('incremental_cpu_secs')} | ${o('restic_incremental_secs')} / ${o('restic_incremental_cpu_secs')} |`,
      `| incremental: read / added MiB | ${o('incremental_read_mib')} / ${o('incremental_added_mib')} | – / ${o('restic_incremental_added_mib')} |`,
      `| restore wall / CPU s | ${o('restore_secs')} / ${o('restore_cpu_secs')} | ${o('restic_restore_secs')} / ${o('restic_restore_cpu_secs')} |`,
      `| stored without parity (× ${repo.config.k}/${repo.config.k + repo.config.m}) MiB, backup / incremental | ${o('data_share_after_backup_mib')} / ${o('data_share_after_incremental_mib')} | ${o('restic_stored_after_backup_mib')} / ${o('restic_stored_after_incremental_mib')} |`,
      `| index MiB after backup / incremental | ${o('index_after_backup_mib')} / ${o('index_after_incremental_mib')} | (in repo) |`,
      `| peak RSS MiB: backup / incremental / restore | ${o('peak_rss_backup_mib')} / ${o('peak_rss_incremental_mib')} / ${o('peak_rss_mib')} (process, cumulative) | ${o('restic_peak_rss_backup_mib')} / ${o('restic_peak_rss_incremental_mib')} / ${o('restic_peak_rss_restore_mib')} |`,
      '',
      `MB/s = 10^6 bytes of the whole tree per wall-clock second. Restores verified with diff -r: ${o('restore_verified')}.`,
      `--mutate: ${mutateNote.split('\n').join(' ')}`
    ]
    process.stdout.write(lines.join('\n') + '\n')
  }
  for (const p of problems) log(`PROBLEM: ${p}`)
  if (problems.length > 0) process.exitCode = 2

  if (!keep) {
    await rm(SCRATCH, { recursive: true, force: true })
    await rm(RESTIC_REPO, { recursive: true, force: true })
    await rm(RESTIC_CACHE, { recursive: true, force: true })
  }
}

main().catch(err => {
  process.stderr.write(`compare-restic failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exitCode = 1
})
