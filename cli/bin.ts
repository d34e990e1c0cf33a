#!/usr/bin/env node
// The polyfill must run before libp2p is loaded: imports evaluate in order.
import '../agent/polyfill.js'
import { main } from './main.js'

main(process.argv).then(code => { process.exitCode = code }, (err: Error) => {
  process.stderr.write(`meshbackup: internal error: ${err.stack ?? err.message}\n`)
  process.exitCode = 70
})
