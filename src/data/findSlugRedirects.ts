import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

/**
 * Every slug a published report was once public under, with the slug it has now: `{ old: current }`.
 * Read as an anonymous reader (only published reports). Slugs are unique across current and previous
 * slugs of all reports, so one old slug never points two ways; if it ever did, the newest report wins.
 */
export const findSlugRedirects = async (payload: Payload): Promise<Record<string, string>> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    where: { previousSlugs: { exists: true } },
    select: { slug: true, previousSlugs: true },
    sort: '-publishedAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
  })
  const redirects: Record<string, string> = {}
  for (const doc of docs) {
    if (!doc.slug) continue
    for (const old of doc.previousSlugs ?? []) if (old && old !== doc.slug && !(old in redirects)) redirects[old] = doc.slug
  }
  return redirects
}
