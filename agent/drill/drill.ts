/**
 * One recovery drill (types.ts says what a drill is): the repository opened
 * with only the shard peers outside the excluded sites and members (the
 * excluded ones are never contacted: they are not in the session), the
 * snapshot restored into a scratch directory with every file verified, an
 * optional validation command run in the restored tree, the scratch removed
 * unless kept, and the record written to the drill history.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Repository } from '../repository/repository.js'
import type { RepositorySessions } from '../repository/sessions.js'
import type { ReadOptions, ShardPeer } from '../repository/shard-peer.js'
import { shardFailureAction } from '../repair/shard-failure.js'
import type { ShardFailure } from '../repair/shard-failure.js'
import { restore } from '../restore/restorer.js'
import { sourceTag } from '../schedule/runner.js'
import type { SourceState } from '../schedule/types.js'
import { findSnapshot, listSnapshots } from '../snapshot/snapshots.js'
import type { SnapshotInfo } from '../snapshot/snapshots.js'
import type { DrillHistory } from './drill-history.js'
import type { DrillPeerReads, DrillRecord } from './types.js'

/** Longest the validation command may run, in ms (default). */
export const DRILL_VALIDATE_TIMEOUT_MS = 10 * 60_000
/** Output of the validation command kept in the record, in bytes. */
export const DRILL_VALIDATE_OUTPUT = 4096

export class DrillError extends Error {
  override name = 'DrillError'
}

export interface DrillComponents {
  sessions: Pick<RepositorySessions, 'open' | 'exclusive'>
  /** The site of a member (this agent included); undefined: unknown. */
  siteOf: (peerId: string) => string | undefined
  sources: () => Promise<SourceState[]>
  /** A bad shard on a peer the drill read from goes to repair. */
  markBad: (packId: Uint8Array, index: number) => void
  history: Pick<DrillHistory, 'add'>
  /** Where scratch directories are made. */
  scratchRoot: string
  now?: () => number
}

export interface DrillOptions {
  passphrase: string
  source?: string
  /** An id (or prefix), "latest" (default) or "random" (any of the source's snapshots). */
  snapshot?: string
  withoutSites?: string[]
  withoutPeers?: string[]
  keep?: boolean
  /** A shell command run in the restored tree (exit 0: the tree is good). */
  validate?: string
  validateTimeoutMs?: number
  signal?: AbortSignal
}

/** A shard peer that counts what is read from it. */
class CountingPeer implements ShardPeer {
  constructor (private readonly inner: ShardPeer, readonly counts: DrillPeerReads) {}
  get name (): string { return this.inner.name }
  async put (...args: Parameters<ShardPeer['put']>): Promise<void> { await this.inner.put(...args) }
  async getHeader (...args: Parameters<ShardPeer['getHeader']>): ReturnType<ShardPeer['getHeader']> { return await this.inner.getHeader(...args) }
  async delete (...args: Parameters<ShardPeer['delete']>): Promise<boolean> { return await this.inner.delete(...args) }
  async read (owner: string, packId: Uint8Array, index: number, offset: number, length: number, options?: ReadOptions): Promise<Uint8Array> {
    const t0 = performance.now()
    try {
      const data = await this.inner.read(owner, packId, index, offset, length, options)
      this.counts.reads++
      this.counts.bytes += data.byteLength
      return data
    } finally {
      this.counts.readMs += performance.now() - t0
    }
  }
}

async function chooseSnapshot (repo: Repository, source: string | undefined, ref: string): Promise<SnapshotInfo> {
  const filter = source === undefined ? undefined : { tags: [[sourceTag(source)]] }
  if (ref !== 'random') return await findSnapshot(repo, ref, { filter })
  const all = (await listSnapshots(repo)).filter(s => source === undefined || s.tags.includes(sourceTag(source)))
  if (all.length === 0) throw new DrillError(source === undefined ? 'no snapshot yet' : `source ${source} has no snapshot yet`)
  return all[Math.floor(Math.random() * all.length)]
}

/** Run `command` with sh in `cwd`; its exit code (null: killed at the timeout) and the tail of its output. */
async function runValidate (command: string, cwd: string, timeoutMs: number, signal?: AbortSignal): Promise<{ exitCode: number | null, output: string }> {
  return await new Promise(resolve => {
    execFile('/bin/sh', ['-c', command], { cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, signal, env: { ...process.env, MESHBACKUP_DRILL_DIR: cwd } }, (err, stdout, stderr) => {
      const output = (String(stdout) + String(stderr)).slice(-DRILL_VALIDATE_OUTPUT)
      if (err === null) { resolve({ exitCode: 0, output }); return }
      const code = (err as NodeJS.ErrnoException & { code?: unknown }).code
      resolve({ exitCode: typeof code === 'number' ? code : null, output: output + (typeof code === 'number' ? '' : `\n${err.message}`) })
    })
  })
}

