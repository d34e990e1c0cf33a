/**
 * The one place that prints. Commands hand it lines, tables and JSON; it knows
 * whether stdout is a terminal (colours, progress) or a pipe (plain, JSON).
 */
export class Printer {
  constructor (
    readonly out: NodeJS.WritableStream = process.stdout,
    readonly err: NodeJS.WritableStream = process.stderr
  ) {}

  get isTTY (): boolean {
    return (this.out as NodeJS.WriteStream).isTTY === true
  }

  line (text = ''): void {
    this.out.write(text + '\n')
  }

  step (text: string): void {
    this.line(this.isTTY ? `\x1b[1m==> ${text}\x1b[0m` : `==> ${text}`)
  }

  ok (text: string): void {
    this.line(this.isTTY ? `  \x1b[32m✓\x1b[0m ${text}` : `  ok: ${text}`)
  }

  warn (text: string): void {
    this.err.write(`warning: ${text}\n`)
  }

  error (text: string): void {
    this.err.write(`error: ${text}\n`)
  }

  json (value: unknown): void {
    this.out.write(JSON.stringify(value, null, 2) + '\n')
  }

  table (headers: string[], rows: Array<Array<string | number>>): void {
    const cells = [headers, ...rows.map(r => r.map(String))]
    const widths = headers.map((_, i) => Math.max(...cells.map(r => (r[i] ?? '').length)))
    const fmt = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
    this.line(fmt(headers))
    this.line(widths.map(w => '-'.repeat(w)).join('  '))
    for (const r of cells.slice(1)) this.line(fmt(r))
  }
}

