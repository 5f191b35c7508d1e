import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { afterCommit } from '@/db/afterCommit'
import { asWorkflowWrite } from '@/workflow/context'

import { approvedOf, approvedSnapshot, differsFromApproved, retiredAfter, retiredOf } from './approved'
import { removeMediaFiles } from './mediaFiles'

type ID = number | string

/**
 * Approves photos with the report version that shows them: each one's record as it is now becomes
 * what the public sees of it, and whoever changed it since the last approval stops counting as its
 * contributor. Renditions that leave the public set are retired, not deleted (caches may still name
 * them); retired ones older than a day go once the change is committed. Runs in the go-live's
 * transaction, as the system. Returns the photos whose approved copy changed.
 */
export const approvePhotos = async (req: PayloadRequest, ids: ID[], now: Date): Promise<ID[]> => {
  const changed: ID[] = []
  for (const id of [...new Set(ids.map(String))]) {
    const doc = await req.payload.findByID({ collection: COLLECTIONS.media, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!doc) continue
    const record = doc as unknown as Record<string, unknown>
    const contributors = Array.isArray(record.contributors) ? record.contributors : []
    if (!differsFromApproved(record) && contributors.length === 0) continue
    const previous = approvedOf(record.approved)
    const differs = differsFromApproved(record)
    const approved = differs || !previous ? approvedSnapshot(record, now) : previous
    if (differs) changed.push(doc.id)
    const { keep, expired } = retiredAfter(previous, approved, retiredOf(record.retired), now)
    // The workflow decided this; `approved`, `retired` and `contributors` are never taken from input.
    await asWorkflowWrite(req, () =>
      req.payload.update({ collection: COLLECTIONS.media, id, data: { approved, retired: keep, contributors: [] } as never, overrideAccess: true, depth: 0, req }),
    )
    if (expired.length) await afterCommit(req, () => removeMediaFiles(expired))
  }
  return changed
}
