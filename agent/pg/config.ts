/**
 * The `pg:` section of config.yaml: the PostgreSQL cluster whose WAL this
 * agent archives, and the WAL socket its archive_command / restore_command
 * (run as the database server's user) reach the agent through.
 *
 *   pg:
 *     cluster: main                      # a name; tags pg-cluster:<name>
 *     socket: /run/meshbackup/wal.sock   # serves only wal-push / wal-fetch of this cluster
 *     socketMode: "0660"                 # octal
 *     socketGroup: 116                   # gid given the socket (e.g. the postgres group); null: the agent's
 *     degraded: false                    # true: store WAL even when the mesh cannot meet the policy
 *
 * Off unless set.
 */
import { ConfigError } from '../config.js'

export interface PgConfig {
  cluster: string
  socket: string
  socketMode: number
  socketGroup: number | null
  degraded: boolean
}

const KEYS = ['cluster', 'socket', 'socketMode', 'socketGroup', 'degraded']

/** Validate the parsed `pg` value (undefined or null: off). */
export function validatePgConfig (v: unknown): PgConfig | null {
  if (v === undefined || v === null) return null
  if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError('pg must be a mapping (pg: { cluster: NAME, socket: PATH })')
  const o = v as Record<string, unknown>
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) throw new ConfigError(`unknown setting pg.${k} (known: ${KEYS.join(', ')})`)
  if (typeof o.cluster !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(o.cluster)) throw new ConfigError(`pg.cluster must be a name of 1 to 64 letters, digits, _ . -, got ${JSON.stringify(o.cluster)}`)
  if (typeof o.socket !== 'string' || !o.socket.startsWith('/') || o.socket.length > 100) throw new ConfigError(`pg.socket must be an absolute path of at most 100 characters (a Unix socket), got ${JSON.stringify(o.socket)}`)
  const modeText = o.socketMode === undefined ? '0660' : String(o.socketMode)
  if (!/^0?[0-7]{3}$/.test(modeText)) throw new ConfigError(`pg.socketMode must be an octal mode such as "0660", got ${JSON.stringify(o.socketMode)}`)
  const group = o.socketGroup
  if (group !== undefined && group !== null && (typeof group !== 'number' || !Number.isInteger(group) || group < 0 || group > 0xffffffff)) throw new ConfigError(`pg.socketGroup must be a numeric group id or null, got ${JSON.stringify(group)}`)
  if (o.degraded !== undefined && typeof o.degraded !== 'boolean') throw new ConfigError(`pg.degraded must be true or false, got ${JSON.stringify(o.degraded)}`)
  return { cluster: o.cluster, socket: o.socket, socketMode: parseInt(modeText, 8), socketGroup: (group as number | null | undefined) ?? null, degraded: o.degraded === true }
}

/** The section as saveConfig writes it, with its comment (commented out when off). */
export function pgConfigText (c: PgConfig | null): string {
  const head = '# pg: the PostgreSQL cluster whose WAL this agent archives (archive_command =\n' +
    "# 'meshbackup wal-push --socket SOCKET %p', restore_command = 'meshbackup wal-fetch\n" +
    "# --socket SOCKET %f %p'); socket serves only those, with socketMode and socketGroup\n" +
    '# (the database server\'s group); degraded: store even when the policy cannot be met.\n'
  if (c === null) return head + '# pg:\n#   cluster: main\n#   socket: /run/meshbackup/wal.sock\n#   socketMode: "0660"\n#   socketGroup: null\n'
  return head + `pg:\n  cluster: ${c.cluster}\n  socket: ${JSON.stringify(c.socket)}\n  socketMode: "0${c.socketMode.toString(8)}"\n  socketGroup: ${c.socketGroup ?? 'null'}\n  degraded: ${c.degraded}\n`
}
