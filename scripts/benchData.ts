/**
 * `node scripts/run.mjs benchData -- --reports 2000 --out sample.json`: migrates DATABASE_URL's
 * database (SQLite or PostgreSQL), adds the demo content and fills it with N published reports
 * (scripts/lib/benchReports.ts), then writes the bench's sample (report slugs, unit slugs, queries,
 * the demo password) as JSON to --out. A command of its own because Payload's config binds one
 * database per process: `npm run bench:cluster` fills a SQLite database, then a PostgreSQL one.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { seed } from '@/seed'

import { fillWithReports } from './lib/benchReports'
import { migrateDatabase, scriptPayload } from './lib/payload'
import { runCommand } from './lib/runCommand'

await runCommand(async (out) => {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '2000' }, out: { type: 'string' } } })
  const reports = Number(values.reports)
  if (!Number.isInteger(reports) || reports < 1) throw new Error('--reports takes a positive whole number')
  if (!values.out) throw new Error('--out names the file the sample is written to')
  const started = Date.now()
  const payload = await scriptPayload()
  await migrateDatabase(payload)
  await seed(payload)
  const sample = await fillWithReports(payload, reports)
  await payload.destroy()
  writeFileSync(values.out, JSON.stringify(sample))
  out(`${reports} published reports in ${((Date.now() - started) / 1000).toFixed(0)} s`)
})
