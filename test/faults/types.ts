/**
 * The fault campaign's shared contract: a case sets up its own agents once
 * (real processes, test/mesh/harness.ts), runs seeded trials on them, and
 * tears them down. A trial throws `TrialFailure` (or any error) to fail; the
 * runner records the seed and the message.
 */
import type { MeshHarness } from '../mesh/harness.js'

export class TrialFailure extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'TrialFailure'
  }
}

export interface FaultCase<W> {
  name: string
  /** What the case does, in a line (the table's legend). */
  what: string
  /** Trials of a full run and of `--quick` (1–3). */
  trials: number
  quickTrials: number
  /** MESHBACKUP_LOG_LEVEL of the agents (default info). */
  logLevel?: string
  setup: (h: MeshHarness) => Promise<W>
  trial: (h: MeshHarness, world: W, seed: number) => Promise<void>
  /** What the case started besides the harness's agents. */
  teardown?: (world: W) => Promise<void>
}

export interface CaseResult {
  trials: number
  failures: number
  seconds: number
  failed: Array<{ seed: number, what: string }>
}

export interface CampaignResult {
  cases: Record<string, CaseResult>
}
