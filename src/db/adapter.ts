import path from 'node:path'
import { mkdirSync } from 'node:fs'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { withAfterCommit } from './afterCommit'
import { DEFAULT_SQLITE_FILE, databaseKind } from './databaseKind'
import { serialiseTransactions } from './serialiseTransactions'

// Kept apart so that tools which only need to know the database (backup, restore) do not load every adapter.
export { DEFAULT_SQLITE_FILE, databaseKind, type DatabaseKind } from './databaseKind'

const sqliteUrl = (url: string | undefined): string => {
  if (url) return url
  const file = path.resolve(process.cwd(), DEFAULT_SQLITE_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  return `file:${file}`
}

/**
 * The database adapter for DATABASE_URL. Schema push is off everywhere: SQL databases are only ever
 * changed by the committed migrations, which `prodMigrations` also applies when the server boots.
 */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => withAfterCommit(adapterFor(url))

const adapterFor = (url: string | undefined): DatabaseAdapterObj => {
  const migrationRoot = path.resolve(process.cwd(), 'src', 'migrations')
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        // A request that cannot get a connection fails after 15 s instead of waiting for ever.
        pool: { connectionString: url, max: 20, connectionTimeoutMillis: 15_000 },
        push: false,
        migrationDir: path.join(migrationRoot, 'postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url: url as string })
    case 'sqlite':
      return withSerialisedTransactions(
        sqliteAdapter({
          client: { url: sqliteUrl(url) },
          push: false,
          wal: true,
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          transactionOptions: {},
          migrationDir: path.join(migrationRoot, 'sqlite'),
          prodMigrations: sqliteMigrations,
        }),
      )
  }
}

const SQLITE_BUSY_TIMEOUT_MS = 10_000

type ConnectingAdapter = { connect?: (this: ConnectingAdapter, options?: unknown) => Promise<void>; client?: unknown }

/** The SQLite adapter, with one write transaction at a time per process (see serialiseTransactions). */
const withSerialisedTransactions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as unknown as ConnectingAdapter
    const connect = instance.connect
    instance.connect = async function (options) {
      await connect?.call(this, options)
      serialiseTransactions(this.client as Parameters<typeof serialiseTransactions>[0], { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, synchronous: 'FULL' })
    }
    return instance as never
  },
})
