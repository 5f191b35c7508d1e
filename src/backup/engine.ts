import { databaseKind, type DatabaseKind } from '@/db/databaseKind'

import { BackupError } from './errors'
import { mongodbEngine } from './mongodb'
import { postgresEngine } from './postgres'
import { sqliteEngine } from './sqlite'

/** What backup and restore need from a database, whatever its kind. */
export type DatabaseEngine = {
  kind: DatabaseKind
  /** Where the database is, for progress lines; never holds a password. */
  label: string
  /** File name of the dump inside the archive's `database/` folder. */
  dumpName: string
  /** The database's own name where it has one; recorded so a restore into another name can map it. */
  name?: string
  /** True when the database holds no table (SQL) or collection (MongoDB), or does not exist yet. */
  isEmpty: () => Promise<boolean>
  /** Writes a consistent snapshot of the live database to `file`. */
  dump: (file: string) => Promise<void>
  /** Replaces whatever the database holds with the dump in `file` (emptiness is checked by the caller). */
  restore: (file: string, options: { force: boolean; sourceName?: string }) => Promise<void>
}

/** The database DATABASE_URL names, chosen exactly as the app chooses its adapter (src/db/adapter.ts). */
export const databaseEngine = (url = process.env.DATABASE_URL): DatabaseEngine => {
  let kind: DatabaseKind
  try {
    kind = databaseKind(url)
  } catch (error) {
    throw new BackupError('BAD_DATABASE_URL', (error as Error).message)
  }
  switch (kind) {
    case 'sqlite':
      return sqliteEngine(url)
    case 'postgres':
      return postgresEngine(url as string)
    case 'mongodb':
      return mongodbEngine(url as string)
  }
}
