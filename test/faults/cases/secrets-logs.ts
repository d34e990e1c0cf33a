/**
 * Secrets stay secret: with the agent logging at trace level (every level),
 * the passphrase and the mesh secret appear in no log line, in no process's
 * arguments, in no command's output or error message (`status --json`
 * included), and the data directory holds no file or folder other users can
 * read, nor a file with the passphrase in it.
 */
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PASSPHRASE } from '../../mesh/harness.js'
import { loadMembership } from '../../../agent/mesh/membership.js'
import { allServe, backup, restoresIdentical } from '../invariants.js'
import type { Taken } from '../invariants.js'
import { rng } from '../rng.js'
import { TrialFailure } from '../types.js'
import type { FaultCase } from '../types.js'
import { churn, sourceTree } from '../world.js'

interface World { src: string, taken: Taken[], needles: Array<[string, string]>, passFile: string }

async function walk (root: string, rel = ''): Promise<Array<{ path: string, mode: number, dir: boolean }>> {
  const out: Array<{ path: string, mode: number, dir: boolean }> = []
  for (const e of await readdir(join(root, rel))) {
    const p = join(rel, e)
    const st = await lstat(join(root, p))
    out.push({ path: p, mode: st.mode & 0o777, dir: st.isDirectory() })
    if (st.isDirectory()) out.push(...await walk(root, p))
  }
  return out
}

export const secretsLogs: FaultCase<World> = {
  name: 'secrets-logs',
  what: 'passphrase and mesh secret never in logs (trace), argv, outputs, errors, or files others can read',
  trials: 10,
  quickTrials: 1,
  logLevel: 'trace',
  async setup (h) {
    const dir = await h.lone('a')
    const m = await loadMembership(dir)
    if (m === undefined) throw new Error('the lone agent has no mesh.key')
    const secret = Buffer.from(m.secret)
    const needles: Array<[string, string]> = [
      ['the passphrase', PASSPHRASE],
      ['the mesh secret (hex)', secret.toString('hex')],
      ['the mesh secret (base64)', secret.toString('base64').replace(/=+$/, '')],
      ['the mesh secret (base64url)', secret.toString('base64url')]
    ]
    const passFile = join(h.root, 'pass')
    await writeFile(passFile, PASSPHRASE + '\n', { mode: 0o600 })
    const src = await sourceTree(h, 'src', 256 * 1024)
    const { taken } = await backup(h, 'a', src, ['--degraded', '--passphrase-file', passFile])
    return { src, taken: [taken], needles, passFile }
  },
  async trial (h, w, seed) {
    const r = rng(seed)
    const dir = h.get('a').dir
    await churn(w.src, r, seed)
    const texts: Array<[string, string]> = []
    const run = async (args: string[]): Promise<void> => {
      const res = await h.cli(args)
      texts.push([`meshbackup ${args.join(' ')}`, res.stdout + res.stderr])
    }
    w.taken.push((await backup(h, 'a', w.src, ['--degraded', '--passphrase-file', w.passFile])).taken)
    await run(['status', '--json', '--data', dir])
    await run(['snapshots', '--json', '--data', dir])
    await run(['check', '--json', '--data', dir])
    // error paths: a snapshot that does not exist, a wrong passphrase, a missing passphrase file, a bad flag
    await run(['restore', r.pick(['deadbeef', 'nosuch', '0000']), '--data', dir, '--target', join(h.root, `t-${seed}`)])
    await run(['snapshots', '--json', '--data', dir, '--passphrase-file', join(h.root, 'no-such-file')])
    const wrong = join(h.root, `wrong-${seed}`)
    await writeFile(wrong, `${PASSPHRASE}x\n`, { mode: 0o600 })
    await run(['ls', 'latest', '--data', dir, '--passphrase-file', wrong])
    await run(['forget', '--keep-daily', '99999999999999999999', '--data', dir])
    await restoresIdentical(h, 'a', w.taken)
    const pid = h.get('a').proc?.pid
    if (pid !== undefined) texts.push(['the agent\'s argv', (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ')])
    texts.push(['the agent\'s log (trace level)', h.get('a').log])
    for (const [where, text] of texts) {
      for (const [what, needle] of w.needles) if (text.includes(needle)) throw new TrialFailure(`${what} appears in ${where}`)
    }
    for (const f of await walk(dir)) {
      if ((f.mode & 0o077) !== 0) throw new TrialFailure(`${f.path} in the data directory is mode ${f.mode.toString(8)} (others can read it)`)
      if (f.dir) continue
      const st = await lstat(join(dir, f.path))
      if (!st.isFile() || st.size > 8 * 1024 * 1024) continue
      const bytes = await readFile(join(dir, f.path))
      for (const [what, needle] of w.needles) if (bytes.includes(needle)) throw new TrialFailure(`${what} is stored in plain text in ${f.path}`)
    }
    await allServe(h, ['a'])
  }
}
