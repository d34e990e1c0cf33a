/**
 * Where the passphrase comes from, in order: `--passphrase-file FILE` (first line),
 * the MESHBACKUP_PASSPHRASE variable, a prompt on the terminal (no echo).
 * Non-interactive use without either is an error, never a hang.
 */
import { readFile, stat } from 'node:fs/promises'
import { UserError } from './errors.js'

export interface PassphraseSource {
  file?: string
  env?: NodeJS.ProcessEnv
  input?: NodeJS.ReadStream
  output?: NodeJS.WritableStream
  prompt?: string
  /** Ask twice and compare (new keys). */
  confirm?: boolean
  /** Where a warning goes (a secret file others can read); default stderr. */
  warn?: (message: string) => void
}

const MAX_FILE = 64 * 1024

/**
 * The first line of a secret file (a passphrase, an invite token): at most
 * 64 KiB, not empty. `what` names the secret in messages ("passphrase file").
 */
export async function readSecretLine (file: string, what: string, warn: (message: string) => void = m => { process.stderr.write(`warning: ${m}\n`) }): Promise<string> {
  let text: string
  try {
    // warned, not refused: secrets mounted by an orchestrator are often 0644 in a private mount
    const mode = (await stat(file)).mode & 0o777
    if ((mode & 0o044) !== 0) warn(`${what} ${file} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}): chmod 600 ${file}`)
    const buf = await readFile(file)
    if (buf.byteLength > MAX_FILE) throw new UserError(`${what} ${file} is larger than 64 KiB`, 2)
    text = buf.toString('utf8')
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError(`cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 2)
  }
  const line = text.split(/\r?\n/)[0]
  if (line.length === 0) throw new UserError(`${what} ${file} is empty`, 2)
  return line
}

export async function getPassphrase (src: PassphraseSource = {}): Promise<string> {
  if (src.file !== undefined) return await readSecretLine(src.file, 'passphrase file', src.warn)
  const env = src.env ?? process.env
  const fromEnv = env.MESHBACKUP_PASSPHRASE
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const input = src.input ?? process.stdin
  if (input.isTTY !== true) {
    throw new UserError('no passphrase: use --passphrase-file FILE or set MESHBACKUP_PASSPHRASE (no terminal to ask on)', 2)
  }
  const output = src.output ?? process.stderr
  const first = await promptHidden(input, output, src.prompt ?? 'passphrase: ')
  if (src.confirm === true) {
    const again = await promptHidden(input, output, 'passphrase again: ')
    if (again !== first) throw new UserError('the passphrases do not match', 2)
  }
  if (first.length === 0) throw new UserError('empty passphrase', 2)
  return first
}

/** Read one line from a terminal in raw mode without echoing it. */
async function promptHidden (input: NodeJS.ReadStream, output: NodeJS.WritableStream, prompt: string): Promise<string> {
  output.write(prompt)
  return await new Promise<string>((resolve, reject) => {
    let line = ''
    const wasRaw = input.isRaw
    input.setRawMode(true)
    input.resume()
    const done = (err?: Error): void => {
      input.setRawMode(wasRaw)
      input.pause()
      input.off('data', onData)
      output.write('\n')
      if (err !== undefined) reject(err)
      else resolve(line)
    }
    const onData = (buf: Buffer): void => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') { done(); return }
        if (ch === '\u0003') { done(new UserError('interrupted', 130)); return }
        if (ch === '\u0004') { done(new UserError('no passphrase given', 2)); return }
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1)
        else line += ch
      }
    }
    input.on('data', onData)
  })
}
