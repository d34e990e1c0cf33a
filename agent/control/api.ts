/**
 * The control API's contract: every route with its request and its answer.
 * The agent's routes (routes/) build these values; the CLI and the tests
 * import these types — no shape is declared a second time.
 *
 * JSON routes answer one value; stream routes answer NDJSON events (the
 * route's `Event` types), the last `{"event":"done","result":…}` or
 * `{"event":"error","error":…,"name":…}`; the download route (/v1/dump) sends
 * raw bytes with the outcome in the `x-meshbackup-result` trailer.
 * Failures are `{ "error": message }` with the status of errors.ts' table.
 */
import type { BaseBackupMeta } from '../pg/base-backup.js'
import type { DrillRecord } from '../drill/types.js'
import type { BackupType, SnapshotType } from '../snapshot/snapshot-type.js'
import type { PublishResult } from '../catalog/publisher.js'
import type { ComplianceReport, SnapshotVerdict } from '../placement/compliance.js'
import type { OwnerRow } from '../placement/owners.js'
import type { ForgetResult } from '../prune/forget-run.js'
import type { PruneResult } from '../prune/prune.js'
import type { RepairStatus } from '../repair/repairer.js'
import type { AlerterStats } from '../alerts/alerter.js'
import type { AlertFields, AlertKind, AlertSeverity, AlertStatus, ChannelDelivery, ChannelName } from '../alerts/types.js'
import type { OwnerSourceState, RunRecord, SourceState } from '../schedule/types.js'

export type { AlertFields, AlertKind, AlertSeverity, AlertStatus, AlerterStats, ChannelName }
export type { BackupType, SnapshotType, ComplianceReport, ForgetResult, OwnerRow, OwnerSourceState, PruneResult, PublishResult, RepairStatus, SnapshotVerdict }

/** The control socket's name in the data directory (mode 0600). */
export const CONTROL_SOCKET = 'control.sock'
/** The HTTP trailer of a download with its outcome: `{"result":…}` or `{"error":…,"name":…}`. */
export const RESULT_TRAILER = 'x-meshbackup-result'

/** Every request that reads the repository carries the owner's passphrase. */
export interface WithPassphrase { passphrase: string }

/** A snapshot as the API shows it. */
export interface SnapshotJson {
  id: string
  short: string
  time: string
  type: SnapshotType
  host: string
  paths: string[]
  tags: string[]
  parent: string | null
  /** filesNew, filesChanged, filesUnchanged, bytesRead, bytesAdded, bytesStored, bytesTotal, … */
  stats: Record<string, number>
  degraded: boolean
}

// ---- GET /v1/status?peer=ID&without-site=S&without-peer=P ----

export interface StatusSelf {
  id: string
  site: string
  media: string
  addrs: string[]
  capacity: number
  used: number
  free: number
  version: string
  uptimeMs: number
  mesh: string | null
  lastBackupMs: number | null
  shardsHeld: Array<{ owner: string, shards: number, bytes: number }>
  /** Catalogs held here (local status only). */
  catalogsHeld?: Array<{ owner: string, version: number, timeMs: number }>
  /** Who attested this agent's site and media, and with which invite (local status only; null: self-declared). */
  attestedBy?: string | null
  inviteId?: string | null
}

export interface StatusPeer {
  id: string
  site: string
  media: string
  up: boolean
  capacity: number
  used: number
  lastSeenMs: number
  /** The member that attested its site and media (the issuer of its invite); null: self-declared (a mesh's creator, a member from before invites were signed). Local status only. */
  attestedBy?: string | null
  /** The invite that admitted it; null: none known. Local status only. */
  inviteId?: string | null
}

/** What any agent says of itself and its peers (also the answer for `?peer=`). */
export interface StatusView {
  self: StatusSelf
  peers: StatusPeer[]
}

/** This agent's status: the view plus its owners, its snapshots' verdicts and repair. */
export interface LocalStatus extends StatusView {
  self: StatusSelf & Required<Pick<StatusSelf, 'catalogsHeld'>>
  owners: OwnerRow[]
  snapshots: SnapshotVerdict[]
  compliance: Omit<ComplianceReport, 'snapshots'>
  repair: RepairStatus
  /** Every owner's backup sources with their RPO as this agent judges them now (its own first), also of owners gone silent. */
  sources: OwnerSourceState[]
  health: Health
}

