import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants/collections'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { findReportCards, findSections, type SectionFilter } from './findReportCards'

describe(`the home page's sections on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let vicon: number

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    vicon = (await t.payload.create({ collection: COLLECTIONS.activityTypes, data: { name: 'Vicon' } })).id as number
  })
  afterAll(async () => t?.destroy())

  const report = async (writer: string, editor: string | null, unit: string, title: string, activityType: number | string) => {
    const { body } = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens[writer], body: reportData(n, unit, title, { activityType }) })
    expect((await api.post(`/reports/${body.doc.id}/workflow`, { token: n.tokens[writer], body: { action: 'submit' } })).status).toBe(200)
    if (editor) expect((await api.post(`/reports/${body.doc.id}/workflow`, { token: n.tokens[editor], body: { action: 'publish' } })).status).toBe(200)
    return body.doc.id
  }

  it('should give each section the newest published reports that one query per section gives, whatever the window', async () => {
    const rakor = n.activityType as number
    await report('writerA', 'editorA', 'polresA', 'Rakor Pengamanan Pasar Malam', rakor)
    await report('writerB', 'editorB', 'polresB', 'Vicon Kesiapan Operasi Lilin', vicon)
    await report('writerA', 'editorA', 'polresA', 'Rakor Lalu Lintas Jembatan Ampera', rakor)
    await report('writerPolsekA', 'editorA', 'polsekA', 'Rakor Keamanan Kampung Tangguh', rakor)
    await report('writerA', 'editorA', 'polresA', 'Vicon Arahan Kapolda kepada Kapolres', vicon)
    await report('writerB', 'editorB', 'polresB', 'Rakor Pengamanan Pelabuhan Soekarno-Hatta', rakor)
    // Submitted, never published: in no section.
    const draft = await report('writerB', null, 'polresB', 'Rakor Rahasia Belum Terbit', vicon)

    const u = (key: string) => n.units[key] as number
    const sections: SectionFilter[] = [
      { units: [u('poldaA'), u('polresA'), u('polsekA')] },
      { units: [u('poldaB'), u('polresB')] },
      { units: [u('hq')] },
      { activityType: rakor },
      { activityType: vicon },
    ]
    const whereOf = (filter: SectionFilter): Where => ('units' in filter ? { unit: { in: filter.units } } : { activityType: { equals: filter.activityType } })
    const expected = await Promise.all(sections.map(async (filter) => (await findReportCards(t.payload, { where: whereOf(filter), limit: 2, count: false })).docs))
    expect(expected.map((cards) => cards.map((card) => card.title))).toEqual([
      ['Vicon Arahan Kapolda kepada Kapolres', 'Rakor Keamanan Kampung Tangguh'],
      ['Rakor Pengamanan Pelabuhan Soekarno-Hatta', 'Vicon Kesiapan Operasi Lilin'],
      [],
      ['Rakor Pengamanan Pelabuhan Soekarno-Hatta', 'Rakor Keamanan Kampung Tangguh'],
      ['Vicon Arahan Kapolda kepada Kapolres', 'Vicon Kesiapan Operasi Lilin'],
    ])
    // Window 1 and 2: most sections need a query of their own; 3: some; 100 (the default): none.
    for (const window of [1, 2, 3, 100]) {
      const found = await findSections(t.payload, sections, 2, window)
      expect(found, `window ${window}`).toEqual(expected)
      expect(found.flat().some((card) => card.id === draft)).toBe(false)
    }
    // The cards are whole: unit, type and their slugs for the links.
    expect(expected[0]![0]).toMatchObject({ unit: { id: u('polresA'), slug: expect.any(String) }, activityType: { id: vicon, slug: 'vicon' } })
    expect(await findSections(t.payload, [], 2)).toEqual([])
  })
})
