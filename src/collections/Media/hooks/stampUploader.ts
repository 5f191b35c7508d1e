import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/unitTree'
import { isWorkflowWrite } from '@/workflow/context'

/**
 * A new photo belongs to its uploader and their unit. Whether it is public is decided by the
 * workflow (a photo is public while a published report shows it), never by the input; nor are the
 * files it points to.
 */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  // Renditions are recorded by storeRenditions (which runs after this hook), never taken from input.
  if (operation === 'create') {
    const user = req.user && 'unit' in req.user ? req.user : null
    return { ...data, uploadedBy: user?.id ?? null, unit: idOf(user?.unit) ?? data.unit ?? null, public: false, renditions: null, fileBase: null }
  }
  // The workflow (visibility) and media maintenance (renditions of old uploads) write these as the system.
  const system = isWorkflowWrite(req)
  return {
    ...data,
    uploadedBy: originalDoc?.uploadedBy ?? null,
    unit: originalDoc?.unit ?? null,
    public: system ? Boolean(data.public) : (originalDoc?.public ?? false),
    renditions: system && data.renditions !== undefined ? data.renditions : (originalDoc?.renditions ?? null),
    fileBase: system && data.fileBase !== undefined ? data.fileBase : (originalDoc?.fileBase ?? null),
  }
}
