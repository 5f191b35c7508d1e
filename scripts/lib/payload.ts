import type { Migration, Payload } from 'payload'
import { getPayload } from 'payload'

import config from '@payload-config'
import { databaseKind } from '@/db/adapter'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

/** A Payload instance for a command-line script, outside Next. */
export const scriptPayload = (): Promise<Payload> => getPayload({ config })

/** Applies the committed migrations of the configured SQL database; MongoDB needs none. */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  const kind = databaseKind(process.env.DATABASE_URL)
  if (kind === 'sqlite') await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
  if (kind === 'postgres') await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
}
