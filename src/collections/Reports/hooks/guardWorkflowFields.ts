import type { CollectionBeforeChangeHook } from 'payload'

import { actorFor } from '@/workflow/actor'
import { currentWorkflowValues, initialWorkflowValues } from '@/workflow/changes'
import { isWorkflowWrite } from '@/workflow/context'
import { decideEdit } from '@/workflow/machine'
import { isLive, stateOf } from '@/workflow/reportFacts'
import { WorkflowError } from '@/workflow/WorkflowError'

const sameId = (a: unknown, b: unknown) => String(a) === String(b)

/**
 * Outside the workflow service nobody sets the state, `_status` or an audit field: a new report starts
 * as a fresh draft, and an edit keeps the working copy's workflow values whatever the input says. An
 * edit must be allowed by the state machine (who may edit what, when); editing a published report
 * turns the working copy into a pending revision (state draft) while the public version stays.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (isWorkflowWrite(req)) return data
  const userId = req.user?.id ?? null

  if (operation === 'create' || !originalDoc) {
    return { ...data, ...initialWorkflowValues(userId), _status: 'draft' }
  }

  const values = currentWorkflowValues(originalDoc)
  let state = stateOf(originalDoc)
  if (req.user) {
    const actor = await actorFor(req, req.user, originalDoc.unit)
    if (!actor) throw new WorkflowError({ status: 403, code: 'EDIT_NOT_ALLOWED', message: 'Akun Anda tidak memiliki peran.' })
    const decision = decideEdit({ actor, report: { state, live: await isLive(req, originalDoc.id) } })
    if (!decision.ok) throw new WorkflowError(decision)
    state = decision.to
    const contributors = (values.contributors as unknown[]).map((c) => (c && typeof c === 'object' && 'id' in c ? (c as { id: unknown }).id : c))
    if (!contributors.some((id) => sameId(id, userId))) contributors.push(userId)
    values.contributors = contributors
  } else if (state === 'published') {
    state = 'draft'
  }
  return { ...data, ...values, state, _status: 'draft' }
}
