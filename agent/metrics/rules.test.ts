/**
 * The alert rules shipped in contrib/prometheus/: promtool accepts them, their
 * unit tests pass, every alert has a test, and every meshbackup_* metric they
 * use is one this agent's registry serves (so rules and code cannot drift).
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { Metrics } from './metrics.js'

const DIR = resolve(import.meta.dirname, '../../contrib/prometheus')
const RULES = 'meshbackup-rules.yml'
const TESTS = ['meshbackup-rules.test.yml', 'meshbackup-rules.week.test.yml']
const PROMTOOL_TIMEOUT_MS = 30_000

interface Rule { alert?: string, record?: string, expr: string }
interface RuleFile { groups: Array<{ name: string, rules: Rule[] }> }
interface TestFile { tests: Array<{ alert_rule_test?: Array<{ alertname: string, exp_alerts: unknown[] }> }> }

async function promtool (...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)('promtool', args, { cwd: DIR, timeout: PROMTOOL_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 })
    return stdout + stderr
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string, stderr?: string }
    if (e.code === 'ENOENT') throw new Error('promtool is not installed: it comes with the Debian package `prometheus` (apt-get install prometheus)')
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`)
  }
}

async function rules (): Promise<Rule[]> {
  const doc = YAML.parse(await readFile(join(DIR, RULES), 'utf8')) as RuleFile
  return doc.groups.flatMap(g => g.rules)
}

describe('Prometheus alert rules', () => {
  it('pass promtool check rules', async () => {
    expect(await promtool('check', 'rules', RULES)).toMatch(/SUCCESS: \d+ rules found/)
  })

  it('pass their promtool unit tests', async () => {
    const out = await promtool('test', 'rules', ...TESTS)
    expect(out).not.toMatch(/FAILED/)
    expect(out.match(/SUCCESS/g)).toHaveLength(TESTS.length)
  })

  it('each alert is tested firing', async () => {
    const tested = new Set<string>()
    for (const f of TESTS) {
      const doc = YAML.parse(await readFile(join(DIR, f), 'utf8')) as TestFile
      for (const t of doc.tests) for (const a of t.alert_rule_test ?? []) if (a.exp_alerts.length > 0) tested.add(a.alertname)
    }
    const alerts = (await rules()).map(r => r.alert).filter((a): a is string => a !== undefined)
    expect(alerts.length).toBeGreaterThanOrEqual(8)
    expect(alerts.filter(a => !tested.has(a))).toEqual([])
  })

  it('use only metrics the agent serves', async () => {
    const metrics = new Metrics({
      selfId: 'self', version: '0', storage: () => [], peers: () => [],
      compliance: async () => ({ packs: { compliant: 0, degraded: 0, 'at-risk': 0 }, snapshots: [] }),
      repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 })
    }, { defaultMetrics: false })
    const served = new Set(metrics.registry.getMetricsAsArray().map(m => m.name))
    const used = new Set<string>()
    for (const r of await rules()) for (const m of r.expr.match(/\bmeshbackup_[a-zA-Z0-9_:]*/g) ?? []) used.add(m)
    expect(used.size).toBeGreaterThanOrEqual(10)
    expect([...used].filter(m => !served.has(m))).toEqual([])
  })
})
