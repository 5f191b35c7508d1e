import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import sharp from 'sharp'

import { crawl } from './support/crawl'
import { act, createReport, editReport, idBy, lexicalBody, login } from './support/newsroomApi'

/**
 * The public site as readers, search engines and a leak hunter see it, on the production server:
 * nothing unpublished anywhere, changes visible within 2 s, old slugs 301, real 404s, one NewsArticle
 * per report, and WCAG 2.2 AA by axe-core.
 */

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
/** What a reader searches for: the canary's start (search matches inside words), never the whole. */
const CANARY_QUERY = `kanari${stamp}`
/** A string nothing else on the site contains: any public response that carries it leaked. */
const CANARY = `${CANARY_QUERY}rahasia`

const jsonLdOf = async (page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)

const within2s = { timeout: 2_000, intervals: [100] }

/** The URLs whose page does not yet pass `shows`, all asked for at once: polled, it times every URL from one start. */
const pending = async (request: APIRequestContext, urls: string[], shows: (html: string) => boolean) =>
  (await Promise.all(urls.map(async (url) => (shows(await (await request.get(url)).text()) ? null : url)))).filter((url) => url !== null)

test.describe('public site', () => {
  let origin: string
  let tokens: { writer: string; editor: string; admin: string }
  let ids: { unit: number | string; rakor: number | string; vicon: number | string; tag: number | string }

  test.beforeAll(async ({ request, baseURL }) => {
    origin = baseURL!
    tokens = {
      writer: await login(request, 'penulis.palembang@warta.test'),
      editor: await login(request, 'editor.sumsel@warta.test'),
      admin: await login(request, 'admin@warta.test'),
    }
    ids = {
      unit: await idBy(request, tokens.admin, 'units', 'slug', 'polrestabes-palembang'),
      rakor: await idBy(request, tokens.admin, 'activity-types', 'slug', 'rakor'),
      vicon: await idBy(request, tokens.admin, 'activity-types', 'slug', 'vicon'),
      tag: await idBy(request, tokens.admin, 'tags', 'slug', 'kamtibmas'),
    }
  })

  const report = (title: string, text: string, extra: Record<string, unknown> = {}) => ({
    title,
    unit: ids.unit,
    activityType: ids.rakor,
    tags: [ids.tag],
    activityAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    datelineCity: 'Palembang',
    summary: `Ringkasan: ${text}`,
    body: lexicalBody([`PALEMBANG — ${text}`]),
    ...extra,
  })

  const publish = async (request: APIRequestContext, data: Record<string, unknown>) => {
    const created = await createReport(request, tokens.writer, data)
    await act(request, tokens.writer, created.id, { action: 'submit' })
    await act(request, tokens.editor, created.id, { action: 'publish' })
    return created
  }

  test('should never show a draft, a report in review, a scheduled one, a pending revision or a withdrawn body on any public URL', async ({ request, browser }) => {
    test.setTimeout(300_000)
    const secret = (what: string) => `${CANARY} ${what}`

    // A photo only the draft uses, with the canary in its alt text and caption.
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#35506b' } }).jpeg().toBuffer()
    const upload = await request.post('/api/media', {
      headers: { Authorization: `JWT ${tokens.writer}` },
      multipart: {
        file: { name: `${CANARY}.jpg`, mimeType: 'image/jpeg', buffer: photo },
        _payload: JSON.stringify({ alt: secret('alt foto draf'), caption: secret('keterangan foto draf'), credit: 'Humas' }),
      },
    })
    expect(upload.status(), await upload.text()).toBe(201)
    const media = ((await upload.json()) as { doc: { id: number; renditions: Record<string, { filename: string }> } }).doc

    // (Explicit slugs: a slug made from the canary title would put the canary in the URL, which a 404 page may echo.)
    const draft = await createReport(request, tokens.writer, report(secret('Judul draf'), secret('isi draf'), { slug: `draf-${stamp}`, leadPhoto: media.id, officials: [{ rank: 'AKBP', name: secret('pejabat draf'), position: 'Kabag Ops' }] }))
    const inReview = await createReport(request, tokens.writer, report(secret('Judul menunggu review'), secret('isi review'), { slug: `review-${stamp}` }))
    await act(request, tokens.writer, inReview.id, { action: 'submit' })
    const sentBack = await createReport(request, tokens.writer, report(secret('Judul perlu perbaikan'), secret('isi perbaikan'), { slug: `perbaikan-${stamp}` }))
    await act(request, tokens.writer, sentBack.id, { action: 'submit' })
    await act(request, tokens.editor, sentBack.id, { action: 'request_changes', note: 'Lengkapi.' })
    const scheduled = await createReport(request, tokens.writer, report(secret('Judul terjadwal'), secret('isi terjadwal'), { slug: `terjadwal-${stamp}` }))
    await act(request, tokens.writer, scheduled.id, { action: 'submit' })
    await act(request, tokens.editor, scheduled.id, { action: 'publish', publishAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString() })
    // Live, with a revision waiting for approval that carries the canary.
    const revised = await publish(request, report(`Rakor Pengamanan Pasar Malam ${stamp}`, 'Versi terbit tanpa rahasia.'))
    await editReport(request, tokens.editor, revised.id, { title: secret('Judul revisi'), summary: secret('ringkasan revisi'), body: lexicalBody([secret('isi revisi')]) })
    await act(request, tokens.editor, revised.id, { action: 'submit' })
    // Withdrawn: its title stays public with the notice; its body and summary never again.
    const withdrawn = await publish(request, report(`Vicon Evaluasi Kamtibmas ${stamp}`, secret('isi yang kemudian ditarik'), { activityType: ids.vicon }))
    await act(request, tokens.editor, withdrawn.id, { action: 'withdraw', note: 'Ditarik: data belum diverifikasi.' })

    // An editor browses the public site first, signed in (their cookie goes with every request).
    const editorContext = await browser.newContext({ extraHTTPHeaders: { Cookie: `payload-token=${tokens.editor}` } })
    const editorPages = await crawl(editorContext.request, origin, ['/', `/berita/${revised.slug}`, `/berita/${draft.slug}`, `/cari?q=${CANARY_QUERY}`], { limit: 60 })
    await editorContext.close()

    const start = [
      '/',
      '/terbaru',
      '/ralat',
      '/arsip',
      '/robots.txt',
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/berita-lama.json',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      `/cari?q=${CANARY_QUERY}`,
      `/cari?q=${encodeURIComponent(`${CANARY_QUERY} isi`)}`,
      `/cari?q=${encodeURIComponent(`${CANARY_QUERY} pejabat`)}`,
      ...[draft, inReview, sentBack, scheduled, revised, withdrawn].map((r) => `/berita/${r.slug}`),
      '/unit/polrestabes-palembang/feed.xml',
      '/kategori/rakor/feed.json',
      '/tag/kamtibmas/atom.xml',
    ]
    const pages = await crawl(request, origin, start)
    expect(pages.length).toBeGreaterThan(150)
    expect(pages.filter((page) => page.url.includes(CANARY))).toEqual([])
    const leaks = [...editorPages, ...pages].filter((page) => page.body.toLowerCase().includes(CANARY.toLowerCase())).map((page) => page.url)
    expect(leaks).toEqual([])

    const status = (path: string) => pages.find((page) => page.url === path)?.status
    for (const hidden of [draft, inReview, sentBack, scheduled]) expect(status(`/berita/${hidden.slug}`), hidden.slug).toBe(404)
    expect(status(`/berita/${revised.slug}`)).toBe(200)
    expect(status(`/berita/${withdrawn.slug}`)).toBe(200)
    expect(pages.filter((page) => page.status >= 500)).toEqual([])

    // The draft's photo files are not public either.
    for (const rendition of Object.values(media.renditions)) expect((await request.get(`/media/${rendition.filename}`)).status()).toBe(404)
  })

  test('should show a publication on its page, its lists, search and sitemaps within 2 s, and a withdrawal the same way', async ({ request }) => {
    const title = `Kapolrestabes Pimpin Rakor Arus Balik Lebaran ${stamp}`
    const created = await createReport(request, tokens.writer, report(title, `Rapat koordinasi arus balik dengan kata kunci unik sandi${stamp}.`))
    await act(request, tokens.writer, created.id, { action: 'submit' })
    const urls = ['/', '/terbaru', '/unit/polrestabes-palembang', '/unit/polda-sumsel', '/kategori/rakor', '/tag/kamtibmas', `/cari?q=sandi${stamp}`, '/sitemaps/berita-1.xml', '/news-sitemap.xml']
    // Warm every cache with the report absent.
    for (const url of urls) expect(await (await request.get(url)).text(), url).not.toContain(created.slug)
    // A reader's copy of each cached page is now kept in front of Next too (it carries an Age), so
    // what follows shows that copy goes as well; a signed-in editor's requests always reach Next.
    for (const url of urls.filter((url) => url !== '/news-sitemap.xml')) expect((await request.get(url)).headers()['age'], url).toMatch(/^\d+$/)
    expect((await request.get('/', { headers: { Cookie: `payload-token=${tokens.editor}` } })).headers()['age']).toBeUndefined()

    await act(request, tokens.editor, created.id, { action: 'publish' })
    await Promise.all([
      expect.poll(async () => (await request.get(`/berita/${created.slug}`)).status(), within2s).toBe(200),
      expect.poll(() => pending(request, urls, (html) => html.includes(created.slug)), within2s).toEqual([]),
    ])

    await act(request, tokens.editor, created.id, { action: 'withdraw', note: 'Ditarik: jadwal rakor berubah.' })
    await expect.poll(() => pending(request, urls, (html) => !html.includes(created.slug)), within2s).toEqual([])
    const notice = await request.get(`/berita/${created.slug}`)
    expect(notice.status()).toBe(200)
    const html = await notice.text()
    expect(html).toContain('Berita ini telah ditarik')
    expect(html).toContain('Ditarik: jadwal rakor berubah.')
    expect(html).not.toContain('Rapat koordinasi arus balik')
    expect(html).toMatch(/<meta name="robots" content="noindex/)
    expect(await (await request.get('/ralat')).text()).toContain(title)
  })

  test('should send a report that changed its slug with a 301 to the current URL', async ({ request }) => {
    const created = await publish(request, report(`Workshop Penulisan Rilis ${stamp}`, 'Pelatihan menulis rilis bagi operator humas.'))
    const newSlug = `workshop-rilis-humas-${stamp}`
    await editReport(request, tokens.editor, created.id, { slug: newSlug })
    await act(request, tokens.editor, created.id, { action: 'submit' })
    await act(request, tokens.admin, created.id, { action: 'publish', changeNote: 'Ralat: alamat berita dipersingkat.' })
    await expect
      .poll(async () => {
        const response = await request.get(`/berita/${created.slug}`, { maxRedirects: 0 })
        const location = response.headers()['location']
        return [response.status(), location && new URL(location, origin).href]
      }, { timeout: 5_000 })
      .toEqual([301, `${origin}/berita/${newSlug}`])
    expect((await request.get(`/berita/${newSlug}`)).status()).toBe(200)
  })

  test('should show a renamed tag on the pages that name it within 2 s', async ({ request }) => {
    const created = await publish(request, report(`Vicon Kesiapan Posko Mudik ${stamp}`, 'Video conference kesiapan posko mudik lebaran.'))
    const headers = { Authorization: `JWT ${tokens.admin}` }
    const original = ((await (await request.get(`/api/tags/${ids.tag}`, { headers })).json()) as { name: string }).name
    const renamed = `Kamtibmas Ramadan ${stamp}`
    const urls = [`/berita/${created.slug}`, '/tag/kamtibmas']
    // Warm both caches with the old name.
    for (const url of urls) expect(await (await request.get(url)).text(), url).toContain(original)
    const rename = (name: string) => request.patch(`/api/tags/${ids.tag}`, { headers, data: { name, slug: 'kamtibmas' } })
    try {
      expect((await rename(renamed)).status()).toBe(200)
      await expect.poll(() => pending(request, urls, (html) => html.includes(renamed)), within2s).toEqual([])
    } finally {
      expect((await rename(original)).status()).toBe(200)
    }
  })

  test('should answer unknown pages with a real 404 in Indonesian and no internals', async ({ page }) => {
    for (const path of ['/berita/tidak-pernah-ada', '/unit/tidak-ada', '/kategori/tidak-ada', '/tag/tidak-ada', '/arsip/2026/13', '/halaman-acak', '/a/b/c', '/terbaru/99999', '/tidak-ditemukan']) {
      // As the server sends it, for a reader without JavaScript or a crawler: the whole page, no runtime.
      const served = await page.request.get(path)
      expect(served.status(), path).toBe(404)
      const html = await served.text()
      expect(html, path).toContain('<html lang="id">')
      expect(html, path).toContain('<h1>Halaman tidak ditemukan</h1>')
      expect(html, path).not.toContain('__next_error__')
      expect(html, path).not.toContain('<script')
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      const text = await page.locator('body').innerText()
      expect(text, path).toMatch(/tidak ditemukan/i)
      expect(await page.content(), path).not.toMatch(/at .*\.(js|ts):\d+|Error:|stack|node_modules/)
    }
    // A broken percent-encoding is the client's error, said in Indonesian (Next alone answers 500).
    for (const path of ['/berita/%E0%A4%A', '/unit/%E0%A4%A', '/%E0%A4%A', '/admin/%E0']) {
      const response = await page.request.get(path)
      expect(response.status(), path).toBe(400)
      expect(await response.text()).toContain('Alamat tidak valid')
    }
  })

  test('should describe a report to search engines and link previews', async ({ page, request }) => {
    const feed = JSON.parse(await (await request.get('/feed.json')).text()) as { items: { url: string; image?: string; date_published: string; date_modified: string }[] }
    // A report with a lead photo (the share image, JSON-LD images and the lead <img> come from it).
    const item = feed.items.find((i) => i.image)!
    await page.goto(item.url.replace(origin, ''))
    expect(await page.locator('html').getAttribute('lang')).toBe('id')
    await expect(page.locator('title')).toHaveCount(1)
    await expect(page.locator('meta[name="description"]')).toHaveCount(1)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', item.url)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', item.url)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'id_ID')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/)
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0)
    const ogImage = page.locator('meta[property="og:image"]').first()
    expect(await ogImage.getAttribute('content')).toMatch(new RegExp(`^${origin}/.+\\.(jpg|png)$`))
    await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute('content', '1200')
    await expect(page.locator('meta[property="og:image:height"]').first()).toHaveAttribute('content', '630')

    const articles = (await jsonLdOf(page)).filter((data) => data['@type'] === 'NewsArticle')
    expect(articles).toHaveLength(1)
    const article = articles[0]!
    expect(article.headline).toBe((await page.locator('h1').innerText()).trim())
    // The same instants as the feeds, with explicit offsets.
    expect(article.datePublished).toBe(item.date_published)
    expect(article.dateModified).toBe(item.date_modified)
    expect(article.datePublished).toMatch(/[+-]\d{2}:\d{2}$/)
    const images = article.image as { url: string; width: number }[]
    expect(images.some((image) => image.width >= 1200)).toBe(true)
    expect((article.publisher as { logo?: { url: string } }).logo?.url).toBe(`${origin}/logo.png`)
    // The byline: the unit's own zone, inside <time datetime> with the offset.
    const time = page.locator('.byline time').first()
    expect(await time.getAttribute('datetime')).toBe(item.date_published)
    expect(await time.innerText()).toMatch(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4} \d{2}\.\d{2} (WIB|WITA|WIT)$/)
    // The lead image is not lazy and has its size.
    const lead = page.locator('.report .photo img').first()
    expect(await lead.getAttribute('loading')).not.toBe('lazy')
    expect(await lead.getAttribute('width')).toBeTruthy()
    expect(await lead.getAttribute('height')).toBeTruthy()

    for (const path of ['/', '/unit/polda-sumsel', '/kategori/rakor', '/tag/kamtibmas']) {
      await page.goto(path)
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        const link = page.locator(`link[rel="alternate"][type="${type}"]`)
        await expect(link, `${path} ${type}`).toHaveCount(1)
        expect(await link.getAttribute('href')).toMatch(new RegExp(`^${origin}/`))
      }
    }
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Disallow: \/admin/)
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`)
    expect(robots).toContain(`Sitemap: ${origin}/news-sitemap.xml`)
  })

  test('should meet WCAG 2.2 AA by axe-core on home, a report, a unit, search and the 404 page', async ({ page }) => {
    const feed = JSON.parse(await (await page.request.get('/feed.json')).text()) as { items: { url: string }[] }
    const paths = ['/', feed.items[0]!.url.replace(origin, ''), '/unit/polda-sumsel', '/cari?q=rakor', '/cari', '/ralat', '/berita/tidak-ada']
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 })
      for (const path of paths) {
        await page.goto(path)
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path} at ${width}px`).toEqual([])
        if (width === 320) {
          // Readable at 320 px: nothing wider than the screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} scroll width`).toBeLessThanOrEqual(320)
        }
      }
    }
  })

  test('should offer a skip link and show where the keyboard focus is', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Langsung ke konten' })
    await expect(skip).toBeFocused()
    const box = await skip.boundingBox()
    expect(box && box.x >= 0 && box.y >= 0).toBe(true)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#konten$/)
    // The next Tab lands inside the main content, with a visible outline.
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return { inMain: Boolean(element.closest('main')), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(focused).toEqual({ inMain: true, outline: 'solid', width: 3 })
  })
})
