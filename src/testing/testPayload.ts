import type { Migration, Payload } from 'payload'
import { getPayload } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestPayload = {
  payload: Payload
  db: TestDatabase
  /** Stops this instance (as a server shutdown would) and starts a new one on the same database. */
  restart: (options?: { cron?: boolean }) => Promise<Payload>
  destroy: () => Promise<void>
}

/** Runs the committed migrations of the adapter in use (MongoDB has none). */
export const migrate = async (payload: Payload, kind: TestDatabase['kind']): Promise<void> => {
  if (kind === 'sqlite') await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
  if (kind === 'postgres') await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
}

type Adapter = { pool?: { end: () => Promise<void>; on: (event: 'error', fn: () => void) => void }; client?: { close: () => void } }

/** Payload caches instances on globalThis by key; REST handlers use the default key, and so do we. */
const forgetCachedInstance = () => (globalThis as unknown as { _payload?: Map<string, unknown> })._payload?.delete('default')

/** Stops an instance and closes what its adapter leaves open. */
const stop = async (payload: Payload, kind: TestDatabase['kind']) => {
  const adapter = payload.db as unknown as Adapter
  await payload.destroy()
  forgetCachedInstance()
  if (kind === 'postgres') {
    // The adapter keeps a client checked out; the forced DROP at the end terminates it, and that client
    // (held in pg-pool's `_clients`) then emits an error of its own, which must not go unhandled.
    const clients = (adapter.pool as unknown as { _clients?: { on: (event: 'error', fn: () => void) => void }[] })._clients ?? []
    for (const client of clients) client.on('error', () => {})
    adapter.pool?.on('error', () => {})
    void adapter.pool?.end()
  }
  if (kind === 'sqlite') adapter.client?.close()
}

/**
 * A real Payload on a throwaway database, migrated like production. DATABASE_URL and MEDIA_DIR are
 * set before the config is first imported, so each test file (its own module graph) gets its own.
 */
let started = false

export const startTestPayload = async (options: { migrate?: boolean; database?: TestDatabase } = {}): Promise<TestPayload> => {
  // The config reads DATABASE_URL once per module graph: a second database in one file would be ignored.
  if (started) throw new Error('startTestPayload: one test database per test file; use restart() to restart on it')
  started = true
  // `database`: one made earlier with createTestDatabase (and filled, e.g. by a restore), used as it is.
  const db = options.database ?? (await createTestDatabase())
  process.env.DATABASE_URL = db.url
  process.env.MEDIA_DIR = db.mediaDir
  const { default: config } = await import('@payload-config')
  forgetCachedInstance()
  let payload = await getPayload({ config })
  if (options.migrate !== false) await migrate(payload, db.kind)
  const handle: TestPayload = {
    payload,
    db,
    restart: async ({ cron = false } = {}) => {
      await stop(payload, db.kind)
      payload = await getPayload({ config, cron })
      handle.payload = payload
      return payload
    },
    destroy: async () => {
      if (db.kind === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase()
      }
      await stop(payload, db.kind)
      await db.drop()
    },
  }
  return handle
}
