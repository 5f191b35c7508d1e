import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import sax from 'sax'
import { describe, expect, it } from 'vitest'

import { buildAtom } from './atom'
import { rfc822 } from './dates'
import { feedHtml } from './html'
import { buildJsonFeed, JSON_FEED_BUDGET_BYTES } from './jsonFeed'
import { buildRss } from './rss'
import type { FeedChannel, FeedItem } from './types'

const BASE = 'https://warta.example.go.id'
const HOSTILE_TITLE = 'Polda Metro & Polres <Jakut> "Uji" ]]> 𝐑𝐚𝐤𝐨𝐫 🚓'

const channel: FeedChannel = {
  title: 'Warta — Berita terbaru',
  description: 'Berita kegiatan humas kepolisian & satuan <jajaran>.',
  homeUrl: `${BASE}/`,
  selfUrl: `${BASE}/feed.xml`,
  alternates: { rss: `${BASE}/feed.xml`, atom: `${BASE}/atom.xml`, json: `${BASE}/feed.json` },
  hubUrl: 'https://hub.example/',
  iconUrl: `${BASE}/logo.png`,
  faviconUrl: `${BASE}/logo.png`,
  siteName: 'Warta',
}

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  id: `urn:uuid:00000000-0000-5000-8000-00000000000${n}`,
  url: `${BASE}/berita/laporan-${n}`,
  title: `Laporan ${n}`,
  summary: `Ringkasan ${n} & sebagainya.`,
  contentHtml: feedHtml(`<p>Isi ${n}</p>`, BASE),
  published: new Date('2026-08-12T04:00:00Z'),
  updated: new Date('2026-08-12T04:00:00Z'),
  timeZone: 'Asia/Jakarta',
  author: 'Dewi Lestari Putri',
  categories: [
    { term: 'rakor', label: 'Rakor', domain: `${BASE}/kategori` },
    { term: 'polda-sumsel', label: 'Polda Sumsel', domain: `${BASE}/unit` },
  ],
  image: { url: `${BASE}/media/foto-${n}-article-1200x800.jpg`, type: 'image/jpeg', length: 123456, width: 1200, height: 800, alt: 'Foto rakor' },
  thumbnail: { url: `${BASE}/media/foto-${n}-thumbnail-400x300.jpg`, width: 400, height: 300 },
  ...extra,
})

const hostile = item(1, {
  title: HOSTILE_TITLE,
  summary: 'Ringkasan dengan \u0000kontrol\u0007 & <tag>.',
  contentHtml: feedHtml('<p>Awal ]]> akhir\u0001</p><script>alert(1)</script><a href="/berita/lain">relatif</a><img src="foto.jpg"><p>𝐁𝐨𝐥𝐝 😀</p>', BASE),
  published: new Date('2026-08-17T17:00:00Z'), // 00.00 on 18 August in Jakarta: the day boundary
  updated: new Date('2026-08-18T01:30:00Z'),
  timeZone: 'Asia/Jayapura',
})
const items = [hostile, item(2, { timeZone: 'Asia/Makassar' }), item(3)]

const strict = (xml: string) => {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  expect(xml.charCodeAt(0)).not.toBe(0xfeff)
  expect(XMLValidator.validate(xml)).toBe(true)
  // eslint-disable-next-line no-control-regex
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
}

