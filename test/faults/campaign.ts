/**
 * The fault campaign (`npm run faults`): each case starts real agent
 * processes (test/mesh/harness.ts), runs seeded trials of one kind of fault
 * and checks the invariants after each (test/faults/invariants.ts). Not part
 * of `npm test`; test/mesh/faults-campaign.test.ts runs `--quick` on cheap cases.
 *
 *   npm run faults -- [--json] [--quick] [--trials N] [--case NAME]… [--seed S]
 *
 * A failure prints its seed: `--case NAME --seed S --trials 1` replays it.
 */
import { performance } from 'node:perf_hooks'
import { MeshHarness } from '../mesh/harness.js'
import { CASES } from './cases/index.js'
import type { CampaignResult, CaseResult, FaultCase } from './types.js'

export class UsageError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface CampaignOptions {
  json: boolean
  quick: boolean
  trials: number | undefined
  cases: string[]
  seed: number
}

/** A trial that takes longer than this fails (a fault that makes something wait forever). */
const TRIAL_BOUND_MS = 5 * 60_000

export function parseArgs (argv: readonly string[]): CampaignOptions {
  const o: CampaignOptions = { json: false, quick: false, trials: undefined, cases: [], seed: Date.now() % 1_000_000 }
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1]
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') o.json = true
    else if (a === '--quick') o.quick = true
    else if (a === '--trials' || a === '--seed') {
      const v = value(i++, a)
      if (!/^\d{1,9}$/.test(v) || (a === '--trials' && Number(v) < 1)) throw new UsageError(`${a} must be a whole number${a === '--trials' ? ' ≥ 1' : ''}, not ${JSON.stringify(v)}`)
      if (a === '--trials') o.trials = Number(v)
      else o.seed = Number(v)
    } else if (a === '--case') {
      const v = value(i++, a)
      for (const name of v.split(',')) {
        if (!CASES.some(c => c.name === name)) throw new UsageError(`--case: no case ${JSON.stringify(name)} (cases: ${CASES.map(c => c.name).join(', ')})`)
        o.cases.push(name)
      }
    } else throw new UsageError(`unknown option ${JSON.stringify(a)} (options: --json --quick --trials N --case NAME --seed S)`)
  }
  return o
}

/** The mesh harness, with the agents' log level the case asks for. */
class CampaignHarness extends MeshHarness {
  constructor (readonly logLevel: string) { super() }
  override env (extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return super.env({ MESHBACKUP_LOG_LEVEL: this.logLevel, ...extra })
  }
}

async function withBound<T> (p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms) })
  try { return await Promise.race([p, bound]) } finally { clearTimeout(timer) }
}

async function runCase (c: FaultCase<unknown>, o: CampaignOptions, progress: (line: string) => void): Promise<CaseResult> {
  const trials = o.trials ?? (o.quick ? c.quickTrials : c.trials)
  const result: CaseResult = { trials: 0, failures: 0, seconds: 0, failed: [] }
  const t0 = performance.now()
  const h = new CampaignHarness(c.logLevel ?? 'info')
  // Interrupted (Ctrl-C, kill): stop this case's agents before leaving, never leave them running.
  const interrupted = (): void => { void h.teardown().finally(() => process.exit(130)) }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    await h.setup()
    let world: unknown
    try {
      world = await withBound(c.setup(h), TRIAL_BOUND_MS, `${c.name} setup`)
    } catch (err) {
      result.failures++
      result.failed.push({ seed: o.seed, what: `setup: ${err instanceof Error ? err.message : String(err)}`.slice(0, 600) })
      progress(`${c.name}: setup FAILED: ${result.failed[0].what}`)
      return result
    }
    progress(`${c.name}: set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    for (let i = 0; i < trials; i++) {
      const seed = o.seed + i
      result.trials++
      const s0 = performance.now()
      try {
        await withBound(c.trial(h, world, seed), TRIAL_BOUND_MS, `trial ${seed}`)
        progress(`${c.name} seed ${seed}: ok (${((performance.now() - s0) / 1000).toFixed(1)} s)`)
      } catch (err) {
        const what = (err instanceof Error ? err.message : String(err)).slice(0, 600)
        result.failures++
        result.failed.push({ seed, what })
        progress(`${c.name} seed ${seed}: FAILED: ${what}`)
      }
    }
    await c.teardown?.(world).catch(() => {})
    return result
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    await h.teardown().catch(() => {})
    result.seconds = Math.round((performance.now() - t0) / 100) / 10
  }
}

export async function runCampaign (o: CampaignOptions, progress: (line: string) => void): Promise<CampaignResult> {
  const out: CampaignResult = { cases: {} }
  for (const c of CASES) {
    if (o.cases.length > 0 && !o.cases.includes(c.name)) continue
    out.cases[c.name] = await runCase(c as FaultCase<unknown>, o, progress)
  }
  return out
}

export function table (r: CampaignResult): string {
  const rows = Object.entries(r.cases).map(([name, c]) => `| ${name} | ${c.trials} | ${c.failures} | ${c.seconds} |`)
  return ['| case | trials | failures | seconds |', '|---|---:|---:|---:|', ...rows].join('\n')
}

async function main (): Promise<void> {
  let o: CampaignOptions
  try {
    o = parseArgs(process.argv.slice(2))
  } catch (err) {
    process.stderr.write(`meshbackup faults: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 2
    return
  }
  process.stderr.write(`fault campaign, seed ${o.seed}${o.quick ? ' (quick)' : ''}\n`)
  const r = await runCampaign(o, line => process.stderr.write(line + '\n'))
  if (o.json) process.stdout.write(JSON.stringify(r) + '\n')
  else {
    process.stdout.write(table(r) + '\n')
    for (const [name, c] of Object.entries(r.cases)) for (const f of c.failed) process.stdout.write(`${name} seed ${f.seed}: ${f.what}\n`)
  }
  if (Object.values(r.cases).some(c => c.failures > 0)) process.exitCode = 1
}

await main()
