import { describe, expect, it } from 'vitest'
import { ExpositionParseError, parseExposition, sampleValue } from './text-format.js'

describe('text format reader', () => {
  it('reads families, labels with escapes, special values and histogram samples', () => {
    const f = parseExposition([
      '# HELP a_total Things done.',
      '# TYPE a_total counter',
      'a_total{source="w\\"w",result="ok"} 3',
      'a_total{source="x\\\\y\\nz",result="ok",} 4 1700000000000',
      '# a plain comment',
      '# TYPE h histogram',
      'h_bucket{le="+Inf"} 2',
      'h_sum 1.5e3',
      'h_count 2',
      'g NaN',
      'i -Inf',
      ''
    ].join('\n'))
    expect(f.get('a_total')?.type).toBe('counter')
    expect(f.get('a_total')?.help).toBe('Things done.')
    expect(sampleValue(f, 'a_total', { source: 'w"w' })).toBe(3)
    expect(sampleValue(f, 'a_total', { source: 'x\\y\nz' })).toBe(4)
    expect(f.get('h')?.samples.map(s => s.name)).toEqual(['h_bucket', 'h_sum', 'h_count'])
    expect(sampleValue(f, 'h_sum')).toBeUndefined()
    expect(f.get('h')?.samples.find(s => s.name === 'h_sum')?.value).toBe(1500)
    expect(Number.isNaN(sampleValue(f, 'g'))).toBe(true)
    expect(sampleValue(f, 'i')).toBe(-Infinity)
    expect(() => sampleValue(f, 'a_total', { result: 'ok' })).toThrow(/2 samples of a_total/)
  })

  it('rejects what Prometheus would not read', () => {
    for (const bad of ['1abc 2', 'a{b=c} 1', 'a{b="c} 1', 'a{b="c"} x', 'a{b="c",b="d"} 1', 'a 1 2 3', 'a', '# TYPE a countr', 'a{b="\\q"} 1', 'a 1 1.5']) {
      expect(() => parseExposition(bad + '\n'), bad).toThrow(ExpositionParseError)
    }
  })
})
