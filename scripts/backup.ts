/**
 * `npm run backup [-- --out <file>] [-- --force]`: one .tar.gz with a consistent snapshot of the
 * database DATABASE_URL names, the media files of MEDIA_DIR and a manifest of SHA-256 checksums.
 * Default archive: backups/warta-<UTC timestamp>.tar.gz; an existing one is kept unless --force. The
 * archive appears under its name only when complete; what a killed run left is removed by the next.
 */
import { parseArgs } from 'node:util'

import { createBackup } from '@/backup/backup'

import { runCommand } from './lib/runCommand'

await runCommand(async (out) => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } })
  await createBackup({ out: values.out, force: values.force, progress: out })
})
