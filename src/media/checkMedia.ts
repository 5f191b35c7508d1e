import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { asWorkflowWrite } from '@/workflow/context'

import { filesOfRecord, retiredOf, RETIRED_GRACE_MS } from './approved'
import { mediaDir } from './mediaDir'
import { removeMediaFiles } from './mediaFiles'
import { inspectImage } from './inspectImage'
import { maxInputPixels } from './limits'
import { renditionsOf } from './renditionFiles'
import { renderImage } from './renditions'

type ID = number | string

export type MediaCheck = {
  /** Files in the media folder that no record knows. */
  orphanFiles: string[]
  /** Records whose original file is gone, with the files they still expect. */
  missingFiles: { id: ID; filename: string; missing: string[]; usedByReports: number }[]
  /** Records uploaded before renditions existed (or whose renditions were never made). */
  withoutRenditions: ID[]
  /** Renditions replaced more than a day ago that a record still keeps. */
  expiredRetired: { id: ID; files: string[] }[]
  removedFiles: string[]
  removedRecords: ID[]
  rendered: ID[]
}

/** `--fix` was refused: nothing was changed. */
export class MediaCheckRefusal extends Error {}

const exists = async (file: string) => stat(file).then(() => true, () => false)

/** Maintenance writes as the system: renditions and retired files are never taken from user input. */
const systemUpdate = (payload: Payload, id: ID, data: Record<string, unknown>) => {
  const req = { context: {} } as Parameters<typeof asWorkflowWrite>[0]
  return asWorkflowWrite(req, () => payload.update({ collection: COLLECTIONS.media, id, data: data as never, overrideAccess: true, context: req.context }))
}

/** How many reports show the photo, in their public version or their working copy. */
const reportsUsing = async (payload: Payload, id: ID): Promise<number> => {
  const main = await payload.find({ collection: COLLECTIONS.reports, where: { photos: { equals: id } }, select: {}, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const working = await payload.db.findVersions({ collection: COLLECTIONS.reports, where: { and: [{ latest: { equals: true } }, { 'version.photos': { equals: id } }] }, limit: 0, pagination: false })
  return new Set([...main.docs.map((doc) => String(doc.id)), ...working.docs.map((version) => String(version.parent))]).size
}

/**
 * Compares the media folder with the media records. With `fix`: deletes orphan files, records whose
 * original file is missing (unless a report shows them: those are only listed), expired retired
 * renditions, and renders missing renditions. `fix` is refused, changing nothing, when the folder
 * does not exist or holds not one of the records' files: a wrong or unmounted MEDIA_DIR must not
 * cost every photo record.
 */
export const checkMedia = async (
  payload: Payload,
  { fix = false, now = new Date(), progress = () => {} }: { fix?: boolean; now?: Date; progress?: (step: { checked: number; total: number }) => void } = {},
): Promise<MediaCheck> => {
  const dir = mediaDir()
  if (!(await exists(dir))) throw new MediaCheckRefusal(`The media folder ${dir} does not exist: check MEDIA_DIR.`)
  // Maintenance runs as the system: it must see every record, whatever its visibility.
  const { docs } = await payload.find({ collection: COLLECTIONS.media, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const known = new Set<string>()
  const missingFiles: MediaCheck['missingFiles'] = []
  const withoutRenditions: ID[] = []
  const expiredRetired: MediaCheck['expiredRetired'] = []
  let found = 0
  for (const [i, doc] of docs.entries()) {
    progress({ checked: i + 1, total: docs.length })
    const record = doc as unknown as Record<string, unknown>
    if (doc.filename && Object.keys(renditionsOf(doc.renditions)).length === 0) withoutRenditions.push(doc.id)
    const names = [...filesOfRecord(record)]
    names.forEach((name) => known.add(name))
    const expired = retiredOf(record.retired).filter((r) => now.getTime() - Date.parse(r.at) >= RETIRED_GRACE_MS).map((r) => r.filename)
    if (expired.length) expiredRetired.push({ id: doc.id, files: expired })
    if (!doc.filename) continue
    const missing: string[] = []
    for (const name of names) if (await exists(path.join(dir, name))) found++
    else missing.push(name)
    if (missing.includes(doc.filename)) missingFiles.push({ id: doc.id, filename: doc.filename, missing, usedByReports: await reportsUsing(payload, doc.id) })
  }
  const entries = await readdir(dir, { withFileTypes: true })
  const orphanFiles = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !known.has(entry.name)).map((entry) => entry.name).sort()

  const result: MediaCheck = { orphanFiles, missingFiles, withoutRenditions, expiredRetired, removedFiles: [], removedRecords: [], rendered: [] }
  if (!fix) return result
  if (known.size > 0 && found === 0) {
    throw new MediaCheckRefusal(`Not one of the ${docs.length} photo records has a file in ${dir}: is MEDIA_DIR right? Nothing was changed.`)
  }
  for (const name of orphanFiles) {
    await removeMediaFiles([name])
    result.removedFiles.push(name)
  }
  const removed = new Set<string>()
  for (const { id, usedByReports } of missingFiles) {
    // A report still shows it: deleting the record would change that report unseen. Listed, kept.
    if (usedByReports > 0) continue
    await payload.delete({ collection: COLLECTIONS.media, id, overrideAccess: true })
    result.removedRecords.push(id)
    removed.add(String(id))
  }
  for (const { id, files } of expiredRetired) {
    if (removed.has(String(id))) continue
    const doc = docs.find((d) => d.id === id) as unknown as Record<string, unknown>
    const keep = retiredOf(doc.retired).filter((r) => !files.includes(r.filename))
    await systemUpdate(payload, id, { retired: keep })
    await removeMediaFiles(files)
    result.removedFiles.push(...files)
  }
  for (const id of withoutRenditions) {
    const doc = docs.find((d) => d.id === id)
    if (!doc?.filename || removed.has(String(id))) continue
    const input = await readFile(path.join(dir, doc.filename)).catch(() => null)
    if (!input) continue
    const inspected = await inspectImage(input, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels: maxInputPixels() })
    if (!inspected.ok) continue
    const base = `${doc.filename.replace(/\.[^.]*$/, '').replace(/[^a-z0-9-]/gi, '-').toLowerCase()}-${crypto.randomUUID().slice(0, 8)}`
    const rendered = await renderImage(input, { format: inspected.format, base, focal: { x: doc.focalX ?? 50, y: doc.focalY ?? 50 }, maxPixels: maxInputPixels() })
    for (const r of Object.values(rendered.renditions)) await writeFile(path.join(dir, r.filename), r.data)
    const renditions = Object.fromEntries(Object.entries(rendered.renditions).map(([name, { data: _data, ...meta }]) => [name, meta]))
    await systemUpdate(payload, id, { renditions, fileBase: base })
    result.rendered.push(id)
  }
  return result
}
