import type { CollectionBeforeOperationHook } from 'payload'

import { isWorkflowWrite } from '@/workflow/context'
import { WorkflowError } from '@/workflow/WorkflowError'

/**
 * Every write that is not the workflow's own is a draft: creates and updates (single, bulk, REST,
 * GraphQL, admin, Local API) only ever make a new draft version, so none of them can touch what the
 * public sees, and never overwrite an earlier version (`?autosave=true` and `?unpublishAllLocales=true` are ignored). `_status:
 * "published"` in the input is dropped here, before Payload reads it.
 *
 * A version restore reads its draft flag before this hook runs, so it cannot be turned into a draft
 * here: a restore that is not explicitly a draft (`?draft=true`, "restore as draft" in the admin)
 * would overwrite the public version, and is refused.
 */
export const routeThroughWorkflow: CollectionBeforeOperationHook<'reports'> = ({ args, operation, req }) => {
  if (isWorkflowWrite(req)) return args
  const next = args as { draft?: boolean; autosave?: boolean; unpublishAllLocales?: unknown; publishAllLocales?: unknown; publishSpecificLocale?: unknown; data?: Record<string, unknown> }
  if (operation === 'restoreVersion' && next.draft !== true) {
    throw new WorkflowError({
      status: 400,
      code: 'RESTORE_AS_DRAFT',
      message: 'Versi lama hanya dapat dipulihkan sebagai draf; terbitkan lewat alur kerja.',
    })
  }
  if (operation !== 'create' && operation !== 'update') return args
  next.draft = true
  // Autosave and unpublishing rewrite the latest version in place: every save here adds a version,
  // so none is lost, and none of them publishes or unpublishes anything.
  next.autosave = false
  delete next.unpublishAllLocales
  delete next.publishAllLocales
  delete next.publishSpecificLocale
  if (next.data && typeof next.data === 'object') next.data._status = 'draft'
  return args
}
