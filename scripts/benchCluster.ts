/**
 * `npm run bench:cluster [-- --reports 2000 --seconds 8 --rounds 3 --threads 2 --connections 20
 * --port 4000 --publications 7 --scanner-rate 64]`: the embedded default (one process, SQLite) and the
 * scaled topology (Varnish in front of 2 web processes and a worker, PostgreSQL, Redis:
 * scripts/lib/cluster.ts) in one run, each holding N published reports, each beside nginx serving
 * the same bytes from files with the same response headers (the ceiling, measured again in each
 * phase: the machine's noise differs; `--nginx-own-headers` leaves nginx its own few headers).
 *
 * Load from Debian's wrk (-t THREADS -c CONNECTIONS -d SECONDS, Accept-Encoding: gzip): hits on a
 * report page, home and /feed.xml, ROUNDS pairs with nginx taking turns to go first; unknown URLs
 * (/tidak-ada-<n>) and unknown report slugs (/berita/tidak-ada-<n>), a new one per request; the cached
 * report page's p99 alone and while a scanner sends unknown URLs at 64 req/s (ROUNDS pairs); through
 * Varnish, publish-to-visible (a writer writes and submits and an editor publishes through one web
 * process; the page and home polled through Varnish every 15 ms). Targets (2 cores): Varnish hits >=
 * 70% of nginx; embedded unknown URLs and slugs >= 50% of the cached page's rate; the cached page's
 * p99 with the scanner within 2x of its p99 without (both topologies); publish-to-visible < 1 s.
 *
 * Both phases serve one public origin, http://localhost:PORT (the embedded server, then Varnish), so
 * one production build serves both. Web processes on PORT+1 and PORT+2, the worker on PORT+9, nginx
 * on PORT+80; Redis on CLUSTER_REDIS_PORT (6392), PostgreSQL on CLUSTER_POSTGRES_PORT (5442).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchSample } from './lib/benchReports'
import { measureTopology, type Settings, type TopologyFigures } from './lib/benchTopology'
import { buildIfNeeded } from './lib/build'
import { clusterBenchTables } from './lib/clusterBenchTables'
import { backendsVcl, missingPrograms, onPath, startCluster, type Cluster } from './lib/cluster'
import { publishToVisible, type Visible } from './lib/publishToVisible'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const REPORTS = arg('reports', 2000)
const PORT = arg('port', 4000)
const PUBLICATIONS = arg('publications', 7)
/** `--varnish-param name=value`, as often as wanted: varnishd's tuning, for trials. */
const VARNISH_PARAMS = process.argv.flatMap((value, i) => (process.argv[i - 1] === '--varnish-param' ? [value] : []))
const SECRET = 'warta-bench-secret'
const ORIGIN = `http://127.0.0.1:${PORT}`
const SERVER_URL = `http://localhost:${PORT}`
const say = (line: string) => process.stdout.write(`${line}\n`)

const missing = [...missingPrograms(), ...['wrk', 'nginx'].filter((program) => !onPath(program))]
if (missing.length > 0) {
  process.stderr.write(`npm run bench:cluster needs Debian's ${missing.join(', ')}: apt-get install ${missing.join(' ')}\n`)
  process.exit(1)
}
if (process.env.DATABASE_URL) {
  process.stderr.write('npm run bench:cluster makes its own throwaway databases (SQLite, then PostgreSQL): unset DATABASE_URL.\n')
  process.exit(2)
}

// Not mkdtemp's: Debian's `postgres` user must reach the cluster's data folder inside it.
const dir = path.join(os.tmpdir(), `warta-bench-cluster-${process.pid}`)
mkdirSync(dir, { recursive: true, mode: 0o755 })
const settings: Settings = {
  load: {
    threads: arg('threads', 2),
    connections: arg('connections', 20),
    seconds: arg('seconds', 8),
    headers: { 'Accept-Encoding': 'gzip' },
  },
  rounds: arg('rounds', 3),
  warmupSeconds: 2,
  scannerRate: arg('scanner-rate', 64),
  nginxPort: PORT + 80,
  nginxOwnHeaders: process.argv.includes('--nginx-own-headers'),
  dir,
  say,
}
// A varnishd parameter it refuses fails now, not after the embedded phase (varnishd -C checks them).
if (VARNISH_PARAMS.length > 0) {
  const check = path.join(dir, 'varnish-check')
  mkdirSync(check, { recursive: true })
  writeFileSync(path.join(check, 'backends.vcl'), backendsVcl([PORT + 1, PORT + 2]))
  const vclDir = path.resolve('deploy', 'varnish')
  const args = [
    '-C',
    '-f',
    path.join(vclDir, 'warta.vcl'),
    '-p',
    `vcl_path=${check}:${vclDir}`,
    ...VARNISH_PARAMS.flatMap((param) => ['-p', param]),
  ]
  const result = spawnSync('varnishd', args, { encoding: 'utf8' })
  if (result.status !== 0) {
    process.stderr.write(`varnishd refuses ${VARNISH_PARAMS.join(' ')}:\n${result.stderr}\n`)
    rmSync(dir, { recursive: true, force: true })
    process.exit(2)
  }
}
// The build and every process serve the one origin.
process.env.SERVER_URL = SERVER_URL

