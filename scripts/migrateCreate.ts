/**
 * `npm run migrate:create <name>`: generate the next migration for both SQL adapters from the current
 * collections. Each adapter diffs against its own last snapshot, so no database is needed. Review and
 * commit both folders under src/migrations.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('Usage: npm run migrate:create <name_in_snake_case>\n')
  process.exit(2)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'warta-migrate-'))
const targets = {
  sqlite: `file:${path.join(scratch, 'scratch.db')}`,
  // migrate:create never connects: the URL only selects the adapter.
  postgres: 'postgres://localhost:5432/warta_migrate_create',
}
let failed = false
for (const [kind, url] of Object.entries(targets)) {
  process.stdout.write(`\n${kind}:\n`)
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migrate-create' },
  })
  if (result.status !== 0) failed = true
}
rmSync(scratch, { recursive: true, force: true })
process.exit(failed ? 1 : 0)
