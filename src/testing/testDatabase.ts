import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const testDatabaseKind = (): TestDatabaseKind => {
  const kind = process.env.TEST_DB || 'sqlite'
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'mongodb') throw new Error(`Unknown TEST_DB "${kind}"`)
  return kind
}

export type TestDatabase = { kind: TestDatabaseKind; url: string; mediaDir: string; drop: () => Promise<void> }

const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * A throwaway database for one test file: a SQLite file in a temp dir (never `:memory:`, which loses
 * data with transactions on), a fresh PostgreSQL database on TEST_POSTGRES_URL's server, or a fresh
 * MongoDB database on TEST_MONGODB_URL's. Plus an empty media directory.
 */
export const createTestDatabase = async (kind = testDatabaseKind()): Promise<TestDatabase> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warta-test-'))
  const mediaDir = path.join(dir, 'media')
  const name = `warta_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const removeDir = () => rmSync(dir, { recursive: true, force: true })

  if (kind === 'sqlite') {
    return { kind, url: `file:${path.join(dir, 'test.db')}`, mediaDir, drop: async () => removeDir() }
  }
  if (kind === 'postgres') {
    const server = process.env.TEST_POSTGRES_URL
    if (!server) throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL')
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    return {
      kind,
      url: withDatabase(server, name),
      mediaDir,
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
        removeDir()
      },
    }
  }
  const server = process.env.TEST_MONGODB_URL
  if (!server) throw new Error('TEST_DB=mongodb needs TEST_MONGODB_URL')
  // The database is dropped by the adapter's own connection in the test teardown.
  return { kind, url: withDatabase(server, name), mediaDir, drop: async () => removeDir() }
}
