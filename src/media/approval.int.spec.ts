import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFeedDocument, SITE_FEED_SCOPE } from '@/data/feedDocument'
import { findReportBySlug } from '@/data/findReport'
import type { Media } from '@/payload-types'
import { codeOf, desk } from '@/testing/desk'
import { photoJpeg } from '@/testing/images'
import { lexicalDoc } from '@/testing/lexical'
import { createNewsroom, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { renditionsOf } from './renditionFiles'
import { serveRendition } from './serveRendition'

const DAY = 24 * 3600_000

/** A Lexical body with a paragraph and a photo placed in it. */
const bodyWithPhoto = (photoId: number | string) => lexicalDoc(['PALEMBANG — Isi laporan.'], [photoId])

describe(`photos follow the workflow on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let d: ReturnType<typeof desk>

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    d = desk(api, n)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  /** A rendition as the site serves it, anonymously or to a staff member, at `now`. */
  const file = (name: string | undefined, user?: string, now = new Date()) =>
    serveRendition(t.payload, name as string, new Headers(user ? { Authorization: `JWT ${n.tokens[user]}` } : {}), now).then((r) => r.status)
  const anonymousPhoto = async (id: number | string) => (await api.get<Media>(`/media/${id}`)).body
  const feed = async () => (await buildFeedDocument(t.payload, SITE_FEED_SCOPE, 'rss')).body
  const replaceFile = async (user: string, id: number | string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await photoJpeg(500, 400))], { type: 'image/jpeg' }), 'foto-pengganti.jpg')
    form.append('_payload', JSON.stringify({}))
    const request = new Request(`${t.payload.config.serverURL}/api/media/${id}`, { method: 'PATCH', body: form, headers: { Authorization: `JWT ${n.tokens[user]}` } })
    const { handleEndpoints } = await import('payload')
    const response = await handleEndpoints({ config: Promise.resolve(t.payload.config), path: `/api/media/${id}`, request })
    expect(response.status, await response.clone().text()).toBe(200)
    return ((await response.json()) as { doc: Media }).doc
  }

  it('should keep a live photo exactly as approved until an editor publishes a report that shows it', async () => {
    const photo = await d.upload('writerA', { caption: 'Keterangan yang disetujui.', alt: 'Alt yang disetujui', credit: 'Foto: Humas A' })
    const report = await d.create('writerA', 'polresA', 'Rakor Kesiapan Operasi Lilin', { leadPhoto: photo.id })
    await d.publish(report.id)
    const approvedCard = renditionsOf(photo.renditions).card?.filename

    const edit = await api.patch(`/media/${photo.id}`, { token: d.token('writerA'), body: { caption: 'KETERANGAN BELUM DISETUJUI', alt: 'ALT BELUM DISETUJUI', credit: 'KREDIT BELUM DISETUJUI' } })
    expect(edit.status).toBe(200)
    const replaced = await replaceFile('writerA', photo.id)
    const pendingCard = renditionsOf(replaced.renditions).card?.filename
    expect(pendingCard).not.toBe(approvedCard)

    expect(await anonymousPhoto(photo.id)).toMatchObject({ caption: 'Keterangan yang disetujui.', alt: 'Alt yang disetujui', credit: 'Foto: Humas A' })
    const page = await findReportBySlug(t.payload, report.slug)
    expect(page?.leadPhoto).toMatchObject({ caption: 'Keterangan yang disetujui.' })
    expect(JSON.stringify(page)).not.toContain('BELUM DISETUJUI')
    expect(await feed()).not.toContain('BELUM DISETUJUI')
    expect([await file(approvedCard), await file(pendingCard), await file(pendingCard, 'writerA')]).toEqual([200, 404, 200])

    // A correction of the report approves the photo as it is now; the old renditions stay a day for caches.
    expect((await d.edit('editorPolresA', report.id, { summary: 'Ringkasan yang diperbarui.' })).status).toBe(200)
    await d.publish(report.id, { input: { minor: true } })
    expect(await anonymousPhoto(photo.id)).toMatchObject({ caption: 'KETERANGAN BELUM DISETUJUI' })
    expect(await feed()).toContain('KETERANGAN BELUM DISETUJUI')
    expect([await file(pendingCard), await file(approvedCard)]).toEqual([200, 200])
    expect(await file(approvedCard, undefined, new Date(Date.now() + DAY + 60_000))).toBe(404)
    expect(existsSync(path.join(t.db.mediaDir, approvedCard as string))).toBe(true)
  })

  it('should not let the one who changed a photo approve it', async () => {
    const photo = await d.upload('writerA')
    const report = await d.create('writerA', 'polresA', 'Sosialisasi Penerimaan Anggota', { leadPhoto: photo.id })
    await d.mustAct('writerA', report.id, { action: 'submit' })
    expect((await api.patch(`/media/${photo.id}`, { token: d.token('editorA2'), body: { caption: 'Diubah editor kedua.' } })).status).toBe(200)
    const own = await d.act('editorA2', report.id, { action: 'publish' })
    expect([own.status, codeOf(own.body)]).toEqual([403, 'OWN_WORK'])
    await d.mustAct('editorA', report.id, { action: 'publish' })
    expect(await anonymousPhoto(photo.id)).toMatchObject({ caption: 'Diubah editor kedua.' })
  })

  it('should tie an approval and a schedule to the photos as the editor saw them', async () => {
    const photo = await d.upload('writerA', { caption: 'Keterangan saat ditinjau.' })
    const report = await d.create('writerA', 'polresA', 'Apel Gelar Pasukan Operasi Zebra', { leadPhoto: photo.id })
    await d.mustAct('writerA', report.id, { action: 'submit' })
    const seen = (await api.get<{ revision: string }>(`/reports/${report.id}/workflow`, { token: d.token('editorA') })).body.revision
    expect((await api.patch(`/media/${photo.id}`, { token: d.token('writerA'), body: { caption: 'DIUBAH SETELAH DITINJAU' } })).status).toBe(200)
    const stale = await d.act('editorA', report.id, { action: 'publish', revision: seen })
    expect([stale.status, codeOf(stale.body)]).toEqual([409, 'STALE_REVISION'])

    await d.mustAct('editorA', report.id, { action: 'publish', publishAt: new Date(Date.now() + 60_000).toISOString() })
    expect((await api.patch(`/media/${photo.id}`, { token: d.token('writerA'), body: { caption: 'DIUBAH SETELAH DIJADWALKAN' } })).status).toBe(200)
    const { publishDueReports } = await import('@/workflow/publishDue')
    const { createLocalReq } = await import('payload')
    const outcome = await publishDueReports(await createLocalReq({}, t.payload), new Date(Date.now() + 120_000))
    expect(outcome.lapsed.map(String)).toEqual([String(report.id)])
    expect((await api.get(`/reports/${report.id}`)).status).toBe(404)
    expect(await file(renditionsOf(photo.renditions).card?.filename)).toBe(404)
  })

  it('should make a photo placed inside the body public with the report, and only then', async () => {
    const photo = await d.upload('writerA', { caption: 'Foto di dalam isi berita.' })
    const report = await d.create('writerA', 'polresA', 'Bakti Sosial di Panti Asuhan', { body: bodyWithPhoto(photo.id) })
    const card = renditionsOf(photo.renditions).card?.filename
    expect(await file(card)).toBe(404)
    await d.publish(report.id)
    expect(await file(card)).toBe(200)
    const page = await findReportBySlug(t.payload, report.slug)
    expect(JSON.stringify(page?.body)).toContain('Foto di dalam isi berita.')
    expect(await feed()).toContain(renditionsOf(photo.renditions).wide?.filename ?? renditionsOf(photo.renditions).small?.filename)
  })

  it("should take a deleted report's photos off the public site, and never serve an original", async () => {
    const photo = await d.upload('writerA')
    const report = await d.create('writerA', 'polresA', 'Patroli Dialogis Malam Hari', { leadPhoto: photo.id })
    await d.publish(report.id)
    const card = renditionsOf(photo.renditions).card?.filename
    expect(await file(card)).toBe(200)
    expect((await api.download(`/api/media/file/${photo.filename}`)).status).toBe(403)
    const listed = async () => (await api.get<{ docs: { id: number }[] }>('/media?limit=100')).body.docs.map((doc) => doc.id)
    expect(await listed()).toContain(photo.id)

    const refused = await api.delete(`/media/${photo.id}`, { token: d.token('admin') })
    expect([refused.status, codeOf(refused.body)]).toEqual([409, 'IN_USE'])
    expect((await api.delete(`/reports/${report.id}`, { token: d.token('admin') })).status).toBe(200)
    expect(await file(card)).toBe(404)
    expect(await listed()).not.toContain(photo.id)
    expect((await api.get(`/media/${photo.id}`)).status).toBe(404)
  })

  it('should serve the crops cut again around a new focal point: to staff at once, to everyone once approved', async () => {
    const photo = await d.upload('writerA', {}, [1200, 800])
    const report = await d.create('writerA', 'polresA', 'Pengamanan Pertandingan Sepak Bola', { leadPhoto: photo.id })
    const moved = await api.patch<{ doc: Media }>(`/media/${photo.id}`, { token: d.token('writerA'), body: { focalX: 90, focalY: 10 } })
    const card = renditionsOf(moved.body.doc.renditions).card?.filename
    expect(card).not.toBe(renditionsOf(photo.renditions).card?.filename)
    expect([await file(card), await file(card, 'writerA')]).toEqual([404, 200])
    await d.publish(report.id)
    expect(await file(card)).toBe(200)
  })

  it('should refuse anonymous filters and sorts that would read a photo not yet approved', async () => {
    for (const query of ['/media?where[caption][like]=BELUM', '/media?sort=caption', '/media?where[filename][like]=foto', '/reports?where[leadPhoto.caption][like]=BELUM', '/reports?sort=leadPhoto.alt']) {
      const res = await api.get(query)
      expect([res.status, codeOf(res.body)], query).toEqual([400, 'INVALID_QUERY'])
    }
  })
})
