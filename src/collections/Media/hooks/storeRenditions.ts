import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { afterCommit } from '@/db/afterCommit'
import { filesOfRecord } from '@/media/approved'
import { mediaDir } from '@/media/mediaDir'
import { removeMediaFiles } from '@/media/mediaFiles'
import { renditionsOf, type StoredRenditions } from '@/media/renditionFiles'
import { RENDITIONS, renderImage, type Rendered } from '@/media/renditions'
import { maxInputPixels } from '@/media/limits'
import { ACCEPTED_FORMATS } from '@/media/inspectImage'

import { UPLOAD_FILES_KEY } from './cleanUpFailedUpload'
import { RENDERED_KEY } from './validateUpload'

const REPLACED_KEY = 'wartaReplacedRenditions'
const PENDING_KEY = 'wartaPendingRenditions'

const stored = (rendered: Rendered): StoredRenditions =>
  Object.fromEntries(Object.entries(rendered.renditions).map(([name, { data: _data, ...meta }]) => [name, meta]))

const write = async (rendered: Rendered, context: Record<string, unknown>) => {
  const dir = mediaDir()
  const names = Object.values(rendered.renditions).map((r) => r.filename)
  // Noted before writing, so a failure from here on removes every file of this save.
  context[UPLOAD_FILES_KEY] = [...((context[UPLOAD_FILES_KEY] as string[] | undefined) ?? []), ...names]
  await Promise.all(Object.values(rendered.renditions).map((r) => writeFile(path.join(dir, r.filename), r.data)))
}

const focalChanged = (data: Record<string, unknown>, original: Record<string, unknown> | undefined) =>
  original !== undefined &&
  ((typeof data.focalX === 'number' && data.focalX !== original.focalX) || (typeof data.focalY === 'number' && data.focalY !== original.focalY))

/**
 * Records the renditions validateUpload rendered on the record; the files are written once the record
 * is stored (writeRenditions). When only the focal point changes, the crops are cut again from the
 * stored original under new names (so no cache keeps the old crop); the old crop files go afterwards.
 */
export const storeRenditions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const rendered = req.context[RENDERED_KEY] as Rendered | undefined
  if (rendered) {
    delete req.context[RENDERED_KEY]
    req.context[PENDING_KEY] = rendered
    const previous = renditionsOf(originalDoc?.renditions)
    req.context[REPLACED_KEY] = Object.values(previous).map((r) => r?.filename)
    return { ...data, renditions: stored(rendered), fileBase: String(data.filename ?? '').replace(/\.[^.]*$/, '') }
  }
  if (!req.file && originalDoc?.filename && focalChanged(data, originalDoc)) {
    const input = await readFile(path.join(mediaDir(), originalDoc.filename))
    const format = (Object.entries(ACCEPTED_FORMATS).find(([, f]) => f.mime === originalDoc.mimeType)?.[0] ?? 'jpeg') as keyof typeof ACCEPTED_FORMATS
    const base = `${originalDoc.fileBase}-${crypto.randomUUID().slice(0, 4)}`
    const crops = RENDITIONS.filter((spec) => spec.height)
    const recut = await renderImage(input, { format, base, focal: { x: Number(data.focalX ?? 50), y: Number(data.focalY ?? 50) }, maxPixels: maxInputPixels(), specs: crops })
    req.context[PENDING_KEY] = recut
    const previous = renditionsOf(originalDoc.renditions)
    req.context[REPLACED_KEY] = crops.map((spec) => previous[spec.name]?.filename)
    return { ...data, renditions: { ...previous, ...stored(recut) } }
  }
  return data
}

/**
 * Writes the pending renditions (still inside the save's transaction: if writing fails, the record is
 * not kept), then removes the renditions they replaced, unless the record still needs them: the
 * approved copy's renditions stay until a new approval retires them (see src/media/approval.ts).
 */
export const writeRenditions: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = req.context[PENDING_KEY] as Rendered | undefined
  delete req.context[PENDING_KEY]
  if (pending) await write(pending, req.context)
  const replaced = req.context[REPLACED_KEY] as (string | undefined)[] | undefined
  delete req.context[REPLACED_KEY]
  delete req.context[UPLOAD_FILES_KEY]
  if (replaced?.length) {
    const kept = filesOfRecord(doc)
    // Only once the record naming the new files is stored: a rollback keeps the old record, and its files.
    await afterCommit(req, () => removeMediaFiles(replaced.filter((name) => name && !kept.has(name))))
  }
  return doc
}

/** A deleted photo takes every file of its record with it (Payload removes the original itself). */
export const removeRenditionsOfDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await afterCommit(req, () => removeMediaFiles(filesOfRecord(doc)))
}
