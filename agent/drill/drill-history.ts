/**
 * The drill history: one record per drill (when, snapshot, what was left
 * out, phases, RTO measured against the objective, result, errors), kept in
 * DATA/drills.json beside the run history, newest last, at most
 * MAX_DRILL_RECORDS. Written to a temp file and renamed: a crash leaves the
 * old history or the new one.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DrillRecord } from './types.js'

/** Records kept (the oldest go first). */
export const MAX_DRILL_RECORDS = 500
/** The largest history file read, in bytes (500 records are far smaller). */
export const MAX_DRILL_HISTORY_BYTES = 8 * 1024 * 1024

export class DrillHistoryError extends Error {
  override name = 'DrillHistoryError'
}

export class DrillHistory {
  private records: DrillRecord[] | undefined
  private writing: Promise<void> = Promise.resolve()
  readonly path: string

  /** `max`: records kept (default MAX_DRILL_RECORDS). */
  constructor (dataDir: string, private readonly max = MAX_DRILL_RECORDS) {
    this.path = join(dataDir, 'drills.json')
  }

  /** Every record, oldest first. */
  async list (): Promise<DrillRecord[]> {
    if (this.records === undefined) this.records = await this.load()
    return [...this.records]
  }

  /** The records read so far, oldest first (empty until list() or add() has read the file): for sync readers such as the heartbeat. */
  loaded (): readonly DrillRecord[] {
    return this.records ?? []
  }

  async add (rec: DrillRecord): Promise<void> {
    const all = await this.list()
    all.push(rec)
    this.records = all.slice(-this.max)
    const text = JSON.stringify(this.records)
    this.writing = this.writing.then(async () => {
      const tmp = `${this.path}.tmp`
      await writeFile(tmp, text, { mode: 0o600 })
      await rename(tmp, this.path)
    })
    await this.writing
  }

  private async load (): Promise<DrillRecord[]> {
    let text: string
    try {
      const buf = await readFile(this.path)
      if (buf.byteLength > MAX_DRILL_HISTORY_BYTES) throw new DrillHistoryError(`${this.path}: ${buf.byteLength} bytes, more than a drill history holds (${MAX_DRILL_HISTORY_BYTES})`)
      text = buf.toString('utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
    const parsed: unknown = JSON.parse(text)
    if (!Array.isArray(parsed)) throw new DrillHistoryError(`${this.path}: not a list of drill records`)
    return parsed.slice(-this.max) as DrillRecord[]
  }
}
