import 'server-only'

import { feedResponse, type FeedFormat } from '@/feeds/http'

import type { FeedKind } from './feedDocument'
import { channelOf, FEED_CACHE_TAGS, getFeedDocument, resolveFeedScope } from './feeds'

/** GET (or HEAD) of one feed: 404 for an unknown unit, category or tag, otherwise the feed or 304. */
export const serveFeed = async (request: Request, format: FeedFormat, kind: FeedKind, slug?: string): Promise<Response> => {
  const scope = await resolveFeedScope(kind, slug)
  if (!scope) return new Response('Feed tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const channel = channelOf(scope, format)
  return feedResponse(request, format, await getFeedDocument(scope, format), { self: channel.selfUrl, hub: channel.hubUrl }, FEED_CACHE_TAGS)
}
