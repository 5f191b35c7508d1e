import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { asWorkflowWrite } from '@/workflow/context'

type ID = number | string

/** The photos a report shows: its lead photo and its gallery. */
export const mediaIdsOf = (doc: { leadPhoto?: unknown; gallery?: unknown } | null | undefined): ID[] => {
  if (!doc) return []
  const gallery = Array.isArray(doc.gallery) ? doc.gallery : []
  return [doc.leadPhoto, ...gallery].map(idOf).filter((id): id is ID => id !== null)
}

/**
 * Marks each photo public while at least one live report shows it, and private otherwise. Run by the
 * workflow in the same transaction as the change that may have altered it.
 */
export const refreshMediaVisibility = async (req: PayloadRequest, ids: ID[]): Promise<void> => {
  for (const id of [...new Set(ids.map(String))]) {
    const { totalDocs } = await req.payload.count({
      collection: COLLECTIONS.reports,
      where: { and: [{ _status: { equals: 'published' } }, { or: [{ leadPhoto: { equals: id } }, { gallery: { in: [id] } }] }] },
      overrideAccess: true,
      req,
    })
    // The workflow decided this; no user may set `public` themselves.
    await asWorkflowWrite(req, () =>
      req.payload.update({ collection: COLLECTIONS.media, id, data: { public: totalDocs > 0 }, overrideAccess: true, depth: 0, req }),
    )
  }
}
