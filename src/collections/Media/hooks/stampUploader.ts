import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/unitTree'
import { isWorkflowWrite } from '@/workflow/context'

/**
 * A new photo belongs to its uploader and their unit. Whether it is public is decided by the
 * workflow (a photo is public while a published report shows it), never by the input.
 */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const user = req.user && 'unit' in req.user ? req.user : null
    return { ...data, uploadedBy: user?.id ?? null, unit: idOf(user?.unit) ?? data.unit ?? null, public: false }
  }
  const visibility = isWorkflowWrite(req) ? Boolean(data.public) : (originalDoc?.public ?? false)
  return { ...data, uploadedBy: originalDoc?.uploadedBy ?? null, unit: originalDoc?.unit ?? null, public: visibility }
}
