import type { Migration, Payload } from 'payload'
import { getPayload } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestPayload = { payload: Payload; db: TestDatabase; destroy: () => Promise<void> }

/** Runs the committed migrations of the adapter in use (MongoDB has none). */
export const migrate = async (payload: Payload, kind: TestDatabase['kind']): Promise<void> => {
  if (kind === 'sqlite') await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
  if (kind === 'postgres') await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
}

/**
 * A real Payload on a throwaway database, migrated like production. DATABASE_URL and MEDIA_DIR are
 * set before the config is first imported, so each test file (its own module graph) gets its own.
 */
export const startTestPayload = async (options: { migrate?: boolean } = {}): Promise<TestPayload> => {
  const db = await createTestDatabase()
  process.env.DATABASE_URL = db.url
  process.env.MEDIA_DIR = db.mediaDir
  const { default: config } = await import('@payload-config')
  // A key per database: getPayload caches instances on globalThis, which outlives one test file.
  const payload = await getPayload({ config, key: db.url })
  if (options.migrate !== false) await migrate(payload, db.kind)
  return {
    payload,
    db,
    destroy: async () => {
      if (db.kind === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase()
      }
      // The SQL adapters' destroy() leaves the pool / client open, and the Postgres adapter keeps one
      // client checked out for good: close what can be closed, and let the forced DROP end the rest.
      type Adapter = { pool?: { end: () => Promise<void>; on: (event: 'error', fn: () => void) => void }; client?: { close: () => void } }
      const adapter = payload.db as unknown as Adapter
      await payload.destroy()
      if (db.kind === 'postgres') {
        adapter.pool?.on('error', () => {})
        void adapter.pool?.end()
      }
      if (db.kind === 'sqlite') adapter.client?.close()
      await db.drop()
    },
  }
}
