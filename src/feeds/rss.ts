import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { rfc3339, rfc822 } from './dates'
import { cleanText, plainTitle } from './text'
import type { FeedChannel, FeedItem } from './types'

export const RSS_NAMESPACES = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  atom: 'http://www.w3.org/2005/Atom',
} as const

/** Appends `text` as CDATA, split so no section contains "]]>" (it cannot in XML). */
export const appendCdata = (node: XMLBuilder, text: string): XMLBuilder => {
  const parts = text.split(']]>')
  parts.forEach((part, i) => {
    const head = i > 0 ? '>' : ''
    const tail = i < parts.length - 1 ? ']]' : ''
    node.dat(`${head}${part}${tail}`)
  })
  return node
}

/**
 * RSS 2.0 with content, Dublin Core, Media RSS and Atom: a guid that never changes (isPermaLink
 * false), pubDate = first publication and atom:updated = last public change (RFC 822 / RFC 3339 with
 * the unit's offset), plain-text description before the full HTML, one enclosure with media:content
 * and media:thumbnail, categories for kind, tags and unit (with its domain), dc:creator. Pure.
 */
export const buildRss = (channel: FeedChannel, items: FeedItem[]): string => {
  const newest = items.reduce<FeedItem | null>((latest, item) => (!latest || item.updated > latest.updated ? item : latest), null)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', {
    version: '2.0',
    'xmlns:content': RSS_NAMESPACES.content,
    'xmlns:dc': RSS_NAMESPACES.dc,
    'xmlns:media': RSS_NAMESPACES.media,
    'xmlns:atom': RSS_NAMESPACES.atom,
  })
  const ch = root.ele('channel')
  ch.ele('title').txt(plainTitle(channel.title))
  ch.ele('link').txt(channel.homeUrl)
  ch.ele('description').txt(cleanText(channel.description))
  ch.ele('language').txt('id')
  if (newest) ch.ele('lastBuildDate').txt(rfc822(newest.updated, newest.timeZone))
  ch.ele('ttl').txt('15')
  ch.ele('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' })
  if (channel.hubUrl) ch.ele('atom:link', { href: channel.hubUrl, rel: 'hub' })
  ch.ele('image').ele('url').txt(channel.iconUrl).up().ele('title').txt(plainTitle(channel.title)).up().ele('link').txt(channel.homeUrl)

  for (const item of items) {
    const it = ch.ele('item')
    it.ele('title').txt(plainTitle(item.title))
    it.ele('link').txt(item.url)
    it.ele('guid', { isPermaLink: 'false' }).txt(item.id)
    it.ele('pubDate').txt(rfc822(item.published, item.timeZone))
    it.ele('atom:updated').txt(rfc3339(item.updated, item.timeZone))
    it.ele('dc:creator').txt(cleanText(item.author))
    for (const category of item.categories) it.ele('category', category.domain ? { domain: category.domain } : {}).txt(cleanText(category.label))
    it.ele('description').txt(cleanText(item.summary))
    appendCdata(it.ele('content:encoded'), cleanText(item.contentHtml))
    if (item.image) {
      it.ele('enclosure', { url: item.image.url, length: String(item.image.length), type: item.image.type })
      it.ele('media:content', { url: item.image.url, medium: 'image', type: item.image.type, width: String(item.image.width), height: String(item.image.height) })
        .ele('media:description', { type: 'plain' })
        .txt(cleanText(item.image.alt))
    }
    if (item.thumbnail) it.ele('media:thumbnail', { url: item.thumbnail.url, width: String(item.thumbnail.width), height: String(item.thumbnail.height) })
  }
  return `${root.end({ prettyPrint: true, headless: false })}\n`
}
