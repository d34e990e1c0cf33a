#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4
// The line above carries agent/runtime.ts's settings (kept in step by a test).
// The polyfill must run before libp2p is loaded: imports evaluate in order.
import '../agent/polyfill.js'
import { main } from './main.js'

// A closed pipe (`meshbackup status | head`) ends the command quietly.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw err })
}

// What this process creates is its user's only (files 0600, directories
// 0700), whatever the caller's umask: the data directory holds the keys and an
// index naming every path backed up, and LevelDB creates its files with the
// umask. Restored files and folders get their modes from the snapshot (chmod).
process.umask(0o077)

// Until main() settles the exit code says failure: a command that never
// finishes (its connection vanished) must not look like a success.
process.exitCode = 1
main(process.argv).then(code => { process.exitCode = code }, (err: Error) => {
  process.stderr.write(`meshbackup: internal error: ${err.stack ?? err.message}\n`)
  process.exitCode = 70
})
