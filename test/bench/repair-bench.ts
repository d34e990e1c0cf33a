/**
 * `npm run bench:repair`: the time to re-protect the data of a backup after one
 * peer is lost. Seven agents in four sites on 127.0.0.1 (RS 4+2), a backup of
 * the make-corpus corpus (1 GiB; `--small` ~100 MiB), one storage peer stopped,
 * then the wall time from "peer marked down past the grace period" until every
 * pack is compliant again (repair throttled at the default 50 MiB/s), and the
 * time of the last repair pass that rebuilt packs (the work alone, without the
 * wait for detection; a pass started before every lost shard was due counts
 * only its part). Prints one JSON object with `--json`.
 */
import '../../agent/polyfill.js'
import { MeshHarness } from '../mesh/harness.js'
import { ensureCorpus } from './corpus.js'
import type { LocalStatus } from '../../agent/control/api.js'

const small = process.argv.includes('--small')
const json = process.argv.includes('--json')
const log = (s: string): void => { if (!json) process.stderr.write(s + '\n') }

async function main (): Promise<void> {
  const src = await ensureCorpus(small)
  const h = new MeshHarness()
  await h.setup()
  try {
    log('starting 7 agents in 4 sites…')
    await h.mesh([
      { name: 'a', site: 'hq' }, { name: 'b', site: 'hq', media: 'ssd' },
      { name: 'c', site: 'branch', media: 'nas' }, { name: 'd', site: 'branch', media: 'ssd' },
      { name: 'e', site: 'cloud', media: 'object' }, { name: 'f', site: 'cloud', media: 'nas' },
      { name: 'g', site: 'dc2', media: 'ssd' }
    ], { fastHeartbeat: true, startArgs: ['--repair-grace', '2'] })
    const status = async (): Promise<LocalStatus> => await h.status('a')
    await h.waitFor('the mesh', async () => (await status()).peers.filter(p => p.up).length === 6, 60_000)
    log(`backing up ${src}…`)
    let t = Date.now()
    await h.cliOk(['backup', '--data', h.get('a').dir, src])
    const backupSeconds = (Date.now() - t) / 1000
    log('stopping one storage peer…')
    await h.stop('c')
    await h.waitFor('the peer to be seen down', async () => (await status()).peers.filter(p => p.up).length === 5, 60_000)
    t = Date.now()
    await h.waitFor('re-protection', async () => { const s = await status(); return s.snapshots.every(x => x.state === 'compliant') && s.repair.queue === 0 }, 1_800_000)
    const seconds = (Date.now() - t) / 1000
    const s = await status()
    const r = { corpus: small ? 'small' : 'full', backup_seconds: backupSeconds, reprotect_seconds: seconds, reprotect_shards: s.repair.repairedShards, reprotect_mib: s.repair.bytesSent / 1048576, reprotect_mbps: s.repair.bytesSent / 1e6 / seconds, repair_pass_seconds: s.repair.lastWorkMs / 1000 }
    process.stdout.write(json ? JSON.stringify(r) + '\n' : Object.entries(r).map(([k, v]) => `${k.padEnd(18)} ${typeof v === 'number' ? Math.round(v * 10) / 10 : v}`).join('\n') + '\n')
  } finally {
    await h.teardown()
  }
}

main().catch(err => { process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`); process.exitCode = 1 })
