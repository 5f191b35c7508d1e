import { create } from 'xmlbuilder2'

import { rfc3339 } from './dates'
import { RSS_NAMESPACES } from './rss'
import { cleanText, plainTitle } from './text'
import type { FeedChannel, FeedItem } from './types'

/**
 * Atom 1.0 (RFC 4287), xml:lang="id": the feed's own URL as its id, entries with the same ids as
 * the RSS guids, published and updated with offsets, text titles and summaries, HTML content, the
 * lead photo as an enclosure link and Media RSS. Pure.
 */
export const buildAtom = (channel: FeedChannel, items: FeedItem[]): string => {
  const newest = items.reduce<FeedItem | null>((latest, item) => (!latest || item.updated > latest.updated ? item : latest), null)
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'id', 'xmlns:media': RSS_NAMESPACES.media })
  feed.ele('id').txt(channel.selfUrl)
  feed.ele('title', { type: 'text' }).txt(plainTitle(channel.title))
  feed.ele('subtitle', { type: 'text' }).txt(cleanText(channel.description))
  // An empty feed has no newest item: it changed when the site began (a fixed date keeps bytes stable).
  feed.ele('updated').txt(newest ? rfc3339(newest.updated, newest.timeZone) : '2026-01-01T00:00:00+07:00')
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl })
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: channel.homeUrl })
  if (channel.hubUrl) feed.ele('link', { rel: 'hub', href: channel.hubUrl })
  feed.ele('author').ele('name').txt(channel.siteName)
  feed.ele('icon').txt(channel.faviconUrl)
  feed.ele('logo').txt(channel.iconUrl)

  for (const item of items) {
    const entry = feed.ele('entry')
    entry.ele('id').txt(item.id)
    entry.ele('title', { type: 'text' }).txt(plainTitle(item.title))
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: item.url })
    entry.ele('published').txt(rfc3339(item.published, item.timeZone))
    entry.ele('updated').txt(rfc3339(item.updated, item.timeZone))
    entry.ele('author').ele('name').txt(cleanText(item.author))
    for (const category of item.categories) entry.ele('category', { term: category.term, label: cleanText(category.label), ...(category.domain ? { scheme: category.domain } : {}) })
    entry.ele('summary', { type: 'text' }).txt(cleanText(item.summary))
    entry.ele('content', { type: 'html' }).txt(cleanText(item.contentHtml))
    if (item.image) {
      entry.ele('link', { rel: 'enclosure', type: item.image.type, length: String(item.image.length), href: item.image.url })
      entry.ele('media:content', { url: item.image.url, medium: 'image', type: item.image.type, width: String(item.image.width), height: String(item.image.height) })
    }
    if (item.thumbnail) entry.ele('media:thumbnail', { url: item.thumbnail.url, width: String(item.thumbnail.width), height: String(item.thumbnail.height) })
  }
  return `${feed.end({ prettyPrint: true })}\n`
}
