import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { codeOf, desk } from '@/testing/desk'
import { createNewsroom, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { INTAKE_MAX_BYTES } from './intakeEndpoints'

// Written for this test: an invented unit, people and event.
const RELEASE = [
  'Bagikan ke Facebook',
  'Polrestabes Gelar Rakor Pengamanan Pasar Malam Ramadan',
  'PALEMBANG — Polrestabes Palembang menggelar rapat koordinasi pengamanan pasar malam Ramadan pada Rabu (23/05/2017) pukul 09.00 WIB bertempat di Aula Bhayangkara Polrestabes Palembang.',
  'Rapat dipimpin Kapolrestabes Palembang Kombes Pol Darmawan Saputra SIK MH, didampingi Kabag Ops AKBP Rudi Hartono SH.',
  '"Kami minta setiap pos pengamanan dijaga bergantian," ujar Kombes Pol Darmawan Saputra.',
  'Baca juga: Polrestabes Bagikan Takjil di Jalan Sudirman',
  '0 komentar',
].join('\n')

type Intake = {
  id?: number | string
  fields: { title: string; datelineCity: string | null; activityAt: string | null; activityDateText: string | null; activityType: number | string | null; venue: string | null; officials: { rank: string | null; name: string; degrees: string[]; position: string | null }[]; summary: string; body: { root: unknown } }
  removed: string[]
  warnings: { code: string; message: string; field: string | null }[]
}
type Checks = { checks: { code: string; severity: string; message: string; field: string; excerpt: string }[] }

describe(`intake of pasted releases and the checks before submit, on ${process.env.TEST_DB || 'sqlite'}`, () => {
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

  const reportCount = async () => (await t.payload.count({ collection: 'reports' })).totalDocs
  const intake = (user: string | null, body: unknown) => api.post<Intake>('/reports/intake', { token: user ? d.token(user) : null, body })

  it('should read a pasted release into fields, the chrome taken out, without creating anything', async () => {
    const before = await reportCount()
    const { status, body } = await intake('writerA', { text: RELEASE })
    expect(status).toBe(200)
    expect(body.id).toBeUndefined()
    expect(body.fields.title).toBe('Polrestabes Gelar Rakor Pengamanan Pasar Malam Ramadan')
    expect(body.fields.datelineCity).toBe('PALEMBANG')
    expect(body.fields.activityAt).toBe('2017-05-23T09:00:00+07:00')
    expect(body.fields.activityType).toBe(n.activityType)
    expect(body.fields.venue).toMatch(/^Aula Bhayangkara/)
    expect(body.fields.officials.map((o) => [o.rank, o.name, o.degrees])).toEqual([
      ['Kombes Pol', 'Darmawan Saputra', ['S.I.K.', 'M.H.']],
      ['AKBP', 'Rudi Hartono', ['S.H.']],
    ])
    expect(body.removed).toEqual(expect.arrayContaining(['Bagikan ke Facebook', 'Baca juga: Polrestabes Bagikan Takjil di Jalan Sudirman', '0 komentar']))
    expect(JSON.stringify(body.fields.body)).not.toMatch(/Baca juga|komentar|Bagikan/)
    expect(await reportCount()).toBe(before)
  })

  it('should give the activity time in the offset of the writer\'s unit', async () => {
    const { body } = await intake('writerB', { text: 'MAKASSAR — Polrestabes Makassar menggelar sosialisasi pada Kamis (25/05/2017) pukul 10.00 WITA di Gedung Serbaguna.\nIsi kegiatan.' })
    expect(body.fields.activityAt).toBe('2017-05-25T10:00:00+08:00')
  })

  it('should refuse what it cannot use with a status and a code, and create nothing', async () => {
    const before = await reportCount()
    expect((await intake(null, { text: RELEASE })).status).toBe(401)
    const empty = await intake('writerA', { text: ' \n \n' })
    expect([empty.status, codeOf(empty.body)]).toEqual([400, 'EMPTY_INPUT'])
    const nothing = await intake('writerA', { html: '<div><p> </p></div>', create: true })
    expect([nothing.status, codeOf(nothing.body)]).toEqual([400, 'EMPTY_INPUT'])
    const large = await intake('writerA', { text: 'a'.repeat(INTAKE_MAX_BYTES + 10), create: true })
    expect([large.status, codeOf(large.body)]).toEqual([413, 'TOO_LARGE'])
    // The limit is on the text as pasted, not on its JSON: a release just under it, full of newlines and
    // quotes that JSON escapes, is taken (read only, so nothing is created).
    const escaped = `PALEMBANG — Rakor.\n${'"Siap."\n'.repeat(Math.floor((INTAKE_MAX_BYTES - 100) / 8))}`
    expect((await intake('writerA', { text: escaped })).status).toBe(200)
    const malformed = await api.post('/reports/intake', { token: d.token('writerA'), body: '{"text": ' })
    expect([malformed.status, codeOf(malformed.body)]).toEqual([400, 'INVALID_INPUT'])
    const wrongType = await intake('writerA', { text: 42 })
    expect([wrongType.status, codeOf(wrongType.body)]).toEqual([400, 'INVALID_INPUT'])
    expect(await reportCount()).toBe(before)
  })

  it('should create a draft in the writer\'s unit that nobody outside sees, then hold its submit until the day matches the date', async () => {
    const created = await intake('writerA', { html: `<article><p>${RELEASE.split('\n').join('</p><p>')}</p></article>`, create: true })
    expect(created.status).toBe(201)
    const id = created.body.id!
    const draft = await t.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })
    expect([draft.state, draft._status, draft.unit, draft.datelineCity, draft.title]).toEqual(['draft', 'draft', n.units.polresA, 'PALEMBANG', 'Polrestabes Gelar Rakor Pengamanan Pasar Malam Ramadan'])
    expect(draft.officials?.map((o) => [o.rank, o.name])).toEqual([
      ['Kombes Pol', 'Darmawan Saputra, S.I.K., M.H.'],
      ['AKBP', 'Rudi Hartono, S.H.'],
    ])
    expect((await api.get(`/reports/${id}`)).status).toBe(404)

    // 23 May 2017 was a Tuesday: the release says Wednesday.
    const checks = await api.get<Checks>(`/reports/${id}/checks`, { token: d.token('writerA') })
    expect(checks.status).toBe(200)
    const errors = checks.body.checks.filter((c) => c.severity === 'error')
    expect(errors.map((c) => c.code)).toEqual(['DAY_DATE_MISMATCH'])
    expect(['summary', 'body']).toContain(errors[0]!.field)
    expect(errors[0]!.excerpt).toContain('Rabu (23/05/2017)')
    expect((await api.get(`/reports/${id}/checks`)).status).toBe(401)
    expect((await api.get(`/reports/${id}/checks`, { token: d.token('writerB') })).status).toBe(404)

    const refused = await api.post<{ errors: { data: { code: string; checks: { code: string }[] } }[] }>(`/reports/${id}/workflow`, { token: d.token('writerA'), body: { action: 'submit' } })
    expect([refused.status, codeOf(refused.body), refused.body.errors[0]!.data.checks.map((c) => c.code)]).toEqual([400, 'CHECKS_FAILED', ['DAY_DATE_MISMATCH']])
    expect((await t.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })).state).toBe('draft')

    const body = JSON.parse(JSON.stringify(draft.body).replace('Rabu (23/05/2017)', 'Selasa (23/05/2017)'))
    expect((await d.edit('writerA', id, { body, summary: 'Polrestabes Palembang menggelar rakor pengamanan pasar malam Ramadan bersama pejabat utama.' })).status).toBe(200)
    expect((await api.get<Checks>(`/reports/${id}/checks`, { token: d.token('writerA') })).body.checks.filter((c) => c.severity === 'error')).toEqual([])
    await d.mustAct('writerA', id, { action: 'submit' })
    expect((await t.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })).state).toBe('in_review')
  })
})
