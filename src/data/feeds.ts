import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { activityTypePath, tagPath, unitPath } from '@/constants/routes'
import type { FeedDocument, FeedFormat } from '@/feeds/http'
import type { FeedItem } from '@/feeds/types'
import { SITE_NAME } from '@/utilities/seo'

import { buildFeedDocument, SITE_FEED_SCOPE, type FeedScope, loadFeedItems as loadItems } from './feedDocument'
import { publicPayload } from './publicPayload'
import { getActivityTypes, getTags, getUnits, subtreeOf } from './taxonomy'

export { channelOf, FEED_SIZE, type FeedScope } from './feedDocument'

/** The feed of the whole site, of a unit (with the units below it), of an activity type or of a tag. */
export const resolveFeedScope = async (kind: 'all' | 'unit' | 'kategori' | 'tag', slug?: string): Promise<FeedScope | null> => {
  if (kind === 'all') return SITE_FEED_SCOPE
  if (kind === 'unit') {
    const units = await getUnits()
    const unit = units.find((u) => u.slug === slug)
    if (!unit) return null
    return { key: `unit:${unit.id}`, where: { unit: { in: subtreeOf(units, unit.id) } }, title: `${SITE_NAME} — ${unit.name}`, description: `Berita kegiatan ${unit.longName} dan satuan di bawahnya.`, basePath: unitPath(unit.slug ?? '') }
  }
  if (kind === 'kategori') {
    const type = (await getActivityTypes()).find((t) => t.slug === slug)
    if (!type) return null
    return { key: `type:${type.id}`, where: { activityType: { equals: type.id } }, title: `${SITE_NAME} — ${type.name}`, description: type.description || `Berita kegiatan jenis ${type.name}.`, basePath: activityTypePath(type.slug ?? '') }
  }
  const tag = (await getTags()).find((t) => t.slug === slug)
  if (!tag) return null
  return { key: `tag:${tag.id}`, where: { tags: { in: [tag.id] } }, title: `${SITE_NAME} — #${tag.name}`, description: `Berita dengan tag ${tag.name}.`, basePath: tagPath(tag.slug ?? '') }
}

/** The newest published reports of a scope, as feed items. */
export const loadFeedItems = async (where: Where): Promise<FeedItem[]> => loadItems(await publicPayload(), where)

/**
 * A feed's bytes and last change, cached until a publication, correction or withdrawal expires the
 * tags: the same content always gives the same bytes. Tags: reports, corrections, taxonomy.
 */
export const getFeedDocument = (scope: FeedScope, format: FeedFormat): Promise<FeedDocument> =>
  unstable_cache(
    async () => {
      const doc = await buildFeedDocument(await publicPayload(), scope, format)
      return { body: doc.body, lastModified: doc.lastModified?.toISOString() ?? null }
    },
    ['feed', scope.key, format, process.env.WEBSUB_HUB_URL ?? ''],
    { tags: [CACHE_TAGS.reports, CACHE_TAGS.corrections, CACHE_TAGS.taxonomy], revalidate: 900 },
  )().then((doc) => ({ body: doc.body, lastModified: doc.lastModified ? new Date(doc.lastModified) : null }))
