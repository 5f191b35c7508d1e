import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'
import type { FeedDocument, FeedFormat } from '@/feeds/http'
import type { FeedItem } from '@/feeds/types'

import { buildFeedDocument, feedScopeFor, type FeedKind, type FeedScope, loadFeedItems as loadItems } from './feedDocument'
import { publicPayload } from './publicPayload'
import { getActivityTypes, getTags, getUnits } from './taxonomy'

export { channelOf, FEED_SIZE, type FeedScope } from './feedDocument'

/** The feed of the whole site, of a unit (with the units below it), of an activity type or of a tag. */
export const resolveFeedScope = async (kind: FeedKind, slug?: string): Promise<FeedScope | null> =>
  feedScopeFor(kind, slug, { units: kind === 'unit' ? await getUnits() : [], activityTypes: kind === 'kategori' ? await getActivityTypes() : [], tags: kind === 'tag' ? await getTags() : [] })

/** The newest published reports of a scope, as feed items. */
export const loadFeedItems = async (where: Where): Promise<FeedItem[]> => loadItems(await publicPayload(), where)

/** The cache tags of every feed: a publication, correction, withdrawal or change of a name expires them. */
export const FEED_CACHE_TAGS = [CACHE_TAGS.reports, CACHE_TAGS.corrections, CACHE_TAGS.taxonomy] as const

/**
 * A feed's bytes and last change, cached until a publication, correction or withdrawal expires the
 * tags (FEED_CACHE_TAGS): the same content always gives the same bytes.
 */
export const getFeedDocument = (scope: FeedScope, format: FeedFormat): Promise<FeedDocument> =>
  unstable_cache(
    async () => {
      const doc = await buildFeedDocument(await publicPayload(), scope, format)
      return { body: doc.body, lastModified: doc.lastModified?.toISOString() ?? null }
    },
    ['feed', scope.key, format, process.env.WEBSUB_HUB_URL ?? ''],
    { tags: [...FEED_CACHE_TAGS], revalidate: 900 },
  )().then((doc) => ({ body: doc.body, lastModified: doc.lastModified ? new Date(doc.lastModified) : null }))
