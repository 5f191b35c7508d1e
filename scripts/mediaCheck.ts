/**
 * `npm run media:check [-- --fix]`: lists files in the media folder that no record knows, records
 * whose file is gone, renditions replaced more than a day ago and photos without renditions; with
 * --fix, removes the first three (a record a report still shows is kept and listed) and renders the
 * last. Exits 1 when something was found and not fixed, or when --fix was refused (wrong MEDIA_DIR).
 */
import { checkMedia, MediaCheckRefusal } from '@/media/checkMedia'

import { scriptPayload } from './lib/payload'

const fix = process.argv.includes('--fix')
const out = (line: string) => process.stdout.write(`${line}\n`)
const payload = await scriptPayload()
try {
  const result = await checkMedia(payload, { fix })
  out(`Orphan files (no record): ${result.orphanFiles.length}`)
  for (const name of result.orphanFiles) out(`  ${name}${fix ? '  removed' : ''}`)
  out(`Records whose file is missing: ${result.missingFiles.length}`)
  for (const { id, filename, missing, usedByReports } of result.missingFiles) {
    const fate = usedByReports > 0 ? `  kept: shown by ${usedByReports} report(s), replace its photo there` : fix ? '  removed' : ''
    out(`  #${id} ${filename} (missing: ${missing.join(', ')})${fate}`)
  }
  out(`Replaced renditions older than a day: ${result.expiredRetired.reduce((n, r) => n + r.files.length, 0)}${fix ? ' (removed)' : ''}`)
  out(`Photos without renditions: ${result.withoutRenditions.length}${fix ? ` (${result.rendered.length} rendered)` : ''}`)
  const pending = result.orphanFiles.length || result.missingFiles.length || result.expiredRetired.length || result.withoutRenditions.length
  if (!fix && pending) out('Run again with --fix to repair them.')
  await payload.destroy()
  process.exit(!fix && pending ? 1 : 0)
} catch (error) {
  if (!(error instanceof MediaCheckRefusal)) throw error
  process.stderr.write(`Error: ${error.message}\n`)
  await payload.destroy()
  process.exit(1)
}
