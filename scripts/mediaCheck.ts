/**
 * `npm run media:check [-- --fix]`: lists files in the media folder that no record knows, and records
 * whose file is gone; with --fix, removes both. Exits 1 when something was found and not fixed.
 */
import { checkMedia } from '@/media/checkMedia'

import { scriptPayload } from './lib/payload'

const fix = process.argv.includes('--fix')
const payload = await scriptPayload()
const result = await checkMedia(payload, { fix })
const out = (line: string) => process.stdout.write(`${line}\n`)
out(`Orphan files (no record): ${result.orphanFiles.length}`)
for (const name of result.orphanFiles) out(`  ${name}${fix ? '  removed' : ''}`)
out(`Records whose file is missing: ${result.missingFiles.length}`)
for (const { id, filename, missing } of result.missingFiles) out(`  #${id} ${filename} (missing: ${missing.join(', ')})${fix ? '  removed' : ''}`)
if (!fix && (result.orphanFiles.length || result.missingFiles.length)) out('Run again with --fix to remove them.')
await payload.destroy()
process.exit(!fix && (result.orphanFiles.length || result.missingFiles.length) ? 1 : 0)
