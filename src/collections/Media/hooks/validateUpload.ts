import { APIError, Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { ACCEPTED_FORMATS, inspectImage } from '@/media/inspectImage'
import { maxInputPixels, maxUploadBytes } from '@/media/limits'
import { renderImage } from '@/media/renditions'
import { toSlug } from '@/utilities/toSlug'

export const RENDERED_KEY = 'wartaRendered'

const focalOf = (data: unknown): { x: number; y: number } => {
  const { focalX, focalY } = (data ?? {}) as { focalX?: unknown; focalY?: unknown }
  const pick = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 100 ? v : 50)
  return { x: pick(focalX), y: pick(focalY) }
}

/**
 * Before Payload touches an upload: is it really a JPEG, PNG, WebP or AVIF, by its bytes, within the
 * byte and pixel limits, and whole? Anything else is refused here with a stable code, before any file
 * is written. An accepted photo gets a safe, unguessable name with its real extension, is re-encoded
 * upright without metadata (that is the original Payload stores), and its renditions are rendered for
 * storeRenditions to write once the record is valid.
 */
export const validateUpload: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create' && req.user) throw new APIError('Pilih foto yang akan diunggah.', 400, { code: 'MISSING_FILE' }, true)
    return args
  }
  // Reading and rendering a photo costs CPU and, inside the save, the database's write turn: nobody
  // without an account gets that far (the same 403 access would give them).
  if (!req.user) throw new Forbidden(req.t)
  const data = file.data ?? Buffer.alloc(0)
  const limits = { maxBytes: maxUploadBytes(), maxPixels: maxInputPixels() }
  const result = await inspectImage(data, limits)
  if (!result.ok) throw new APIError(result.message, result.status, { code: result.code }, true)

  const { ext, mime } = ACCEPTED_FORMATS[result.format]
  const base = `${toSlug((file.name || 'foto').replace(/\.[^.]*$/, '')).slice(0, 60)}-${crypto.randomUUID().slice(0, 8)}`
  const rendered = await renderImage(data, { format: result.format, base, focal: focalOf((args as { data?: unknown }).data), maxPixels: limits.maxPixels })
  req.file = { ...file, data: rendered.original.data, size: rendered.original.filesize, name: `${base}.${ext}`, mimetype: mime }
  req.context[RENDERED_KEY] = rendered
  return args
}
