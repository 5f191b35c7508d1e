import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Report } from '@/payload-types'

import type { WorkflowValues } from './changes'
import { asWorkflowWrite } from './context'
import type { Transition } from './machine'

type ID = number | string

/** A version's own content, without what Payload and the save hooks set themselves. */
const contentOf = (doc: Report): Record<string, unknown> => {
  const { id: _id, createdAt: _created, updatedAt: _updated, searchText: _search, photos: _photos, ...content } = doc as Report & { photos?: unknown }
  return content
}

const save = (req: PayloadRequest, id: ID, data: Record<string, unknown>, draft: boolean, checkContent: boolean) =>
  asWorkflowWrite(
    req,
    () =>
      req.payload.update({
        collection: COLLECTIONS.reports,
        id,
        data: data as never,
        draft,
        // The decision was made by the state machine for this user; the fields written are ones no user may write.
        overrideAccess: true,
        depth: 0,
        req,
      }),
    { checkContent },
  ) as Promise<Report>

/** What is submitted, scheduled or put live is validated; a transition that only moves the state is not. */
const CHECKED: Transition['action'][] = ['submit', 'publish', 'scheduled_publish']

/**
 * Writes a transition. Going live: the working copy, with the transition's values, becomes the public
 * version. Going offline: the public version takes the values but keeps its own content, so a pending
 * revision never reaches it, and the revision stays the working copy. Otherwise only the working copy
 * changes: a live report keeps its public version, and a report that is not live has none to keep, so
 * its main document and its working copy move together. The content is validated when it is
 * submitted, scheduled or put live; never when a transition only moves the state. Returns the
 * working copy as it is now.
 */
export const writeTransition = async (
  req: PayloadRequest,
  id: ID,
  { transition, values, working, published }: { transition: Transition; values: WorkflowValues; working: Report; published: Report | null },
): Promise<Report> => {
  const { _status: _ignored, ...workflowValues } = values
  const check = CHECKED.includes(transition.action)
  if (transition.goLive) return save(req, id, { ...values, _status: 'published' }, false, true)
  if (transition.goOffline && published) {
    const offline = await save(req, id, { ...contentOf(published), ...workflowValues, _status: 'draft' }, false, false)
    // The working copy was a pending revision (its latest version is a draft): it stays, taken offline too.
    if (working._status !== 'draft') return offline
    return save(req, id, { ...contentOf(working), ...workflowValues }, true, false)
  }
  return save(req, id, { ...workflowValues, _status: 'draft' }, published !== null, check)
}
