/**
 * `npm run generate:types`, `npm run generate:importmap`, and the migration creation behind
 * `npm run migrate:create`: Payload's commands, run on our config under tsx.
 *
 * Not through Payload's own `payload` bin: it loads the config with tsx's namespaced `tsImport`, and
 * here, when a source file has changed since its last run, that import never settles; the process then
 * runs dry and exits 0 having written nothing (generated types silently stale).
 */
import config from '@payload-config'
import { generateImportMap, migrateCLI } from 'payload'
import { generateTypes } from 'payload/node'

const [command, ...rest] = process.argv.slice(2)
const sanitized = await config

switch (command) {
  case 'generate:types':
    await generateTypes(sanitized)
    break
  case 'generate:importmap':
    await generateImportMap(sanitized, { log: true })
    break
  case 'migrate:create':
    await migrateCLI({ config: sanitized, parsedArgs: { _: ['migrate:create', ...rest], 'skip-empty': true } })
    break
  default:
    process.stderr.write('Usage: tsx scripts/payload.ts generate:types | generate:importmap | migrate:create <name>\n')
    process.exit(2)
}
process.exit(0)
