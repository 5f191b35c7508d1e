import { create } from 'xmlbuilder2'

import { rfc3339 } from './dates'
import { RSS_NAMESPACES } from './rss'
import { cleanText, plainTitle } from './text'
import type { FeedChannel, FeedItem } from './types'
import { el } from './xml'

/**
 * Atom 1.0 (RFC 4287), xml:lang="id": the feed's own URL as its id, entries with the same ids as
 * the RSS guids, published and updated with offsets, text titles and summaries, HTML content, the
 * lead photo as an enclosure link and Media RSS. Pure.
 */
export const buildAtom = (channel: FeedChannel, items: FeedItem[]): string => {
  const newest = items.reduce<FeedItem | null>((latest, item) => (!latest || item.updated > latest.updated ? item : latest), null)
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'id', 'xmlns:media': RSS_NAMESPACES.media })
  el(feed, 'id', {}, channel.selfUrl)
  el(feed, 'title', { type: 'text' }, plainTitle(channel.title))
  el(feed, 'subtitle', { type: 'text' }, cleanText(channel.description))
  // An empty feed has no newest item: it changed when the site began (a fixed date keeps bytes stable).
  el(feed, 'updated', {}, newest ? rfc3339(newest.updated, newest.timeZone) : '2026-01-01T00:00:00+07:00')
  el(feed, 'link', { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl })
  el(feed, 'link', { rel: 'alternate', type: 'text/html', href: channel.homeUrl })
  if (channel.hubUrl) el(feed, 'link', { rel: 'hub', href: channel.hubUrl })
  el(el(feed, 'author'), 'name', {}, channel.siteName)
  el(feed, 'icon', {}, channel.faviconUrl)
  el(feed, 'logo', {}, channel.iconUrl)

  for (const item of items) {
    const entry = feed.ele('entry')
    el(entry, 'id', {}, item.id)
    el(entry, 'title', { type: 'text' }, plainTitle(item.title))
    el(entry, 'link', { rel: 'alternate', type: 'text/html', href: item.url })
    el(entry, 'published', {}, rfc3339(item.published, item.timeZone))
    el(entry, 'updated', {}, rfc3339(item.updated, item.timeZone))
    el(el(entry, 'author'), 'name', {}, cleanText(item.author))
    for (const category of item.categories) el(entry, 'category', { term: category.term, label: cleanText(category.label), ...(category.domain ? { scheme: category.domain } : {}) })
    el(entry, 'summary', { type: 'text' }, cleanText(item.summary))
    el(entry, 'content', { type: 'html' }, cleanText(item.contentHtml))
    if (item.image) {
      el(entry, 'link', { rel: 'enclosure', type: item.image.type, length: String(item.image.length), href: item.image.url })
      el(entry, 'media:content', { url: item.image.url, medium: 'image', type: item.image.type, width: String(item.image.width), height: String(item.image.height) })
    }
    if (item.thumbnail) el(entry, 'media:thumbnail', { url: item.thumbnail.url, width: String(item.thumbnail.width), height: String(item.thumbnail.height) })
  }
  return `${feed.end({ prettyPrint: true })}\n`
}
