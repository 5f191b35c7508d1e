/**
 * `npm run seed`: migrate, then add whatever of the demo content is missing. Safe to run again, and
 * after an interruption: a second run finishes what the first began.
 */
import { seed, type SeedProgress } from '@/seed'

import { printDemoLogins } from './lib/demoLogins'
import { migrateDatabase, scriptPayload } from './lib/payload'

const started = Date.now()
const out = (line: string) => process.stdout.write(`${line}\n`)
const payload = await scriptPayload()
await migrateDatabase(payload)
out('Adding whatever of the demo content is missing...')
const progress = (step: SeedProgress) => {
  if (step.done === step.total || (step.stage === 'reports' && step.done % 5 === 0)) out(`  ${step.stage}: ${step.done} of ${step.total}`)
}
const created = await seed(payload, { progress })
await payload.destroy()
printDemoLogins()
const added = Object.entries(created).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`)
out(`Seed finished in ${((Date.now() - started) / 1000).toFixed(0)} s: ${added.length ? `added ${added.join(', ')}` : 'nothing was missing'}.`)
process.exit(0)
