import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterErrorHook, CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { mediaDir } from '@/media/mediaDir'

export const UPLOAD_FILES_KEY = 'wartaUploadFiles'

/** Notes the original this save is about to write, before Payload writes it. */
export const rememberUploadFiles: CollectionBeforeChangeHook = ({ data, req }) => {
  // Only a save that brings a new file writes one; a save of alt text keeps the existing file.
  if (!req.file || typeof data.filename !== 'string') return data
  req.context[UPLOAD_FILES_KEY] = [...((req.context[UPLOAD_FILES_KEY] as string[] | undefined) ?? []), data.filename]
  return data
}

/**
 * When a save fails after files were written (the database refused the record, say), removes them
 * unless a record uses them: a failed upload leaves neither a record nor a file.
 * `npm run media:check --fix` sweeps up what a crash leaves between the two.
 */
export const removeFailedUploadFiles: CollectionAfterErrorHook = async ({ req }) => {
  const names = req.context[UPLOAD_FILES_KEY] as string[] | undefined
  if (!names?.length) return
  delete req.context[UPLOAD_FILES_KEY]
  const dir = mediaDir()
  for (const name of names) {
    // Files are only ever written under the media folder; anything resolving elsewhere is left alone.
    const file = path.resolve(dir, name)
    if (!file.startsWith(dir + path.sep)) continue
    // New uploads get new, unique names, so no record can hold them; checked anyway, as a safety.
    const { totalDocs } = await req.payload.count({ collection: COLLECTIONS.media, overrideAccess: true, where: { filename: { equals: name } } })
    if (totalDocs === 0) await rm(file, { force: true })
  }
}
