/**
 * The agent's configuration: `config.yaml` in the data directory.
 *
 * Written by `meshbackup init`, read at every start, validated field by field:
 * an unknown key, a wrong type or an impossible value stops the agent with a
 * message naming the key, never a silent default.
 */
import { chmod, readFile, writeFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import YAML from 'yaml'
import { MAX_POLICY_SHARDS } from './erasure/constants.js'
import type { PlacementPolicy } from './placement/index.js'
import { DEFAULT_ALERTS, alertsYaml, validateAlerts } from './alerts/config.js'
import type { AlertsConfig } from './alerts/config.js'
import { metricsConfigText, validateMetricsConfig } from './metrics/config.js'
import type { MetricsConfig } from './metrics/config.js'
import { drillsConfigText, validateDrillsConfig } from './drill/config.js'
import type { DrillsConfig } from './drill/config.js'
import { pgConfigText, validatePgConfig } from './pg/config.js'
import type { PgConfig } from './pg/config.js'
import { DEFAULT_RUNS_KEEP } from './schedule/constants.js'
import { OPERATIONS_KEYS, operationsYaml, validateOperations } from './schedule/source-config.js'
import type { OperationsConfig } from './schedule/source-config.js'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The config's policy is the placement policy itself: k, m and each 3-2-1 rule. */
export type PolicyConfig = PlacementPolicy

export interface AgentConfig extends OperationsConfig {
  site: string
  media: string
  /** Bytes offered to other members' shards. */
  capacity: number
  listen: string[]
  bootstrap: string[]
  policy: PolicyConfig
  repair: { graceSeconds: number, maxBytesPerSecond: number, auditIntervalSeconds: number }
  heartbeat: { intervalSeconds: number, downAfterSeconds: number }
  /** Per-member quota on this agent's store (bytes); 0 = capacity. */
  quotaPerMember: number
  /** Peer ids allowed to issue invites (mesh invite); empty = every member may. */
  admins: string[]
  /** Alert channels and thresholds (agent/alerts/config.ts). */
  alerts: AlertsConfig
  /** Where /metrics is served (agent/metrics/config.ts); listen null: off. */
  metrics: MetricsConfig
  /** Where drills restore (agent/drill/config.ts). */
  drills: DrillsConfig
  /** The PostgreSQL cluster whose WAL is archived (agent/pg/config.ts); null: off. */
  pg: PgConfig | null
}

export const DEFAULT_CONFIG: AgentConfig = {
  site: 'default',
  media: 'disk',
  capacity: 100 * 2 ** 30,
  listen: ['/ip4/0.0.0.0/tcp/7443'],
  bootstrap: [],
  policy: { k: 4, m: 2, copies: true, media: true, offsite: true, siteDiversity: true },
  repair: { graceSeconds: 3600, maxBytesPerSecond: 50 * 1024 * 1024, auditIntervalSeconds: 3600 },
  heartbeat: { intervalSeconds: 5, downAfterSeconds: 20 },
  quotaPerMember: 0,
  admins: [],
  alerts: DEFAULT_ALERTS,
  metrics: { listen: null },
  drills: { scratch: null },
  pg: null,
  sources: [],
  passphraseFile: null,
  runs: { keep: DEFAULT_RUNS_KEEP },
  prune: { schedule: null }
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 }

/** "100GiB", "1.5 TB", "4096" → bytes. */
export function parseSize (text: string | number, what = 'size'): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text < 0) throw new ConfigError(`${what}: ${text} is not a size`)
    return Math.floor(text)
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text)
  const unit = m?.[2].toLowerCase() ?? ''
  if (m === null || UNITS[unit] === undefined) throw new ConfigError(`${what}: "${text}" is not a size (examples: 500GiB, 2TB, 1048576)`)
  return Math.floor(Number(m[1]) * UNITS[unit])
}

