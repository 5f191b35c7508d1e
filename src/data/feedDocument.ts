import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload, Where } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { activityTypePath, feedPaths, reportPath, tagPath, unitPath } from '@/constants/routes'
import { buildAtom } from '@/feeds/atom'
import { feedHtml } from '@/feeds/html'
import type { FeedDocument, FeedFormat } from '@/feeds/http'
import { buildJsonFeed } from '@/feeds/jsonFeed'
import { buildRss } from '@/feeds/rss'
import { cleanText, escapeHtml } from '@/feeds/text'
import type { FeedChannel, FeedItem } from '@/feeds/types'
import { renditionPath, renditionsOf } from '@/media/renditionFiles'
import type { ActivityType, Media, Report, Tag, Unit } from '@/payload-types'
import { asTimeZone, formatIndonesianDate } from '@/utilities/formatDate'
import { SITE_DESCRIPTION, SITE_NAME } from '@/utilities/seo'
import { absoluteUrl, siteUrl } from '@/utilities/siteUrl'
import { reportGuid } from '@/utilities/uuid'

import { subtreeOf, type PublicTerm, type PublicUnit } from './findTaxonomy'

// The feed content without Next: no cache and no `server-only`, and the Payload instance passed in, so
// that tools outside the app (the backup test) render exactly the bytes the site serves. The site's
// reads go through src/data/feeds.ts, which caches them.

/** Items per feed. */
export const FEED_SIZE = 50

export type FeedScope = { key: string; where: Where; title: string; description: string; basePath: string }

/** The feed of the whole site. */
export const SITE_FEED_SCOPE: FeedScope = { key: 'all', where: {}, title: `${SITE_NAME} — Berita terbaru`, description: SITE_DESCRIPTION, basePath: '/' }

export type FeedKind = 'all' | 'unit' | 'kategori' | 'tag'

/**
 * The feed of the whole site, of a unit (with the units below it), of an activity type or of a tag,
 * from the public taxonomy; null for an unknown slug (or a tag no live report carries). Pure.
 */
export const feedScopeFor = (kind: FeedKind, slug: string | undefined, taxonomy: { units: PublicUnit[]; activityTypes: PublicTerm[]; tags: PublicTerm[] }): FeedScope | null => {
  if (kind === 'all') return SITE_FEED_SCOPE
  if (kind === 'unit') {
    const unit = taxonomy.units.find((u) => u.slug === slug)
    if (!unit) return null
    return { key: `unit:${unit.id}`, where: { unit: { in: subtreeOf(taxonomy.units, unit.id) } }, title: `${SITE_NAME} — ${unit.name}`, description: `Berita kegiatan ${unit.longName} dan satuan di bawahnya.`, basePath: unitPath(unit.slug ?? '') }
  }
  if (kind === 'kategori') {
    const type = taxonomy.activityTypes.find((t) => t.slug === slug)
    if (!type) return null
    return { key: `type:${type.id}`, where: { activityType: { equals: type.id } }, title: `${SITE_NAME} — ${type.name}`, description: type.description || `Berita kegiatan jenis ${type.name}.`, basePath: activityTypePath(type.slug ?? '') }
  }
  const tag = taxonomy.tags.find((t) => t.slug === slug)
  if (!tag) return null
  return { key: `tag:${tag.id}`, where: { tags: { in: [tag.id] } }, title: `${SITE_NAME} — #${tag.name}`, description: `Berita dengan tag ${tag.name}.`, basePath: tagPath(tag.slug ?? '') }
}

export const channelOf = (scope: FeedScope, format: FeedFormat): FeedChannel => {
  const paths = feedPaths(scope.basePath)
  return {
    title: scope.title,
    description: scope.description,
    homeUrl: absoluteUrl(scope.basePath),
    selfUrl: absoluteUrl(paths[format]),
    alternates: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
    hubUrl: process.env.WEBSUB_HUB_URL || null,
    iconUrl: absoluteUrl('/logo.png'),
    faviconUrl: absoluteUrl('/logo.png'),
    siteName: SITE_NAME,
  }
}

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** The HTML of an item: the lead photo with caption and credit, the body, and the public corrections. */
const itemHtml = (report: Report, photo: Media | null, corrections: { note: string; at: string }[], zone: ReturnType<typeof asTimeZone>): string => {
  const parts: string[] = []
  const article = renditionsOf(photo?.renditions).article ?? renditionsOf(photo?.renditions).small
  if (photo && article) {
    const caption = [photo.caption, photo.credit].filter(Boolean).map((t) => escapeHtml(t as string)).join(' ')
    parts.push(`<figure><img src="${renditionPath(article.filename)}" alt="${escapeHtml(photo.alt)}" width="${article.width}" height="${article.height}" />${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`)
  }
  if (report.body) parts.push(convertLexicalToHTML({ data: report.body as unknown as SerializedEditorState, disableContainer: true }))
  if (corrections.length > 0) {
    parts.push(`<h3>Ralat</h3><ul>${corrections.map((c) => `<li>${escapeHtml(formatIndonesianDate(c.at, zone))}: ${escapeHtml(c.note)}</li>`).join('')}</ul>`)
  }
  return feedHtml(parts.join('\n'), siteUrl())
}

