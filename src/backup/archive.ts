import { rename, rm } from 'node:fs/promises'

import { create, extract } from 'tar'

import { BackupError } from './errors'

/**
 * Writes the listed paths below `cwd` as a gzipped tar. It is written beside `out` and renamed at the
 * end, so a failed or interrupted backup never leaves a half archive under the final name. Entries
 * are `portable` (no owner, user or group names) so an archive restores the same on any machine.
 */
export const writeArchive = async (cwd: string, paths: string[], out: string): Promise<void> => {
  const partial = `${out}.partial`
  try {
    await create({ gzip: true, portable: true, noDirRecurse: true, file: partial, cwd }, paths)
    await rename(partial, out)
  } finally {
    await rm(partial, { force: true })
  }
}

const REGULAR = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory'])

/**
 * Unpacks an archive into an empty folder. A truncated or corrupt gzip or tar stream, a path leaving
 * the folder, or anything other than files and folders (links, devices) is DAMAGED_ARCHIVE.
 */
export const extractArchive = async (file: string, cwd: string): Promise<void> => {
  const refused: string[] = []
  try {
    await extract({
      file,
      cwd,
      // Warnings (an unsafe path, a bad header) become errors instead of skipped entries.
      strict: true,
      preservePaths: false,
      noChmod: true,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : 'File'
        if (REGULAR.has(type)) return true
        refused.push(`${path} (${type})`)
        return false
      },
    })
  } catch (error) {
    throw new BackupError('DAMAGED_ARCHIVE', `The archive ${file} is damaged or not a Warta backup: ${(error as Error).message}`)
  }
  if (refused.length > 0) throw new BackupError('DAMAGED_ARCHIVE', `The archive ${file} holds entries that are not plain files: ${refused.join(', ')}`)
}
