/**
 * `npm run cluster [-- --apps 2]`: the scaled topology on this machine, on loopback, from Debian's
 * packages: PostgreSQL (a server of its own, its data in .warta/cluster/postgres), Redis, N web
 * processes, one worker and Varnish in front (deploy/varnish/warta.vcl). Prints where each listens
 * and stops everything on Ctrl-C. Ports: CLUSTER_PORT (Varnish, default 8080: the site's public
 * origin, which the app is built for), CLUSTER_APP_PORT (the first web process, default 3101; the
 * others follow), CLUSTER_WORKER_PORT (3190), CLUSTER_REDIS_PORT (6390), CLUSTER_POSTGRES_PORT (5440);
 * CLUSTER_DIR (default .warta/cluster) holds the state and the logs; DATABASE_URL (postgres://) uses
 * an existing database instead of a server of its own.
 */
import path from 'node:path'

import { missingPrograms, startCluster } from './lib/cluster'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isInteger(value) && value > 0 ? value : fallback
}
const say = (line: string) => process.stdout.write(`${line}\n`)

const missing = missingPrograms()
if (missing.length > 0) {
  process.stderr.write(`npm run cluster needs Debian's ${missing.join(', ')}: apt-get install ${missing.join(' ')}\n`)
  process.exit(1)
}
if (process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith('postgres')) {
  process.stderr.write('npm run cluster runs on PostgreSQL: unset DATABASE_URL (a server of its own is started) or give a postgres:// URL.\n')
  process.exit(2)
}

const apps = arg('apps', 2)
const port = (name: string, fallback: number) => Number(process.env[name]) || fallback
const firstApp = port('CLUSTER_APP_PORT', 3101)
const ports = {
  varnish: port('CLUSTER_PORT', 8080),
  apps: Array.from({ length: apps }, (_, i) => firstApp + i),
  worker: port('CLUSTER_WORKER_PORT', 3190),
  redis: port('CLUSTER_REDIS_PORT', 6390),
  postgres: port('CLUSTER_POSTGRES_PORT', 5440),
}

const cluster = await startCluster({
  dir: path.resolve(process.env.CLUSTER_DIR || path.join('.warta', 'cluster')),
  ports,
  databaseUrl: process.env.DATABASE_URL || undefined,
  say,
  // The environment the processes run with is the one the build, the migrations and the seed see.
  prepare: async (env) => {
    Object.assign(process.env, env)
    const { prepare } = await import('./lib/serve')
    await prepare()
  },
})

say('\nWarta (skala nasional) siap:')
say(`  pembaca dan admin (Varnish)  ${cluster.origin}  (admin: ${cluster.origin}/admin)`)
for (const app of cluster.apps) say(`  proses web ${app.name.padEnd(15)} ${app.url}  log: ${app.log}`)
say(`  worker (jadwal, notifikasi)  ${cluster.worker.url}  log: ${cluster.worker.log}`)
say(`  Redis                        ${cluster.redisUrl}`)
say(`  PostgreSQL                   ${cluster.databaseUrl.replace(/\/\/[^@]*@/, '//')}`)
say('Tekan Ctrl-C untuk menghentikan semuanya.')

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    say('\nMenghentikan Varnish, proses web, worker, Redis dan PostgreSQL...')
    void cluster.stop().then(() => process.exit(0))
  })
}
// Stay up until a signal.
setInterval(() => {}, 1 << 30)
