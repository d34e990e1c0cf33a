/**
 * Byte counts for people, in binary units (B, KiB, MiB, GiB, TiB): the one
 * formatter of the CLI's output and the agent's messages. (The config file's
 * size syntax, parseSize / formatSize in agent/config.ts, is a format of its
 * own: exact and round-trippable.)
 */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const

/**
 * `fixed` (the default, for tables and progress lines: the width holds still):
 * 100 → "100 B", 2048 → "2.00 KiB", 20 MiB → "20.0 MiB".
 * `compact` (for sentences): 4 MiB → "4 MiB", 1536 → "1.5 KiB", 100 → "100 B".
 */
export function formatBytes (bytes: number, style: 'fixed' | 'compact' = 'fixed'): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  if (unit === 0) return `${value} B`
  const text = style === 'fixed'
    ? value.toFixed(value < 10 ? 2 : 1)
    : Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '')
  return `${text} ${UNITS[unit]}`
}

/** A transfer rate in decimal megabytes per second: "12.3 MB/s". */
export function formatRate (bytes: number, ms: number): string {
  return `${(bytes / 1e6 / Math.max(ms / 1000, 1e-6)).toFixed(1)} MB/s`
}
