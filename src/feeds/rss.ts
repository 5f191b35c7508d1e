import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { rfc3339, rfc822 } from './dates'
import { cleanText, escapeHtml, plainTitle } from './text'
import type { FeedChannel, FeedItem } from './types'
import { el, hexEscapes } from './xml'

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
  el(ch, 'title', {}, plainTitle(channel.title))
  el(ch, 'link', {}, channel.homeUrl)
  el(ch, 'description', {}, cleanText(channel.description))
  el(ch, 'language', {}, 'id')
  if (newest) el(ch, 'lastBuildDate', {}, rfc822(newest.updated, newest.timeZone))
  el(ch, 'ttl', {}, '15')
  el(ch, 'atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' })
  if (channel.hubUrl) el(ch, 'atom:link', { href: channel.hubUrl, rel: 'hub' })
  const image = el(ch, 'image')
  el(image, 'url', {}, channel.iconUrl)
  el(image, 'title', {}, plainTitle(channel.title))
  el(image, 'link', {}, channel.homeUrl)

  for (const item of items) {
    const it = ch.ele('item')
    el(it, 'title', {}, plainTitle(item.title))
    el(it, 'link', {}, item.url)
    el(it, 'guid', { isPermaLink: 'false' }, item.id)
    el(it, 'pubDate', {}, rfc822(item.published, item.timeZone))
    el(it, 'atom:updated', {}, rfc3339(item.updated, item.timeZone))
    el(it, 'dc:creator', {}, cleanText(item.author))
    for (const category of item.categories) el(it, 'category', category.domain ? { domain: category.domain } : {}, cleanText(category.label))
    // RSS descriptions are HTML: the plain summary is escaped so "<" and "&" read as characters.
    el(it, 'description', {}, escapeHtml(cleanText(item.summary)))
    appendCdata(it.ele('content:encoded'), cleanText(item.contentHtml))
    if (item.image) {
      el(it, 'enclosure', { url: item.image.url, length: String(item.image.length), type: item.image.type })
      const media = el(it, 'media:content', { url: item.image.url, medium: 'image', type: item.image.type, width: String(item.image.width), height: String(item.image.height) })
      el(media, 'media:description', { type: 'plain' }, cleanText(item.image.alt))
    }
    if (item.thumbnail) el(it, 'media:thumbnail', { url: item.thumbnail.url, width: String(item.thumbnail.width), height: String(item.thumbnail.height) })
  }
  return `${hexEscapes(root.end({ prettyPrint: true, headless: false }))}\n`
}
