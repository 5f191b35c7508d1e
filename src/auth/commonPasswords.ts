import { readFileSync } from 'node:fs'
import path from 'node:path'

let list: Set<string> | undefined

/**
 * The bundled list (commonPasswords.txt), read once. Read from the source tree like the migrations
 * (src/db/adapter.ts): the server, the scripts and the tests all run from the repository root.
 */
export const commonPasswords = (): Set<string> => {
  if (!list) {
    const text = readFileSync(path.resolve(process.cwd(), 'src', 'auth', 'commonPasswords.txt'), 'utf8')
    list = new Set(
      text
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line && !line.startsWith('#')),
    )
  }
  return list
}
