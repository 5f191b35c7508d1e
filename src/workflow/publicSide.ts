import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { CACHE_TAGS } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import { approvePhotos } from '@/media/approval'
import { photoIdsOf, refreshMediaVisibility } from '@/media/visibility'

import { refreshTagVisibility } from './tagVisibility'

type ID = number | string
type Version = { leadPhoto?: unknown; gallery?: unknown; body?: unknown; tags?: unknown } | null

const tagIdsOf = (version: Version): ID[] => (Array.isArray(version?.tags) ? version.tags.map(idOf).filter((id): id is ID => id !== null) : [])

/** The slugs of the live reports showing any of these photos: their pages show what the approval changed. */
const livePagesShowing = async (req: PayloadRequest, photos: ID[]): Promise<string[]> => {
  if (photos.length === 0) return []
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.reports,
    where: { and: [{ _status: { equals: 'published' } }, { photos: { in: photos } }] },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}

/**
 * What a change of a report's public version does to everything else the public sees, in the change's
 * transaction: the photos of the new version are approved as they are now; each photo and tag of the
 * old or new version is public exactly while some live report shows it. Returns what the caches must
 * drop after the commit: the pages of other live reports that show a photo whose approved copy
 * changed, and the taxonomy when a tag appeared or disappeared.
 */
export const updatePublicSide = async (
  req: PayloadRequest,
  { before, after, now }: { before: Version; after: Version; now: Date },
): Promise<{ pages: string[]; tags: string[] }> => {
  const changedPhotos = after ? await approvePhotos(req, photoIdsOf(after), now) : []
  await refreshMediaVisibility(req, [...photoIdsOf(before), ...photoIdsOf(after)])
  const tagsChanged = await refreshTagVisibility(req, [...tagIdsOf(before), ...tagIdsOf(after)])
  return { pages: await livePagesShowing(req, changedPhotos), tags: tagsChanged ? [CACHE_TAGS.taxonomy] : [] }
}