describe('buildRss', () => {
  const xml = buildRss(channel, items)

  it('should be well-formed XML that a real feed reader parses, titles read literally', () => {
    strict(xml)
    const feed = parseFeed(xml)
    expect(feed.title).toBe('Warta — Berita terbaru')
    expect(feed.items.map((i) => i.title)).toEqual([HOSTILE_TITLE, 'Laporan 2', 'Laporan 3'])
    expect(feed.items[0]?.content).toContain('Awal ]]> akhir')
    expect(feed.items[0]?.id).toBe(hostile.id)
  })

  it('should write dates as RFC 822 with the unit offset, never a zone name, and the right weekday', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const [first, second] = parsed.rss.channel.item
    expect(first.pubDate).toBe('Tue, 18 Aug 2026 02:00:00 +0900')
    expect(second.pubDate).toBe('Wed, 12 Aug 2026 12:00:00 +0800')
    expect(parsed.rss.channel.lastBuildDate).toBe('Tue, 18 Aug 2026 10:30:00 +0900')
    expect(xml).not.toMatch(/WIB|WITA|WIT\b|Selasa|Agustus/)
    for (const date of [first.pubDate, second.pubDate]) expect(Date.parse(date)).not.toBeNaN()
  })

  it('should carry guid isPermaLink=false, self and hub links, summary before content, one enclosure with media', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    const ch = parsed.rss.channel
    expect(ch['atom:link']).toEqual([
      { href: `${BASE}/feed.xml`, rel: 'self', type: 'application/rss+xml' },
      { href: 'https://hub.example/', rel: 'hub' },
    ])
    expect(ch.language).toBe('id')
    expect(ch.ttl).toBe(15)
    const first = ch.item[0]
    expect(first.guid).toEqual({ isPermaLink: 'false', '#text': hostile.id })
    expect(first.enclosure).toEqual({ url: hostile.image?.url, length: '123456', type: 'image/jpeg' })
    expect(first['media:content']).toMatchObject({ medium: 'image', width: '1200', height: '800' })
    expect(first['media:thumbnail']).toMatchObject({ width: '400', height: '300' })
    expect(first['dc:creator']).toBe('Dewi Lestari Putri')
    expect(first.author).toBeUndefined()
    expect(first.category).toContainEqual({ domain: `${BASE}/unit`, '#text': 'Polda Sumsel' })
    expect(xml.indexOf('<description>Ringkasan dengan')).toBeLessThan(xml.indexOf('<content:encoded>'))
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"')
  })

  it('should keep only absolute URLs and no script in the content', () => {
    expect(hostile.contentHtml).not.toMatch(/<script|alert\(/)
    for (const [, url] of hostile.contentHtml.matchAll(/(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^https:\/\//)
  })
})

describe('buildAtom', () => {
  const xml = buildAtom(channel, items)

  it('should be well-formed Atom with xml:lang, ids, RFC 3339 dates with offsets, parsed by a feed reader', () => {
    strict(xml)
    expect(xml).toContain('xml:lang="id"')
    const feed = parseFeed(xml)
    expect(feed.items.map((i) => i.title)).toEqual([HOSTILE_TITLE, 'Laporan 2', 'Laporan 3'])
    expect(feed.items[0]?.id).toBe(hostile.id)
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    expect(parsed.feed.entry[0].published).toBe('2026-08-18T02:00:00+09:00')
    expect(parsed.feed.entry[0].updated).toBe('2026-08-18T10:30:00+09:00')
    expect(parsed.feed.updated).toBe('2026-08-18T10:30:00+09:00')
  })
})

/** The decoded text of every `name` element, read by a strict SAX parser (entities and CDATA resolved). */
const textsOf = (xml: string, name: string): string[] => {
  const parser = sax.parser(true)
  const texts: string[] = []
  let depth = 0
  parser.onopentag = (tag) => {
    if (tag.name === name) {
      depth = 1
      texts.push('')
    } else if (depth > 0) depth++
  }
  parser.onclosetag = () => {
    if (depth > 0) depth--
  }
  parser.ontext = parser.oncdata = (text) => {
    if (depth > 0) texts[texts.length - 1] += text
  }
  parser.onerror = (error) => {
    throw error
  }
  parser.write(xml).close()
  return texts
}

describe('escaping', () => {
  // Text that literally contains entity-like sequences: an XML library that leaves "&amp;" alone
  // would decode them one level too far, and the escaped script below would become a script.
  const tricky = item(4, {
    title: 'R&amp;D Polri &lt;b&gt; & <Jakut> &#x26;',
    summary: 'Ringkasan: &lt;script&gt; & <b>tebal</b>',
    contentHtml: feedHtml('<p>Teks &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp; &lt;i&gt;</p>', BASE),
    author: 'Tim &amp; Humas',
    categories: [{ term: 'r-d', label: 'R&amp;D', domain: `${BASE}/kategori?a=1&b=2` }],
  })

  it('should carry every title, summary, body and attribute exactly as written, in RSS and Atom', () => {
    expect(tricky.contentHtml).toBe('<p>Teks &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp; &lt;i&gt;</p>')
    const rss = buildRss(channel, [tricky])
    const atom = buildAtom(channel, [tricky])
    for (const xml of [rss, atom]) {
      strict(xml)
      // (Feed readers may decode a title's entities once more, as feed-parser does: the XML itself is exact.)
      expect(textsOf(xml, 'title').at(-1)).toBe(tricky.title)
    }
    // RSS: content:encoded is the HTML; description is HTML too, so the plain summary is escaped once.
    expect(textsOf(rss, 'content:encoded')).toEqual([tricky.contentHtml])
    expect(textsOf(rss, 'description').at(-1)).toBe('Ringkasan: &amp;lt;script&amp;gt; &amp; &lt;b&gt;tebal&lt;/b&gt;')
    expect(textsOf(rss, 'dc:creator')).toEqual(['Tim &amp; Humas'])
    expect(textsOf(rss, 'category')).toEqual(['R&amp;D'])
    expect(rss).toContain(`domain="${BASE}/kategori?a=1&#x26;b=2"`)
    // Atom: content type="html" is the HTML, summary type="text" the plain summary, both exact.
    expect(textsOf(atom, 'content')).toEqual([tricky.contentHtml])
    expect(textsOf(atom, 'summary')).toEqual([tricky.summary])
    expect(textsOf(atom, 'name').at(-1)).toBe('Tim &amp; Humas')
  })

  it('should write "&" and "<" of RSS plain text as hexadecimal references, as the RSS Profile asks', () => {
    const rss = buildRss(channel, [tricky])
    expect(rss).toContain('<title>R&#x26;amp;D Polri &#x26;lt;b&#x26;gt; &#x26; &#x3C;Jakut&gt; &#x26;#x26;</title>')
    expect(rss).not.toMatch(/<title>[^<]*&amp;/)
  })
})

describe('buildJsonFeed', () => {
  it('should be JSON Feed 1.1 with the same ids and dates, and stay under the size budget', () => {
    const json = JSON.parse(buildJsonFeed(channel, items))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.language).toBe('id')
    expect(json.hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }])
    expect(json.items[0]).toMatchObject({ id: hostile.id, title: HOSTILE_TITLE, date_published: '2026-08-18T02:00:00+09:00', authors: [{ name: 'Dewi Lestari Putri' }] })
    const big = Array.from({ length: 50 }, (_, i) => item(i, { contentHtml: `<p>${'kata '.repeat(2000)}</p>` }))
    const text = buildJsonFeed(channel, big)
    expect(Buffer.byteLength(text)).toBeLessThan(JSON_FEED_BUDGET_BYTES + 4096)
    const parsed = JSON.parse(text)
    expect(parsed.items).toHaveLength(50)
    for (const entry of parsed.items) expect(entry.content_html ?? entry.content_text).toBeTruthy()
  })
})

describe('rfc822', () => {
  it.each([
    ['2026-08-17T16:59:59Z', 'Asia/Jakarta', 'Mon, 17 Aug 2026 23:59:59 +0700'],
    ['2026-08-17T17:00:00Z', 'Asia/Jakarta', 'Tue, 18 Aug 2026 00:00:00 +0700'],
    ['2026-12-31T16:00:00Z', 'Asia/Makassar', 'Fri, 01 Jan 2027 00:00:00 +0800'],
    ['2026-02-28T15:00:00Z', 'Asia/Jayapura', 'Sun, 01 Mar 2026 00:00:00 +0900'],
  ] as const)('should write %s in %s as %s', (iso, zone, expected) => {
    expect(rfc822(new Date(iso), zone)).toBe(expected)
    expect(Date.parse(expected)).toBe(Date.parse(iso))
  })
})
