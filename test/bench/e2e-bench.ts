/**
 * `npm run bench:e2e [-- --small] [-- --json]`: meshbackup end to end, from the
 * CLI through real agent processes, next to restic on the same corpus in the
 * same run.
 *
 * Six agents in three sites on 127.0.0.1 (hq, branch, cloud; two each, four
 * media kinds), RS 4+2 under the default 3-2-1 policy. The origin is agent a
 * (hq). The corpus of ../shared/bench/make-corpus (1 GiB; `--small` ~100 MiB)
 * is copied to a working copy that both tools back up, in this order:
 *
 *   1. first backup               meshbackup, then restic
 *   2. make-corpus --mutate       (once)
 *   3. incremental backup         meshbackup, then restic
 *   4. restore, all agents up     meshbackup, then restic; both `diff -r`-checked
 *   5. check --read-data          meshbackup, then restic
 *   6. restore with the branch site down (its two agents stopped): meshbackup
 *      only; restic has no sites, so restic_restore_site_down_mbps repeats its
 *      plain restore figure as the reference
 *
 * Rates are MB/s (10^6 bytes/s) of the tree's size over wall time, measured
 * around the CLI command (process start included, as for restic). check's rate
 * is over the same tree size. Peak RSS per agent is the kernel's VmHWM, reset
 * before each phase (/proc/PID/clear_refs); restic's comes from /usr/bin/time.
 * The agents' folders live under .bench/ on the same disk as restic's
 * repository. The figures are also written to .bench/e2e-{full,small}.json;
 * `npm run -s bench:e2e -- --json` keeps npm's banner off stdout.
 */
import '../../agent/polyfill.js'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MeshHarness, THREE_SITES } from '../mesh/harness.js'
import { BENCH_DIR, MAKE_CORPUS, corpusDir, ensureCorpus } from './corpus.js'
import { MB, MiB, duBytes, execFileP, log, mib, round, run, sameTree, secsSince, treeBytes } from './tools.js'
import type { Run } from './tools.js'
import type { BackupResponse, CheckResponse } from '../../agent/control/api.js'

const argv = process.argv.slice(2)
const small = argv.includes('--small')
const json = argv.includes('--json')
const noRestic = argv.includes('--no-restic')

const SCRATCH = join(BENCH_DIR, 'e2e-work')
const WORK = join(SCRATCH, 'corpus')
const RESTORE_UP = join(SCRATCH, 'restore-up')
const RESTORE_DOWN = join(SCRATCH, 'restore-site-down')
const RESTIC_REPO = join(SCRATCH, 'restic-repo')
const RESTIC_RESTORE = join(SCRATCH, 'restic-restore')
const RESTIC_CACHE = join(SCRATCH, 'restic-cache')

const AGENTS = THREE_SITES

/** Peak RSS (VmHWM) of a live process, in MiB; reset=true starts a new peak. */
async function peakRss (pid: number | undefined, reset = false): Promise<number | undefined> {
  if (pid === undefined) return undefined
  try {
    if (reset) { await writeFile(`/proc/${pid}/clear_refs`, '5'); return undefined }
    const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))
    return m === null ? undefined : Number(m[1]) / 1024
  } catch {
    return undefined // not Linux, or the process is gone
  }
}

