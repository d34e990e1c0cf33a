/** The rules of a placement policy, by the names used in `missing` and `Verdict.rules`. */
export type RuleName = 'copies' | 'media' | 'offsite' | 'siteDiversity'

/** Which 3-2-1 rules a pack must satisfy, and its erasure code (k data + m parity shards). */
export interface PlacementPolicy {
  /** Data shards: any k of the k+m shards rebuild the pack (integer ≥ 1). */
  k: number
  /** Parity shards (integer ≥ 0); k + m ≤ 256. */
  m: number
  /** "3 copies": m ≥ 2 and the shards on k+m distinct peers. */
  copies: boolean
  /** "2 media": ≥ k shards on media other than the owner's (so ≥ 2 classes with the owner's). */
  media: boolean
  /** "1 offsite": ≥ k shards outside the owner's site. */
  offsite: boolean
  /** Every site holds ≤ m shards: losing any one site leaves ≥ k. */
  siteDiversity: boolean
}

/** One row of the peer table, as the heartbeats report it. */
export interface PeerInfo {
  id: string
  /** Failure domain: an office, a data centre, a region. */
  site: string
  /** Storage class: disk, ssd, nas, tape, object … */
  media: string
  /** Bytes offered to the mesh; the rendezvous weight. */
  capacity: number
  /** Bytes still free; a peer with free < shardBytes is not eligible. */
  free: number
  up: boolean
}

/** The agent whose backup it is; it never stores its own shards. */
export interface OwnerInfo {
  id: string
  site: string
  media: string
}

export interface PlaceRequest {
  /** Seeds the rendezvous hash (stable choice per pack). */
  packId: Uint8Array
  /** Each shard's size: a peer with free < shardBytes is not eligible. */
  shardBytes: number
  owner: OwnerInfo
  /** The whole peer table; only up peers (≠ owner) are eligible. */
  peers: PeerInfo[]
  policy: PlacementPolicy
  /** For repair: shards already placed and still good (index → peer id); they stay, only the others are placed. */
  keep?: Map<number, string>
  /** Peers not to use (e.g. they just refused a put). */
  avoid?: Set<string>
  /**
   * Place every shard on distinct up peers even when the policy cannot be met,
   * breaking as few rules as possible (site diversity last, then spread as evenly
   * as the up sites allow); the verdict names the broken rules. Default false:
   * an unsatisfiable policy is a failure. Used by repair and `backup --degraded`.
   */
  allowDegraded?: boolean
}

/** The pack's state: the worst state comes last. */
export type PackState = 'compliant' | 'degraded' | 'at-risk'

/** Judgement of one pack's placement. */
export interface Verdict {
  /** compliant: every enabled rule holds with every shard's peer up; degraded: ≥ k reachable but a rule is broken or a shard is lost/down; at-risk: < k reachable. */
  state: PackState
  /** Shards whose peer is known and up. */
  reachable: number
  /** Which rules hold over the reachable shards; a rule the policy switches off counts as holding. */
  rules: { copies: boolean, media: boolean, offsite: boolean, siteDiversity: boolean }
  /** Human-readable reasons for every broken rule (and lost shards). */
  problems: string[]
}

/** Why the policy cannot be met: `reason` names the missing domain, `missing` the rules. */
export interface Infeasible {
  ok: false
  reason: string
  missing: RuleName[]
}

export type PlaceResult =
  | { ok: true, assignment: string[], verdict: Verdict }
  | Infeasible

export type FeasibleResult = { ok: true } | Infeasible

/** What-if options of `evaluate`: treat these sites and peers as down. */
export interface EvaluateOptions {
  without?: { sites?: string[], peers?: string[] }
}
