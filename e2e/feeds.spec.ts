import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import Ajv from 'ajv'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import sax from 'sax'

import { act, createReport, editReport, idBy, lexicalBody, login, titlesInState } from './support/newsroomApi'

/**
 * Feeds as aggregators read them, from the production server: every feed of the site, its units,
 * categories and tags, checked with strict parsers, a real feed-reader library and the JSON Feed
 * schemas; conditional GET; and a report's life (publish, correction with a new slug, withdrawal,
 * scheduling) as the feeds show it.
 */

const HUB_PORT = Number(process.env.E2E_HUB_PORT || Number(process.env.E2E_PORT || 3210) + 1)
const FORMATS = {
  rss: { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8' },
  atom: { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8' },
  json: { file: 'feed.json', type: 'application/feed+json; charset=utf-8' },
} as const
type Format = keyof typeof FORMATS

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
// Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF).
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
// The W3C feed validator's RFC 822 date, as RSS readers expect it: English names, 4-digit year, numeric zone.
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT)$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const schemas = (() => {
  const draft07 = new Ajv({ allErrors: true, strict: false })
  addFormats(draft07)
  const draft04 = new AjvDraft04({ allErrors: true, strict: false })
  addFormats(draft04)
  const read = (file: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, 'schemas', file), 'utf8'))
  draft04.addSchema(read('schemastore-feed-1.json'))
  const jsonFeedSchema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('jsonfeed-schema/schema-v1.1.json'), 'utf8'))
  return { jsonfeedOrg: draft07.compile(jsonFeedSchema), schemastore: draft04.compile(read('schemastore-feed.json')) }
})()

/** Strict SAX parse: any well-formedness error throws. */
const parseStrictly = (xml: string) =>
  new Promise<void>((resolve, reject) => {
    const parser = sax.parser(true, { xmlns: true })
    parser.onerror = (error) => reject(error)
    parser.onend = () => resolve()
    parser.write(xml).close()
  })

