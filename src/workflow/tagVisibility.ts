import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { asWorkflowWrite } from './context'

type ID = number | string

/**
 * Marks each tag public while at least one live report carries it: a tag any writer may create gets a
 * public page, feed and sitemap entry only once an editor has published a report with it. Run by the
 * workflow in the same transaction as the change; true when a tag changed (the caller expires the
 * taxonomy's caches after the commit).
 */
export const refreshTagVisibility = async (req: PayloadRequest, ids: ID[]): Promise<boolean> => {
  let changed = false
  for (const id of [...new Set(ids.map(String))]) {
    const { totalDocs } = await req.payload.count({
      collection: COLLECTIONS.reports,
      where: { and: [{ _status: { equals: 'published' } }, { state: { equals: 'published' } }, { tags: { in: [id] } }] },
      overrideAccess: true,
      req,
    })
    const { docs } = await req.payload.find({ collection: COLLECTIONS.tags, where: { id: { equals: id } }, select: { public: true }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
    if (!docs[0] || Boolean(docs[0].public) === totalDocs > 0) continue
    changed = true
    await asWorkflowWrite(req, () => req.payload.update({ collection: COLLECTIONS.tags, id, data: { public: totalDocs > 0 }, overrideAccess: true, depth: 0, req }))
  }
  return changed
}