/**
 * The newest published reports of a scope, as feed items, read as an anonymous reader
 * (`overrideAccess: false`, no user).
 */
export const loadFeedItems = async (payload: Payload, where: Where): Promise<FeedItem[]> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    where,
    select: { title: true, slug: true, summary: true, body: true, publishedAt: true, revisedAt: true, unit: true, activityType: true, tags: true, leadPhoto: true, credits: true },
    populate: {
      units: { name: true, slug: true, timeZone: true },
      'activity-types': { name: true, slug: true },
      tags: { name: true, slug: true },
      media: { alt: true, caption: true, credit: true, renditions: true, url: true, filename: true, mimeType: true, width: true, height: true },
    },
    sort: '-publishedAt',
    depth: 1,
    limit: FEED_SIZE,
    pagination: false,
    overrideAccess: false,
  })
  const reports = docs as unknown as Report[]
  const { docs: notes } = reports.length
    ? await payload.find({
        collection: COLLECTIONS.corrections,
        where: { and: [{ report: { in: reports.map((r) => r.id) } }, { kind: { equals: 'correction' } }] },
        select: { report: true, note: true, at: true },
        sort: 'at',
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: false,
      })
    : { docs: [] }
  return reports.map((report) => {
    const unit = populated<Unit>(report.unit)
    const type = populated<ActivityType>(report.activityType)
    const tags = (report.tags ?? []).map((t) => populated<Tag>(t)).filter((t): t is Tag => t !== null)
    const photo = populated<Media>(report.leadPhoto)
    const zone = asTimeZone(unit?.timeZone)
    const renditions = renditionsOf(photo?.renditions)
    const enclosure = renditions.article ?? renditions.small
    const corrections = notes.filter((n) => String(n.report) === String(report.id)).map((n) => ({ note: n.note, at: n.at }))
    const published = new Date(report.publishedAt ?? report.updatedAt)
    return {
      id: reportGuid(report.id),
      url: absoluteUrl(reportPath(report.slug ?? '')),
      title: report.title,
      summary: cleanText(report.summary),
      contentHtml: itemHtml(report, photo, corrections, zone),
      published,
      updated: new Date(report.revisedAt ?? report.publishedAt ?? report.updatedAt),
      timeZone: zone,
      author: report.credits?.writerName || unit?.name || SITE_NAME,
      categories: [
        ...(type ? [{ term: type.slug ?? '', label: type.name, domain: absoluteUrl('/kategori') }] : []),
        ...tags.map((tag) => ({ term: tag.slug ?? '', label: tag.name, domain: absoluteUrl('/tag') })),
        ...(unit ? [{ term: unit.slug ?? '', label: unit.name, domain: absoluteUrl('/unit') }] : []),
      ],
      image: enclosure
        ? { url: absoluteUrl(renditionPath(enclosure.filename)), type: enclosure.mimeType, length: enclosure.filesize, width: enclosure.width, height: enclosure.height, alt: photo?.alt ?? '' }
        : null,
      thumbnail: renditions.thumbnail ? { url: absoluteUrl(renditionPath(renditions.thumbnail.filename)), width: renditions.thumbnail.width, height: renditions.thumbnail.height } : null,
    }
  })
}

const BUILDERS = { rss: buildRss, atom: buildAtom, json: buildJsonFeed } as const

/** A feed's bytes and its last change (the newest item's update), as the public reads it now. */
export const buildFeedDocument = async (payload: Payload, scope: FeedScope, format: FeedFormat): Promise<FeedDocument> => {
  const items = await loadFeedItems(payload, scope.where)
  const newest = items.reduce<Date | null>((latest, item) => (!latest || item.updated > latest ? item.updated : latest), null)
  return { body: BUILDERS[format](channelOf(scope, format), items), lastModified: newest }
}
