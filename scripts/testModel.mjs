// `npm run test:model -- [--runs N] [--commands N] [--seed S [--path P --replay R]] [--db sqlite|postgres]`: the model-based
// test of "only approved versions are public" (src/workflow/publicRule.int.spec.ts) with a budget of your
// choosing, on SQLite, and on PostgreSQL too when TEST_POSTGRES_URL is set (or only the one --db names).
// A failure prints its seed, path and the shrunk sequence of commands with its replayPath; --seed, --path
// and --replay run exactly that sequence again. Plain JavaScript:
// it only starts Vitest.
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const databases = option('db') ? [option('db')] : ['sqlite', ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : [])]
const env = {
  ...process.env,
  MODEL_RUNS: option('runs') ?? process.env.MODEL_RUNS ?? '100',
  MODEL_COMMANDS: option('commands') ?? process.env.MODEL_COMMANDS ?? '40',
  MODEL_VERBOSE: '1',
  // A hunt may run for hours; the test's own limit (10 min) is for CI's short budget.
  MODEL_TIME_LIMIT_MS: process.env.MODEL_TIME_LIMIT_MS ?? String(4 * 60 * 60_000),
  // A new seed for each hunt unless one is given (npm test replays a fixed one).
  MODEL_SEED: option('seed') ?? process.env.MODEL_SEED ?? String(Date.now() % 2 ** 31),
  ...(option('path') ? { MODEL_PATH: option('path') } : {}),
  ...(option('replay') ? { MODEL_REPLAY: option('replay') } : {}),
}
let failed = false
for (const db of databases) {
  process.stdout.write(`\n=== model test on ${db}: ${env.MODEL_RUNS} sequences of up to ${env.MODEL_COMMANDS} commands\n`)
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'integration', 'src/workflow/publicRule.int.spec.ts'], { stdio: 'inherit', env: { ...env, TEST_DB: db } })
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