/** This agent's health figures (the same as its metrics'). */
export interface Health {
  /** Successful runs / finished runs of this agent's sources over the last 30 days; null: none finished. */
  backupSuccessRate: number | null
  backupRuns30d: number
  /** Mean duration of those successful runs, seconds; null: none. */
  backupAvgSeconds: number | null
  /** Bytes of its shard store used / its capacity (0..1). */
  storageUtilisation: number
  /** Recovery drills that restored and verified / drills over the last 30 days (agent/drill/figures.ts); null: none. Absent from agents without drills. */
  drillSuccessRate?: number | null
  drills30d?: number
}

/** `?peer=` answers a StatusView, the local agent a LocalStatus. */
export type StatusResponse = StatusView & Partial<Omit<LocalStatus, keyof StatusView>>

// ---- GET /v1/invite?expires-ms=N&single-use=1&site=S&media=M ----
export interface InviteResponse {
  token: string
  inviteId: string
  /** ms since the epoch. */
  expiresMs: number
  singleUse: boolean
  /** The site and media the invite attests ('' = none). */
  site: string
  media: string
}

// ---- POST /v1/mesh/retire ----
/** Forget a member that left the mesh, on this agent only (mesh-wide retirement is the mesh lifecycle's). */
export interface RetireRequest { peer: string }
/** What was removed: its peer-table entry, its catalog record. */
export interface RetireResponse { peer: string, peerTable: boolean, catalog: boolean }

/** restic's snapshot filters: any of the hosts, every one of the paths (as backed up), any of the tag lists (every tag of it). */
export interface SnapshotFilterJson {
  hosts?: string[]
  paths?: string[]
  tags?: string[][]
}

// ---- POST /v1/snapshots ----
export interface SnapshotsRequest extends WithPassphrase { filter?: SnapshotFilterJson }
export type SnapshotsResponse = Array<SnapshotJson & { state: SnapshotVerdict['state'], rules: SnapshotVerdict['rules'] | null }>

// ---- POST /v1/backup (stream) ----
export interface BackupRequest extends WithPassphrase {
  paths: string[]
  type?: BackupType
  tags?: string[]
  degraded?: boolean
  excludes?: string[]
  iexcludes?: string[]
  /** Count totals for a progress bar (default true). */
  totals?: boolean
  /** The snapshot's host name (default: this machine's). */
  host?: string
}

export type BackupEvent =
  | { event: 'total', files: number, bytes: number }
  | { event: 'progress', filesDone: number, bytesRead: number, bytesDone: number, bytesAdded: number, currentPath?: string }
  | { event: 'warning', message: string }

export interface BackupResponse {
  snapshot: SnapshotJson
  /** undefined when replication failed (the snapshot is stored; the next publish carries it). */
  catalog: PublishResult | undefined
  /** Files not read, with why in words; the snapshot holds the rest (not empty: `backup` exits 3). */
  warnings: string[]
  /** What was left out on purpose (sockets); not a failure. */
  notes?: string[]
  /** The shard peers the backup could use (not for stdin). */
  peers?: string[]
  /** What the progress bar counted at the end: entries done (files, symlinks, FIFOs, devices) and bytes done (read, or unchanged and not read). */
  processed?: { files: number, bytes: number }
}

// ---- POST /v1/backup-stdin?name=N&tag=T&host=H (upload; passphrase in x-meshbackup-passphrase, base64) ----
export const PASSPHRASE_HEADER = 'x-meshbackup-passphrase'
export type BackupStdinEvent = { event: 'progress', bytesRead: number, bytesDone: number, bytesAdded: number }

// ---- POST /v1/restore (stream), POST /v1/dump (download) ----
export interface SnapshotChoice {
  /** Id, id prefix or "latest" (default). */
  snapshot?: string
  /** Point in time: the newest snapshot at or before it (ISO 8601). */
  at?: string
  /** Only this path of the snapshot (absolute, as backed up). */
  path?: string
  /** Which snapshots "latest" is chosen among. */
  filter?: SnapshotFilterJson
}

export interface RestoreRequest extends WithPassphrase, SnapshotChoice {
  target: string
  /** Owners by uid and gid only, never by the recorded user and group names. */
  numericOwner?: boolean
  /** A target that is not empty: what to do with what exists (absent: refused). */
  overwrite?: 'always' | 'if-changed' | 'if-newer' | 'never'
  /** Remove what the target holds that the snapshot does not. */
  delete?: boolean
  /** Globs on snapshot paths (the backup's --exclude syntax). */
  includes?: string[]
  excludes?: string[]
  /** List what would be written and deleted; write nothing. */
  dryRun?: boolean
  /** Read back every file and compare it with the snapshot. */
  verify?: boolean
}

