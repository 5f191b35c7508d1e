import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'

import { countPublishedReports, findNewsEntries, findSitemapEntries, SITEMAP_SIZE, type NewsEntry, type SitemapEntry } from './findSitemapEntries'
import { publicPayload } from './publicPayload'

export { SITEMAP_SIZE, type NewsEntry, type SitemapEntry }

/** How many published reports there are. Tag: reports. */
export const countPublished = unstable_cache(async () => countPublishedReports(await publicPayload()), ['published-count'], { tags: [CACHE_TAGS.reports], revalidate: 3600 })

/** One sitemap file's worth of published reports, oldest first, with their last public change. Tag: reports. */
export const getSitemapEntries = (file: number): Promise<SitemapEntry[]> =>
  unstable_cache(async () => findSitemapEntries(await publicPayload(), file), ['sitemap', String(file)], { tags: [CACHE_TAGS.reports], revalidate: 3600 })()

/** Reports first published in the last 48 hours, at most 1000, for Google News. Tag: reports. */
export const getNewsEntries = unstable_cache(async (): Promise<NewsEntry[]> => findNewsEntries(await publicPayload()), ['news-sitemap'], {
  tags: [CACHE_TAGS.reports],
  // The 48-hour window moves with the clock, not only with publications.
  revalidate: 600,
})