/** Bytes in the config file's size syntax, exact (the inverse of parseSize): 500 GiB → "500GiB". For display use agent/util/format.ts. */
export function formatSize (n: number): string {
  for (const [u, v] of [['TiB', 2 ** 40], ['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (n >= v && n % v === 0) return `${n / v}${u}`
  }
  return String(n)
}

const LABEL = /^[a-z0-9][a-z0-9._-]{0,62}$/

export function checkLabel (value: unknown, what: string): string {
  if (typeof value !== 'string' || !LABEL.test(value)) {
    throw new ConfigError(`${what} must be a lower-case label (letters, digits, . _ -), got ${JSON.stringify(value)}`)
  }
  return value
}

export function checkMultiaddr (value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ConfigError(`${what} must be a multiaddr string`)
  try {
    multiaddr(value)
  } catch {
    throw new ConfigError(`${what}: "${value}" is not a multiaddr (example: /ip4/10.0.0.5/tcp/7443)`)
  }
  return value
}

/** A peer id as text (base58btc "12D3Koo…" or a CID "bafz…"); its key is checked where it is used. */
function checkPeerIdText (value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{40,64}$|^b[a-z2-7]{40,120}$/.test(value)) throw new ConfigError(`${what} must be a peer id (as printed by meshbackup status), got ${JSON.stringify(value)}`)
  return value
}

function obj (v: unknown, what: string, keys: string[]): Record<string, unknown> {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`${what} must be a mapping`)
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) throw new ConfigError(`unknown setting ${what === 'config' ? k : `${what}.${k}`} (known: ${keys.join(', ')})`)
  }
  return v as Record<string, unknown>
}

function int (v: unknown, what: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(`${what} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`)
  }
  return v
}

function bool (v: unknown, what: string, dflt: boolean): boolean {
  if (v === undefined) return dflt
  if (typeof v !== 'boolean') throw new ConfigError(`${what} must be true or false, got ${JSON.stringify(v)}`)
  return v
}

function list (v: unknown, what: string, check: (x: unknown, w: string) => string, dflt: string[]): string[] {
  if (v === undefined) return dflt
  if (!Array.isArray(v)) throw new ConfigError(`${what} must be a list`)
  return v.map((x, i) => check(x, `${what}[${i}]`))
}

/** Validate a parsed YAML document into an AgentConfig. */
export function validateConfig (doc: unknown): AgentConfig {
  const d = DEFAULT_CONFIG
  const c = obj(doc, 'config', ['site', 'media', 'capacity', 'listen', 'bootstrap', 'policy', 'repair', 'heartbeat', 'quotaPerMember', 'admins', 'alerts', 'metrics', 'drills', 'pg', ...OPERATIONS_KEYS])
  const p = obj(c.policy, 'policy', ['k', 'm', 'copies', 'media', 'offsite', 'siteDiversity'])
  const r = obj(c.repair, 'repair', ['graceSeconds', 'maxBytesPerSecond', 'auditIntervalSeconds'])
  const h = obj(c.heartbeat, 'heartbeat', ['intervalSeconds', 'downAfterSeconds'])
  const policy: PolicyConfig = {
    k: int(p.k, 'policy.k', 1, MAX_POLICY_SHARDS, d.policy.k),
    m: int(p.m, 'policy.m', 0, MAX_POLICY_SHARDS, d.policy.m),
    copies: bool(p.copies, 'policy.copies', d.policy.copies),
    media: bool(p.media, 'policy.media', d.policy.media),
    offsite: bool(p.offsite, 'policy.offsite', d.policy.offsite),
    siteDiversity: bool(p.siteDiversity, 'policy.siteDiversity', d.policy.siteDiversity)
  }
  if (policy.k + policy.m > MAX_POLICY_SHARDS) throw new ConfigError(`policy.k + policy.m must be at most ${MAX_POLICY_SHARDS}, got ${policy.k + policy.m}`)
  const heartbeat = {
    intervalSeconds: int(h.intervalSeconds, 'heartbeat.intervalSeconds', 1, 3600, d.heartbeat.intervalSeconds),
    downAfterSeconds: int(h.downAfterSeconds, 'heartbeat.downAfterSeconds', 2, 86400, d.heartbeat.downAfterSeconds)
  }
  if (heartbeat.downAfterSeconds < 2 * heartbeat.intervalSeconds) {
    throw new ConfigError('heartbeat.downAfterSeconds must be at least twice heartbeat.intervalSeconds')
  }
  return {
    site: c.site === undefined ? d.site : checkLabel(c.site, 'site'),
    media: c.media === undefined ? d.media : checkLabel(c.media, 'media'),
    capacity: c.capacity === undefined ? d.capacity : parseSize(c.capacity as string | number, 'capacity'),
    listen: list(c.listen, 'listen', checkMultiaddr, d.listen),
    bootstrap: list(c.bootstrap, 'bootstrap', checkMultiaddr, d.bootstrap),
    policy,
    repair: {
      graceSeconds: int(r.graceSeconds, 'repair.graceSeconds', 0, 365 * 86400, d.repair.graceSeconds),
      maxBytesPerSecond: r.maxBytesPerSecond === undefined ? d.repair.maxBytesPerSecond : parseSize(r.maxBytesPerSecond as string | number, 'repair.maxBytesPerSecond'),
      auditIntervalSeconds: int(r.auditIntervalSeconds, 'repair.auditIntervalSeconds', 0, 30 * 86400, d.repair.auditIntervalSeconds)
    },
    heartbeat,
    quotaPerMember: c.quotaPerMember === undefined ? d.quotaPerMember : parseSize(c.quotaPerMember as string | number, 'quotaPerMember'),
    admins: list(c.admins, 'admins', checkPeerIdText, d.admins),
    alerts: validateAlerts(c.alerts),
    metrics: validateMetricsConfig(c.metrics),
    drills: validateDrillsConfig(c.drills),
    pg: validatePgConfig(c.pg),
    ...validateOperations(c)
  }
}