export type RestoreEvent =
  | { event: 'total', files: number, bytes: number }
  | { event: 'progress', filesDone: number, bytesWritten: number, currentPath?: string }

export interface RestoreResponse {
  snapshot: SnapshotJson
  files: number
  dirs: number
  symlinks: number
  bytes: number
  packDecodes: number
  /** "PEER shard I: why", once each. */
  shardFailures: string[]
  /** Files not written and owners not set, with why in words (not empty: `restore` exits 3). */
  warnings: string[]
  /** What was left out on purpose (devices when not root); not a failure. */
  notes: string[]
  /** Entries written (with dryRun: that would be), already as in the snapshot, kept by the policy, removed. */
  written: number
  unchanged: number
  skipped: number
  deleted: number
  /** Files read back and found as in the snapshot (verify). */
  verified: number
  dryRun: boolean
  /** With dryRun: what would be written and deleted (target paths). */
  changes: Array<{ action: 'write' | 'delete', path: string }>
}

export interface DumpRequest extends WithPassphrase, SnapshotChoice {
  /** A directory (or a whole snapshot) as a tar stream; without it, a directory is refused. */
  tar?: boolean
}
export interface DumpResponse { snapshot: SnapshotJson, path: string, bytes: number, format?: 'file' | 'tar' }

// ---- POST /v1/check (stream) ----
export interface CheckRequest { readData?: boolean }
export type CheckEvent = { event: 'progress', done: number, total: number }
export interface CheckProblem {
  pack: string
  /** Shard index; -1 for a problem of the whole pack. */
  index: number
  peer: string
  problem: string
}
export interface CheckResponse {
  mode: 'audit' | 'read-data'
  packs: number
  shards: number
  ok: number
  bytesRead: number
  problems: CheckProblem[]
}

// ---- POST /v1/ls, POST /v1/diff ----
export interface LsRequest extends WithPassphrase { snapshot?: string, path?: string, filter?: SnapshotFilterJson }
export interface LsEntry {
  path: string
  type: 'dir' | 'symlink' | 'file' | 'fifo' | 'chardev' | 'blockdev'
  size: number
  mode: string
  mtime: string
  target?: string
  /** A hard link: the snapshot path of the first name of the same file. */
  hardlink?: string
  /** A device's number (Linux encoding). */
  rdev?: number
  uid: number
  gid: number
  /** The owner's names on the backed-up host; null when it had none (or the snapshot predates them). */
  user: string | null
  group: string | null
  /** The names of its extended attributes (ACLs as system.posix_acl_*), in stored order; absent when it has none. */
  xattrs?: string[]
}
export interface LsResponse { snapshot: SnapshotJson, entries: LsEntry[] }

export interface DiffRequest extends WithPassphrase { a: string, b: string, filter?: SnapshotFilterJson }
export interface DiffResponse { a: string, b: string, added: string[], removed: string[], modified: string[] }

// ---- POST /v1/keys ----
export type KeyOp = 'list' | 'add' | 'remove' | 'passwd'
export interface KeysRequest extends WithPassphrase { op?: KeyOp, newPassphrase?: string, id?: string }
export interface KeyJson { id: string, current: boolean, host: string, username: string, created: string }
export interface KeysResponse { added?: string, removed?: string, keys: KeyJson[] }

// ---- POST /v1/repair ----
/** With the passphrase, the repaired placements also go into an index segment. */
export interface RepairRequest { passphrase?: string }
export type RepairResponse = RepairStatus

// ---- POST /v1/forget (stream) ----
/** The body; the agent checks it with agent/prune/forget-run.ts parseForgetRequest. */
export interface ForgetRequestBody extends WithPassphrase {
  /** Keep rules: counts (-1: unlimited), `within` (a duration such as 1y2m), `tags` (tag lists). */
  policy?: { last?: number, hourly?: number, daily?: number, weekly?: number, monthly?: number, yearly?: number, within?: string, tags?: string[][] }
  /** Snapshots to remove by id (instead of a policy). */
  ids?: string[]
  filter?: { hosts?: string[], paths?: string[], tags?: string[][] }
  prune?: boolean
  /** Prune alone (`meshbackup prune`). */
  pruneOnly?: boolean
  dryRun?: boolean
  repackUnused?: number
  timeZone?: string
}
export type ForgetEvent = { event: 'progress', phase: string, done?: number, total?: number, removed?: number }
export type ForgetResponse = ForgetResult

