import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { queryTokens } from '@/utilities/searchQuery'

import { findSearchResults, type SearchResult } from './findSearchResults'
import { publicPayload } from './publicPayload'

export type { SearchResult }

/** A search of the published reports (see findSearchResults), cached per query and page. Tags: reports, taxonomy. */
export const searchReports = (query: string, page: number): Promise<SearchResult> =>
  unstable_cache(async () => findSearchResults(await publicPayload(), query, page), ['search', queryTokens(query).join(' '), String(page)], {
    tags: [CACHE_TAGS.reports, CACHE_TAGS.taxonomy],
    revalidate: 600,
  })()
