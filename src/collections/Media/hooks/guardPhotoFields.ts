import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/unitTree'
import { isWorkflowWrite } from '@/workflow/context'

/** The fields whose change the public sees only after an editor approves it (with the file itself). */
const PUBLIC_FIELDS = ['alt', 'caption', 'credit', 'focalX', 'focalY'] as const

/** The fields only the workflow and media maintenance write. */
const SYSTEM_FIELDS = ['public', 'renditions', 'fileBase', 'approved', 'retired', 'contributors'] as const

const ids = (value: unknown): unknown[] => (Array.isArray(value) ? value.map((v) => idOf(v)).filter((v) => v !== null) : [])

/**
 * A new photo belongs to its uploader and their unit, and its uploader is its first contributor.
 * Whether it is public, what of it was approved, and its files are decided by the workflow (see
 * src/media/approval.ts), never by the input. Whoever changes what the public would see (a field
 * above, or the file) becomes a contributor until the next approval: they may not approve it.
 */
export const guardPhotoFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  // Renditions are recorded by storeRenditions (which runs after this hook), never taken from input.
  if (operation === 'create') {
    const user = req.user && 'unit' in req.user ? req.user : null
    return {
      ...data,
      uploadedBy: user?.id ?? null,
      unit: idOf(user?.unit) ?? data.unit ?? null,
      public: false,
      renditions: null,
      fileBase: null,
      approved: null,
      retired: [],
      contributors: user ? [user.id] : [],
    }
  }
  const kept = { uploadedBy: originalDoc?.uploadedBy ?? null, unit: originalDoc?.unit ?? null }
  // The workflow (visibility, approval) and media maintenance (renditions of old uploads) write these as the system.
  if (isWorkflowWrite(req)) {
    const system = Object.fromEntries(SYSTEM_FIELDS.map((field) => [field, data[field] !== undefined ? data[field] : originalDoc?.[field]]))
    return { ...data, ...kept, ...system }
  }
  const contributors = ids(originalDoc?.contributors)
  const changed = Boolean(req.file) || PUBLIC_FIELDS.some((field) => field in data && data[field] !== originalDoc?.[field])
  if (changed && req.user && !contributors.some((id) => String(id) === String(req.user?.id))) contributors.push(req.user.id)
  return {
    ...data,
    ...kept,
    ...Object.fromEntries(SYSTEM_FIELDS.map((field) => [field, originalDoc?.[field] ?? null])),
    contributors,
  }
}
