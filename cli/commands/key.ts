/** `meshbackup key list|add|remove|passwd`: the passphrase-wrapped key files. */
import type { Command } from 'commander'
import type { KeysResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { UserError } from '../errors.js'
import { dataDirOf, withData, withPassphrase } from '../options.js'
import { getPassphrase } from '../passphrase.js'
import type { Printer } from '../printer.js'


export function keyCommand (program: Command, printer: Printer): void {
  const key = program.command('key').description('manage the passphrases (key files) that open this agent\'s backups')
  const run = async (op: string, opts: { data?: string, passphraseFile?: string, newPassphraseFile?: string, json?: boolean }, extra: Record<string, unknown> = {}): Promise<void> => {
    const passphrase = await getPassphrase({ file: opts.passphraseFile, prompt: 'current passphrase: ' })
    let newPassphrase: string | undefined
    if (op === 'add' || op === 'passwd') {
      if (opts.newPassphraseFile === undefined && process.stdin.isTTY !== true) throw new UserError('give the new passphrase with --new-passphrase-file FILE (no terminal to ask on)', 2)
      newPassphrase = await getPassphrase({ file: opts.newPassphraseFile, env: {}, prompt: 'new passphrase: ', confirm: opts.newPassphraseFile === undefined })
    }
    const res = await call<KeysResponse>(dataDirOf(opts), 'POST', '/v1/keys', { op, passphrase, newPassphrase, ...extra })
    if (opts.json === true) { printer.json(res); return }
    if (res.added !== undefined) printer.line(`added key ${res.added.slice(0, 8)}`)
    if (res.removed !== undefined) printer.line(`removed key ${res.removed.slice(0, 8)}`)
    printer.table(['id', 'current', 'user', 'host', 'created'], res.keys.map(k => [k.id.slice(0, 8), k.current ? '*' : '', k.username, k.host, k.created]))
  }
  const common = (c: Command): Command => withPassphrase(withData(c)).option('--json', 'print JSON')
  common(key.command('list').description('list key files')).action(async opts => await run('list', opts))
  common(key.command('add').description('add a passphrase').option('--new-passphrase-file <file>', 'read the new passphrase from FILE')).action(async opts => await run('add', opts))
  common(key.command('passwd').description('change the passphrase in use').option('--new-passphrase-file <file>', 'read the new passphrase from FILE')).action(async opts => await run('passwd', opts))
  common(key.command('remove').description('remove a key file (not the one in use, not the last)').argument('<id>', 'key id or prefix')).action(async (id: string, opts) => await run('remove', opts, { id }))
}
