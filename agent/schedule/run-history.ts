/**
 * The run history, in the agent's index (store/keys.ts):
 *
 *   `run:<source>:<seq, 12 digits>` → a RunRecord (JSON), the last `keep` per source
 *   `runsrc:<source>`               → SourceRuns (JSON): first sight, last slot
 *                                     handled, last attempt, last success, last full
 *
 * Attempt and success are kept apart: the last success lives in the source's
 * record, so trimming old runs (or a run of failures) never moves it. A run is
 * written "running" when it starts and finished when it ends; a record still
 * running at open() was cut short by a crash (kill -9, power) and is closed as
 * failed "agent stopped during the run".
 */
import type { Level } from 'level'
import { PREFIX, prefixEnd } from '../../store/keys.js'
import { MAX_RUN_RECORD_BYTES } from './constants.js'
import type { RunRecord } from './types.js'

/** What the history keeps of a source besides its runs. */
export interface SourceRuns {
  /** When this agent first saw the source in its config. */
  firstSeenMs: number
  /** The newest slot handled (run, skipped or missed): catch-up looks for slots after it. */
  lastSlotMs: number
  lastAttempt: RunRecord | null
  lastSuccess: RunRecord | null
  /** Start of the newest successful full backup (a plan's full runs); 0: none. */
  lastFullMs: number
}

export const CRASHED_RUN_ERROR = 'agent stopped during the run'

const VIEW = { keyEncoding: 'utf8', valueEncoding: 'view' } as const

function runKey (source: string, seq: number): string {
  return `${PREFIX.run}${source}:${String(seq).padStart(12, '0')}`
}

function encodeJson (v: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(v), 'utf8')
}

function decodeJson<T> (bytes: Uint8Array): T | undefined {
  if (bytes.byteLength > MAX_RUN_RECORD_BYTES) return undefined
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T
  } catch {
    return undefined
  }
}

export class RunHistory {
  private readonly state = new Map<string, SourceRuns>()
  /** Per source: the seqs stored, oldest first. */
  private readonly seqs = new Map<string, number[]>()
  /** Writes in order (a finish never overtakes its begin). */
  private writing: Promise<unknown> = Promise.resolve()

  constructor (private readonly db: Level<string, Uint8Array>, private readonly options: { keep: number }) {}

  /** Load every source's state; close the records a crash left running. Returns the records closed. */
  async open (nowMs: number): Promise<RunRecord[]> {
    this.state.clear()
    this.seqs.clear()
    for await (const [key, value] of this.db.iterator({ gte: PREFIX.runSource, lt: prefixEnd(PREFIX.runSource), ...VIEW })) {
      const s = decodeJson<SourceRuns>(value)
      if (s !== undefined) this.state.set(key.slice(PREFIX.runSource.length), s)
    }
    const closed: RunRecord[] = []
    for await (const [key, value] of this.db.iterator({ gte: PREFIX.run, lt: prefixEnd(PREFIX.run), ...VIEW })) {
      const rest = key.slice(PREFIX.run.length)
      const cut = rest.lastIndexOf(':')
      const source = rest.slice(0, cut)
      const seq = Number(rest.slice(cut + 1))
      const list = this.seqs.get(source) ?? []
      list.push(seq)
      this.seqs.set(source, list)
      const r = decodeJson<RunRecord>(value)
      if (r !== undefined && r.endMs === 0) {
        closed.push({ ...r, endMs: Math.max(nowMs, r.startMs), result: 'failed', error: CRASHED_RUN_ERROR })
      }
    }
    for (const r of closed) await this.finish(r)
    return closed
  }

  /** The source's state; a source seen for the first time is recorded as first seen now. */
  async ensureSource (source: string, nowMs: number): Promise<SourceRuns> {
    const held = this.state.get(source)
    if (held !== undefined) return held
    const s: SourceRuns = { firstSeenMs: nowMs, lastSlotMs: nowMs, lastAttempt: null, lastSuccess: null, lastFullMs: 0 }
    await this.saveSource(source, s)
    return s
  }

