import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir as configuredMediaDir } from '@/media/mediaDir'

import { partialPath } from './leftovers'

/**
 * A restore writes this file beside the media folder before it changes anything, and removes it after
 * its last step. While it is there the instance may be half restored: the database of one backup with
 * the media files of what was there before, or only some of them.
 */
export const RESTORE_MARKER = '.warta-restore-pending.json'

export type RestoreMarker = {
  /** The archive being restored, as an absolute path. */
  archive: string
  /** When that backup was made (its manifest's createdAt). */
  createdAt: string
  /** SHA-256 of the archive's manifest.json: the same backup, wherever the file has moved. */
  manifestSha256: string
  /** When the restore started. */
  startedAt: string
}

export const restoreMarkerPath = (mediaDir: string): string => path.join(path.dirname(path.resolve(mediaDir)), RESTORE_MARKER)

/** The marker of an unfinished restore into this media folder (and its database), or null. */
export const readRestoreMarker = async (mediaDir: string): Promise<RestoreMarker | null> => {
  const text = await readFile(restoreMarkerPath(mediaDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (text === null) return null
  let value: Partial<Record<keyof RestoreMarker, unknown>> = {}
  try {
    value = JSON.parse(text) as typeof value
  } catch {
    // Written by a rename, so never half written; edited by hand, it still means "not finished".
  }
  const field = (key: keyof RestoreMarker) => (typeof value[key] === 'string' ? (value[key] as string) : 'unknown')
  return { archive: field('archive'), createdAt: field('createdAt'), manifestSha256: field('manifestSha256'), startedAt: field('startedAt') }
}

export const writeRestoreMarker = async (mediaDir: string, marker: RestoreMarker): Promise<void> => {
  const file = restoreMarkerPath(mediaDir)
  const partial = partialPath(file)
  await writeFile(partial, `${JSON.stringify(marker, null, 2)}\n`)
  await rename(partial, file)
}

export const removeRestoreMarker = (mediaDir: string): Promise<void> => rm(restoreMarkerPath(mediaDir), { force: true })

/**
 * The archive of a restore that was interrupted on this instance (killed, or failed after it began to
 * write), or null. `npm start` refuses to serve such an instance: run the same restore again to finish it.
 */
export const interruptedRestore = async (mediaDir: string = configuredMediaDir()): Promise<{ archive: string; createdAt: string; startedAt: string } | null> => {
  const marker = await readRestoreMarker(mediaDir)
  return marker && { archive: marker.archive, createdAt: marker.createdAt, startedAt: marker.startedAt }
}
