/**
 * Recovery drills: a snapshot restored into a scratch directory from only
 * the peers outside the sites and members left out (the loss of a site
 * rehearsed while it keeps running), every file verified against what the
 * snapshot recorded, the phases timed, and the time to recover (RTO)
 * compared with the source's objective. The words shared by the drill, its
 * history, the control API and the CLI.
 */

/** Bytes and reads a drill took from one shard peer. */
export interface DrillPeerReads {
  peer: string
  site: string
  reads: number
  bytes: number
  /** Time spent waiting on this peer's reads (summed over concurrent reads), ms. */
  readMs: number
}

export interface DrillPhases {
  /** Opening the repository (index and keys) and choosing the snapshot. */
  indexMs: number
  /** Restoring: shard fetch, rebuild from parity, decrypt and write, with every file read back and verified (they overlap). */
  restoreMs: number
  /** Of restoreMs, time spent waiting on shard reads (summed over concurrent reads). */
  shardFetchMs: number
  /** The validation command in the restored tree (0: none). */
  validateMs: number
}

export type DrillResult = 'ok' | 'failed' | 'slow'

export interface DrillRecord {
  /** When it started, ms since the epoch. */
  startedMs: number
  /** The source whose snapshot was restored; null: any snapshot (no source named). */
  source: string | null
  /** The snapshot's id (hex); null: none could be chosen. */
  snapshot: string | null
  withoutSites: string[]
  withoutPeers: string[]
  /** Time to recover: from the start to a verified (and validated) tree, in seconds. */
  rtoSeconds: number
  /** The source's objective; null: none. */
  rtoObjectiveSeconds: number | null
  /** ok; slow: verified but over the objective; failed: see `error`. */
  result: DrillResult
  error: string | null
  files: number
  bytes: number
  verified: number
  /** Packs rebuilt from parity. */
  packDecodes: number
  /** Shards that were bad or missing on a peer still contacted (sent to repair). */
  badShards: number
  phases: DrillPhases
  peers: DrillPeerReads[]
  /** Bytes read per site. */
  sites: Record<string, number>
  /** The validation command's outcome; null: none configured. */
  validate: { command: string, exitCode: number | null, output: string } | null
  /** Where the tree was restored; kept only with `keep`. */
  scratch: string
  kept: boolean
}