const urlsIn = (html: string) =>
  [...html.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!).concat(
    [...html.matchAll(/\bsrcset\s*=\s*"([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)),
  )

type FeedSnapshot = { url: string; body: string; ids: string[]; titles: string[]; response: APIResponse }

test.describe.configure({ mode: 'serial' })

test.describe('feeds', () => {
  let origin: string
  let feedBases: string[]
  const hub: { server?: Server; pings: string[] } = { pings: [] }

  test.beforeAll(async ({ request, baseURL }) => {
    origin = baseURL!
    const token = await login(request, 'admin@warta.test')
    const slugsOf = async (collection: string) => {
      const response = await request.get(`/api/${collection}?depth=0&limit=100&select[slug]=true`, { headers: { Authorization: `JWT ${token}` } })
      return ((await response.json()) as { docs: { slug: string }[] }).docs.map((d) => d.slug)
    }
    feedBases = ['', ...(await slugsOf('units')).map((s) => `/unit/${s}`), ...(await slugsOf('activity-types')).map((s) => `/kategori/${s}`), ...(await slugsOf('tags')).map((s) => `/tag/${s}`)]
    hub.server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      req.on('end', () => {
        const form = new URLSearchParams(body)
        if (form.get('hub.mode') === 'publish' && form.get('hub.url')) hub.pings.push(form.get('hub.url')!)
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => hub.server!.listen(HUB_PORT, '127.0.0.1', resolve))
  })
  test.afterAll(async () => {
    await new Promise<void>((resolve) => (hub.server ? hub.server.close(() => resolve()) : resolve()))
  })

  /** Fetches a feed and checks everything any reader needs of it; returns what it holds. */
  const checkFeed = async (request: APIRequestContext, base: string, format: Format): Promise<FeedSnapshot> => {
    const url = `${origin}${base}/${FORMATS[format].file}`
    const response = await request.get(url)
    expect(response.status(), url).toBe(200)
    expect(response.headers()['content-type'], url).toBe(FORMATS[format].type)
    const cacheControl = response.headers()['cache-control'] ?? ''
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1])
    expect(maxAge, `${url} ${cacheControl}`).toBeLessThanOrEqual(900)
    expect(maxAge).toBeGreaterThan(0)
    expect(response.headers()['expires']).not.toBe('0')
    expect(response.headers()['etag'], url).toMatch(/^"[^"]+"$/)
    const raw = await response.body()
    expect(raw[0], `${url}: no BOM`).not.toBe(0xef)
    const body = raw.toString('utf8')
    expect(ILLEGAL_XML.test(body), `${url}: XML-illegal characters`).toBe(false)
    const now = Date.now()
    const notInFuture = (date: string) => expect(Date.parse(date) - now, `${url}: ${date} is in the future`).toBeLessThan(10 * 60_000)

    if (format === 'json') {
      expect(raw.length, `${url} size`).toBeLessThan(250 * 1024)
      const feed = JSON.parse(body)
      expect(schemas.jsonfeedOrg(feed), `${url}: ${JSON.stringify(schemas.jsonfeedOrg.errors)}`).toBe(true)
      expect(schemas.schemastore(feed), `${url}: ${JSON.stringify(schemas.schemastore.errors)}`).toBe(true)
      expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: url, language: 'id' })
      expect(feed.home_page_url.startsWith(origin)).toBe(true)
      expect(feed.items.length).toBeLessThanOrEqual(50)
      for (const item of feed.items) {
        expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
        expect(item.url.startsWith(`${origin}/berita/`)).toBe(true)
        expect(item.content_html).toBeTruthy()
        expect(item.authors?.[0]?.name).toBeTruthy()
        for (const date of [item.date_published, item.date_modified]) {
          expect(date).toMatch(RFC3339)
          notInFuture(date)
        }
        for (const link of urlsIn(item.content_html)) expect(link.startsWith(`${origin}/`), `${url}: ${link}`).toBe(true)
        if (item.image) expect(item.image.startsWith(`${origin}/media/`)).toBe(true)
      }
      return { url, body, ids: feed.items.map((i: { id: string }) => i.id), titles: feed.items.map((i: { title: string }) => i.title), response }
    }

    expect(body.startsWith(XML_DECLARATION), `${url}: starts with the XML declaration`).toBe(true)
    expect(raw.length, `${url} size`).toBeLessThan(1024 * 1024)
    await parseStrictly(body)
    const feed = parseFeed(body)
    expect(feed.self, `${url}: self link`).toBe(url)
    expect(feed.language).toBe('id')
    expect(feed.items.length).toBeLessThanOrEqual(50)
    const ids = feed.items.map((item) => item.id ?? '')
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
      expect(item.url?.startsWith(`${origin}/berita/`)).toBe(true)
      expect(item.published).toBeInstanceOf(Date)
      expect(item.updated!.getTime()).toBeGreaterThanOrEqual(item.published!.getTime())
      expect(item.authors.length).toBe(1)
      expect(item.content).toBeTruthy()
      for (const link of urlsIn(item.content ?? '')) expect(link.startsWith(`${origin}/`), `${url}: ${link}`).toBe(true)
      expect(item.content).not.toMatch(/<(script|style|iframe|object|embed|form|meta|link|noscript)\b/i)
      for (const img of (item.content ?? '').match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\balt="[^"]+"/)
    }
    // Every URL attribute of the document itself, and the <link>s of RSS.
    for (const m of body.matchAll(/\b(?:url|href)="([^"]*)"/g)) expect(m[1]!.startsWith(`${origin}/`) || m[1] === `http://127.0.0.1:${HUB_PORT}/`, `${url}: ${m[1]}`).toBe(true)

    if (format === 'rss') {
      expect(body).toContain('xmlns:media="http://search.yahoo.com/mrss/"')
      expect(body).not.toMatch(/<author>/)
      const dates = [...body.matchAll(/<(pubDate|lastBuildDate)>([^<]*)</g)].map((m) => m[2]!)
      for (const date of dates) {
        const parts = RFC822.exec(date)
        expect(parts, `${url}: ${date}`).not.toBeNull()
        expect(date).not.toMatch(/WIB|WITA|WIT\b/)
        const [, day, dd, mon, yyyy] = parts!
        expect(DAYS[new Date(Date.UTC(Number(yyyy), MONTHS.indexOf(mon!), Number(dd))).getUTCDay()], `${url}: weekday of ${date}`).toBe(day)
        notInFuture(date)
      }
      const guids = [...body.matchAll(/<guid([^>]*)>/g)]
      for (const guid of guids) expect(guid[1]).toBe(' isPermaLink="false"')
      // description (plain summary) comes before content:encoded in every item
      for (const itemXml of body.match(/<item>[\s\S]*?<\/item>/g) ?? []) {
        expect(itemXml.indexOf('<description>')).toBeLessThan(itemXml.indexOf('<content:encoded>'))
        expect((itemXml.match(/<enclosure /g) ?? []).length).toBeLessThanOrEqual(1)
        if (itemXml.includes('<enclosure ')) {
          expect(itemXml).toMatch(/<enclosure url="[^"]+" length="[1-9]\d*" type="image\/(jpeg|webp|png|avif)"\/>/)
          expect(itemXml).toMatch(/<media:content url="[^"]+" medium="image" type="image\/[a-z]+" width="\d+" height="\d+">/)
          expect(itemXml).toMatch(/<media:thumbnail url="[^"]+" width="\d+" height="\d+"\/>/)
        }
        expect(itemXml).toMatch(/<dc:creator>[^<]+<\/dc:creator>/)
        expect(itemXml).toMatch(/<category domain="[^"]+\/unit">/)
      }
      // lastBuildDate is the newest item's last change.
      // (RSS has no item "updated": the item's atom:updated carries it, which feed-parser does not read.)
      const updates = [...body.matchAll(/<atom:updated>([^<]*)</g)].map((m) => m[1]!)
      expect(updates.length).toBe(feed.items.length)
      for (const date of updates) expect(date).toMatch(RFC3339)
      if (updates.length > 0) {
        const newest = Math.max(...updates.map((date) => Date.parse(date)))
        expect(Date.parse(/<lastBuildDate>([^<]*)</.exec(body)![1]!)).toBe(Math.floor(newest / 1000) * 1000)
      }
    } else {
      expect(body).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="id"/)
      for (const m of body.matchAll(/<(updated|published)>([^<]*)</g)) {
        expect(m[2]).toMatch(RFC3339)
        notInFuture(m[2]!)
      }
    }
    return { url, body, ids, titles: feed.items.map((i) => i.title ?? ''), response }
  }

  test('should serve every feed of the site, its units, categories and tags to the letter', async ({ request }) => {
    test.setTimeout(240_000)
    let checked = 0
    for (const base of feedBases) {
      const [rss, atom, json] = [await checkFeed(request, base, 'rss'), await checkFeed(request, base, 'atom'), await checkFeed(request, base, 'json')]
      // The three formats carry the same reports under the same ids.
      expect(atom.ids, base).toEqual(rss.ids)
      expect(json.ids, base).toEqual(rss.ids)
      checked += 3
    }
    expect(checked).toBe(feedBases.length * 3)
    const site = await checkFeed(request, '', 'rss')
    expect(site.ids.length).toBeGreaterThanOrEqual(10)
  })

  test('should answer 404 for the feed of a unit, category or tag that does not exist', async ({ request }) => {
    for (const base of ['/unit/tidak-ada', '/kategori/tidak-ada', '/tag/tidak-ada']) {
      for (const format of Object.values(FORMATS)) expect((await request.get(`${base}/${format.file}`)).status()).toBe(404)
    }
  })

  test('should answer conditional requests with 304 and identical requests with identical bytes', async ({ request }) => {
    for (const format of Object.values(FORMATS)) {
      const first = await request.get(`/${format.file}`)
      const second = await request.get(`/${format.file}`)
      expect((await second.body()).equals(await first.body())).toBe(true)
      const etag = first.headers()['etag']!
      const lastModified = first.headers()['last-modified']!
      expect(second.headers()['etag']).toBe(etag)
      expect(lastModified).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)

      const byTag = await request.get(`/${format.file}`, { headers: { 'If-None-Match': etag } })
      expect(byTag.status()).toBe(304)
      expect((await byTag.body()).length).toBe(0)
      const byDate = await request.get(`/${format.file}`, { headers: { 'If-Modified-Since': lastModified } })
      expect(byDate.status()).toBe(304)
      expect((await byDate.body()).length).toBe(0)
      const stale = await request.get(`/${format.file}`, { headers: { 'If-None-Match': '"sudah-lama"' } })
      expect(stale.status()).toBe(200)
      const head = await request.head(`/${format.file}`)
      expect([head.status(), head.headers()['etag']]).toEqual([200, etag])
    }
  })

  test('should never show drafts, reports in review or pending revisions', async ({ request }) => {
    const admin = await login(request, 'admin@warta.test')
    const hidden = await titlesInState(request, admin, ['draft', 'in_review', 'changes_requested', 'scheduled'])
    expect(hidden.length).toBeGreaterThan(0)
    const { titles: shown } = await checkFeed(request, '', 'json')
    const rssBody = (await checkFeed(request, '', 'rss')).body
    // A hidden title could also be the working copy of a live report: only those never published must be absent.
    const live = new Set(shown)
    for (const title of hidden.filter((t) => !live.has(t))) expect(rssBody, title).not.toContain(title)
  })

  test('should follow a report through publication, correction with a new slug, and withdrawal', async ({ request }) => {
    test.setTimeout(180_000)
    const writer = await login(request, 'penulis.ilirtimur@warta.test')
    const editor = await login(request, 'editor.sumsel@warta.test')
    const admin = await login(request, 'admin@warta.test')
    const unit = await idBy(request, admin, 'units', 'slug', 'polsek-ilir-timur-i')
    const activityType = await idBy(request, admin, 'activity-types', 'slug', 'sosialisasi')
    const tag = await idBy(request, admin, 'tags', 'slug', 'lalu-lintas')
    const stamp = Date.now().toString(36)
    const title = `Polda Metro & Polres <Jakut> "Uji" ]]> Sosialisasi 𝐓𝐞𝐫𝐭𝐢𝐛 🚓 ${stamp}`

    const { id, slug } = await createReport(request, writer, {
      title,
      unit,
      activityType,
      tags: [tag],
      activityAt: new Date(Date.now() - 3600_000).toISOString(),
      datelineCity: 'Palembang',
      summary: 'Polsek Ilir Timur I mengajak pengemudi ojek daring tertib berlalu lintas & menjaga jarak aman.',
      body: lexicalBody(
        ['PALEMBANG — Personel Unit Binmas Polsek Ilir Timur I menyambangi pangkalan ojek daring di Jalan Merdeka. Teks dengan ]]> dan karakter \u0007 kontrol tidak boleh merusak feed.'],
        { text: 'berita sebelumnya', url: '/unit/polsek-ilir-timur-i' },
      ),
    })
    await act(request, writer, id, { action: 'submit' })
    const feedsOfReport = ['', '/unit/polsek-ilir-timur-i', '/unit/polrestabes-palembang', '/unit/polda-sumsel', '/unit/divhumas-polri', '/kategori/sosialisasi', '/tag/lalu-lintas']
    for (const base of feedsOfReport) expect((await checkFeed(request, base, 'rss')).titles).not.toContain(title)

    // Published: in every feed it belongs to within 2 seconds, title shown literally.
    hub.pings.length = 0
    const publishedAt = Date.now()
    await act(request, editor, id, { action: 'publish' })
    let guid = ''
    for (const base of feedsOfReport) {
      for (const format of ['rss', 'atom', 'json'] as const) {
        const url = `${base}/${FORMATS[format].file}`
        await expect.poll(async () => (await checkFeed(request, base, format)).titles.includes(title), { timeout: Math.max(2_000 - (Date.now() - publishedAt), 500), intervals: [100] }).toBe(true)
        const snapshot = await checkFeed(request, base, format)
        const index = snapshot.titles.indexOf(title)
        guid ||= snapshot.ids[index]!
        expect(snapshot.ids[index], url).toBe(guid)
      }
    }
    const rss = parseFeed((await checkFeed(request, '', 'rss')).body)
    const item = rss.items.find((i) => i.id === guid)!
    expect(item.title).toBe(title)
    expect(item.url).toBe(`${origin}/berita/${slug}`)
    expect(item.content).toContain(`href="${origin}/unit/polsek-ilir-timur-i"`)
    expect(item.content).toContain(']]>')
    expect(item.content).not.toContain('\u0007')
    expect(item.categories.map((c) => c.label).sort()).toEqual(['Lalu Lintas', 'Polsek Ilir Timur I', 'Sosialisasi'])
    expect(item.mediaImages).toEqual([])
    const firstUpdated = item.updated!.getTime()
    expect(Math.abs(item.published!.getTime() - publishedAt)).toBeLessThan(60_000)

    // A correction that renames the report and changes its slug: the live version stays until approved.
    const newTitle = `Sosialisasi Tertib Lalu Lintas bagi Pengemudi Ojek Daring ${stamp}`
    const newSlug = `sosialisasi-ojek-daring-${stamp}`
    await editReport(request, editor, id, { title: newTitle, slug: newSlug })
    expect((await checkFeed(request, '', 'rss')).titles).toContain(title)
    expect((await checkFeed(request, '', 'rss')).titles).not.toContain(newTitle)
    await act(request, editor, id, { action: 'submit' })
    const correctedAt = Date.now()
    await act(request, admin, id, { action: 'publish', changeNote: 'Ralat: judul diperjelas sesuai sasaran kegiatan.' })
    for (const base of feedsOfReport) {
      await expect.poll(async () => (await checkFeed(request, base, 'rss')).titles.includes(newTitle), { timeout: Math.max(2_000 - (Date.now() - correctedAt), 500), intervals: [100] }).toBe(true)
    }
    for (const format of ['rss', 'atom', 'json'] as const) {
      const snapshot = await checkFeed(request, '', format)
      expect(snapshot.titles).not.toContain(title)
      expect(snapshot.ids[snapshot.titles.indexOf(newTitle)]).toBe(guid)
    }
    const corrected = parseFeed((await checkFeed(request, '', 'atom')).body).items.find((i) => i.id === guid)!
    expect(corrected.url).toBe(`${origin}/berita/${newSlug}`)
    expect(corrected.published!.getTime()).toBe(item.published!.getTime())
    expect(corrected.updated!.getTime()).toBeGreaterThan(firstUpdated)
    expect(corrected.content).toContain('Ralat: judul diperjelas sesuai sasaran kegiatan.')

    // The hub heard of every feed the report is in (the runner's cron fires every 15 s).
    const expectedPings = feedsOfReport.flatMap((base) => Object.values(FORMATS).map((format) => `${origin}${base}/${format.file}`))
    await expect.poll(() => expectedPings.filter((url) => !hub.pings.includes(url)), { timeout: 45_000 }).toEqual([])

    // Withdrawn: gone from every feed within 2 seconds.
    const withdrawnAt = Date.now()
    await act(request, editor, id, { action: 'withdraw', note: 'Ditarik: kegiatan digabung dengan laporan Polrestabes.' })
    for (const base of feedsOfReport) {
      for (const format of ['rss', 'atom', 'json'] as const) {
        await expect.poll(async () => (await checkFeed(request, base, format)).ids.includes(guid), { timeout: Math.max(2_000 - (Date.now() - withdrawnAt), 500), intervals: [100] }).toBe(false)
      }
    }
  })

  test('should keep a scheduled report out of every feed until its time', async ({ request }) => {
    const writer = await login(request, 'penulis.palembang@warta.test')
    const editor = await login(request, 'editor.sumsel@warta.test')
    const admin = await login(request, 'admin@warta.test')
    const title = `Rakor Kesiapan Pengamanan Tahun Baru Terjadwal ${Date.now().toString(36)}`
    const { id } = await createReport(request, writer, {
      title,
      unit: await idBy(request, admin, 'units', 'slug', 'polrestabes-palembang'),
      activityType: await idBy(request, admin, 'activity-types', 'slug', 'rakor'),
      activityAt: new Date().toISOString(),
      datelineCity: 'Palembang',
      summary: 'Rapat koordinasi kesiapan pengamanan malam tahun baru di Palembang.',
      body: lexicalBody(['PALEMBANG — Polrestabes Palembang menggelar rapat koordinasi kesiapan pengamanan.']),
    })
    await act(request, writer, id, { action: 'submit' })
    await act(request, editor, id, { action: 'publish', publishAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() })
    for (const base of ['', '/unit/polrestabes-palembang', '/kategori/rakor']) {
      for (const format of ['rss', 'atom', 'json'] as const) expect((await checkFeed(request, base, format)).titles).not.toContain(title)
    }
  })
})
