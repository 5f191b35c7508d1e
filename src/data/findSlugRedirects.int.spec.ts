import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { findSlugRedirects } from './findSlugRedirects'

describe(`old report slugs on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => t?.destroy())

  const act = (who: string, id: number | string, body: Record<string, unknown>) => api.post(`/reports/${id}/workflow`, { token: n.tokens[who], body })
  const published = async (title: string) => {
    const { body } = await api.post<{ doc: { id: number; slug: string } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', title) })
    await act('writerA', body.doc.id, { action: 'submit' })
    expect((await act('editorA', body.doc.id, { action: 'publish' })).status).toBe(200)
    return body.doc
  }
  const renamed = async (id: number | string, slug: string, approve = true) => {
    expect((await api.patch(`/reports/${id}?draft=true`, { token: n.tokens.editorPolresA, body: { slug } })).status).toBe(200)
    if (!approve) return
    await act('editorPolresA', id, { action: 'submit' })
    expect((await act('editorA', id, { action: 'publish', changeNote: 'Ralat: alamat berita diperbaiki.' })).status).toBe(200)
  }

  it('should map every slug a live report had to the one it has now, and nothing else', async () => {
    const a = await published('Rakor Lintas Sektoral Jelang Pilkada')
    const b = await published('Vicon Evaluasi Operasi Zebra')
    const c = await published('Workshop Humas Digital')
    expect(await findSlugRedirects(t.payload)).toEqual({})

    await renamed(a.id, 'rakor-lintas-sektoral-pilkada-2026')
    await renamed(a.id, 'rakor-pilkada-serentak')
    // A rename still waiting for approval is not public yet.
    await renamed(b.id, 'vicon-zebra-belum-disetujui', false)
    // A withdrawn report redirects nowhere.
    await renamed(c.id, 'workshop-humas-digital-2026')
    expect((await act('editorA', c.id, { action: 'withdraw', note: 'Ditarik: kegiatan ditunda.' })).status).toBe(200)

    expect(await findSlugRedirects(t.payload)).toEqual({
      [a.slug]: 'rakor-pilkada-serentak',
      'rakor-lintas-sektoral-pilkada-2026': 'rakor-pilkada-serentak',
    })
  })
})
