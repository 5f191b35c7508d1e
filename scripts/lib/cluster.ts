/**
 * The scaled topology on one machine, from Debian's packages: PostgreSQL, Redis, Varnish with xkey
 * (deploy/varnish/warta.vcl), N web processes and one worker, all on loopback. `npm run cluster`
 * (scripts/cluster.ts) runs it for a person; the cluster tests (scripts/cluster.cluster.spec.ts) start
 * it the same way. The production equivalent is under deploy/ (README, "Running at national scale").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = process.cwd()
const VCL_DIR = path.join(ROOT, 'deploy', 'varnish')

export type ClusterPorts = { varnish: number; apps: number[]; worker: number; redis: number; postgres: number }

export type ClusterOptions = {
  /** Where the cluster keeps its state (the PostgreSQL data, Varnish's work folder) and its logs. */
  dir: string
  ports: ClusterPorts
  /** An existing PostgreSQL database to use instead of a server of the cluster's own. */
  databaseUrl?: string
  /** More environment for the app processes and the worker (SMTP_URL in the tests). */
  env?: Record<string, string>
  /** More varnishd parameters (`-p`), as `name=value` (the bench's tuning trials). */
  varnishParams?: string[]
  /** Builds, migrates and seeds for the cluster's DATABASE_URL and origin (scripts/lib/serve.ts's `prepare`). */
  prepare: (env: Record<string, string>) => Promise<void>
  say?: (line: string) => void
}

export type AppProcess = { name: string; url: string; log: string; child: ChildProcess }

export type Cluster = {
  /** Where readers go: Varnish. */
  origin: string
  apps: AppProcess[]
  worker: AppProcess
  /** varnishd's manager process (its cache process is its child) and its working folder (`varnishstat -n`). */
  varnish: { pid: number; workDir: string }
  redisUrl: string
  databaseUrl: string
  /** Stops everything, in the reverse order of starting. */
  stop: () => Promise<void>
}

/** Debian's PostgreSQL server programs (the newest installed version). */
const postgresBin = (program: string): string => {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const file = path.join('/usr/lib/postgresql', version, 'bin', program)
    if (existsSync(file)) return file
  }
  throw new Error(`${program} not found: install Debian's postgresql package`)
}

/** Whether `program` is on PATH. */
export const onPath = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0

/** What the cluster needs from Debian, missing: empty when it can start. */
export const missingPrograms = (): string[] => {
  const missing: string[] = []
  if (!onPath('varnishd') && !existsSync('/usr/sbin/varnishd')) missing.push('varnish')
  if (!existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so') && !existsSync('/usr/lib/varnish/vmods/libvmod_xkey.so')) missing.push('varnish-modules')
  if (!onPath('redis-server')) missing.push('redis-server')
  try {
    postgresBin('pg_ctl')
  } catch {
    missing.push('postgresql')
  }
  return missing
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `check` is true; `gone` names why waiting is pointless (the process exited). */
const waitFor = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, gone: () => string | undefined = () => undefined): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const reason = gone()
    if (reason) throw new Error(`${what}: ${reason}`)
    try {
      if (await check()) return
    } catch {
      // not yet
    }
    await sleep(200)
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`)
}

const answers = async (url: string, status = 200): Promise<boolean> => {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
  await response.arrayBuffer()
  return response.status === status
}

/** Runs a command to its end; throws with its output when it fails. */
const run = (command: string, args: string[], options: { asUser?: string; env?: NodeJS.ProcessEnv } = {}): string => {
  const [bin, argv] = options.asUser ? ['runuser', ['-u', options.asUser, '--', command, ...args]] : [command, args]
  const result = spawnSync(bin, argv, { encoding: 'utf8', env: options.env ?? process.env })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`)
  return result.stdout
}

/** PostgreSQL runs as an unprivileged user: as root, the cluster's server runs as Debian's `postgres`. */
const postgresUser = (): string | undefined => (process.getuid?.() === 0 ? 'postgres' : undefined)

