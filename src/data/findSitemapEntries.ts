import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

/**
 * URLs per sitemap file. The protocol allows 50,000; a file of 500 is built on a crawler's first request
 * in about 50 ms at any number of reports (1,000 took ~90 ms, 20,000 ~2 s: Payload's read of each
 * document is the cost), and 100,000 reports still make an index of only 200 files.
 */
export const SITEMAP_SIZE = 500

export type SitemapEntry = { slug: string; lastModified: string }
export type NewsEntry = { slug: string; title: string; publishedAt: string; timeZone: string | null }

/** How many published reports there are. */
export const countPublishedReports = async (payload: Payload): Promise<number> => (await payload.count({ collection: COLLECTIONS.reports, overrideAccess: false })).totalDocs

/** One sitemap file's worth of published reports, oldest first, with their last public change. */
export const findSitemapEntries = async (payload: Payload, file: number): Promise<SitemapEntry[]> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    select: { slug: true, revisedAt: true, publishedAt: true },
    sort: 'publishedAt',
    depth: 0,
    limit: SITEMAP_SIZE,
    page: file,
    overrideAccess: false,
  })
  return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, lastModified: doc.revisedAt ?? doc.publishedAt ?? '' }] : []))
}

/** Reports first published in the 48 hours before `now`, at most 1000, for Google News. */
export const findNewsEntries = async (payload: Payload, now = new Date()): Promise<NewsEntry[]> => {
  const since = new Date(now.getTime() - 48 * 3600_000).toISOString()
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    where: { publishedAt: { greater_than_equal: since } },
    select: { slug: true, title: true, publishedAt: true, unit: true },
    populate: { units: { timeZone: true } },
    sort: '-publishedAt',
    depth: 1,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
  })
  return docs.flatMap((doc) =>
    doc.slug && doc.publishedAt
      ? [{ slug: doc.slug, title: doc.title, publishedAt: doc.publishedAt, timeZone: typeof doc.unit === 'object' && doc.unit ? (doc.unit.timeZone ?? null) : null }]
      : [],
  )
}
