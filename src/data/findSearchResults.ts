import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { queryTokens, relevance } from '@/utilities/searchQuery'

import { PAGE_SIZE, type ReportCard } from './findReportCards'

/** Matches are ranked among the most recent this many; beyond that a query needs more words. */
const CANDIDATES = 300

export type SearchResult = { query: string; tokens: string[]; docs: ReportCard[]; page: number; totalPages: number; totalDocs: number }

/**
 * Published reports that contain every word of the query in their headline, summary, officials,
 * venue, dateline or body, most relevant first, newest first among equals, as an anonymous reader
 * finds them.
 */
export const findSearchResults = async (payload: Payload, query: string, page: number): Promise<SearchResult> => {
  const tokens = queryTokens(query)
  const empty = { query, tokens, docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  if (tokens.length === 0) return empty
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    where: { and: tokens.map((token) => ({ searchText: { like: token } })) },
    select: { title: true, summary: true, searchText: true, publishedAt: true },
    sort: '-publishedAt',
    depth: 0,
    limit: CANDIDATES,
    pagination: false,
    overrideAccess: false,
  })
  const ranked = docs
    .map((doc) => ({ id: doc.id, score: relevance(tokens, doc as never, query), publishedAt: doc.publishedAt ?? '' }))
    .sort((a, b) => b.score - a.score || b.publishedAt.localeCompare(a.publishedAt))
  const totalPages = Math.ceil(ranked.length / PAGE_SIZE)
  const ids = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.id)
  if (ids.length === 0) return { ...empty, totalDocs: ranked.length, totalPages, page }
  const { docs: cards } = await payload.find({
    collection: COLLECTIONS.reports,
    where: { id: { in: ids } },
    select: { title: true, slug: true, summary: true, publishedAt: true, revisedAt: true, unit: true, activityType: true, leadPhoto: true },
    populate: { units: { name: true, slug: true, timeZone: true }, 'activity-types': { name: true, slug: true }, media: { alt: true, renditions: true, url: true, width: true, height: true } },
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  const order = new Map(ids.map((id, i) => [id, i]))
  const sorted = (cards as unknown as ReportCard[]).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  return { query, tokens, docs: sorted, page, totalPages, totalDocs: ranked.length }
}
