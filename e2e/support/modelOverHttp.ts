import type { APIRequestContext, APIResponse } from '@playwright/test'

import { clockNow, fileIsPublic, liveReports, publicPhotoKeys, publicTagKeys, publicTokens, type Model } from '../../src/testing/model/state'
import type { Answer, Real } from '../../src/testing/model/system'
import { leakedTokens, tokensIn } from '../../src/testing/model/tokens'

const parse = async (response: APIResponse): Promise<Answer> => {
  const text = await response.text()
  try {
    return { status: response.status(), body: text ? JSON.parse(text) : null }
  } catch {
    return { status: response.status(), body: text }
  }
}

/** The REST API over HTTP, as an API client calls it (a token, no cookie). */
export const httpClient = (request: APIRequestContext): Real['client'] => {
  const headers = (token?: string | null): Record<string, string> => (token ? { Authorization: `JWT ${token}` } : {})
  return {
    get: async (path, { token } = {}) => parse(await request.get(`/api${path}`, { headers: headers(token) })) as never,
    post: async (path, { token, body } = {}) => parse(await request.post(`/api${path}`, { headers: headers(token), data: body })) as never,
    patch: async (path, { token, body } = {}) => parse(await request.patch(`/api${path}`, { headers: headers(token), data: body })) as never,
    delete: async (path, { token } = {}) => parse(await request.delete(`/api${path}`, { headers: headers(token) })) as never,
    upload: async (path, { file, filename, type, fields = {}, token, method = 'POST' }) =>
      parse(
        await request.fetch(`/api${path}`, {
          method,
          headers: headers(token),
          multipart: { file: { name: filename, mimeType: type, buffer: file }, _payload: JSON.stringify(fields) },
        }),
      ) as never,
  }
}

type Get = (path: string) => Promise<{ status: number; text: string; location: string | null }>

const getter =
  (request: APIRequestContext): Get =>
  async (path) => {
    const response = await request.get(path, { maxRedirects: 0 })
    return { status: response.status(), text: await response.text(), location: response.headers()['location'] ?? null }
  }

/** How long a public change may take to reach every cache of the server (as src/cache promises: well under it). */
const PROPAGATION_MS = 2_000

/**
 * The check below, again until it holds, for at most two seconds: the server expires its caches once
 * a change is committed, which may land a moment after the answer to the change.
 */
