/**
 * The benchmark corpus of ../shared/bench/make-corpus, built once into
 * `.bench/corpus-full` (1 GiB) or `.bench/corpus-small` (~100 MiB) under the
 * repository root and reused by every benchmark.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

/** test/bench → the repository root, also when run compiled from dist/test/bench. */
export const ROOT = resolve(import.meta.dirname, import.meta.dirname.includes('/dist/test/') ? '../../..' : '../..')
export const BENCH_DIR = join(ROOT, '.bench')
export const MAKE_CORPUS = resolve(ROOT, '../shared/bench/make-corpus')

export function corpusDir (small: boolean): string {
  return join(BENCH_DIR, small ? 'corpus-small' : 'corpus-full')
}

/** The corpus directory, built first if it is not there (or was left half-built). */
export async function ensureCorpus (small: boolean): Promise<string> {
  const dir = corpusDir(small)
  if (existsSync(join(dir, '.anchor-corpus.json'))) return dir
  await mkdir(BENCH_DIR, { recursive: true })
  await rm(dir, { recursive: true, force: true })
  await promisify(execFile)(MAKE_CORPUS, small ? ['--small', dir] : [dir], { maxBuffer: 64 * 1024 * 1024 })
  return dir
}