async function main (): Promise<void> {
  if (!existsSync(join(corpusDir(small), '.anchor-corpus.json'))) log(`building the corpus into ${corpusDir(small)} (once)…`)
  const corpus = await ensureCorpus(small)
  await rm(SCRATCH, { recursive: true, force: true })
  await mkdir(SCRATCH, { recursive: true })
  await execFileP('cp', ['-a', corpus, WORK])
  const gen0 = await treeBytes(WORK)

  // The agents' folders next to restic's repository (same disk), not in /tmp.
  process.env.TMPDIR = SCRATCH
  const h = new MeshHarness()
  await h.setup()
  const rss: Record<string, Record<string, number>> = {}
  /** Run one timed meshbackup phase, recording every live agent's peak RSS. */
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<{ secs: number, out: T }> => {
    const live = [...h.agents.values()].filter(a => a.proc !== undefined)
    await Promise.all(live.map(async a => await peakRss(a.proc?.pid, true)))
    const t = performance.now()
    const out = await fn()
    const secs = secsSince(t)
    for (const a of live) {
      const p = await peakRss(a.proc?.pid)
      if (p !== undefined) (rss[a.name] ??= {})[name] = round(p)
    }
    log(`  meshbackup ${name}: ${round(secs, 2)} s`)
    return { secs, out }
  }
  const problems: string[] = []
  const results: Record<string, number | string | null | Record<string, Record<string, number>>> = {}
  try {
    log('starting 6 agents in 3 sites (RS 4+2, 3-2-1 policy)…')
    await h.mesh(AGENTS, { fastHeartbeat: true })
    const data = h.get('a').dir
    await h.waitForMembers('a', 5)

    const resticEnv: NodeJS.ProcessEnv = { ...process.env, RESTIC_PASSWORD: 'bench', RESTIC_REPOSITORY: RESTIC_REPO, RESTIC_CACHE_DIR: RESTIC_CACHE }
    const restic = async (...args: string[]): Promise<Run> => await run('restic', args, resticEnv)
    if (!noRestic) await restic('init', '--repository-version', '2')

    log(`first backup of ${round(mib(gen0.bytes))} MiB, ${gen0.files} files…`)
    const b1 = await phase('backup', async () => await h.cliOk(['backup', '--json', '--data', data, WORK]))
    const r1 = noRestic ? undefined : await restic('backup', '--json', WORK)
    if (r1 !== undefined) log(`  restic backup: ${round(r1.secs, 2)} s`)

    log('make-corpus --mutate…')
    await execFileP(MAKE_CORPUS, ['--mutate', WORK], { maxBuffer: 64 * MiB })
    const gen1 = await treeBytes(WORK)

    log('incremental backup…')
    const b2 = await phase('incremental', async () => await h.cliOk(['backup', '--json', '--data', data, WORK]))
    const r2 = noRestic ? undefined : await restic('backup', '--json', WORK)
    if (r2 !== undefined) log(`  restic incremental: ${round(r2.secs, 2)} s`)
    const stats2 = (JSON.parse(b2.out) as BackupResponse).snapshot.stats

    log('restore, all agents up…')
    const up = await phase('restore', async () => await h.cliOk(['restore', 'latest', '--json', '--data', data, '--target', RESTORE_UP]))
    let d = await sameTree(WORK, join(RESTORE_UP, WORK))
    if (d !== null) problems.push(`meshbackup restore differs from the working copy:\n${d}`)
    await rm(RESTORE_UP, { recursive: true, force: true })
    const r3 = noRestic ? undefined : await restic('restore', 'latest', '--target', RESTIC_RESTORE)
    if (r3 !== undefined) {
      log(`  restic restore: ${round(r3.secs, 2)} s`)
      d = await sameTree(WORK, join(RESTIC_RESTORE, WORK))
      if (d !== null) problems.push(`restic restore differs from the working copy:\n${d}`)
      await rm(RESTIC_RESTORE, { recursive: true, force: true })
    }

    log('check --read-data…')
    const ck = await phase('check', async () => await h.cliJson<CheckResponse>(['check', '--read-data', '--json', '--data', data]))
    if (ck.out.problems.length > 0) problems.push(`meshbackup check --read-data found ${ck.out.problems.length} problems`)
    const r4 = noRestic ? undefined : await restic('check', '--read-data')
    if (r4 !== undefined) log(`  restic check --read-data: ${round(r4.secs, 2)} s`)

    log('stopping the branch site (agents c and d)…')
    await Promise.all([h.stop('c'), h.stop('d')])
    await h.waitFor('the branch site to be seen down', async () => (await h.status('a')).peers.filter(p => p.up).length === 3, 60_000)
    log('restore with one site down…')
    const down = await phase('restore_site_down', async () => await h.cliOk(['restore', 'latest', '--json', '--data', data, '--target', RESTORE_DOWN]))
    d = await sameTree(WORK, join(RESTORE_DOWN, WORK))
    if (d !== null) problems.push(`meshbackup restore (site down) differs from the working copy:\n${d}`)
    await rm(RESTORE_DOWN, { recursive: true, force: true })

    let shardBytes = 0
    for (const a of AGENTS) shardBytes += await duBytes(join(h.get(a.name).dir, 'shards'))
    const peak = Math.max(...Object.values(rss).flatMap(x => Object.values(x)))
    Object.assign(results, {
      corpus: small ? 'small' : 'full',
      corpus_mib: round(mib(gen0.bytes)),
      corpus_files: gen0.files,
      agents: AGENTS.length,
      sites: 3,
      backup_mbps: round(gen0.bytes / MB / b1.secs),
      backup_secs: round(b1.secs, 2),
      incremental_mbps: round(gen1.bytes / MB / b2.secs),
      incremental_secs: round(b2.secs, 2),
      incremental_read_mib: round(mib(Number(stats2.bytesRead ?? 0))),
      incremental_added_mib: round(mib(Number(stats2.bytesAdded ?? 0))),
      restore_mbps: round(gen1.bytes / MB / up.secs),
      restore_secs: round(up.secs, 2),
      restore_site_down_mbps: round(gen1.bytes / MB / down.secs),
      restore_site_down_secs: round(down.secs, 2),
      check_mbps: round(gen1.bytes / MB / ck.secs),
      check_secs: round(ck.secs, 2),
      check_shard_mib_read: round(mib(ck.out.bytesRead)),
      stored_shards_mib: round(mib(shardBytes)),
      peak_rss_mib: round(peak),
      peak_rss_per_agent_mib: rss
    })
    if (r1 !== undefined && r2 !== undefined && r3 !== undefined && r4 !== undefined) {
      const maxRss = Math.max(...[r1, r2, r3, r4].map(r => r.maxRssMib ?? 0))
      Object.assign(results, {
        restic_backup_mbps: round(gen0.bytes / MB / r1.secs),
        restic_backup_secs: round(r1.secs, 2),
        restic_incremental_mbps: round(gen1.bytes / MB / r2.secs),
        restic_incremental_secs: round(r2.secs, 2),
        restic_restore_mbps: round(gen1.bytes / MB / r3.secs),
        restic_restore_secs: round(r3.secs, 2),
        restic_restore_site_down_mbps: round(gen1.bytes / MB / r3.secs),
        restic_check_mbps: round(gen1.bytes / MB / r4.secs),
        restic_check_secs: round(r4.secs, 2),
        restic_stored_mib: round(mib(await duBytes(RESTIC_REPO))),
        restic_peak_rss_mib: maxRss > 0 ? round(maxRss) : null
      })
    }
    results.verified = problems.length === 0 ? 'yes' : 'NO'
  } finally {
    await h.teardown()
    await rm(SCRATCH, { recursive: true, force: true })
  }
  await writeFile(join(BENCH_DIR, `e2e-${small ? 'small' : 'full'}.json`), JSON.stringify(results, null, 2) + '\n')
  if (json) process.stdout.write(JSON.stringify(results) + '\n')
  else printTable(results)
  if (problems.length > 0) {
    process.stderr.write(problems.join('\n') + '\n')
    process.exitCode = 1
  }
}

