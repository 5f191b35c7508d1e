import { rfc3339 } from './dates'
import { cleanText, plainTitle } from './text'
import type { FeedChannel, FeedItem } from './types'

/** Aggregators reject large JSON feeds; items beyond this budget carry their summary, not the whole body. */
export const JSON_FEED_BUDGET_BYTES = 240 * 1024

type JsonItem = Record<string, unknown>

/**
 * JSON Feed 1.1: the same ids, dates (RFC 3339 with offsets) and tags as the XML feeds, the language,
 * authors, the lead photo as `image`, WebSub as a hub. Full HTML while the feed stays under the
 * budget, then the summary as text. Pure.
 */
export const buildJsonFeed = (channel: FeedChannel, items: FeedItem[]): string => {
  const head = {
    version: 'https://jsonfeed.org/version/1.1',
    title: plainTitle(channel.title),
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    description: cleanText(channel.description),
    icon: channel.iconUrl,
    favicon: channel.faviconUrl,
    language: 'id',
    authors: [{ name: channel.siteName, url: channel.homeUrl }],
    ...(channel.hubUrl ? { hubs: [{ type: 'WebSub', url: channel.hubUrl }] } : {}),
  }
  const bases: JsonItem[] = items.map((item) => ({
    id: item.id,
    url: item.url,
    title: plainTitle(item.title),
    summary: cleanText(item.summary),
    ...(item.image ? { image: item.image.url } : {}),
    date_published: rfc3339(item.published, item.timeZone),
    date_modified: rfc3339(item.updated, item.timeZone),
    authors: [{ name: cleanText(item.author) }],
    tags: item.categories.map((c) => cleanText(c.label)),
    language: 'id',
  }))
  // Every item gets its summary as text; the full HTML goes in, newest first, while it fits.
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))
  let room = JSON_FEED_BUDGET_BYTES - bytes({ ...head, items: bases.map((b, i) => ({ ...b, content_text: cleanText(items[i]?.summary ?? '') })) })
  const out = bases.map((base, i) => {
    const item = items[i] as FeedItem
    const summaryOnly = { ...base, content_text: cleanText(item.summary) }
    const full = { ...base, content_html: cleanText(item.contentHtml) }
    const extra = bytes(full) - bytes(summaryOnly)
    if (extra > room) return summaryOnly
    room -= extra
    return full
  })
  return `${JSON.stringify({ ...head, items: out })}\n`
}
