import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { knownReportSlugs, knownSlugsToken } from '@/server/knownSlugs.mjs'
import { advancePublicGeneration, publicGeneration } from '@/server/publicGeneration.mjs'
import { desk } from '@/testing/desk'
import { createNewsroom, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { findKnownReportSlugs, findKnownSectionSlugs } from './findKnownReportSlugs'

// The slugs the production server may answer 404 for without a render must include every slug that
// /berita/{slug} answers: a live report's, its earlier ones (301) and a withdrawn one's (its notice).
describe(`known report slugs on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it("should hold live reports' slugs, their earlier slugs and withdrawn reports' slugs, and nothing unpublished", async () => {
    const d = desk(api, n)
    const live = await d.create('writerA', 'polresA', 'Rakor Pengamanan Natal di Polres')
    await d.publish(live.id)
    const renamed = await d.create('writerA', 'polresA', 'Vicon Arahan Kapolda tentang Operasi Zebra')
    await d.publish(renamed.id)
    expect((await d.edit('editorA', renamed.id, { slug: 'vicon-operasi-zebra-2026' })).status).toBe(200)
    await d.publish(renamed.id, { writer: 'editorA', editor: 'editorA2', input: { changeNote: 'Ralat: nama operasi.' } })
    const withdrawn = await d.create('writerA', 'polresA', 'Sosialisasi Tertib Lalu Lintas yang Ditarik')
    await d.publish(withdrawn.id)
    await d.mustAct('editorA', withdrawn.id, { action: 'withdraw', note: 'Ditarik atas permintaan Kabid Humas.' })
    const draft = await d.create('writerA', 'polresA', 'Draf Workshop Media Sosial')
    const inReview = await d.create('writerA', 'polresA', 'Zoom Meeting Literasi Digital Menunggu')
    await d.mustAct('writerA', inReview.id, { action: 'submit' })

    const slugs = await findKnownReportSlugs(t.payload)
    expect([...slugs].sort()).toEqual([live.slug, renamed.slug, 'vicon-operasi-zebra-2026', withdrawn.slug].sort())
    expect(slugs.has(draft.slug)).toBe(false)
    expect(slugs.has(inReview.slug)).toBe(false)
  })

  it('should hold every unit and activity type slug, and only the tags a live report carries', async () => {
    const d = desk(api, n)
    const shown = await t.payload.create({ collection: 'tags', data: { name: 'Mudik Aman' } })
    const hidden = await t.payload.create({ collection: 'tags', data: { name: 'Belum Dipakai' } })
    const report = await d.create('writerA', 'polresA', 'Rakor Pengamanan Arus Mudik', { tags: [shown.id] })
    await d.publish(report.id)
    const sections = await findKnownSectionSlugs(t.payload)
    const units = await t.payload.find({ collection: 'units', limit: 100, depth: 0 })
    expect([...sections.unit].sort()).toEqual(units.docs.map((u) => u.slug).sort())
    const types = await t.payload.find({ collection: 'activity-types', limit: 100, depth: 0 })
    expect([...sections.kategori].sort()).toEqual(types.docs.map((type) => type.slug).sort())
    expect(sections.tag.has(shown.slug!)).toBe(true)
    expect(sections.tag.has(hidden.slug!)).toBe(false)
  })

  it('should keep the set in this process under the generation seen before the read, for the server only', async () => {
    expect((await api.post('/internal/known-slugs', { body: {} })).status).toBe(403)
    expect((await api.post('/internal/known-slugs', { body: {}, headers: { 'X-Warta-Internal': 'guess' } })).status).toBe(403)
    advancePublicGeneration()
    const generation = publicGeneration()
    const read = await api.post<{ slugs: number }>('/internal/known-slugs', { body: {}, headers: { 'X-Warta-Internal': knownSlugsToken() } })
    expect(read.status).toBe(200)
    expect(read.body.slugs).toBe(5)
    expect(knownReportSlugs()?.generation).toBe(generation)
    expect(knownReportSlugs()?.slugs.size).toBe(5)
    expect(knownReportSlugs()?.sections?.tag?.size).toBe(1)
  })
})
