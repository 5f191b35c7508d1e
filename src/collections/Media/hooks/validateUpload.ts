import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { maxInputPixels, maxUploadBytes } from '@/media/limits'
import { ACCEPTED_FORMATS, inspectImage } from '@/media/inspectImage'
import { toSlug } from '@/utilities/toSlug'

/**
 * Before Payload touches an upload: is it really a JPEG, PNG, WebP or AVIF, by its bytes, within the
 * byte and pixel limits, and whole? Anything else is refused here with a stable code, before any file
 * is written. The file gets a safe, unguessable name whose extension matches its real format.
 */
export const validateUpload: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create' && !(args as { data?: { url?: unknown } }).data?.url) {
      throw new APIError('Pilih foto yang akan diunggah.', 400, { code: 'MISSING_FILE' }, true)
    }
    return args
  }
  const data = file.data ?? Buffer.alloc(0)
  const result = await inspectImage(data, { maxBytes: maxUploadBytes(), maxPixels: maxInputPixels() })
  if (!result.ok) throw new APIError(result.message, result.status, { code: result.code }, true)
  const { ext, mime } = ACCEPTED_FORMATS[result.format]
  const base = toSlug((file.name || 'foto').replace(/\.[^.]*$/, '')).slice(0, 60)
  const random = crypto.randomUUID().slice(0, 8)
  req.file = { ...file, name: `${base}-${random}.${ext}`, mimetype: mime }
  return args
}