const startPostgres = async (dir: string, port: number, say: (line: string) => void): Promise<{ url: string; stop: () => void }> => {
  const data = path.join(dir, 'postgres')
  const user = postgresUser()
  mkdirSync(data, { recursive: true })
  if (user) run('chown', ['-R', user, data])
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    say(`PostgreSQL: a new cluster in ${data}`)
    run(postgresBin('initdb'), ['-D', data, '-U', 'warta', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { asUser: user })
  }
  const socketDir = path.join(data, 'socket')
  mkdirSync(socketDir, { recursive: true })
  if (user) run('chown', [user, socketDir])
  run(postgresBin('pg_ctl'), ['-D', data, '-l', path.join(data, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir}`, 'start'], { asUser: user })
  const psql = (sql: string) => run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'warta', '-d', 'postgres', '-tAc', sql])
  if (psql("SELECT 1 FROM pg_database WHERE datname = 'warta'").trim() !== '1') psql('CREATE DATABASE warta')
  return {
    url: `postgres://warta@127.0.0.1:${port}/warta`,
    stop: () => {
      spawnSync(user ? 'runuser' : postgresBin('pg_ctl'), user ? ['-u', user, '--', postgresBin('pg_ctl'), '-D', data, '-m', 'fast', 'stop'] : ['-D', data, '-m', 'fast', 'stop'], { stdio: 'ignore' })
    },
  }
}

const logTo = (file: string, child: ChildProcess) => {
  const out = createWriteStream(file, { flags: 'a' })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
}

const exited = (child: ChildProcess): string | undefined =>
  child.exitCode !== null || child.signalCode !== null ? `exited (${child.exitCode ?? child.signalCode})` : undefined

const stopChild = async (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** The backends of deploy/varnish/warta.vcl: one per web process, in one shard director (see backends.example.vcl). */
export const backendsVcl = (ports: number[]): string =>
  [
    '# Written by scripts/lib/cluster.ts for this cluster (see deploy/varnish/backends.example.vcl).',
    ...ports.map((port, i) => `backend app${i + 1} {\n    .host = "127.0.0.1";\n    .port = "${port}";\n    .probe = warta_health;\n}\n`),
    'sub vcl_init {',
    '    new warta = directors.shard();',
    ...ports.map((_, i) => `    warta.add_backend(app${i + 1});`),
    '    warta.reconfigure();',
    '}',
    '',
  ].join('\n')

/** Starts the whole topology; on failure, stops what it had started and throws. */
export const startCluster = async (options: ClusterOptions): Promise<Cluster> => {
  const { dir, ports } = options
  const say = options.say ?? (() => {})
  const logs = path.join(dir, 'logs')
  mkdirSync(logs, { recursive: true })
  const stops: (() => Promise<void> | void)[] = []
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) {
      try {
        await step()
      } catch (error) {
        process.stderr.write(`cluster: ${error instanceof Error ? error.message : String(error)}\n`)
      }
    }
  }

  try {
    // PostgreSQL, shared by every process.
    let databaseUrl = options.databaseUrl
    if (!databaseUrl) {
      const postgres = await startPostgres(dir, ports.postgres, say)
      stops.push(postgres.stop)
      databaseUrl = postgres.url
    }

    // Redis: the tag expiry every process shares, and the login limits. Nothing in it needs to survive a restart.
    const redisUrl = `redis://127.0.0.1:${ports.redis}`
    const redis = spawn('redis-server', ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] })
    logTo(path.join(logs, 'redis.log'), redis)
    stops.push(() => stopChild(redis))
    await waitFor('Redis', () => spawnSync('redis-cli', ['-p', String(ports.redis), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG', 10_000, () => exited(redis))

    const origin = `http://localhost:${ports.varnish}`
    const varnishUrl = `http://127.0.0.1:${ports.varnish}`
    const env: Record<string, string> = {
      ...options.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SERVER_URL: origin,
      REDIS_URL: redisUrl,
      VARNISH_PURGE_URLS: varnishUrl,
      // Every request reaches a web process through Varnish, which appends the client's address.
      TRUSTED_PROXY: '1',
      HOST: '127.0.0.1',
    }
    say('Build, migrations and demo content (as npm start does)...')
    await options.prepare(env)

    const startApp = (name: string, port: number, role: 'web' | 'worker'): AppProcess => {
      const log = path.join(logs, `${name}.log`)
      const child = spawn(process.execPath, ['src/server/nextServer.mjs'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { MALLOC_ARENA_MAX: '2', ...process.env, ...env, PORT: String(port), WARTA_ROLE: role },
      })
      logTo(log, child)
      stops.push(() => stopChild(child))
      return { name, url: `http://127.0.0.1:${port}`, log, child }
    }
    const apps = ports.apps.map((port, i) => startApp(`app-${i + 1}`, port, 'web'))
    const worker = startApp('worker', ports.worker, 'worker')
    for (const app of [...apps, worker]) {
      await waitFor(`${app.name} (${app.url}, log ${app.log})`, () => answers(`${app.url}/_warta/health`), 120_000, () => exited(app.child))
    }

    // Varnish in front of the web processes (not the worker: it serves only its own jobs' requests).
    const varnishDir = path.join(dir, 'varnish')
    mkdirSync(varnishDir, { recursive: true })
    writeFileSync(path.join(varnishDir, 'backends.vcl'), backendsVcl(ports.apps))
    const varnish = spawn(
      'varnishd',
      [
        '-F',
        '-n', path.join(varnishDir, 'work'),
        '-a', `127.0.0.1:${ports.varnish}`,
        '-T', 'none',
        '-f', path.join(VCL_DIR, 'warta.vcl'),
        '-p', `vcl_path=${varnishDir}:${VCL_DIR}`,
        '-s', 'malloc,256m',
        ...(options.varnishParams ?? []).flatMap((param) => ['-p', param]),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    logTo(path.join(logs, 'varnish.log'), varnish)
    stops.push(() => stopChild(varnish))
    await waitFor(`Varnish (${varnishUrl}, log ${path.join(logs, 'varnish.log')})`, () => answers(`${varnishUrl}/`), 60_000, () => exited(varnish))

    return { origin, apps, worker, varnish: { pid: varnish.pid!, workDir: path.join(varnishDir, 'work') }, redisUrl, databaseUrl, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
