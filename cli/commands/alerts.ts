/** `meshbackup alerts`: the alerts this agent has raised and not yet resolved. */
import type { Command } from 'commander'
import type { AlertJson, AlertsResponse } from '../../agent/control/api.js'
import { call } from '../control-client.js'
import { dataDirOf, withData } from '../options.js'
import type { Printer } from '../printer.js'

/** "webhook delivered, command failed (3×: …)": how an alert's notice went. */
export function deliveryText (a: AlertJson): string {
  if (a.delivery.length === 0) return a.status === 'pending' ? '-' : 'no channel'
  return a.delivery.map(d => `${d.channel} ${d.state}${d.state === 'delivered' ? '' : ` (${d.attempts} tries${d.lastError === null ? '' : `: ${d.lastError}`})`}`).join(', ')
}

export function alertsCommand (program: Command, printer: Printer): void {
  withData(program.command('alerts')
    .description('list the active alerts (since when, summary, delivery)')
    .option('--json', 'print JSON'))
    .action(async (opts: { data?: string, json?: boolean }) => {
      const r = await call<AlertsResponse>(dataDirOf(opts), 'GET', '/v1/alerts')
      if (opts.json === true) { printer.json(r); return }
      if (r.channels.length === 0) printer.line('no webhook or command configured (config.yaml alerts:): alerts are only listed here')
      if (r.active.length === 0) {
        printer.line('no active alerts')
      } else {
        printer.table(['since', 'severity', 'alert', 'summary', 'delivery'], r.active.map(a => [a.since, a.severity, a.key, a.summary, deliveryText(a)]))
      }
      if (r.pending.length > 0) {
        printer.line()
        printer.line(`pending (waiting out their grace period): ${r.pending.length}`)
        printer.table(['since', 'alert', 'summary'], r.pending.map(a => [a.since, a.key, a.summary]))
      }
      if (r.resolving.length > 0) {
        printer.line()
        printer.line(`resolved, notice not delivered yet: ${r.resolving.length}`)
        printer.table(['ended', 'alert', 'delivery'], r.resolving.map(a => [a.endsAt ?? '?', a.key, deliveryText(a)]))
      }
      if (r.stats.deliveryFailures > 0) printer.warn(`${r.stats.deliveryFailures} notice(s) given up after retries; last error: ${r.stats.lastDeliveryError ?? '?'}`)
      if (r.stats.lastEvaluationError !== null) printer.warn(`the last evaluation failed: ${r.stats.lastEvaluationError}`)
    })
}
