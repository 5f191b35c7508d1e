/**
 * `npm run media:check [-- --fix]`: lists files in the media folder that no record knows, records
 * whose file is gone, renditions replaced more than a day ago and photos without renditions; with
 * --fix, removes the first three (a record a report still shows is kept and listed) and renders the
 * last. Exits 1 when something was found and not fixed, or when --fix was refused (wrong MEDIA_DIR).
 * Every step is one file or one record, so a run that is interrupted leaves nothing half done: the
 * next run finds what is left.
 */
import { checkMedia, MediaCheckRefusal } from '@/media/checkMedia'

import { scriptPayload } from './lib/payload'

const fix = process.argv.includes('--fix')
const started = Date.now()
const out = (line: string) => process.stdout.write(`${line}\n`)
const payload = await scriptPayload()
let said = 0
/** A line every 10% of the records or every 2 s, and the last one. */
const progress = ({ checked, total }: { checked: number; total: number }) => {
  const step = Math.max(1, Math.ceil(total / 10))
  if (checked !== total && checked % step !== 0 && Date.now() - said < 2_000) return
  said = Date.now()
  out(`  checked ${checked} of ${total} photo records`)
}
try {
  out(`Checking the media folder against the photo records${fix ? ' and repairing' : ''}...`)
  const result = await checkMedia(payload, { fix, progress })
  out(`Orphan files (no record): ${result.orphanFiles.length}`)
  for (const name of result.orphanFiles) out(`  ${name}${fix ? '  removed' : ''}`)
  out(`Records whose file is missing: ${result.missingFiles.length}`)
  for (const { id, filename, missing, usedByReports } of result.missingFiles) {
    const fate = usedByReports > 0 ? `  kept: shown by ${usedByReports} report(s), replace its photo there` : fix ? '  removed' : ''
    out(`  #${id} ${filename} (missing: ${missing.join(', ')})${fate}`)
  }
  const expired = result.expiredRetired.reduce((n, r) => n + r.files.length, 0)
  out(`Replaced renditions older than a day: ${expired}${fix ? ' (removed)' : ''}`)
  out(`Photos without renditions: ${result.withoutRenditions.length}${fix ? ` (${result.rendered.length} rendered)` : ''}`)
  const pending = result.orphanFiles.length + result.missingFiles.length + expired + result.withoutRenditions.length
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (!pending) out(`Media check: everything in order (${seconds} s).`)
  else if (fix) out(`Media check: repaired (${result.removedFiles.length} files and ${result.removedRecords.length} records removed, ${result.rendered.length} photos rendered) in ${seconds} s.`)
  else out(`Media check: ${pending} problem(s) found in ${seconds} s; run again with --fix to repair them.`)
  await payload.destroy()
  process.exit(!fix && pending ? 1 : 0)
} catch (error) {
  if (!(error instanceof MediaCheckRefusal)) throw error
  process.stderr.write(`Error: ${error.message}\n`)
  await payload.destroy()
  process.exit(1)
}
