import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** What ./serverProbe.mjs saw in the server during one watch (times are epoch milliseconds). */
export type ProbeResult = {
  started: number
  stopped: number
  loopDelay: { p50: number; p99: number; max: number; mean: number }
  seconds: { at: number; max: number; p99: number; sqliteMs: number }[]
  expiries: { at: number; ms: number; tags: string[] }[]
  written: { at: number; kind: string; key: string; tags: string }[]
  /** SQLite statements run (synchronously, on the event loop's thread) and their time in ms. */
  sqlite: {
    statements: number
    ms: number
    writes: number
    writeMs: number
    slowest: { ms: number; sql: string }[]
    bySql: { sql: string; count: number; ms: number }[]
  }
  /** The file it was all written to (probe.json in the throwaway folder). */
  file: string
  /** The CPU profile's file, when one was asked for. */
  profile?: string
}

/** The arguments and environment that load the probe into the server process (Node's `--import`). */
export const probeLaunch = (dir: string, { profile }: { profile: boolean }) => ({
  execArgv: ['--import', pathToFileURL(path.join(process.cwd(), 'scripts', 'lib', 'serverProbe.mjs')).href],
  env: { WARTA_BENCH_PROBE_DIR: dir, WARTA_BENCH_PROFILE: profile ? '1' : '0' },
})

const waitForFile = async (file: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the server probe wrote no ${path.basename(file)} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Starts a watch in the server process `pid` (the probe answers SIGUSR2); `stop` ends it and reads what it saw. */
export const watchServer = async (pid: number, dir: string): Promise<{ stop: () => Promise<ProbeResult> }> => {
  const started = path.join(dir, 'probe.started')
  const result = path.join(dir, 'probe.json')
  const profile = path.join(dir, 'probe.cpuprofile')
  for (const file of [started, result, profile]) rmSync(file, { force: true })
  process.kill(pid, 'SIGUSR2')
  await waitForFile(started, 10_000)
  return {
    stop: async () => {
      process.kill(pid, 'SIGUSR2')
      // Writing a CPU profile of half a minute takes the server a few seconds.
      await waitForFile(result, 120_000)
      const seen = { ...(JSON.parse(readFileSync(result, 'utf8')) as ProbeResult), file: result }
      return existsSync(profile) ? { ...seen, profile } : seen
    },
  }
}
