import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { mediaDir } from './mediaDir'

type ID = number | string

export type MediaCheck = {
  /** Files in the media folder that no record knows. */
  orphanFiles: string[]
  /** Records whose original file is gone, with the files they still expect. */
  missingFiles: { id: ID; filename: string; missing: string[] }[]
  removedFiles: string[]
  removedRecords: ID[]
}

type SizeMap = Record<string, { filename?: string | null } | null | undefined>

const exists = async (file: string) => stat(file).then(() => true, () => false)

/**
 * Compares the media folder with the media records. With `fix`, deletes orphan files and records
 * whose original file is missing (a report that showed one then shows no photo instead of a broken one).
 */
export const checkMedia = async (payload: Payload, { fix = false }: { fix?: boolean } = {}): Promise<MediaCheck> => {
  const dir = mediaDir()
  // Maintenance runs as the system: it must see every record, whatever its visibility.
  const { docs } = await payload.find({ collection: COLLECTIONS.media, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { filename: true, sizes: true } })
  const known = new Set<string>()
  const missingFiles: MediaCheck['missingFiles'] = []
  for (const doc of docs) {
    const names = [doc.filename, ...Object.values((doc.sizes ?? {}) as SizeMap).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
    names.forEach((name) => known.add(name))
    if (!doc.filename) continue
    const missing: string[] = []
    for (const name of names) if (!(await exists(path.join(dir, name)))) missing.push(name)
    if (missing.includes(doc.filename)) missingFiles.push({ id: doc.id, filename: doc.filename, missing })
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const orphanFiles = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !known.has(entry.name)).map((entry) => entry.name).sort()

  const result: MediaCheck = { orphanFiles, missingFiles, removedFiles: [], removedRecords: [] }
  if (!fix) return result
  for (const name of orphanFiles) {
    await rm(path.join(dir, name), { force: true })
    result.removedFiles.push(name)
  }
  for (const { id } of missingFiles) {
    await payload.delete({ collection: COLLECTIONS.media, id, overrideAccess: true })
    result.removedRecords.push(id)
  }
  return result
}
