import { rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The libsql client the app's SQLite adapter uses, reached through drizzle-orm (a declared dependency).
import { drizzle } from 'drizzle-orm/libsql'

import { DEFAULT_SQLITE_FILE } from '@/db/databaseKind'

import type { DatabaseEngine } from './engine'
import { BackupError } from './errors'
import { moveFile, statOrNull } from './files'

/** The file a SQLite DATABASE_URL names, resolved as the app resolves it (unset: data/warta.db). */
export const sqliteFile = (url: string | undefined): string => {
  if (!url) return path.resolve(process.cwd(), DEFAULT_SQLITE_FILE)
  if (url.startsWith('file://')) return fileURLToPath(url.split('?')[0] as string)
  return path.resolve(process.cwd(), (url.slice('file:'.length).split('?')[0] as string))
}

type Client = ReturnType<typeof drizzle>['$client']

const withClient = async <T>(file: string, fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = drizzle(`file:${file}`).$client
  try {
    // The server may be writing: wait for its write lock as the app does, instead of failing at once.
    await client.execute('PRAGMA busy_timeout = 10000')
    return await fn(client)
  } finally {
    client.close()
  }
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`

export const sqliteEngine = (url: string | undefined): DatabaseEngine => {
  const file = sqliteFile(url)
  return {
    kind: 'sqlite',
    label: `SQLite ${file}`,
    dumpName: 'warta.db',
    isEmpty: async () => {
      // Never open a missing file: libsql would create it.
      const found = await statOrNull(file)
      if (!found || found.size === 0) return true
      return withClient(file, async (client) => {
        const { rows } = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
        return Number(rows[0]?.n ?? 0) === 0
      })
    },
    dump: async (target) => {
      if (!(await statOrNull(file))) throw new BackupError('NO_DATABASE', `There is no SQLite database at ${file}.`)
      // Online backup: VACUUM INTO runs inside one read transaction of a live WAL database, so the copy
      // is a consistent snapshot of the last commit while the server keeps reading and writing. It is
      // the SQL form of SQLite's backup API, which libsql's client does not expose.
      await withClient(file, (client) => client.execute(`VACUUM INTO ${quote(target)}`))
      await withClient(target, async (client) => {
        const { rows } = await client.execute('PRAGMA integrity_check')
        const result = rows.map((row) => String(Object.values(row)[0])).join('; ')
        if (result !== 'ok') throw new BackupError('TOOL_FAILED', `The SQLite snapshot failed its integrity check: ${result}`)
      })
    },
    restore: async (snapshot) => {
      // Beside the target first, so the final step is a rename on one file system.
      const staged = `${file}.restoring`
      await moveFile(snapshot, staged)
      // A WAL or journal left from the old database would be replayed into the restored one.
      for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${file}${suffix}`, { force: true })
      // One rename replaces the old file: there is never a moment without a database file.
      await moveFile(staged, file)
    },
  }
}