  /** The source's state as held (undefined: never seen). */
  source (source: string): SourceRuns | undefined {
    return this.state.get(source)
  }

  /** Note a slot handled (catch-up looks for slots after the newest). */
  async noteSlot (source: string, slotMs: number): Promise<void> {
    const s = this.state.get(source)
    if (s === undefined || slotMs <= s.lastSlotMs) return
    await this.saveSource(source, { ...s, lastSlotMs: slotMs })
  }

  /** Start a run: given every field but seq; written as running (endMs 0). */
  async begin (r: Omit<RunRecord, 'seq'>): Promise<RunRecord> {
    const list = this.seqs.get(r.source) ?? []
    const seq = (list[list.length - 1] ?? 0) + 1
    const record: RunRecord = { ...r, seq }
    list.push(seq)
    this.seqs.set(r.source, list)
    await this.serial(async () => { await this.db.put(runKey(r.source, seq), encodeJson(record), VIEW) })
    return record
  }

  /** A record that starts and ends at once (skipped, missed). */
  async add (r: Omit<RunRecord, 'seq'>): Promise<RunRecord> {
    return await this.finish(await this.begin(r))
  }

  /** Finish a run: the record as it ended; the source's last attempt (and success) follow; old runs beyond `keep` go. */
  async finish (record: RunRecord): Promise<RunRecord> {
    const held = this.state.get(record.source) ?? { firstSeenMs: record.startMs, lastSlotMs: 0, lastAttempt: null, lastSuccess: null, lastFullMs: 0 }
    const attempted = record.result === 'success' || record.result === 'failed'
    const next: SourceRuns = {
      ...held,
      lastAttempt: attempted && record.startMs >= (held.lastAttempt?.startMs ?? 0) ? record : held.lastAttempt,
      lastSuccess: record.result === 'success' && record.startMs >= (held.lastSuccess?.startMs ?? 0) ? record : held.lastSuccess,
      lastFullMs: record.result === 'success' && record.type === 'full' ? Math.max(held.lastFullMs, record.startMs) : held.lastFullMs
    }
    const list = this.seqs.get(record.source) ?? []
    const drop = list.length > this.options.keep ? list.splice(0, list.length - this.options.keep) : []
    this.state.set(record.source, next)
    await this.serial(async () => {
      const batch = this.db.batch()
      batch.put(runKey(record.source, record.seq), encodeJson(record), VIEW)
      batch.put(PREFIX.runSource + record.source, encodeJson(next), VIEW)
      for (const seq of drop) batch.del(runKey(record.source, seq), { keyEncoding: 'utf8' })
      await batch.write()
    })
    return record
  }

  /** Runs newest first: of one source, or of all (merged by start time); at most `limit`; with `sinceMs`, none that started before it. */
  async list (source?: string, limit = Number.MAX_SAFE_INTEGER, options: { sinceMs?: number } = {}): Promise<RunRecord[]> {
    const out: RunRecord[] = []
    const sources = source === undefined ? [...this.seqs.keys()] : [source]
    for (const s of sources) {
      const prefix = `${PREFIX.run}${s}:`
      let n = 0
      for await (const [, value] of this.db.iterator({ gte: prefix, lt: prefixEnd(prefix), reverse: true, ...VIEW })) {
        const r = decodeJson<RunRecord>(value)
        // seqs follow start times: the rest is older still
        if (r !== undefined && options.sinceMs !== undefined && r.startMs < options.sinceMs) break
        if (r !== undefined) out.push(r)
        if (++n >= limit) break
      }
    }
    out.sort((a, b) => b.startMs - a.startMs || b.seq - a.seq)
    return out.slice(0, limit)
  }

  private async saveSource (source: string, s: SourceRuns): Promise<void> {
    this.state.set(source, s)
    await this.serial(async () => { await this.db.put(PREFIX.runSource + source, encodeJson(s), VIEW) })
  }

  private async serial (fn: () => Promise<void>): Promise<void> {
    const run = this.writing.then(fn, fn)
    this.writing = run.catch(() => {})
    await run
  }
}