export const CONFIG_FILE = 'config.yaml'

export async function loadConfig (dir: string): Promise<AgentConfig> {
  const path = join(dir, CONFIG_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError(`no agent in ${dir} (no ${CONFIG_FILE}): run meshbackup init first`)
    throw new ConfigError(`cannot read ${path}: ${(err as Error).message}`)
  }
  if (text.length > 1024 * 1024) throw new ConfigError(`${path} is larger than 1 MiB`)
  let doc: unknown
  try {
    doc = YAML.parse(text, { prettyErrors: true, uniqueKeys: true })
  } catch (err) {
    throw new ConfigError(`${path} is not valid YAML: ${(err as Error).message}`)
  }
  try {
    return validateConfig(doc)
  } catch (err) {
    throw new ConfigError(`${path}: ${(err as Error).message}`)
  }
}

/** Write the config with comments that document every setting. */
export async function saveConfig (dir: string, c: AgentConfig): Promise<void> {
  const text = `# meshbackup agent configuration (validated at every start).
# site: failure domain of this server (an office, a data centre, a region).
site: ${c.site}
# media: storage class of this server's disks (disk, ssd, nas, tape, object ...).
media: ${c.media}
# capacity: space this agent offers for other members' shards (e.g. 500GiB, 2TB).
capacity: ${formatSize(c.capacity)}
# quotaPerMember: most bytes one member may store here (0: up to capacity).
quotaPerMember: ${formatSize(c.quotaPerMember)}
# listen: multiaddrs the agent listens on.
listen:
${c.listen.map(a => `  - ${a}`).join('\n')}
# bootstrap: multiaddrs (with /p2p/ID) of members to dial at start.
bootstrap:${c.bootstrap.length === 0 ? ' []' : '\n' + c.bootstrap.map(a => `  - ${a}`).join('\n')}
# policy: erasure code (k data + m parity shards per pack) and the 3-2-1 rules
# (copies: k+m distinct peers and m >= 2; media: two media classes; offsite:
# k shards outside this site; siteDiversity: at most m shards in any one site).
policy:
  k: ${c.policy.k}
  m: ${c.policy.m}
  copies: ${c.policy.copies}
  media: ${c.policy.media}
  offsite: ${c.policy.offsite}
  siteDiversity: ${c.policy.siteDiversity}
# repair: how long a peer may be down before its shards are rebuilt elsewhere,
# the most bytes per second repair may send, and how often every shard of this
# owner is audited (a random block of each; 0 = never; check --read-data reads all).
repair:
  graceSeconds: ${c.repair.graceSeconds}
  maxBytesPerSecond: ${formatSize(c.repair.maxBytesPerSecond)}
  auditIntervalSeconds: ${c.repair.auditIntervalSeconds}
# heartbeat: how often members announce themselves, and when a silent one is down.
heartbeat:
  intervalSeconds: ${c.heartbeat.intervalSeconds}
  downAfterSeconds: ${c.heartbeat.downAfterSeconds}
# admins: peer ids of the members allowed to issue invites (mesh invite), and
# whose invites this agent accepts; [] = every member may.
admins:${c.admins.length === 0 ? ' []' : '\n' + c.admins.map(a => `  - ${a}`).join('\n')}
${metricsConfigText(c.metrics)}${drillsConfigText(c.drills)}${pgConfigText(c.pg)}${operationsYaml(c)}${alertsYaml(c.alerts)}`
  validateConfig(YAML.parse(text))
  const tmp = join(dir, `.${CONFIG_FILE}.tmp`)
  // 0600: the mode given to writeFile only applies to a file it creates
  await writeFile(tmp, text, { mode: 0o600 })
  await chmod(tmp, 0o600)
  await rename(tmp, join(dir, CONFIG_FILE))
}
