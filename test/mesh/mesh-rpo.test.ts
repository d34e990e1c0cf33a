/**
 * Mesh-wide RPO with real agent processes (issue 11): an owner announces its
 * sources' last success and objectives in its heartbeats; every other member's
 * `status --json` shows them, and once the owner is stopped the others keep
 * ageing its last success on their own clock and flag the breach when the
 * objective passes — monitoring does not depend on the watched machine. An
 * observer restarted while the owner is still down knows the owner's sources
 * from its peer table on disk.
 *
 * Three agents (a: the owner, hq; b, c: branch, cloud) with 1 s heartbeats; a
 * backs up one source with rpo 10s, once, by hand (POST /v1/run, the path
 * `meshbackup run` takes). Its policy is k=1, m=1 without the 3-2-1 rules, so
 * that two other members can hold its packs.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStatus, OwnerSourceState, RunResponse } from '../../agent/control/api.js'
import { parseExposition, sampleValue } from '../../agent/metrics/text-format.js'
import { callStream } from '../../cli/control-client.js'
import { freePort, MeshHarness, PASSPHRASE } from './harness.js'

const RPO_SECONDS = 10
const h = new MeshHarness()
let owner: string
/** b's /metrics. */
let bMetrics: string


/** a's www as b's /metrics tells it: age and breach gauges. */
async function wwwMetricsAtB (): Promise<{ age: number | undefined, breached: number | undefined, target: number | undefined }> {
  const res = await fetch(bMetrics, { signal: AbortSignal.timeout(10_000) })
  expect(res.status).toBe(200)
  const f = parseExposition(await res.text())
  const labels = { owner, source: 'www' }
  return {
    age: sampleValue(f, 'meshbackup_backup_age_seconds', labels),
    breached: sampleValue(f, 'meshbackup_rpo_breached', labels),
    target: sampleValue(f, 'meshbackup_rpo_target_seconds', labels)
  }
}

/** a's source `www` as agent `name` reports it (undefined: not known there). */
async function wwwAt (name: string): Promise<OwnerSourceState | undefined> {
  const s: LocalStatus = await h.status(name)
  return s.sources.find(x => x.owner === owner && x.source === 'www')
}

async function sleep (ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}

beforeAll(async () => {
  await h.setup()
  const fast = (y: string): string => y.replace(/intervalSeconds: \d+/, 'intervalSeconds: 1').replace(/downAfterSeconds: \d+/, 'downAfterSeconds: 3')
  // a creates the mesh with k=1, m=1 (init's --k/--m: the repository is made with them); b and c join
  const aDir = join(h.root, 'a')
  await h.cliOk(['init', '--data', aDir, '--site', 'hq', '--media', 'disk', '--listen', '/ip4/127.0.0.1/tcp/0', '--k', '1', '--m', '1'])
  await h.cliOk(['mesh', 'create', '--data', aDir])
  h.agents.set('a', { name: 'a', dir: aDir, site: 'hq', log: '' })
  await h.configure('a', fast)
  await h.start('a')
  for (const [name, site, media] of [['b', 'branch', 'ssd'], ['c', 'cloud', 'object']]) {
    await h.init(name, { site, media, join: await h.invite('a', { site, media, singleUse: true }) })
    await h.configure(name, fast)
    if (name === 'b') {
      // b serves /metrics: the owner's RPO must show there too once the owner is silent
      const port = await freePort()
      bMetrics = `http://127.0.0.1:${port}/metrics`
      await h.configure('b', y => y.replace(/^# metrics:\n# {3}listen: .*$/m, `metrics:\n  listen: 127.0.0.1:${port}`))
    }
    await h.start(name)
  }
  owner = h.get('a').peerId ?? ''
  await h.waitForMembers('a', 2)
  // the owner's source: an operator edits config.yaml and restarts the agent
  const src = join(h.root, 'www')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'index.html'), '<h1>hello</h1>\n')
  const pass = join(h.root, 'a.passphrase')
  await writeFile(pass, PASSPHRASE + '\n', { mode: 0o600 })
  await chmod(pass, 0o600)
  await h.stop('a')
  await h.configure('a', y => y
    .replace(/policy:\n {2}k: \d+\n {2}m: \d+\n {2}copies: \w+\n {2}media: \w+\n {2}offsite: \w+\n {2}siteDiversity: \w+/, 'policy:\n  k: 1\n  m: 1\n  copies: false\n  media: false\n  offsite: false\n  siteDiversity: false') +
    `passphraseFile: ${pass}\nsources:\n  - name: www\n    paths: [${src}]\n    schedule: every 1h\n    rpo: ${RPO_SECONDS}s\n    rto: 30m\n`)
  await h.start('a')
  await h.waitForMembers('b', 2)
}, 180_000)

