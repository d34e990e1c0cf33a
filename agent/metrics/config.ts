/**
 * The `metrics:` section of config.yaml: where the agent serves /metrics.
 *
 *   metrics:
 *     listen: 127.0.0.1:9464     # host:port; [::1]:9464; localhost:9464
 *
 * Off unless set. The host is an IPv4 or IPv6 literal (IPv6 in brackets) or
 * `localhost`: never a name to resolve, so the address bound is the address
 * written.
 */
import { isIPv4, isIPv6 } from 'node:net'
import { ConfigError } from '../config.js'

/** The address /metrics is served on. */
export interface MetricsListen {
  /** An IP literal (IPv6 without brackets) or "localhost". */
  host: string
  port: number
}

export interface MetricsConfig {
  /** null: no /metrics. */
  listen: MetricsListen | null
}

export const DEFAULT_METRICS_CONFIG: MetricsConfig = { listen: null }

/** The address suggested in the config's comments and the issue. */
export const EXAMPLE_METRICS_LISTEN = '127.0.0.1:9464'

/** "127.0.0.1:9464", "[::1]:9464", "localhost:9464" → host and port; `what` names the key in errors. */
export function parseListen (value: unknown, what: string): MetricsListen {
  if (typeof value !== 'string') throw new ConfigError(`${what} must be host:port (e.g. ${EXAMPLE_METRICS_LISTEN}), got ${JSON.stringify(value)}`)
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value)
  if (m === null) throw new ConfigError(`${what} must be host:port with an IPv4 address, [IPv6 address] or localhost (e.g. ${EXAMPLE_METRICS_LISTEN}), got ${JSON.stringify(value)}`)
  const port = Number(m[3])
  if (port < 1 || port > 65535) throw new ConfigError(`${what}: port must be from 1 to 65535, got ${port}`)
  if (m[1] !== undefined) {
    if (!isIPv6(m[1])) throw new ConfigError(`${what}: "${m[1]}" in brackets is not an IPv6 address`)
    return { host: m[1], port }
  }
  const host = m[2]
  if (host !== 'localhost' && !isIPv4(host)) throw new ConfigError(`${what}: host must be an IPv4 address, [IPv6 address] or localhost (no names to resolve), got "${host}"`)
  return { host, port }
}

/** host:port as written in the config. */
export function formatListen (l: MetricsListen): string {
  return isIPv6(l.host) ? `[${l.host}]:${l.port}` : `${l.host}:${l.port}`
}

/** Validate the parsed `metrics` value (undefined: off). */
export function validateMetricsConfig (v: unknown): MetricsConfig {
  if (v === undefined || v === null) return { ...DEFAULT_METRICS_CONFIG }
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError('metrics must be a mapping (metrics: { listen: host:port })')
  for (const k of Object.keys(v)) {
    if (k !== 'listen') throw new ConfigError(`unknown setting metrics.${k} (known: listen)`)
  }
  const listen = (v as { listen?: unknown }).listen
  return { listen: listen === undefined || listen === null ? null : parseListen(listen, 'metrics.listen') }
}

/** The section as saveConfig writes it, with its comment (commented out when off). */
export function metricsConfigText (c: MetricsConfig): string {
  const head = '# metrics: serve Prometheus metrics on GET /metrics at listen (host:port: an IPv4\n' +
    '# address, [IPv6 address] or localhost); off unless set. Alert rules for them:\n' +
    '# contrib/prometheus/meshbackup-rules.yml.\n'
  if (c.listen === null) return head + `# metrics:\n#   listen: ${EXAMPLE_METRICS_LISTEN}\n`
  return head + `metrics:\n  listen: ${JSON.stringify(formatListen(c.listen))}\n`
}
