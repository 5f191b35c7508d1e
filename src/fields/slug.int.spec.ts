import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Report } from '@/payload-types'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

describe(`report slugs on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let base: Omit<Report, 'id' | 'title' | 'slug' | 'createdAt' | 'updatedAt'>

  beforeAll(async () => {
    t = await startTestPayload()
    const { payload } = t
    const unit = await payload.create({ collection: 'units', data: { name: 'Divisi Humas Polri', longName: 'Divisi Hubungan Masyarakat Polri', level: 'national', timeZone: 'Asia/Jakarta' } })
    const activityType = await payload.create({ collection: 'activity-types', data: { name: 'Rakor' } })
    const author = await payload.create({ collection: 'users', data: { email: 'slug@warta.test', password: 'a-long-test-passphrase', name: 'Uji Slug', role: 'writer', unit: unit.id } })
    base = { unit: unit.id, activityType: activityType.id, author: author.id, activityAt: '2026-08-12T02:00:00.000Z', datelineCity: 'Jakarta', summary: 'Ringkasan uji.' }
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const create = (title: string, extra: Partial<Report> = {}) =>
    t.payload.create({ collection: 'reports', draft: true, data: { ...base, title, ...extra } })

  it.each([
    ['Bidhumas Polda Sumsel Gelar Workshop "Penguatan Tim Media Online"', 'bidhumas-polda-sumsel-gelar-workshop-penguatan-tim-media-online'],
    ['Polres Gowa & Dinas Pendidikan Gelar Rakor', 'polres-gowa-dan-dinas-pendidikan-gelar-rakor'],
    ['Sosialisasi Keselamatan di Kafe Résumé Panakkukang', 'sosialisasi-keselamatan-di-kafe-resume-panakkukang'],
    ['Bakti Sosial Pascabanjir 🌊 di Cepu 🙏', 'bakti-sosial-pascabanjir-di-cepu'],
  ])('should store %j as %j', async (title, slug) => {
    const report = await create(title)
    expect(report.slug).toBe(slug)
  })

  it('should number a repeated title instead of colliding', async () => {
    const first = await create('Rakor Pengamanan Pilkada')
    const second = await create('Rakor Pengamanan Pilkada')
    const third = await create('Rakor  Pengamanan  Pilkada!')
    expect([first.slug, second.slug, third.slug]).toEqual(['rakor-pengamanan-pilkada', 'rakor-pengamanan-pilkada-2', 'rakor-pengamanan-pilkada-3'])
  })

  it('should keep a slug on an unrelated edit and normalise a typed one', async () => {
    const report = await create('Upacara Hari Bhayangkara')
    const edited = await t.payload.update({ collection: 'reports', id: report.id, draft: true, data: { summary: 'Ringkasan baru.' } })
    expect(edited.slug).toBe('upacara-hari-bhayangkara')
    const typed = await t.payload.update({ collection: 'reports', id: report.id, draft: true, data: { slug: 'Upacara HUT Bhayangkara Ke-80' } })
    expect(typed.slug).toBe('upacara-hut-bhayangkara-ke-80')
  })

  it('should refuse a slug that another report holds, at the database too', async () => {
    const a = await create('Kunjungan Kerja Kapolda')
    await expect(
      t.payload.db.create({ collection: 'reports', data: { ...base, title: 'x', slug: a.slug, _status: 'draft' }, req: {} as never }),
    ).rejects.toThrow()
  })
})
