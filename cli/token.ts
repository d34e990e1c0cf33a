/**
 * Where an invite token comes from, in order: `--join-file FILE` /
 * `--mesh-file FILE` (first line), the argument itself (`--join TOKEN`,
 * `--mesh TOKEN`: works, with a warning, since the token holds the mesh secret
 * and other local users can read a process's arguments from /proc/PID/cmdline),
 * then the MESHBACKUP_TOKEN variable.
 */
import { UserError } from './errors.js'
import { readSecretLine } from './passphrase.js'

export const TOKEN_ENV = 'MESHBACKUP_TOKEN'

export interface TokenSource {
  /** The token given as an argument (`--join` / `--mesh`). */
  arg?: string
  /** The file given with `--join-file` / `--mesh-file`. */
  file?: string
  /** The option names, for messages: e.g. '--join' (its file option is '--join-file'). */
  option: '--join' | '--mesh'
  env?: NodeJS.ProcessEnv
  /** Where the warning about a token on the command line goes (the printer's warn). */
  warn: (text: string) => void
}

/** The warning printed when a token is passed as an argument. */
export function tokenOnCommandLineWarning (option: string): string {
  return `${option} puts the mesh secret on the command line, where other local users can read it (/proc/PID/cmdline); use ${option}-file FILE or ${TOKEN_ENV} instead`
}

/** Is a token given at all (argument, file or environment)? */
export function hasToken (src: Pick<TokenSource, 'arg' | 'file' | 'env'>): boolean {
  return src.arg !== undefined || src.file !== undefined || ((src.env ?? process.env)[TOKEN_ENV] ?? '') !== ''
}

/** The token, or undefined when none is given. */
export async function getToken (src: TokenSource): Promise<string | undefined> {
  if (src.arg !== undefined && src.file !== undefined) throw new UserError(`give ${src.option} or ${src.option}-file, not both`, 2)
  if (src.file !== undefined) return (await readSecretLine(src.file, 'token file')).trim()
  if (src.arg !== undefined) {
    src.warn(tokenOnCommandLineWarning(src.option))
    return src.arg
  }
  const fromEnv = (src.env ?? process.env)[TOKEN_ENV]
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv.trim()
}
