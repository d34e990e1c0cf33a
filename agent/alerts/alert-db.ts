/**
 * The alerts on disk, in the agent's index: one record per key.
 * Key layout (store/keys.ts): `alert:<alert key>` → AlertRecord as JSON.
 * A record that is too large or does not parse is skipped (and dropped at
 * the next save of that key).
 */
import { PREFIX, prefixEnd } from '../../store/keys.js'
import { MAX_RECORD_BYTES } from './constants.js'
import type { AlertRecord } from './types.js'

const ALERT_PREFIX = PREFIX.alert
const PREFIX_END = prefixEnd(PREFIX.alert)

const UTF8 = { keyEncoding: 'utf8' } as const
const VIEW = { keyEncoding: 'utf8', valueEncoding: 'view' } as const

/** The part of an open `level` database this store uses. */
export interface AlertLevel {
  put: (key: string, value: Uint8Array, options: typeof VIEW) => Promise<void>
  del: (key: string, options: typeof UTF8) => Promise<void>
  iterator: (options: { gte: string, lt: string, keyEncoding: 'utf8', valueEncoding: 'view' }) => AsyncIterable<[string, Uint8Array]>
}

function isRecord (v: unknown): v is AlertRecord {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return typeof r.key === 'string' && typeof r.kind === 'string' && typeof r.summary === 'string' &&
    (r.status === 'pending' || r.status === 'firing' || r.status === 'resolved') &&
    typeof r.pendingSinceMs === 'number' && typeof r.startsAtMs === 'number' && typeof r.endsAtMs === 'number' &&
    typeof r.fields === 'object' && r.fields !== null && typeof r.delivery === 'object' && r.delivery !== null
}

export class AlertDb {
  constructor (private readonly db: AlertLevel) {}

  /** Every record saved (oversized or malformed ones skipped). */
  async load (): Promise<AlertRecord[]> {
    const out: AlertRecord[] = []
    for await (const [key, value] of this.db.iterator({ gte: ALERT_PREFIX, lt: PREFIX_END, ...VIEW })) {
      if (value.byteLength > MAX_RECORD_BYTES) continue
      let rec: unknown
      try { rec = JSON.parse(Buffer.from(value).toString('utf8')) } catch { continue }
      if (isRecord(rec) && ALERT_PREFIX + rec.key === key) out.push(rec)
    }
    return out
  }

  async save (record: AlertRecord): Promise<void> {
    await this.db.put(ALERT_PREFIX + record.key, Buffer.from(JSON.stringify(record), 'utf8'), VIEW)
  }

  async delete (key: string): Promise<void> {
    await this.db.del(ALERT_PREFIX + key, UTF8)
  }
}