// ---- POST /v1/stop ----
export interface StopResponse { stopping: true }

// ---- GET /v1/alerts ----
/** The delivery of an alert's current notice on one channel. */
export interface AlertDeliveryJson {
  channel: ChannelName
  state: ChannelDelivery['state']
  attempts: number
  /** ISO 8601; null: not tried yet. */
  lastAttempt: string | null
  lastError: string | null
}
export interface AlertJson {
  key: string
  kind: AlertKind
  severity: AlertSeverity
  status: AlertStatus
  summary: string
  fields: AlertFields
  /** ISO 8601: when it fired (pending: since when the condition holds). */
  since: string
  startsAt: string | null
  endsAt: string | null
  delivery: AlertDeliveryJson[]
}
export interface AlertsResponse {
  /** Firing now. */
  active: AlertJson[]
  /** True now but not yet for their grace period. */
  pending: AlertJson[]
  /** Ended; the resolved notice not yet delivered on every channel. */
  resolving: AlertJson[]
  channels: ChannelName[]
  stats: AlerterStats
}
// --- sources and runs (agent/schedule/, routes/sources.ts) ---
export type { RunRecord, SourceState }
/** GET /v1/sources: this agent's sources now. */
export interface SourcesResponse { sources: SourceState[] }
/** GET /v1/runs?source=S&limit=N: run history, newest first. */
export interface RunsResponse { runs: RunRecord[] }
/** POST /v1/run: run a source now (queued behind a run under way); the stream ends with the finished record. */
export interface RunRequest { source: string }
export type RunEvent = { event: 'queued', source: string }
export type RunResponse = RunRecord
// --- recovery drills (agent/drill/, routes/drill.ts) ---
export type { DrillRecord }
/** POST /v1/drill: restore a snapshot into a scratch directory from the peers outside `withoutSites`/`withoutPeers`, verify it, time it. */
export interface DrillRequest {
  passphrase: string
  source?: string
  /** An id (or prefix), "latest" or "random". */
  snapshot?: string
  withoutSites?: string[]
  withoutPeers?: string[]
  keep?: boolean
  /** A command run in the restored tree (default: the source's drill.validate, none yet). */
  validate?: string
}
export type DrillResponse = DrillRecord
/** GET /v1/drills?limit=N: drill history, newest first. */
export interface DrillsResponse { drills: DrillRecord[] }

/** POST /v1/wal/push?name=FILE (raw body: the WAL file; on the control socket and the WAL socket, agent/pg/). */
export const WAL_PUSH_PATH = '/v1/wal/push'
/** POST /v1/wal/fetch {name}: the WAL file's bytes (a download). */
export const WAL_FETCH_PATH = '/v1/wal/fetch'
export interface WalPushResponse { name: string, stored: boolean, bytes: number, snapshot: string }
export interface WalFetchRequest { name: string }
export interface WalFetchResponse { name: string, bytes: number }
/** POST /v1/pg/backup {pgdata, connect}: a hot base backup of the configured cluster (NDJSON progress). */
export const PG_BACKUP_PATH = '/v1/pg/backup'
export interface PgBackupRequest { pgdata: string, connect?: string }
/** The base backup record (agent/pg/base-backup.ts BaseBackupMeta) and its snapshot id. */
export type PgBackupResponse = BaseBackupMeta & { record: string }
/** POST /v1/pg/restore {to, target, restoreCommand?}: the newest base backup ended before `to` ("latest": the newest), with the recovery settings (control socket only). */
export const PG_RESTORE_PATH = '/v1/pg/restore'
export interface PgRestoreRequest { to: string, target: string, restoreCommand?: string }
export interface PgRestoreResponse { record: string, target: string, recoveryTargetTime?: string, startLsn: string, stopLsn: string, timeline: number }
/** POST /v1/pg/check {connect}: force a WAL switch, answer once that file is archived (control socket only). */
export const PG_CHECK_PATH = '/v1/pg/check'
export interface PgCheckRequest { connect?: string }
export interface PgCheckResponse { walFile: string, seconds: number }
