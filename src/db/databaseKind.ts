import path from 'node:path'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const DEFAULT_SQLITE_FILE = path.join('data', 'warta.db')

/** Which database DATABASE_URL names: unset or `file:` is SQLite. */
export const databaseKind = (url: string | undefined): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with postgres://, mongodb://, mongodb+srv:// or file: (got "${url.split(':')[0]}:")`,
  )
}
