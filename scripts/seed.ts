/** `npm run seed`: migrate, then add whatever of the demo content is missing. Safe to run again. */
import { seed } from '@/seed'

import { printDemoLogins } from './lib/demoLogins'
import { migrateDatabase, scriptPayload } from './lib/payload'

const payload = await scriptPayload()
await migrateDatabase(payload)
const created = await seed(payload)
payload.logger.info({ msg: 'Seed finished', created })
printDemoLogins()
await payload.destroy()
process.exit(0)