function printTable (r: Record<string, unknown>): void {
  const row = (what: string, key: string): string => {
    const m = r[`${key}_mbps`] as number | undefined
    const rs = r[`restic_${key}_mbps`] as number | undefined
    const ratio = m !== undefined && rs !== undefined && rs > 0 ? `${round(m / rs, 2)}×` : ''
    return `| ${what} | ${m ?? ''} MB/s (${String(r[`${key}_secs`] ?? '')} s) | ${rs ?? '—'} MB/s | ${ratio} |`
  }
  const lines = [
    `corpus: ${String(r.corpus)} (${String(r.corpus_mib)} MiB, ${String(r.corpus_files)} files), ${String(r.agents)} agents in ${String(r.sites)} sites, RS 4+2`,
    '',
    '| run | meshbackup | restic | ratio |',
    '|---|---:|---:|---:|',
    row('first backup', 'backup'),
    row('incremental after --mutate', 'incremental'),
    row('restore, all up', 'restore'),
    row('restore, one site down', 'restore_site_down'),
    row('check --read-data', 'check'),
    `| peak RSS (MiB) | ${String(r.peak_rss_mib)} (largest agent) | ${String(r.restic_peak_rss_mib ?? '—')} | |`,
    '',
    `stored: ${String(r.stored_shards_mib)} MiB of shards (data + parity) vs restic ${String(r.restic_stored_mib ?? '—')} MiB; verified: ${String(r.verified)}`,
    `peak RSS per agent and phase (MiB): ${JSON.stringify(r.peak_rss_per_agent_mib)}`
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

main().catch(err => { process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`); process.exitCode = 1 })
