/**
 * What every trial ends with: every earlier snapshot restores byte-identical,
 * `check --read-data` is clean (after `repair` when it is not), nothing is
 * stored twice (shard files on disk = shards in the index, after a prune),
 * and every agent still answers.
 */
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describeTree } from '../fixtures/tree.js'
import type { Entry } from '../fixtures/tree.js'
import type { MeshHarness } from '../mesh/harness.js'
import type { BackupResponse, CheckResponse } from '../../agent/control/api.js'
import { TrialFailure } from './types.js'

export interface Taken {
  id: string
  src: string
  tree: Map<string, Entry>
}

/** `backup --json` of `src` on agent `name`, remembering the tree as it was backed up. */
export async function backup (h: MeshHarness, name: string, src: string, extra: string[] = []): Promise<{ taken: Taken, out: BackupResponse }> {
  const tree = await describeTree(src)
  const out = await h.cliJson<BackupResponse>(['backup', '--json', ...extra, '--data', h.get(name).dir, src])
  return { taken: { id: out.snapshot.id, src, tree }, out }
}

let restores = 0

/** Every snapshot in `taken` restores byte-identical (into a fresh target each). */
export async function restoresIdentical (h: MeshHarness, name: string, taken: readonly Taken[], timeoutMs = 120_000): Promise<void> {
  for (const t of taken) {
    const target = join(h.root, `restore-${restores++}`)
    const r = await h.cli(['restore', t.id.slice(0, 12), '--data', h.get(name).dir, '--target', target], { timeoutMs })
    if (r.code !== 0) throw new TrialFailure(`restore of ${t.id.slice(0, 8)} failed (${r.code}): ${(r.stderr + r.stdout).trim().slice(0, 400)}`)
    const got = await describeTree(join(target, t.src))
    if (!isDeepStrictEqual(got, t.tree)) {
      const differ = [...new Set([...got.keys(), ...t.tree.keys()])].filter(k => !isDeepStrictEqual(got.get(k), t.tree.get(k)))
      throw new TrialFailure(`restore of ${t.id.slice(0, 8)} differs from what was backed up: ${differ.slice(0, 5).join(', ')}`)
    }
    await rm(target, { recursive: true, force: true })
  }
}

/** `check --read-data` clean; when it is not, `repair` and check again: still not clean fails. Returns the check. */
export async function checkClean (h: MeshHarness, name: string): Promise<CheckResponse> {
  const args = ['check', '--read-data', '--json', '--data', h.get(name).dir]
  const first = await h.cli(args)
  if (first.code === 0) return JSON.parse(first.stdout) as CheckResponse
  const rep = await h.cli(['repair', '--data', h.get(name).dir])
  const again = await cleanWithin(h, name, REPAIR_BOUND_MS)
  if (again.code !== 0) throw new TrialFailure(`check --read-data not clean ${REPAIR_BOUND_MS / 1000} s after repair (repair exit ${rep.code}): ${(again.stdout + again.stderr).trim().slice(0, 400)}`)
  return JSON.parse(again.stdout) as CheckResponse
}

/** How long repair (it runs in the agent, after `repair` or a check that found problems) may take to make check clean. */
export const REPAIR_BOUND_MS = 90_000

/** `check --read-data --json` until it is clean or `ms` have passed; the last result. */
export async function cleanWithin (h: MeshHarness, name: string, ms: number): Promise<{ code: number, stdout: string, stderr: string }> {
  const until = Date.now() + ms
  for (;;) {
    const r = await h.cli(['check', '--read-data', '--json', '--data', h.get(name).dir])
    if (r.code === 0 || Date.now() > until) return r
    await new Promise(resolve => setTimeout(resolve, 2000))
  }
}

/** Shard files of `owner` held by the agents in `names`. */
export async function shardFiles (h: MeshHarness, names: readonly string[], owner: string): Promise<number> {
  let n = 0
  for (const name of names) {
    const dir = join(h.get(name).dir, 'shards', owner)
    let all: string[]
    try { all = (await readdir(dir, { recursive: true })) } catch { continue }
    for (const f of all) if (/\.\d+$/.test(f) && (await stat(join(dir, f))).isFile()) n++
  }
  return n
}

/** After a prune: every shard file of the owner is one the index names (nothing orphaned, nothing twice). */
export async function storedOnce (h: MeshHarness, names: readonly string[], owner: string, check: CheckResponse): Promise<void> {
  const files = await shardFiles(h, names, owner)
  if (files !== check.shards) throw new TrialFailure(`after prune ${files} shard files are stored but the index names ${check.shards}`)
}

/** Every agent answers `status` within the CLI's timeout. */
export async function allServe (h: MeshHarness, names: readonly string[]): Promise<void> {
  for (const n of names) {
    const r = await h.cli(['status', '--json', '--data', h.get(n).dir], { timeoutMs: 30_000 })
    if (r.code !== 0) throw new TrialFailure(`agent ${n} does not serve status (${r.code}): ${r.stderr.trim().slice(0, 200)}`)
  }
}

/** `forget --keep-last N --prune`: keeps the trial's snapshot list bounded and prunes what a kill left behind. */
export async function forgetKeep (h: MeshHarness, name: string, taken: Taken[], keep: number): Promise<Taken[]> {
  await h.cliOk(['forget', '--keep-last', String(keep), '--prune', '--data', h.get(name).dir])
  const left = await h.cliJson<Array<{ id: string }>>(['snapshots', '--json', '--data', h.get(name).dir])
  const ids = new Set(left.map(s => s.id))
  return taken.filter(t => ids.has(t.id))
}