afterAll(async () => {
  await h.teardown()
})

describe('every owner\'s sources and RPO, mesh-wide', () => {
  it('shows a silent owner\'s RPO age growing on the others and the breach once the objective passed, also after a restart', async () => {
    // announced before any run: never succeeded, so breached
    await h.waitFor('b to hear of a\'s source', async () => (await wwwAt('b')) !== undefined)
    expect(await wwwAt('b')).toMatchObject({ owner, source: 'www', lastSuccessMs: null, rpoSeconds: RPO_SECONDS, rtoSeconds: 1800, rpoState: 'breached', ownerUp: true })
    expect((await h.status('a')).sources).toMatchObject([{ owner, source: 'www', lastSuccessMs: null, rpoState: 'breached', ownerUp: true }])

    // one run by hand
    const run = await callStream<RunResponse>(h.get('a').dir, 'POST', '/v1/run', { source: 'www' }, () => {})
    expect(run).toMatchObject({ source: 'www', error: null, result: 'success', trigger: 'manual' })
    expect(run.snapshot).not.toBeNull()

    // b and c hear of the success: ok, within the objective
    for (const name of ['b', 'c']) {
      await h.waitFor(`${name} to hear of the success`, async () => (await wwwAt(name))?.lastSuccessMs === run.startMs, 15_000)
    }
    const heard = await wwwAt('b')
    expect(heard).toMatchObject({ rpoState: 'ok', ownerUp: true, lastAttemptFailed: false, lastAttemptMs: run.startMs })
    expect(heard?.rpoAgeSeconds).toBeLessThanOrEqual(RPO_SECONDS)

    // the owner dies
    await h.stop('a')
    const stoppedMs = Date.now()
    const first = await wwwAt('b')
    await sleep(2000)
    const second = await wwwAt('b')
    expect(first?.rpoAgeSeconds).not.toBeNull()
    expect(second?.rpoAgeSeconds ?? 0).toBeGreaterThan(first?.rpoAgeSeconds ?? Infinity)
    expect(second?.lastSuccessMs).toBe(run.startMs)
    await h.waitFor('b to see a silent', async () => (await wwwAt('b'))?.ownerUp === false, 15_000)
    await h.waitFor('b to flag the breach', async () => (await wwwAt('b'))?.rpoState === 'breached', (RPO_SECONDS + 10) * 1000)
    const breached = await wwwAt('b')
    expect(breached).toMatchObject({ lastSuccessMs: run.startMs, ownerUp: false, rpoState: 'breached' })
    expect(breached?.rpoAgeSeconds ?? 0).toBeGreaterThan(RPO_SECONDS)
    expect(breached?.heardMs ?? Infinity).toBeLessThanOrEqual(stoppedMs) // last heard before the owner stopped
    // and b's /metrics: the owner's age past the objective, breached, the objective as the target
    const m1 = await wwwMetricsAtB()
    expect(m1.target).toBe(RPO_SECONDS)
    expect(m1.breached).toBe(1)
    expect(m1.age ?? 0).toBeGreaterThan(RPO_SECONDS)
    await sleep(1500)
    expect((await wwwMetricsAtB()).age ?? 0).toBeGreaterThan(m1.age ?? Infinity)
    // c, too: mesh-wide
    expect(await wwwAt('c')).toMatchObject({ lastSuccessMs: run.startMs, rpoState: 'breached', ownerUp: false })

    // the text status says so
    const text = await h.cliOk(['status', '--data', h.get('b').dir])
    const line = text.split('\n').find(l => l.includes(owner.slice(0, 16)) && l.includes(' www '))
    expect(line).toMatch(/BREACHED/)
    expect(line).toMatch(/silent/)
    expect(line).toMatch(/10s/)

    // b restarts while a is still down: the peer table on disk still knows a's source
    await h.stop('b')
    await h.start('b')
    const restarted = await wwwAt('b')
    expect(restarted).toMatchObject({ lastSuccessMs: run.startMs, rpoSeconds: RPO_SECONDS, rpoState: 'breached', ownerUp: false })
    expect(restarted?.rpoAgeSeconds ?? 0).toBeGreaterThanOrEqual(breached?.rpoAgeSeconds ?? Infinity)
  }, 180_000)
})
