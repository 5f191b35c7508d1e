/**
 * `npm run generate:types`, `npm run generate:importmap`, and the migration creation behind
 * `npm run migrate:create`: Payload's commands, run on our config compiled like every other command
 * (scripts/run.mjs). Not through Payload's own `payload` bin, which loads the config through a
 * TypeScript loader at run time.
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
    process.stderr.write('Usage: node scripts/run.mjs payload generate:types | generate:importmap | migrate:create <name>\n')
    process.exit(2)
}
process.exit(0)
