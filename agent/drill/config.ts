/**
 * The `drills:` section of config.yaml:
 *
 *   drills:
 *     scratch: /var/tmp/meshbackup-drills   # where drills restore (default: DATA/drill-scratch)
 *
 * The scratch directory needs room for the largest snapshot drilled; each
 * drill restores into a new folder in it, removed afterwards unless --keep.
 */
import { isAbsolute } from 'node:path'
import { ConfigError } from '../config.js'

export interface DrillsConfig {
  /** An absolute path; null: DATA/drill-scratch. */
  scratch: string | null
}

export const DEFAULT_DRILLS_CONFIG: DrillsConfig = { scratch: null }

/** Validate the parsed `drills` value (undefined: the defaults). */
export function validateDrillsConfig (v: unknown): DrillsConfig {
  if (v === undefined || v === null) return { ...DEFAULT_DRILLS_CONFIG }
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError('drills must be a mapping (drills: { scratch: /path })')
  for (const k of Object.keys(v)) {
    if (k !== 'scratch') throw new ConfigError(`unknown setting drills.${k} (known: scratch)`)
  }
  const scratch = (v as { scratch?: unknown }).scratch
  if (scratch === undefined || scratch === null) return { scratch: null }
  if (typeof scratch !== 'string' || !isAbsolute(scratch)) throw new ConfigError(`drills.scratch must be an absolute path, got ${JSON.stringify(scratch)}`)
  return { scratch }
}

/** The section as saveConfig writes it, with its comment (commented out when default). */
export function drillsConfigText (c: DrillsConfig): string {
  const head = '# drills: where meshbackup drill restores (a new folder per drill, removed\n' +
    '# afterwards unless --keep); default DATA/drill-scratch. It needs room for the snapshot.\n'
  if (c.scratch === null) return head + '# drills:\n#   scratch: /var/tmp/meshbackup-drills\n'
  return head + `drills:\n  scratch: ${JSON.stringify(c.scratch)}\n`
}
