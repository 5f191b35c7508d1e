/** `npm run migrate`: bring the configured database up to date with the committed migrations. */
import { migrateDatabase, scriptPayload } from './lib/payload'

const payload = await scriptPayload()
await migrateDatabase(payload)
payload.logger.info('Database is up to date.')
await payload.destroy()
process.exit(0)
