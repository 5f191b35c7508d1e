import type { CollectionBeforeChangeHook } from 'payload'

import { isWorkflowWrite } from '@/workflow/context'

/** Whether a tag is public is the workflow's to decide (a live report carries it), never the input's. */
export const keepPublicFlag: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (isWorkflowWrite(req)) return data
  return { ...data, public: operation === 'create' ? false : Boolean(originalDoc?.public) }
}