let server: ChildProcess | undefined
let cluster: Cluster | undefined
const stopServer = async () => {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server!.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
}
const cleanUp = async () => {
  await stopServer()
  await cluster?.stop()
  rmSync(dir, { recursive: true, force: true })
}
/** The end of a log, for a failure's message (the folder goes with the clean-up). */
const tail = (file: string, lines = 20): string => {
  try {
    return `--- ${path.basename(file)} (last ${lines} lines)\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}\n`
  } catch {
    return ''
  }
}
let interrupted = false
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    say('\nStopping the servers, nginx and the cluster...')
    void cleanUp().finally(() => process.exit(code))
  })
}

/** Migrates, seeds and fills a database in a process of its own (scripts/benchData.ts); its sample. */
const fillDatabase = async (env: Record<string, string>, name: string): Promise<BenchSample> => {
  const out = path.join(dir, `${name}-sample.json`)
  const child = spawn(process.execPath, ['scripts/run.mjs', 'benchData', '--reports', String(REPORTS), '--out', out], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`filling the ${name} database failed (${code}):\n${output}`)
  return JSON.parse(readFileSync(out, 'utf8')) as BenchSample
}

const waitForServer = async (url: string, child: ChildProcess) => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not answer within 120 s')
}

const pagesOf = (sample: BenchSample) => [
  { name: 'report /berita/{slug}', path: `/berita/${sample.slugs[0]}` },
  { name: 'home /', path: '/' },
  { name: 'feed /feed.xml', path: '/feed.xml' },
]

let embedded: TopologyFigures
let scaled: TopologyFigures
let visible: Visible
try {
  say(`Building the production app for ${SERVER_URL} if its sources changed (about three minutes on 2 cores)...`)
  const build = await buildIfNeeded({ progress: say })
  say(build.built ? `Built in ${build.seconds} s.` : 'Reusing the existing production build.')

  // Phase 1: the embedded default, the server `npm start` runs, on SQLite.
  const embeddedDir = path.join(dir, 'embedded')
  mkdirSync(embeddedDir, { recursive: true })
  const embeddedEnv = {
    DATABASE_URL: `file:${path.join(embeddedDir, 'bench.db')}`,
    MEDIA_DIR: path.join(embeddedDir, 'media'),
    PAYLOAD_SECRET: SECRET,
    SERVER_URL,
  }
  say(`\n[1/2] Embedded default: seeding ${REPORTS} published reports into SQLite...`)
  const embeddedSample = await fillDatabase(embeddedEnv, 'embedded')
  const log = path.join(embeddedDir, 'server.log')
  const logFd = openSync(log, 'a')
  server = spawn(process.execPath, ['src/server/nextServer.mjs'], {
    stdio: ['ignore', logFd, logFd],
    env: { MALLOC_ARENA_MAX: '2', ...process.env, ...embeddedEnv, NODE_ENV: 'production', PORT: String(PORT) },
  })
  await waitForServer(`${ORIGIN}/tentang`, server)
  embedded = await measureTopology(
    { name: 'embedded', origin: ORIGIN, pids: [server.pid!], processes: [ORIGIN] },
    pagesOf(embeddedSample),
    settings,
  )
  await stopServer()

  // Phase 2: the scaled topology, Varnish on the same origin.
  say(`\n[2/2] Scaled topology: PostgreSQL, Redis, 2 web processes, a worker, Varnish on ${SERVER_URL}...`)
  let clusterSample: BenchSample | undefined
  const redis = Number(process.env.CLUSTER_REDIS_PORT) || 6392
  const postgres = Number(process.env.CLUSTER_POSTGRES_PORT) || 5442
  cluster = await startCluster({
    dir: path.join(dir, 'cluster'),
    ports: { varnish: PORT, apps: [PORT + 1, PORT + 2], worker: PORT + 9, redis, postgres },
    env: { MEDIA_DIR: path.join(dir, 'cluster', 'media'), PAYLOAD_SECRET: SECRET },
    varnishParams: VARNISH_PARAMS,
    say: (line) => say(`  ${line}`),
    prepare: async (env) => {
      await buildIfNeeded({ progress: say, env: { ...process.env, ...env } })
      say(`  Seeding ${REPORTS} published reports into PostgreSQL...`)
      clusterSample = await fillDatabase(env, 'cluster')
    },
  })
  const app = cluster.apps[0]!
  scaled = await measureTopology(
    {
      name: 'Varnish',
      origin: ORIGIN,
      pids: [cluster.varnish.pid, ...cluster.apps.map((a) => a.child.pid!)],
      processes: cluster.apps.map((a) => a.url),
      varnishWorkDir: cluster.varnish.workDir,
    },
    pagesOf(clusterSample!),
    settings,
  )
  say('  publish-to-visible through Varnish...')
  visible = await publishToVisible({ via: app.url, reader: ORIGIN, password: clusterSample!.editorPassword, publications: PUBLICATIONS })
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  const logs = [
    path.join(dir, 'embedded', 'server.log'),
    ...['app-1', 'app-2', 'worker', 'varnish'].map((name) => path.join(dir, 'cluster', 'logs', `${name}.log`)),
  ]
  for (const log of logs) process.stderr.write(tail(log))
  await cleanUp()
  process.exit(1)
}
await cleanUp()
say(
  `\n${clusterBenchTables({ reports: REPORTS, settings, varnishParams: VARNISH_PARAMS, publications: PUBLICATIONS, embedded, scaled, visible })}`,
)
process.exit(0)
