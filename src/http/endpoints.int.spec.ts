import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { siteOrigin } from './siteOrigin'

type Me = { user: { email: string } | null }

/** The 13 endpoints Payload gives every collection. */
const STANDARD = ['get /count', 'post /', 'delete /', 'delete /:id', 'post /access/:id?', 'get /versions', 'post /:id/duplicate', 'get /', 'get /:id', 'get /versions/:id', 'post /versions/:id', 'patch /', 'patch /:id']
const WITHOUT_DUPLICATE = STANDARD.filter((endpoint) => endpoint !== 'post /:id/duplicate')
const AUTH = ['post /forgot-password', 'get /init', 'post /login', 'post /logout', 'get /me', 'post /refresh-token', 'post /first-register', 'post /reset-password', 'post /unlock', 'post /verify/:id']

/**
 * Every REST endpoint of the app. A new one fails the completeness test until it is added here and,
 * if it is not one of Payload's own, to the anonymous and wrong-unit cases below (SECURITY.md B23).
 */
const ENDPOINTS: Record<string, string[]> = {
  '': ['post /internal/revalidate', 'post /internal/known-slugs', 'get /access'],
  reports: ['post /intake', 'get /:id/checks', 'post /:id/workflow', 'get /:id/workflow', ...STANDARD],
  media: ['get /paste-url/:id?', 'get /file/:filename', ...STANDARD],
  units: STANDARD,
  users: [...AUTH, ...WITHOUT_DUPLICATE],
  'activity-types': STANDARD,
  tags: STANDARD,
  'workflow-events': STANDARD,
  corrections: STANDARD,
  'payload-kv': STANDARD,
  'payload-jobs': ['get /run', 'get /handle-schedules', ...STANDARD],
  'payload-locked-documents': STANDARD,
  'payload-preferences': ['get /:key', 'delete /:key', 'post /:key', ...STANDARD],
  'payload-migrations': [],
}

/** Next route handlers outside Payload's generated ones: all public by design (feeds, sitemaps, images, the copy-link script). */
const PUBLIC_ROUTES = [
  'atom.xml', 'berita-lama.json', 'feed.json', 'feed.xml', 'kategori/[slug]/atom.xml', 'kategori/[slug]/feed.json', 'kategori/[slug]/feed.xml', 'logo.png', 'media/[file]',
  'news-sitemap.xml', 'og-default.png', 'salin-tautan.js', 'sitemap.xml', 'sitemaps/[file]', 'tag/[slug]/atom.xml', 'tag/[slug]/feed.json', 'tag/[slug]/feed.xml', 'unit/[slug]/atom.xml', 'unit/[slug]/feed.json', 'unit/[slug]/feed.xml',
]

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'))

describe(`endpoints and sessions on ${process.env.TEST_DB || 'sqlite'} (A10, B21, B23)`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let reportB: number | string

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    const created = await api.post<{ doc: { id: number | string } }>('/reports', { token: n.tokens.writerB, body: reportData(n, 'polresB', 'Laporan Polres B') })
    reportB = created.body.doc.id
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should list every REST endpoint, route handler and server action the tests account for', () => {
    // As sets: an endpoint of ours may take the place of one of Payload's (Users' forgot-password).
    const listOf = (endpoints: { method: string; path: string }[] | false | undefined) => [...new Set((endpoints || []).map((e) => `${e.method} ${e.path}`))].sort()
    const configured: Record<string, string[]> = { '': listOf(t.payload.config.endpoints) }
    for (const collection of t.payload.config.collections) configured[collection.slug] = listOf(collection.endpoints)
    expect(configured).toEqual(Object.fromEntries(Object.entries(ENDPOINTS).map(([slug, endpoints]) => [slug, [...endpoints].sort()])))

    const routes = filesUnder('src/app/(frontend)').filter((file) => file.endsWith('/route.ts')).map((file) => file.slice(0, -'/route.ts'.length))
    expect(routes.sort()).toEqual([...PUBLIC_ROUTES].sort())
    // The only server action is Payload's admin server function (the public site has none: the proxy answers 405).
    const actions = filesUnder('src').filter((file) => /\.tsx?$/.test(file) && /['"]use server['"]/.test(readFileSync(path.join('src', file), 'utf8')))
    expect(actions).toEqual(['app/(payload)/layout.tsx'])
  })

  it('should deny the custom endpoints to anonymous callers and to an editor of another unit', async () => {
    expect((await api.get(`/reports/${reportB}/workflow`)).status).toBe(401)
    expect((await api.post(`/reports/${reportB}/workflow`, { body: { action: 'submit' } })).status).toBe(401)
    expect((await api.get(`/reports/${reportB}/workflow`, { token: n.tokens.editorA })).status).toBe(404)
    expect((await api.post(`/reports/${reportB}/workflow`, { token: n.tokens.editorA, body: { action: 'submit' } })).status).toBe(404)
    expect((await api.get(`/reports/${reportB}/checks`)).status).toBe(401)
    expect((await api.get(`/reports/${reportB}/checks`, { token: n.tokens.editorA })).status).toBe(404)
    expect((await api.post('/reports/intake', { body: { text: 'PALEMBANG — Rakor.' } })).status).toBe(401)
    // Only the server itself holds the revalidation token: nobody's session is enough.
    expect((await api.post('/internal/revalidate', { body: { tags: ['reports'] } })).status).toBe(403)
    expect((await api.post('/internal/revalidate', { token: n.tokens.admin, body: { tags: ['reports'] } })).status).toBe(403)
    // Nor the server's per-process secret for reading every report slug.
    expect((await api.post('/internal/known-slugs', { body: {} })).status).toBe(403)
    expect((await api.post('/internal/known-slugs', { token: n.tokens.admin, body: {} })).status).toBe(403)
  })

  it("should take the session cookie only from the site's own origin (Payload's csrf list)", async () => {
    const me = async (headers: Record<string, string>) => (await api.get<Me>('/users/me', { headers: { Cookie: `payload-token=${n.tokens.writerA}`, ...headers } })).body.user?.email ?? null
    expect(t.payload.config.csrf).toContain(siteOrigin())
    expect(await me({ Origin: siteOrigin() })).toBe('writera@uji.warta.test')
    expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toBe('writera@uji.warta.test')
    expect(await me({ Origin: 'https://evil.example' })).toBeNull()
    expect(await me({ Origin: 'null' })).toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  })

  it("should keep the jobs queue closed to everyone and each user's preferences to their owner", async () => {
    for (const token of [null, n.tokens.writerA, n.tokens.admin]) expect((await api.get('/payload-jobs', { token })).status).toBe(403)
    expect((await api.post('/payload-preferences/warta-uji', { token: n.tokens.admin, body: { value: { rahasia: true } } })).status).toBe(200)
    const writerSees = await api.get<{ docs: { key: string }[] }>('/payload-preferences?limit=100', { token: n.tokens.writerA })
    expect(writerSees.body.docs.map((doc) => doc.key)).not.toContain('warta-uji')
    expect((await api.get<{ value: unknown }>('/payload-preferences/warta-uji', { token: n.tokens.writerA })).body.value).toBeNull()
    expect((await api.get('/payload-preferences', {})).status).toBe(403)
  })
})
