/** POST /v1/keys: list, add, remove, passwd (the key files that wrap the master key). */
import type { KeysResponse } from '../api.js'
import { BadRequestError } from '../errors.js'
import type { ControlServer } from '../server.js'
import { stringField } from './common.js'
import type { RouteServices } from './index.js'

export function keyRoutes (server: ControlServer, s: Pick<RouteServices, 'index' | 'sessions' | 'upkeep' | 'log'>): void {
  server.json<KeysResponse>('POST', '/v1/keys', async (req) => await s.sessions.exclusive(async () => {
    const repo = await s.sessions.open(stringField(req.body, 'passphrase'))
    const op = stringField(req.body, 'op', 'list')
    let changed: { added?: string, removed?: string } = {}
    if (op === 'add' || op === 'passwd') {
      const next = stringField(req.body, 'newPassphrase')
      if (next === '') throw new BadRequestError('the new passphrase is empty')
      changed = { added: await repo.addKey(next) }
      if (op === 'passwd') {
        await s.index.deleteKeyFile(repo.keyId as string)
        changed.removed = repo.keyId
      }
    } else if (op === 'remove') {
      await repo.removeKey(stringField(req.body, 'id'))
      changed = { removed: stringField(req.body, 'id') }
    } else if (op !== 'list') {
      throw new BadRequestError(`unknown key operation ${op}`)
    }
    if (op !== 'list') {
      s.log.info({ op, ...changed }, 'key files changed')
      await s.upkeep.afterKeyChange(repo)
    }
    const keys = (await repo.listKeys()).map(k => ({ id: k.id, current: k.id === repo.keyId && op !== 'passwd', host: k.file.host, username: k.file.username, created: new Date(Number(k.file.createdMs)).toISOString() }))
    return { ...changed, keys }
  }))
}
