/**
 * `npm test`: every test. Type check, unit tests, integration tests on SQLite (and on PostgreSQL when
 * TEST_POSTGRES_URL is set, on MongoDB when TEST_MONGODB_URL is set), the browser journeys in
 * Chromium against the production build, then the scaled topology's tests when Debian's varnish,
 * varnish-modules, redis-server and postgresql are installed. Runs every step and fails if any failed.
 */
import { spawnSync } from 'node:child_process'

import { buildIfNeeded } from './lib/build'
import { CHROMIUM_MISSING, hasChromium } from './lib/chromium'
import { missingPrograms } from './lib/cluster'

type Step = { name: string; command: string[]; env?: Record<string, string>; before?: () => Promise<unknown> }

const say = (line: string) => process.stdout.write(`\n=== ${line}\n`)
const results: { name: string; ok: boolean; seconds: number }[] = []

const run = async ({ name, command, env, before }: Step): Promise<void> => {
  say(name)
  const started = Date.now()
  let ok = true
  try {
    await before?.()
    const [bin, ...args] = command as [string, ...string[]]
    const result = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    ok = result.status === 0
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    ok = false
  }
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) })
}

const vitest = (project: string) => ['npx', 'vitest', 'run', '--project', project]

await run({ name: 'type check', command: ['npx', 'tsc', '--noEmit'] })
await run({ name: 'unit tests', command: vitest('unit') })
await run({ name: 'integration tests on SQLite', command: vitest('integration'), env: { TEST_DB: 'sqlite' } })

if (process.env.TEST_POSTGRES_URL) {
  await run({ name: 'integration tests on PostgreSQL', command: vitest('integration'), env: { TEST_DB: 'postgres' } })
} else {
  say('integration tests on PostgreSQL skipped: TEST_POSTGRES_URL is not set (.ci/run sets it)')
}
if (process.env.TEST_MONGODB_URL) {
  await run({ name: 'integration tests on MongoDB', command: vitest('integration'), env: { TEST_DB: 'mongodb' } })
} else {
  say('integration tests on MongoDB skipped: TEST_MONGODB_URL is not set (no MongoDB server can be installed on this machine)')
}

if (hasChromium()) {
  // Built for the origin the browser tests serve it at (playwright.config.ts), so their server reuses it.
  const e2ePort = process.env.E2E_PORT || '3210'
  const e2eEnv = { ...process.env, PORT: e2ePort, SERVER_URL: `http://localhost:${e2ePort}` }
  await run({
    name: 'end-to-end tests in Chromium',
    command: ['npx', 'playwright', 'test'],
    before: async () => {
      const build = await buildIfNeeded({ env: e2eEnv })
      process.stdout.write(build.built ? `Production build for ${e2eEnv.SERVER_URL} made in ${build.seconds} s.\n` : 'Reusing the existing production build.\n')
    },
  })
} else {
  process.stderr.write(`\n${CHROMIUM_MISSING}\n`)
  results.push({ name: 'end-to-end tests in Chromium', ok: false, seconds: 0 })
}

// The scaled topology (scripts/lib/cluster.cluster.spec.ts), served at the browser tests' origin so that
// it runs on their build; after them, when their server has stopped.
const clusterMissing = missingPrograms()
if (clusterMissing.length === 0) {
  const e2ePort = process.env.E2E_PORT || '3210'
  const clusterEnv = { ...process.env, PORT: e2ePort, SERVER_URL: `http://localhost:${e2ePort}` }
  await run({
    name: 'cluster tests (Varnish, Redis, PostgreSQL, two web processes and a worker)',
    command: vitest('cluster'),
    env: { CLUSTER_TEST_PORT: e2ePort },
    before: async () => {
      const build = await buildIfNeeded({ env: clusterEnv })
      process.stdout.write(build.built ? `Production build for ${clusterEnv.SERVER_URL} made in ${build.seconds} s.\n` : 'Reusing the existing production build.\n')
    },
  })
} else {
  say(`cluster tests skipped: Debian's ${clusterMissing.join(', ')} not installed (.ci/run installs them)`)
}

say('summary')
for (const { name, ok, seconds } of results) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'}  ${name} (${seconds} s)\n`)
process.exit(results.every((r) => r.ok) ? 0 : 1)
