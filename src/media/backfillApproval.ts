import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { asWorkflowWrite } from '@/workflow/context'

import { approvedSnapshot } from './approved'
import { photoIdsOf } from './visibility'

/**
 * Data step of the photo-approval migration, for databases made before it: every report's public
 * version and working copy records the photos it shows (`photos`), every photo its files (`files`), a
 * photo that is public now counts as approved as it is, and a tag is public while a live report
 * carries it. A fresh database has
 * nothing to do. Written through the adapter and the Local API as the system, in the migration's
 * transaction.
 */
export const backfillPhotoApproval = async (payload: Payload, req: PayloadRequest): Promise<void> => {
  const { docs: reports } = await payload.find({
    collection: COLLECTIONS.reports,
    select: { leadPhoto: true, gallery: true, body: true, tags: true, _status: true, state: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const report of reports) {
    await payload.db.updateOne({ collection: COLLECTIONS.reports, id: report.id, data: { photos: photoIdsOf(report) }, req })
  }
  const { docs: versions } = await payload.db.findVersions({ collection: COLLECTIONS.reports, where: { latest: { equals: true } }, limit: 0, pagination: false, req })
  for (const version of versions) {
    const content = version.version as Record<string, unknown>
    await payload.db.updateVersion({ collection: COLLECTIONS.reports, id: version.id, versionData: { ...version, version: { ...content, photos: photoIdsOf(content) } } as never, req })
  }

  // Every photo records its file names (recordFiles); one public now counts as approved as it is.
  const now = new Date()
  const { docs: photos } = await payload.find({ collection: COLLECTIONS.media, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  for (const photo of photos) {
    const data = photo.public ? { approved: approvedSnapshot(photo as unknown as Record<string, unknown>, now), retired: [], contributors: [] } : {}
    await asWorkflowWrite(req, () => payload.update({ collection: COLLECTIONS.media, id: photo.id, data: data as never, overrideAccess: true, depth: 0, req }))
  }

  const liveTags = new Set(reports.filter((r) => r._status === 'published' && r.state === 'published').flatMap((r) => (r.tags ?? []).map(String)))
  for (const id of liveTags) {
    await asWorkflowWrite(req, () => payload.update({ collection: COLLECTIONS.tags, id, data: { public: true }, overrideAccess: true, depth: 0, req }))
  }
}