export async function runDrill (c: DrillComponents, o: DrillOptions): Promise<DrillRecord> {
  const now = c.now ?? Date.now
  const startedMs = now()
  const t0 = performance.now()
  const withoutSites = o.withoutSites ?? []
  const withoutPeers = o.withoutPeers ?? []
  const excluded = (id: string): boolean => withoutPeers.includes(id) || withoutSites.includes(c.siteOf(id) ?? '')
  const sources = await c.sources()
  if (o.source !== undefined && !sources.some(s => s.name === o.source)) {
    throw new DrillError(`source ${o.source}: no such source (sources: ${sources.map(s => s.name).join(', ') || 'none'})`)
  }
  const objective = o.source === undefined ? null : sources.find(s => s.name === o.source)?.rtoSeconds ?? null
  const scratch = join(c.scratchRoot, `drill-${new Date(startedMs).toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`)
  const peers = new Map<string, DrillPeerReads>()
  const rec: DrillRecord = {
    startedMs, source: o.source ?? null, snapshot: null, withoutSites, withoutPeers, rtoSeconds: 0, rtoObjectiveSeconds: objective,
    result: 'failed', error: null, files: 0, bytes: 0, verified: 0, packDecodes: 0, badShards: 0,
    phases: { indexMs: 0, restoreMs: 0, shardFetchMs: 0, validateMs: 0 }, peers: [], sites: {}, validate: null, scratch, kept: o.keep === true
  }
  try {
    await c.sessions.exclusive(async () => {
      const repo = await c.sessions.open(o.passphrase, {
        peers: all => all.filter(p => !excluded(p.name)).map(p => {
          const counts: DrillPeerReads = { peer: p.name, site: c.siteOf(p.name) ?? '?', reads: 0, bytes: 0, readMs: 0 }
          peers.set(p.name, counts)
          return new CountingPeer(p, counts)
        })
      })
      const snap = await chooseSnapshot(repo, o.source, o.snapshot ?? 'latest')
      rec.snapshot = snap.idHex
      const t1 = performance.now()
      rec.phases.indexMs = Math.round(t1 - t0)
      await mkdir(c.scratchRoot, { recursive: true, mode: 0o700 })
      const onShardFailure = (f: ShardFailure): void => {
        if (excluded(f.store) || !peers.has(f.store)) return // left out on purpose (or not up): read around
        if (shardFailureAction(f.error) === 'repair') { rec.badShards++; c.markBad(f.packId, f.index) }
      }
      try {
        const res = await restore(repo, snap, { target: scratch, verify: true, signal: o.signal, events: { onShardFailure } })
        rec.files = res.files
        rec.bytes = res.bytes
        rec.verified = res.verified
        rec.packDecodes = res.loader.packDecodes
        if (res.warnings.length > 0) throw new DrillError(`the restore had ${res.warnings.length} problems: ${res.warnings.slice(0, 5).join('; ')}`)
      } catch (err) {
        if ((err as Error).name === 'PackUnavailableError' && (withoutSites.length + withoutPeers.length) > 0) {
          throw new DrillError(`cannot recover without ${[...withoutSites.map(s => `site ${s}`), ...withoutPeers.map(p => `peer ${p.slice(0, 12)}`)].join(', ')}: too few shards are held outside (${(err as Error).message})`)
        }
        throw err
      } finally {
        rec.phases.restoreMs = Math.round(performance.now() - t1)
      }
    })
    if (o.validate !== undefined && o.validate !== '') {
      const t2 = performance.now()
      const v = await runValidate(o.validate, scratch, o.validateTimeoutMs ?? DRILL_VALIDATE_TIMEOUT_MS, o.signal)
      rec.phases.validateMs = Math.round(performance.now() - t2)
      rec.validate = { command: o.validate, ...v }
      if (v.exitCode !== 0) throw new DrillError(`validation "${o.validate}" ${v.exitCode === null ? 'was stopped (timeout or signal)' : `exited ${v.exitCode}`}: ${v.output.trim().split('\n').slice(-3).join(' / ')}`)
    }
    rec.rtoSeconds = (performance.now() - t0) / 1000
    rec.result = objective !== null && rec.rtoSeconds > objective ? 'slow' : 'ok'
    if (rec.result === 'slow') rec.error = `recovered in ${rec.rtoSeconds.toFixed(1)} s, over the objective of ${objective} s`
  } catch (err) {
    rec.rtoSeconds = (performance.now() - t0) / 1000
    rec.result = 'failed'
    rec.error = `${(err as Error).name}: ${(err as Error).message}`
  } finally {
    rec.peers = [...peers.values()].map(p => ({ ...p, readMs: Math.round(p.readMs) })).sort((a, b) => a.site.localeCompare(b.site) || a.peer.localeCompare(b.peer))
    rec.phases.shardFetchMs = rec.peers.reduce((n, p) => n + p.readMs, 0)
    for (const p of rec.peers) rec.sites[p.site] = (rec.sites[p.site] ?? 0) + p.bytes
    if (o.keep !== true) await rm(scratch, { recursive: true, force: true }).catch(() => {})
  }
  await c.history.add(rec)
  return rec
}
