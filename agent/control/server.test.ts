import { request } from 'node:http'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SnapshotNotFoundError } from '../snapshot/snapshots.js'
import { PlacementInfeasibleError } from '../placement/live-placement.js'
import { BadRequestError, NotInMeshError, PeerUnreachableError } from './errors.js'
import { ControlServer } from './server.js'
import { CONTROL_SOCKET } from './api.js'

const dirs: string[] = []
const servers: ControlServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function ask (socketPath: string, method: string, path: string, body = ''): Promise<{ status: number, text: string }> {
  return await new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => { text += c })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('ControlServer', () => {
  it('maps named failures to HTTP statuses through one table and reports unnamed ones as bugs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-control-'))
    dirs.push(dir)
    const bugs: string[] = []
    const s = new ControlServer(join(dir, CONTROL_SOCKET), err => bugs.push(err.message))
    servers.push(s)
    const failures: Record<string, Error> = {
      bad: new BadRequestError('paths: a list'),
      mesh: new NotInMeshError('in no mesh'),
      feasible: new PlacementInfeasibleError('cannot place'),
      snapshot: new SnapshotNotFoundError('no snapshot'),
      peer: new PeerUnreachableError('peer gone'),
      bug: new Error('a bug')
    }
    for (const [name, err] of Object.entries(failures)) s.json('POST', `/${name}`, async () => { throw err })
    s.json('POST', '/ok', async (req) => ({ echo: req.body.x }))
    s.stream('POST', '/stream', async (_req, send) => { send({ event: 'progress', done: 1 }); throw new PlacementInfeasibleError('late') })
    await s.start()
    const sock = join(dir, CONTROL_SOCKET)
    expect(statSync(sock).mode & 0o777).toBe(0o600)
    const got: Record<string, number> = {}
    for (const name of Object.keys(failures)) got[name] = (await ask(sock, 'POST', `/${name}`)).status
    expect(got).toEqual({ bad: 400, mesh: 409, feasible: 409, snapshot: 404, peer: 502, bug: 500 })
    expect(bugs).toEqual(['a bug'])
    expect(await ask(sock, 'POST', '/ok', '{"x":3}')).toEqual({ status: 200, text: '{"echo":3}' })
    expect((await ask(sock, 'POST', '/ok', '[1]')).status).toBe(400)
    expect((await ask(sock, 'POST', '/ok', 'x'.repeat(1024 * 1024 + 1))).status).toBe(400)
    expect((await ask(sock, 'GET', '/nothing')).status).toBe(404)
    const lines = (await ask(sock, 'POST', '/stream')).text.trim().split('\n').map(l => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toEqual([{ event: 'progress', done: 1 }, { event: 'error', error: 'late', name: 'PlacementInfeasibleError' }])
  })
})
