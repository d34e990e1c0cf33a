/**
 * One logger family: pino. The agent's services take a pino logger (a child
 * per component: `{ component: 'repair' }`); libp2p and the protocols, which
 * log through libp2p's ComponentLogger interface (debug-style format strings),
 * get an adapter over the same pino logger, so that every line is one JSON
 * object on stderr with the component's name.
 *
 * libp2p's own lines (its `log()` and `log.error()`: connection and stream
 * life, resets) are routine: they go out at pino's debug level and its
 * `trace()` at trace; when those levels are off the adapter's loggers are
 * no-ops that report `enabled: false`, so hot paths pay nothing.
 */
import { format } from 'node:util'
import type { ComponentLogger, Logger as Libp2pLogger } from '@libp2p/interface'
import type { Logger } from 'pino'

/** A pino child for one component of the agent. */
export function componentLog (root: Logger, component: string): Logger {
  return root.child({ component })
}

/**
 * libp2p's format specifiers (%p peer id, %a multiaddr, %c CID, %k key, %e
 * error, %b / %x bytes as base64 / hex, %t time) as text; the rest (%s %d %o
 * %j %%) as node's util.format does them.
 */
function render (formatter: unknown, args: unknown[]): string {
  if (typeof formatter !== 'string') return format(formatter, ...args)
  let i = 0
  const rest: unknown[] = []
  const text = formatter.replace(/%([a-zA-Z%])/g, (whole, spec: string) => {
    if (spec === '%' || i >= args.length) return whole
    const arg = args[i++]
    switch (spec) {
      case 'p': case 'a': case 'c': case 'k': case 't': return String(arg)
      case 'e': return arg instanceof Error ? (arg.stack ?? arg.message) : String(arg)
      case 'b': return arg instanceof Uint8Array ? Buffer.from(arg).toString('base64') : String(arg)
      case 'x': return arg instanceof Uint8Array ? Buffer.from(arg).toString('hex') : String(arg)
      default: rest.push(arg); return whole
    }
  })
  rest.push(...args.slice(i))
  return rest.length === 0 ? text.replaceAll('%%', '%') : format(text, ...rest)
}

function libp2pLogger (root: Logger, name: string): Libp2pLogger {
  const debug = root.isLevelEnabled('debug')
  const trace = root.isLevelEnabled('trace')
  const child = debug ? root.child({ component: name }) : undefined
  const log: Libp2pLogger = Object.assign(
    child === undefined ? () => {} : (formatter: unknown, ...args: unknown[]) => { child.debug(render(formatter, args)) },
    {
      error: child === undefined ? () => {} : (formatter: unknown, ...args: unknown[]) => { child.debug({ failure: true }, render(formatter, args)) },
      trace: child === undefined || !trace ? () => {} : (formatter: unknown, ...args: unknown[]) => { child.trace(render(formatter, args)) },
      enabled: debug,
      newScope: (scope: string): Libp2pLogger => libp2pLogger(root, `${name}:${scope}`)
    })
  return log
}

/** libp2p's ComponentLogger over a pino logger. */
export function pinoComponentLogger (root: Logger): ComponentLogger {
  return { forComponent: (name: string) => libp2pLogger(root, name) }
}
