import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'
import { publishDueReports } from '@/workflow/publishDue'

import { revalidationToken } from './revalidate'

type Doc = { id: number | string; slug: string }

/**
 * Which public cache tags each change expires. Outside a Next request (here, as in the job runner)
 * the server asks itself to expire them over HTTP: a real server on PORT stands where Next's
 * /api/internal/revalidate route is and records what it is asked, checking the token as the route does.
 */
describe(`public cache revalidation on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let server: Server
  let asked: string[][] = []
  /** The kind of each change asked for ('additive' for a first publication, else 'hard'), in order. */
  let kinds: string[] = []
  const saved = { PORT: process.env.PORT, NEXT_RUNTIME: process.env.NEXT_RUNTIME }

  const as = (user: string) => n.tokens[user] ?? null
  const act = async (user: string, id: Doc['id'], body: Record<string, unknown>) => {
    const res = await api.post<{ state: string }>(`/reports/${id}/workflow`, { token: as(user), body })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const create = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await api.post<{ doc: Doc }>('/reports', { token: as('writerA'), body: reportData(n, 'polresA', title, extra) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc
  }
  const publish = async (id: Doc['id']) => {
    await act('writerA', id, { action: 'submit' })
    await act('editorA', id, { action: 'publish' })
  }
  /** The tags asked for since the last call, each request's sorted. */
  const expired = () => {
    const all = asked.map((tags) => [...tags].sort())
    asked = []
    kinds = []
    return all
  }
  const reportTags = (...slugs: string[]) => [CACHE_TAGS.corrections, CACHE_TAGS.reports, ...slugs.map(reportSlugTag)].sort()
  /** A report that was public changed or went: also the related lists on other reports' pages. */
  const publicReportTags = (...slugs: string[]) => [...reportTags(...slugs), CACHE_TAGS.related].sort()

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    const token = revalidationToken(t.payload.secret)
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/api/internal/revalidate' || req.headers['x-warta-revalidate'] !== token) {
          res.writeHead(403).end()
          return
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { tags: string[]; kind?: string }
        asked.push(body.tags)
        kinds.push(String(body.kind))
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.PORT = String((server.address() as AddressInfo).port)
    // As in the production server's job runner: a Node server, outside any Next request.
    process.env.NEXT_RUNTIME = 'nodejs'
  })
  beforeEach(() => {
    asked = []
    kinds = []
  })
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve())
    await t?.destroy()
  })

  it('should expire nothing while a report is written and reviewed, and its page and every list when it is published', async () => {
    const report = await create('Rakor Kesiapan Pengamanan Tahun Baru')
    expect((await api.patch(`/reports/${report.id}?draft=true`, { token: as('writerA'), body: { summary: 'Ringkasan yang diperbaiki penulis.' } })).status).toBe(200)
    await act('writerA', report.id, { action: 'submit' })
    await act('editorA', report.id, { action: 'request_changes', note: 'Lengkapi nama pejabat.' })
    await act('writerA', report.id, { action: 'submit' })
    expect(expired()).toEqual([])
    await act('editorA', report.id, { action: 'publish' })
    // A first publication only adds: the server may show a list from before it while it makes it again.
    expect(kinds).toEqual(['additive'])
    expect(expired()).toEqual([reportTags(report.slug)])
  })

  it('should expire nothing for a pending revision, and both slugs when a correction that renames the report is approved', async () => {
    const report = await create('Vicon Arahan Kapolda tentang Operasi Zebra')
    await publish(report.id)
    expired()
    const renamed = 'vicon-operasi-zebra-musi-2026'
    expect((await api.patch(`/reports/${report.id}?draft=true`, { token: as('editorA'), body: { slug: renamed, summary: 'Ringkasan hasil ralat.' } })).status).toBe(200)
    await act('editorA', report.id, { action: 'submit' })
    expect(expired()).toEqual([])
    await act('editorA2', report.id, { action: 'publish', changeNote: 'Ralat: nama operasi diperbaiki.' })
    expect(kinds).toEqual(['hard'])
    expect(expired()).toEqual([publicReportTags(report.slug, renamed)])
    // Withdrawn: the page (now a notice), every list, the related lists and the register of corrections.
    await act('editorA', report.id, { action: 'withdraw', note: 'Ditarik atas permintaan Kabid Humas.' })
    expect(kinds).toEqual(['hard'])
    expect(expired()).toEqual([publicReportTags(renamed)])
  })

  it('should expire the report when the job runner puts a scheduled one live', async () => {
    const report = await create('Workshop Penulisan Siaran Pers Polsek')
    await act('writerA', report.id, { action: 'submit' })
    await act('editorA', report.id, { action: 'publish', publishAt: new Date(Date.now() + 60_000).toISOString() })
    expect(expired()).toEqual([])
    const { published } = await publishDueReports(await createLocalReq({}, t.payload), new Date(Date.now() + 61_000))
    expect(published).toEqual([report.id])
    expect(kinds).toEqual(['additive'])
    expect(expired()).toEqual([reportTags(report.slug)])
  })

  it('should expire every list and page when a unit, an activity type or a tag changes, or a report is deleted', async () => {
    const taxonomy = [[CACHE_TAGS.reports, CACHE_TAGS.taxonomy].sort()]
    expect((await api.patch(`/units/${n.units.polresA}`, { token: as('admin'), body: { name: 'Polrestabes Palembang Kota' } })).status).toBe(200)
    expect(kinds).toEqual(['hard'])
    expect(expired()).toEqual(taxonomy)
    expect((await api.patch(`/activity-types/${n.activityType}`, { token: as('admin'), body: { name: 'Rapat Koordinasi' } })).status).toBe(200)
    expect(expired()).toEqual(taxonomy)
    const tag = await api.post<{ doc: Doc }>('/tags', { token: as('writerA'), body: { name: 'Kamtibmas Musi' } })
    expect(tag.status).toBe(201)
    expect(expired()).toEqual(taxonomy)
    expect((await api.delete(`/tags/${tag.body.doc.id}`, { token: as('admin') })).status).toBe(200)
    expect(expired()).toEqual(taxonomy)

    const report = await create('Rakor Lintas Sektoral Pilkada')
    await publish(report.id)
    expired()
    expect((await api.delete(`/reports/${report.id}`, { token: as('admin') })).status).toBe(200)
    expect(kinds).toEqual(['hard'])
    expect(expired()).toEqual([publicReportTags(report.slug)])
  })

  it('should refuse to expire anything for a request without the server token', async () => {
    expect((await api.post('/internal/revalidate', { body: { tags: [CACHE_TAGS.reports] } })).status).toBe(403)
    expect(expired()).toEqual([])
  })
})