export const verifyOverHttp = (anonymous: APIRequestContext, asEditor: APIRequestContext) => {
  const check = checkOverHttp(anonymous, asEditor)
  return async (m: Model): Promise<void> => {
    const deadline = Date.now() + PROPAGATION_MS
    for (;;) {
      try {
        return await check(m)
      } catch (error) {
        if (Date.now() > deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
  }
}

/**
 * Every public surface over HTTP, from the production server and its caches: the pages as rendered
 * (with their Open Graph tags and JSON-LD), the lists, search, the three feed formats at every scope
 * the model touches, the sitemaps, /ralat, the anonymous REST and GraphQL API and the photo files;
 * the pages and feeds also as a signed-in editor's browser asks for them (`asEditor`). The demo
 * content is there too, so lists are checked for what the model knows: each live report of its
 * present, and no token of its that is not public anywhere.
 */
const checkOverHttp =
  (anonymous: APIRequestContext, asEditor: APIRequestContext) =>
  async (m: Model): Promise<void> => {
    const failures: string[] = []
    const seen: { where: string; text: string }[] = []
    const get = getter(anonymous)
    const editorGet = getter(asEditor)
    const read = async (path: string, { editor = false } = {}) => {
      const answer = await (editor ? editorGet : get)(path)
      seen.push({ where: `${editor ? 'editor ' : ''}GET ${path}`, text: answer.text })
      return answer
    }
    const expect = (ok: boolean, message: string) => {
      if (!ok) failures.push(message)
    }
    const live = liveReports(m)

    // Report pages: the live version under its slug, a redirect from an earlier one, the notice of a withdrawn one, else 404.
    const slugs = new Set([...m.reports.flatMap((r) => [r.slug, ...(r.live ? [r.live.slug, ...r.live.previousSlugs] : []), ...r.previousSlugs]), ...m.notices.map((n) => n.slug)])
    for (const slug of slugs) {
      for (const editor of [false, true]) {
        const page = await read(`/berita/${slug}`, { editor })
        const report = live.find((r) => r.live.slug === slug)
        const movedTo = live.find((r) => r.live.previousSlugs.includes(slug))?.live.slug
        const notice = m.notices.filter((n) => n.kind === 'withdrawal' && n.slug === slug).at(-1)
        if (report) expect(page.status === 200 && page.text.includes(report.live.content.title), `page ${slug}: ${page.status}, expected the live version`)
        else if (movedTo) expect([301, 308].includes(page.status) && (page.location ?? '').endsWith(`/berita/${movedTo}`), `page ${slug}: ${page.status} ${page.location}, expected a redirect to ${movedTo}`)
        else if (notice) expect(page.status === 200 && page.text.includes(notice.title) && page.text.includes('telah ditarik'), `page ${slug}: ${page.status}, expected the withdrawal notice`)
        else expect(page.status === 404, `page ${slug}: ${page.status}, expected 404`)
      }
    }

    // Lists, search, feeds, sitemaps and the register.
    const home = await read('/')
    const latest = await read('/terbaru')
    for (const report of live.slice(-5)) expect(latest.text.includes(report.live.content.title), `/terbaru lacks ${report.live.content.title}`)
    void home
    await read('/ralat')
    await read('/arsip')
    // Search: the results are the live reports with the word; the page repeats the reader's own query, which is not a leak.
    for (const report of m.reports) {
      for (const token of tokensIn(report.working.title)) {
        const results = await get(`/cari?q=${token}`)
        seen.push({ where: `GET /cari?q=${token}`, text: results.text.replaceAll(token, '') })
        const found = [...results.text.matchAll(/href="\/berita\/([^"?#]+)"/g)].map((match) => decodeURIComponent(match[1]!))
        const expected = live.filter((r) => [r.live.content.title, r.live.content.summary ?? '', r.live.content.bodyText ?? ''].some((t) => tokensIn(t).includes(token))).map((r) => r.live.slug)
        expect(JSON.stringify([...new Set(found)].sort()) === JSON.stringify([...new Set(expected)].sort()), `search ${token}: ${found} where the model has ${expected}`)
      }
    }
    const scopes = ['', ...new Set(m.reports.map((r) => `/unit/${m.units.find((u) => u.key === r.unit)?.slug}`)), ...m.types.map((t) => `/kategori/${t.key}`), ...m.tags.map((t) => `/tag/${t.slug}`)]
    for (const scope of scopes) {
      const isTag = scope.startsWith('/tag/')
      const tag = isTag ? m.tags.find((t) => `/tag/${t.slug}` === scope) : undefined
      const publicTag = tag ? publicTagKeys(m).has(tag.key) : true
      for (const [file, editor] of [['feed.xml', false], ['atom.xml', false], ['feed.json', false], ['feed.json', true]] as const) {
        const feed = await read(`${scope}/${file}`, { editor })
        expect(feed.status === (publicTag ? 200 : 404), `${scope}/${file}: ${feed.status}`)
      }
      if (scope) expect((await read(scope)).status === (publicTag ? 200 : 404), `${scope}: not ${publicTag ? 200 : 404}`)
    }
    const siteFeed = (await read('/feed.json')).text
    for (const report of live) expect(siteFeed.includes(report.live.content.title), `/feed.json lacks ${report.live.content.title}`)
    await read('/sitemap.xml')
    const sitemap = await read('/sitemaps/berita-1.xml')
    for (const report of live) expect(sitemap.text.includes(`/berita/${report.live.slug}<`), `sitemap lacks ${report.live.slug}`)
    await read('/sitemaps/halaman.xml')
    await read('/news-sitemap.xml')

    // The anonymous API.
    for (const path of ['/api/reports?limit=100&depth=1', '/api/reports?limit=100&depth=1&draft=true', '/api/media?limit=100&page=1', '/api/media?limit=100&page=2', '/api/tags?limit=100', '/api/corrections?limit=100']) await read(path)
    for (const report of m.reports) expect((await read(`/api/reports/${report.id}?depth=1`)).status === (report.live && !report.deleted ? 200 : 404), `GET /api/reports/${report.id}`)
    for (const photo of m.photos) {
      const one = await read(`/api/media/${photo.id}`)
      const shown = publicPhotoKeys(m).has(photo.key)
      expect(one.status === (shown ? 200 : 404), `GET /api/media/${photo.id}: ${one.status}`)
      if (shown) expect(one.text.includes(photo.approved!.caption), `GET /api/media/${photo.id}: not the approved caption`)
    }
    const gql = await anonymous.post('/api/graphql', { data: { query: '{ Reports(limit: 100) { docs { id title slug summary } } allMedia(limit: 100) { docs { id alt caption credit url } } Tags(limit: 100) { docs { id name slug } } }' } })
    seen.push({ where: 'GraphQL', text: await gql.text() })

    // Photo files.
    const now = clockNow(m)
    for (const photo of m.photos) {
      for (const file of photo.knownFiles) {
        const expected = fileIsPublic(m, photo, file, now)
        if (expected === null) continue
        const { status } = await get(`/media/${file}`)
        expect(status === (expected ? 200 : 404), `/media/${file}: ${status}, expected ${expected ? 200 : 404}`)
      }
    }

    const leaks = leakedTokens(seen, publicTokens(m))
    if (failures.length || leaks.length) {
      throw new Error(`The public side differs from the model:\n${[...failures, ...leaks.map((l) => `not approved, yet public: ${l}`)].slice(0, 30).join('\n')}`)
    }
  }
