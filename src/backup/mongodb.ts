import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseEngine } from './engine'
import { runTool } from './tools'

const databaseName = (url: string): string => decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'test'

/**
 * Runs mongodump or mongorestore with the URI in a private config file (`--config`), so that the
 * password never appears in the process list.
 */
const withConfig = async <T>(url: string, fn: (configArg: string) => Promise<T>): Promise<T> => {
  const file = path.join(os.tmpdir(), `warta-mongo-${randomBytes(6).toString('hex')}.yaml`)
  // A JSON string is a valid double-quoted YAML scalar.
  await writeFile(file, `uri: ${JSON.stringify(url)}\n`, { mode: 0o600 })
  try {
    return await fn(`--config=${file}`)
  } finally {
    await rm(file, { force: true })
  }
}

export const mongodbEngine = (url: string): DatabaseEngine => {
  const name = databaseName(url)
  const parsed = new URL(url)
  return {
    kind: 'mongodb',
    label: `MongoDB ${parsed.host}/${name}`,
    dumpName: 'warta.mongo.archive',
    name,
    isEmpty: async () => {
      // mongoose is the driver of the app's MongoDB adapter; it is loaded only for a MongoDB database.
      const { default: mongoose } = await import('mongoose')
      const connection = await mongoose.createConnection(url).asPromise()
      try {
        const collections = await connection.listCollections()
        return collections.filter((collection) => !collection.name.startsWith('system.')).length === 0
      } finally {
        await connection.close()
      }
    },
    // Payload needs a replica set for transactions; a dump of one database cannot use --oplog (that
    // needs the whole instance), so writes during the dump may be seen by some collections and not others.
    dump: (file) => withConfig(url, (config) => runTool('mongodump', [config, `--db=${name}`, `--archive=${file}`])).then(() => undefined),
    restore: (file, { force, sourceName }) =>
      withConfig(url, (config) =>
        runTool('mongorestore', [
          config,
          `--archive=${file}`,
          `--nsFrom=${sourceName ?? name}.*`,
          `--nsTo=${name}.*`,
          ...(force ? ['--drop'] : []),
        ]),
      ).then(() => undefined),
  }
}
