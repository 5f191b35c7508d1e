import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { asWorkflowWrite } from '@/workflow/context'

import { mediaDir } from './mediaDir'
import { inspectImage } from './inspectImage'
import { maxInputPixels } from './limits'
import { renditionsOf } from './renditionFiles'
import { renderImage } from './renditions'

type ID = number | string

export type MediaCheck = {
  /** Files in the media folder that no record knows. */
  orphanFiles: string[]
  /** Records whose original file is gone, with the files they still expect. */
  missingFiles: { id: ID; filename: string; missing: string[] }[]
  /** Records uploaded before renditions existed (or whose renditions were never made). */
  withoutRenditions: ID[]
  removedFiles: string[]
  removedRecords: ID[]
  rendered: ID[]
}

const exists = async (file: string) => stat(file).then(() => true, () => false)

/**
 * Compares the media folder with the media records. With `fix`, deletes orphan files and records
 * whose original file is missing (a report that showed one then shows no photo instead of a broken one).
 */
export const checkMedia = async (payload: Payload, { fix = false }: { fix?: boolean } = {}): Promise<MediaCheck> => {
  const dir = mediaDir()
  // Maintenance runs as the system: it must see every record, whatever its visibility.
  const { docs } = await payload.find({ collection: COLLECTIONS.media, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { filename: true, renditions: true, focalX: true, focalY: true } })
  const known = new Set<string>()
  const missingFiles: MediaCheck['missingFiles'] = []
  const withoutRenditions: ID[] = []
  for (const doc of docs) {
    if (doc.filename && Object.keys(renditionsOf(doc.renditions)).length === 0) withoutRenditions.push(doc.id)
    const names = [doc.filename, ...Object.values(renditionsOf(doc.renditions)).map((r) => r?.filename)].filter((name): name is string => Boolean(name))
    names.forEach((name) => known.add(name))
    if (!doc.filename) continue
    const missing: string[] = []
    for (const name of names) if (!(await exists(path.join(dir, name)))) missing.push(name)
    if (missing.includes(doc.filename)) missingFiles.push({ id: doc.id, filename: doc.filename, missing })
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const orphanFiles = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !known.has(entry.name)).map((entry) => entry.name).sort()

  const result: MediaCheck = { orphanFiles, missingFiles, withoutRenditions, removedFiles: [], removedRecords: [], rendered: [] }
  if (!fix) return result
  for (const name of orphanFiles) {
    await rm(path.join(dir, name), { force: true })
    result.removedFiles.push(name)
  }
  const removed = new Set<string>()
  for (const { id } of missingFiles) {
    await payload.delete({ collection: COLLECTIONS.media, id, overrideAccess: true })
    result.removedRecords.push(id)
    removed.add(String(id))
  }
  for (const id of withoutRenditions) {
    const doc = docs.find((d) => d.id === id)
    if (!doc?.filename || removed.has(String(id))) continue
    const input = await readFile(path.join(dir, doc.filename))
    const inspected = await inspectImage(input, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels: maxInputPixels() })
    if (!inspected.ok) continue
    const base = `${doc.filename.replace(/\.[^.]*$/, '').replace(/[^a-z0-9-]/gi, '-').toLowerCase()}-${crypto.randomUUID().slice(0, 8)}`
    const rendered = await renderImage(input, { format: inspected.format, base, focal: { x: doc.focalX ?? 50, y: doc.focalY ?? 50 }, maxPixels: maxInputPixels() })
    for (const r of Object.values(rendered.renditions)) await writeFile(path.join(dir, r.filename), r.data)
    const renditions = Object.fromEntries(Object.entries(rendered.renditions).map(([name, { data: _data, ...meta }]) => [name, meta]))
    // Maintenance writes as the system: renditions are never taken from user input.
    const req = { context: {} } as Parameters<typeof asWorkflowWrite>[0]
    await asWorkflowWrite(req, () => payload.update({ collection: COLLECTIONS.media, id, data: { renditions, fileBase: base }, overrideAccess: true, context: req.context }))
    result.rendered.push(id)
  }
  return result
}
