import { describe, expect, it } from 'vitest'
import { METRIC, Metrics } from '../metrics/metrics.js'
import type { MetricsComponents } from '../metrics/metrics.js'

const base: MetricsComponents = { selfId: 'self', version: '1', storage: () => [], peers: () => [], compliance: async () => ({ packs: { compliant: 0, degraded: 0, 'at-risk': 0 }, snapshots: [] }), repair: () => ({ queue: 0, blocked: 0, lastRunMs: 0 }) }

describe('PostgreSQL WAL archive metrics', () => {
  it('shows the newest archived WAL file\'s time and the failed pushes of the cluster', async () => {
    let figures = { cluster: 'main', lastSuccessMs: 1_700_000_000_000, failures: 0 }
    const m = new Metrics({ ...base, pgWal: async () => figures }, { defaultMetrics: false })
    expect(await m.text()).toContain(`${METRIC.pgWalLastSuccess}{cluster="main"} 1700000000`)
    expect(await m.text()).toContain(`${METRIC.pgWalFailures}{cluster="main"} 0`)
    figures = { cluster: 'main', lastSuccessMs: 1_700_000_060_000, failures: 3 }
    const text = await m.text()
    expect(text).toContain(`${METRIC.pgWalLastSuccess}{cluster="main"} 1700000060`)
    expect(text).toContain(`${METRIC.pgWalFailures}{cluster="main"} 3`)
  })

  it('has no series without a configured cluster', async () => {
    const text = await new Metrics({ ...base, pgWal: async () => undefined }, { defaultMetrics: false }).text()
    expect(text).not.toContain(`${METRIC.pgWalLastSuccess}{`)
  })
})
