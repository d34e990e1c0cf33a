/**
 * The `alerts:` section of config.yaml: where notices go (a webhook and/or a
 * notify command; neither: alerts are only listed by `meshbackup alerts`)
 * and the thresholds of the rules. Validated here, called from
 * validateConfig; every message names the key.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { isAbsolute } from 'node:path'

export interface AlertsConfig {
  /** http(s) URL that gets one JSON POST per transition; null: none. */
  webhook: string | null
  /** Absolute path of an executable run once per transition (alert in env vars, JSON on stdin); null: none. */
  command: string | null
  /** An own source whose 30-day success rate is below this alerts (0: never). */
  successRateBelow: number
  /** The shard store fuller than this fraction of its capacity alerts (1: never). */
  storageAbove: number
  /** A degraded snapshot alerts once it has stayed degraded this long, in seconds. */
  degradedGraceSeconds: number
  /** How often the conditions are checked, in seconds (and after every run). */
  intervalSeconds: number
}

export const DEFAULT_ALERTS: AlertsConfig = {
  webhook: null,
  command: null,
  successRateBelow: 0.95,
  storageAbove: 0.85,
  degradedGraceSeconds: 3600,
  intervalSeconds: 30
}

const KEYS = ['webhook', 'command', 'successRateBelow', 'storageAbove', 'degradedGraceSeconds', 'intervalSeconds']

/** An invalid `alerts.*` setting (loadConfig reports it as a ConfigError naming the file). */
export class AlertsConfigError extends Error {
  override name = 'AlertsConfigError'
}

function fraction (v: unknown, what: string, min: number, dflt: number): number {
  if (v === undefined) return dflt
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > 1) {
    throw new AlertsConfigError(`${what} must be a number from ${min} to 1, got ${JSON.stringify(v)}`)
  }
  return v
}

function seconds (v: unknown, what: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new AlertsConfigError(`${what} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`)
  }
  return v
}

function webhook (v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null
  if (typeof v !== 'string') throw new AlertsConfigError(`alerts.webhook must be an http or https URL, got ${JSON.stringify(v)}`)
  let url: URL
  try { url = new URL(v) } catch { throw new AlertsConfigError(`alerts.webhook: "${v}" is not a URL`) }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AlertsConfigError(`alerts.webhook must be an http or https URL, got ${url.protocol} ("${v}")`)
  return url.toString()
}

function command (v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null
  if (typeof v !== 'string' || !isAbsolute(v)) throw new AlertsConfigError(`alerts.command must be the absolute path of an executable file, got ${JSON.stringify(v)}`)
  try {
    if (!statSync(v).isFile()) throw new AlertsConfigError(`alerts.command: ${v} is not a file`)
    accessSync(v, constants.X_OK)
  } catch (err) {
    if (err instanceof AlertsConfigError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new AlertsConfigError(`alerts.command: ${v} ${code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not executable' : `cannot be used (${(err as Error).message})`}`)
  }
  return v
}

/** Validate the `alerts:` mapping (undefined: the defaults). */
export function validateAlerts (doc: unknown): AlertsConfig {
  const d = DEFAULT_ALERTS
  if (doc === undefined || doc === null) return { ...d }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new AlertsConfigError('alerts must be a mapping')
  for (const k of Object.keys(doc)) {
    if (!KEYS.includes(k)) throw new AlertsConfigError(`unknown setting alerts.${k} (known: ${KEYS.join(', ')})`)
  }
  const a = doc as Record<string, unknown>
  return {
    webhook: webhook(a.webhook),
    command: command(a.command),
    successRateBelow: fraction(a.successRateBelow, 'alerts.successRateBelow', 0, d.successRateBelow),
    storageAbove: fraction(a.storageAbove, 'alerts.storageAbove', 0.01, d.storageAbove),
    degradedGraceSeconds: seconds(a.degradedGraceSeconds, 'alerts.degradedGraceSeconds', 0, 365 * 86400, d.degradedGraceSeconds),
    intervalSeconds: seconds(a.intervalSeconds, 'alerts.intervalSeconds', 1, 3600, d.intervalSeconds)
  }
}

/** The `alerts:` section as saveConfig writes it, with its comments. */
export function alertsYaml (a: AlertsConfig): string {
  return `# alerts: conditions the agent checks itself every intervalSeconds and after
# every run (a run failed, an RPO breached, a success rate below
# successRateBelow (0: never), the shard store fuller than storageAbove, a
# snapshot at risk or degraded for degradedGraceSeconds, repair blocked). Each
# alert is sent once when it starts and once when it ends to the webhook (an
# http(s) URL, JSON POST) and/or the command (an executable: the alert in
# MESHBACKUP_ALERT_* variables, the JSON on stdin); neither: only listed by
# \`meshbackup alerts\`.
alerts:
  webhook: ${a.webhook === null ? 'null' : JSON.stringify(a.webhook)}
  command: ${a.command === null ? 'null' : JSON.stringify(a.command)}
  successRateBelow: ${a.successRateBelow}
  storageAbove: ${a.storageAbove}
  degradedGraceSeconds: ${a.degradedGraceSeconds}
  intervalSeconds: ${a.intervalSeconds}
`
}
