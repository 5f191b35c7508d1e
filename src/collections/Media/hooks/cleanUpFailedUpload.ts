import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterErrorHook, CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { mediaDir } from '@/media/mediaDir'

const KEY = 'wartaUploadFiles'

type SizeData = Record<string, { filename?: string | null } | undefined>

/** Notes the files this save is about to write (the original and every size), before Payload writes them. */
export const rememberUploadFiles: CollectionBeforeChangeHook = ({ data, req }) => {
  // Only a save that brings a new file writes files; a save of alt text keeps the existing ones.
  if (!req.file) return data
  const names = [data.filename, ...Object.values((data.sizes ?? {}) as SizeData).map((size) => size?.filename)]
  req.context[KEY] = names.filter((name): name is string => typeof name === 'string' && name.length > 0)
  return data
}

/**
 * When a save fails after Payload wrote its files (the database refused the record, say), removes
 * those files unless a record uses them: a failed upload leaves neither a record nor a file.
 * `npm run media:check --fix` sweeps up what a crash leaves between the two.
 */
export const removeFailedUploadFiles: CollectionAfterErrorHook = async ({ req }) => {
  const names = req.context[KEY] as string[] | undefined
  if (!names?.length) return
  delete req.context[KEY]
  const dir = mediaDir()
  for (const name of names) {
    // Files are only written under the media folder; anything that would resolve elsewhere is left alone.
    const file = path.resolve(dir, name)
    if (!file.startsWith(dir + path.sep)) continue
    // New uploads get new, unique names, so no record can hold them; checked anyway, as a safety.
    const { totalDocs } = await req.payload.count({ collection: COLLECTIONS.media, overrideAccess: true, where: { filename: { equals: name } } })
    if (totalDocs === 0) await rm(file, { force: true })
  }
}
