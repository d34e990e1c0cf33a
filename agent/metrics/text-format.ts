/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4):
 * `# HELP`, `# TYPE` and sample lines `name{label="value",...} value [ms]`.
 * A line it cannot read is an error naming the line, so a test that reads
 * /metrics with it fails on output Prometheus would reject.
 */

/** Largest exposition read, in characters. */
export const MAX_EXPOSITION_CHARS = 16 * 1024 * 1024

export class ExpositionParseError extends Error {
  override name = 'ExpositionParseError'
}

export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

export interface MetricFamily {
  name: string
  type: string
  help: string
  samples: Sample[]
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped'])
const SUFFIXES = ['_bucket', '_sum', '_count']

function parseValue (text: string, line: number): number {
  // as Prometheus reads them (Go's ParseFloat): NaN and Inf in any case
  const t = text.toLowerCase()
  if (t === 'nan') return NaN
  if (t === '+inf' || t === 'inf') return Infinity
  if (t === '-inf') return -Infinity
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new ExpositionParseError(`line ${line}: "${text}" is not a sample value`)
  return Number(text)
}

/** Families by name, in the order met; a sample without a TYPE is its own untyped family. */
export function parseExposition (text: string): Map<string, MetricFamily> {
  if (text.length > MAX_EXPOSITION_CHARS) throw new ExpositionParseError(`exposition larger than ${MAX_EXPOSITION_CHARS} characters`)
  const families = new Map<string, MetricFamily>()
  const family = (name: string): MetricFamily => {
    let f = families.get(name)
    if (f === undefined) {
      f = { name, type: 'untyped', help: '', samples: [] }
      families.set(name, f)
    }
    return f
  }
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((raw, i) => {
    const n = i + 1
    const line = raw.trim()
    if (line === '') return
    if (line.startsWith('#')) {
      const m = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s+(.*))?$/.exec(line)
      if (m === null) return // a plain comment
      const [, kind, name, rest = ''] = m
      if (!NAME.test(name) || NAME.exec(name)?.[0] !== name) throw new ExpositionParseError(`line ${n}: "${name}" is not a metric name`)
      const f = family(name)
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new ExpositionParseError(`line ${n}: unknown type "${rest}"`)
        if (f.samples.length > 0) throw new ExpositionParseError(`line ${n}: TYPE of ${name} after its samples`)
        f.type = rest
      } else {
        f.help = rest.replace(/\\n/g, '\n').replace(/\\\\/g, '\\')
      }
      return
    }
    const nameMatch = NAME.exec(line)
    if (nameMatch === null) throw new ExpositionParseError(`line ${n}: no metric name in "${raw}"`)
    const name = nameMatch[0]
    let pos = name.length
    const labels: Record<string, string> = {}
    if (line[pos] === '{') {
      pos++
      for (;;) {
        while (line[pos] === ' ') pos++
        if (line[pos] === '}') { pos++; break }
        const ln = LABEL_NAME.exec(line.slice(pos))
        if (ln === null) throw new ExpositionParseError(`line ${n}: bad label name at column ${pos + 1}`)
        pos += ln[0].length
        if (line[pos] !== '=' || line[pos + 1] !== '"') throw new ExpositionParseError(`line ${n}: expected ="value" after label ${ln[0]}`)
        pos += 2
        let value = ''
        for (;;) {
          const ch = line[pos]
          if (ch === undefined) throw new ExpositionParseError(`line ${n}: unterminated value of label ${ln[0]}`)
          pos++
          if (ch === '"') break
          if (ch === '\\') {
            const e = line[pos++]
            if (e === 'n') value += '\n'
            else if (e === '"' || e === '\\') value += e
            else throw new ExpositionParseError(`line ${n}: bad escape \\${e ?? ''} in label ${ln[0]}`)
          } else {
            value += ch
          }
        }
        if (ln[0] in labels) throw new ExpositionParseError(`line ${n}: label ${ln[0]} twice`)
        labels[ln[0]] = value
        if (line[pos] === ',') pos++
        else if (line[pos] !== '}') throw new ExpositionParseError(`line ${n}: expected , or } after label ${ln[0]}`)
      }
    }
    const rest = line.slice(pos).trim().split(/\s+/)
    if (rest.length < 1 || rest.length > 2 || rest[0] === '') throw new ExpositionParseError(`line ${n}: expected a value (and a timestamp) after ${name}`)
    if (rest.length === 2 && !/^-?\d+$/.test(rest[1])) throw new ExpositionParseError(`line ${n}: "${rest[1]}" is not a timestamp`)
    const value = parseValue(rest[0], n)
    const base = SUFFIXES.find(s => name.endsWith(s) && families.has(name.slice(0, -s.length)) && ['histogram', 'summary'].includes(families.get(name.slice(0, -s.length))?.type ?? ''))
    family(base === undefined ? name : name.slice(0, -base.length)).samples.push({ name, labels, value })
  })
  return families
}

/** The value of the one sample of `name` whose labels include `labels`; undefined: none; an error when several match. */
export function sampleValue (families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  const f = families.get(name)
  if (f === undefined) return undefined
  const hits = f.samples.filter(s => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
  if (hits.length > 1) throw new ExpositionParseError(`${hits.length} samples of ${name} match ${JSON.stringify(labels)}`)
  return hits[0]?.value
}
