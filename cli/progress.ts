/**
 * The progress bar of long commands on a terminal (cli-progress, on stderr):
 * files, bytes, rate and ETA. Totals come from the agent's scanner while the
 * run is already going; until they arrive the bar shows what is done so far.
 * Nothing is drawn when stderr is not a terminal or output is JSON.
 */
import cliProgress from 'cli-progress'
import { formatBytes } from '../agent/util/format.js'

export interface ProgressFigures {
  files: number
  bytes: number
  /** Bytes added to the repository (backup) — shown when given. */
  added?: number
}

export class ProgressBar {
  private readonly bar: cliProgress.SingleBar | undefined
  private totalFiles = 0
  private totalBytes = 0
  private started = 0
  private last: ProgressFigures = { files: 0, bytes: 0 }
  /** Recent (time, bytes) samples, for a rate over the last seconds. */
  private samples: Array<[number, number]> = []

  constructor (readonly verb: string, enabled: boolean, stream: NodeJS.WriteStream = process.stderr) {
    if (!enabled || stream.isTTY !== true) return
    this.bar = new cliProgress.SingleBar({
      stream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      fps: 5,
      format: (options, params) => this.line(options, params)
    })
  }

  /** Is a bar drawn at all (enabled, on a terminal)? */
  get active (): boolean { return this.bar !== undefined }

  start (): void {
    this.started = Date.now()
    this.bar?.start(1, 0)
  }

  /** The totals of the run (from the scanner). */
  total (files: number, bytes: number): void {
    this.totalFiles = files
    this.totalBytes = bytes
    this.bar?.setTotal(Math.max(1, bytes))
    this.update(this.last)
  }

  update (f: ProgressFigures): void {
    this.last = f
    const now = Date.now()
    this.samples.push([now, f.bytes])
    while (this.samples.length > 2 && now - this.samples[0][0] > 5000) this.samples.shift()
    this.bar?.update(Math.min(f.bytes, Math.max(1, this.totalBytes)))
  }

  stop (): void {
    this.bar?.stop()
  }

  /** Draw the bar while `fn` runs; it is cleared however `fn` ends. */
  async around<T> (fn: () => Promise<T>): Promise<T> {
    this.start()
    try {
      return await fn()
    } finally {
      this.stop()
    }
  }

  /** Bytes per second over the last few seconds. */
  rate (): number {
    if (this.samples.length < 2) return 0
    const [t0, b0] = this.samples[0]
    const [t1, b1] = this.samples[this.samples.length - 1]
    return t1 > t0 ? (b1 - b0) * 1000 / (t1 - t0) : 0
  }

  private line (options: cliProgress.Options, params: cliProgress.Params): string {
    const f = this.last
    const rate = this.rate()
    const known = this.totalBytes > 0 || this.totalFiles > 0
    const pct = known && this.totalBytes > 0 ? Math.min(100, Math.floor(f.bytes * 100 / this.totalBytes)) : undefined
    const eta = known && rate > 0 ? Math.max(0, (this.totalBytes - f.bytes) / rate) : undefined
    const elapsed = Math.round((Date.now() - this.started) / 1000)
    const parts = [
      `${this.verb} ${cliProgress.Format.BarFormat(pct === undefined ? 0 : params.progress, options)} ${pct === undefined ? '  ?' : String(pct).padStart(3)}%`,
      `${f.files}${known ? `/${this.totalFiles}` : ''} files`,
      `${formatBytes(f.bytes)}${known ? ` / ${formatBytes(this.totalBytes)}` : ''}`,
      `${formatBytes(Math.round(rate))}/s`,
      f.added !== undefined ? `${formatBytes(f.added)} new` : undefined,
      eta === undefined ? `${clock(elapsed)}` : `${clock(elapsed)} ETA ${clock(Math.round(eta))}`
    ]
    return parts.filter(p => p !== undefined).join(' | ')
  }
}

function clock (s: number): string {
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`
}
