import { createHash } from 'node:crypto'

import { isFresh } from '@/server/conditional.mjs'

import { httpDate } from './dates'

export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
export type FeedFormat = keyof typeof FEED_TYPES

/** Aggregators may keep a feed five minutes (the builds say ttl 15; at most 900 s is the rule). */
export const FEED_MAX_AGE = 300

export type FeedDocument = { body: string; lastModified: Date | null }

/** A strong ETag: the same bytes always give the same tag. */
export const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * The HTTP answer for a feed: 200 with the body, or 304 with none when the client's ETag or date
 * still holds (If-None-Match first; neither with `Cache-Control: no-cache`); the right type with
 * charset, a strong ETag, Last-Modified, a short max-age, the WebSub hub and self links, and the
 * cache tags the document was built under in `Surrogate-Key` (space separated, as CDNs that purge by
 * key read it): the production server keeps such an answer until one of them expires
 * (src/server/frontCache.mjs).
 */
export const feedResponse = (
  request: Request,
  format: FeedFormat,
  doc: FeedDocument,
  links: { self: string; hub: string | null },
  cacheTags: readonly string[] = [],
): Response => {
  const etag = etagOf(doc.body)
  const headers = new Headers({
    'Content-Type': FEED_TYPES[format],
    ETag: etag,
    'Cache-Control': `public, max-age=${FEED_MAX_AGE}`,
    'X-Content-Type-Options': 'nosniff',
    Link: [`<${links.self}>; rel="self"`, ...(links.hub ? [`<${links.hub}>; rel="hub"`] : [])].join(', '),
  })
  if (doc.lastModified) headers.set('Last-Modified', httpDate(doc.lastModified))
  if (cacheTags.length > 0) headers.set('Surrogate-Key', cacheTags.join(' '))
  // The production server answers a request for a feed it keeps by the same rule (src/server/conditional.mjs).
  if (isFresh(request.headers, { etag, lastModified: headers.get('Last-Modified') })) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : doc.body, { status: 200, headers })
}
