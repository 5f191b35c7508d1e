/**
 * `npm run restore -- <archive> [--force]`: rebuilds the database DATABASE_URL names and the media
 * folder MEDIA_DIR from a backup archive. Every checksum is verified before anything is written; a
 * database or media folder that is not empty is left alone unless --force. Stop the server first.
 * Interrupted, the same command run again resumes and finishes the restore.
 */
import { parseArgs } from 'node:util'

import { restoreBackup } from '@/backup/restore'

import { runCommand } from './lib/runCommand'

await runCommand(async (out) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
  if (positionals.length !== 1) {
    process.stderr.write('Usage: npm run restore -- <archive.tar.gz> [--force]\n')
    process.exit(2)
  }
  await restoreBackup({ archive: positionals[0] as string, force: values.force, progress: out })
})
