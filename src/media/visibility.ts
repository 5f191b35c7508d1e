import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { asWorkflowWrite } from '@/workflow/context'

type ID = number | string

/** The ids of the photos placed inside a Lexical body (upload nodes), walked without recursion. */
export const bodyPhotoIds = (body: unknown): ID[] => {
  const found: ID[] = []
  const stack: unknown[] = [(body as { root?: unknown } | null | undefined)?.root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const { type, relationTo, value, children } = node as { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }
    if (type === 'upload' && relationTo === COLLECTIONS.media) {
      const id = idOf(value)
      if (id !== null) found.push(id)
    }
    if (Array.isArray(children)) stack.push(...children)
  }
  return found
}

/** Every photo a report version shows: its lead photo, its gallery and the photos inside its body. */
export const photoIdsOf = (doc: { leadPhoto?: unknown; gallery?: unknown; body?: unknown } | null | undefined): ID[] => {
  if (!doc) return []
  const gallery = Array.isArray(doc.gallery) ? doc.gallery : []
  const ids = [doc.leadPhoto, ...gallery].map(idOf).filter((id): id is ID => id !== null)
  return [...new Map([...ids, ...bodyPhotoIds(doc.body)].map((id) => [String(id), id])).values()]
}

/**
 * Marks each photo public while at least one live report version shows it (lead, gallery or body),
 * and private otherwise. Run by the workflow in the same transaction as the change.
 */
export const refreshMediaVisibility = async (req: PayloadRequest, ids: ID[]): Promise<void> => {
  for (const id of [...new Set(ids.map(String))]) {
    const { totalDocs } = await req.payload.count({
      collection: COLLECTIONS.reports,
      where: { and: [{ _status: { equals: 'published' } }, { photos: { in: [id] } }] },
      overrideAccess: true,
      req,
    })
    // The workflow decided this; no user may set `public` themselves. (By filter: a photo that is gone is skipped.)
    await asWorkflowWrite(req, () =>
      req.payload.update({ collection: COLLECTIONS.media, where: { id: { equals: id } }, data: { public: totalDocs > 0 }, overrideAccess: true, depth: 0, req }),
    )
  }
}
