import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type Doc = { id: number | string; title: string; state: string; _status: string; publishedAt?: string | null; revisedAt?: string | null; author?: unknown }
type ErrorBody = { errors: { message: string; data?: { code?: string; fields?: string[] } }[] }

describe(`editorial workflow on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom

  const as = (user: string | null) => (user ? n.tokens[user] : null) ?? null
  const create = async (user: string, unit: string, title: string, extra: Record<string, unknown> = {}) => {
    const res = await api.post<{ doc: Doc }>('/reports', { token: as(user), body: reportData(n, unit, title, extra) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc
  }
  const act = (user: string | null, id: number | string, body: Record<string, unknown>) =>
    api.post<Doc & ErrorBody>(`/reports/${id}/workflow`, { token: as(user), body })
  const code = (body: unknown) => (body as ErrorBody).errors?.[0]?.data?.code
  /** What an anonymous reader gets for one report id. */
  const publicView = async (id: number | string) => api.get<Doc>(`/reports/${id}`)
  const events = async (id: number | string) =>
    (await t.payload.find({ collection: 'workflow-events', where: { report: { equals: id } }, sort: 'at', limit: 0, depth: 0 })).docs
  const working = async (id: number | string) => (await t.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })) as unknown as Doc
  const publish = async (id: number | string, submitter = 'writerA', approver = 'editorA') => {
    expect((await act(submitter, id, { action: 'submit' })).status).toBe(200)
    const res = await act(approver, id, { action: 'publish' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('the happy path', () => {
    it('should take a writer draft through submit, send-back, fix, resubmit and publish, one event per action', async () => {
      const report = await create('writerA', 'polresA', 'Polrestabes Palembang Gelar Rakor Pengamanan Natal')
      expect(report).toMatchObject({ state: 'draft', _status: 'draft' })
      expect((await publicView(report.id)).status).toBe(404)

      expect((await act('writerA', report.id, { action: 'submit', note: 'Mohon dicek.' })).body).toMatchObject({ state: 'in_review', live: false })
      const sentBack = await act('editorA', report.id, { action: 'request_changes', note: 'Pangkat Kapolrestabes belum ditulis.' })
      expect(sentBack.status).toBe(200)
      expect(sentBack.body.state).toBe('changes_requested')

      const fix = await api.patch<{ doc: Doc }>(`/reports/${report.id}?draft=true`, { token: as('writerA'), body: { summary: 'Ringkasan yang sudah diperbaiki.' } })
      expect(fix.status).toBe(200)
      expect((await act('writerA', report.id, { action: 'submit' })).body.state).toBe('in_review')
      const published = await act('editorA', report.id, { action: 'publish' })
      expect(published.status).toBe(200)
      expect(published.body).toMatchObject({ state: 'published', live: true })
      expect(published.body.publishedAt).toBeTruthy()

      const view = await publicView(report.id)
      expect(view.status).toBe(200)
      expect(view.body).toMatchObject({ title: 'Polrestabes Palembang Gelar Rakor Pengamanan Natal', state: 'published' })
      expect((await events(report.id)).map((e) => `${e.action}:${e.from}->${e.to}`)).toEqual([
        'submit:draft->in_review',
        'request_changes:in_review->changes_requested',
        'submit:changes_requested->in_review',
        'publish:in_review->published',
      ])
      const [, sendBack] = await events(report.id)
      expect(sendBack).toMatchObject({ note: 'Pangkat Kapolrestabes belum ditulis.', actor: n.users.editorA, actorName: 'Editor Polda A' })
    })
  })

  describe('status codes and error codes', () => {
    it('should answer 401 without login, 404 for an unknown report, 400 for an unknown action or bad JSON', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Uji Kode Galat')
      expect((await act(null, report.id, { action: 'submit' })).status).toBe(401)
      const unknown = await act('writerA', 999999, { action: 'submit' })
      expect([unknown.status, code(unknown.body)]).toEqual([404, 'NOT_FOUND'])
      const bad = await act('writerA', report.id, { action: 'approve' })
      expect([bad.status, code(bad.body)]).toEqual([400, 'UNKNOWN_ACTION'])
      const notJson = await api.post(`/reports/${report.id}/workflow`, { token: as('writerA'), body: '[1,2' })
      expect(notJson.status).toBe(400)
    })

    it('should answer 403 for a writer publishing and 409 for an action the state does not allow', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Uji Kewenangan')
      const writerPublish = await act('writerA', report.id, { action: 'publish' })
      expect([writerPublish.status, code(writerPublish.body)]).toEqual([403, 'NOT_ALLOWED'])
      const early = await act('editorA', report.id, { action: 'publish' })
      expect([early.status, code(early.body)]).toEqual([409, 'WRONG_STATE'])
    })

    it('should require a note to send back and refuse a publishAt in the past', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Uji Catatan Wajib')
      await act('writerA', report.id, { action: 'submit' })
      const noNote = await act('editorA', report.id, { action: 'request_changes' })
      expect([noNote.status, code(noNote.body)]).toEqual([400, 'NOTE_REQUIRED'])
      const past = await act('editorA', report.id, { action: 'publish', publishAt: '2020-01-01T08:00:00+07:00' })
      expect([past.status, code(past.body)]).toEqual([400, 'PUBLISH_AT_IN_PAST'])
      expect((await working(report.id)).state).toBe('in_review')
      expect(await events(report.id)).toHaveLength(1)
    })

    it('should refuse to submit an incomplete draft and name what is missing', async () => {
      const res = await api.post<{ doc: Doc }>('/reports', { token: as('writerA'), body: { title: 'Draf Setengah Jadi', unit: n.units.polresA } })
      expect(res.status).toBe(201)
      const submit = await act('writerA', res.body.doc.id, { action: 'submit' })
      expect(submit.status).toBe(400)
      expect((submit.body as unknown as ErrorBody).errors[0]?.data).toMatchObject({ code: 'INCOMPLETE', fields: expect.arrayContaining(['summary', 'body', 'activityType']) })
    })
  })

  describe('four eyes', () => {
    it('should refuse an editor approving their own report, and let an editor above approve it', async () => {
      const report = await create('editorPolresA', 'polresA', 'Laporan Editor Polres Sendiri')
      await act('editorPolresA', report.id, { action: 'submit' })
      const own = await act('editorPolresA', report.id, { action: 'publish' })
      expect([own.status, code(own.body)]).toEqual([403, 'OWN_WORK'])
      expect((await act('editorA', report.id, { action: 'publish' })).status).toBe(200)
    })

    it('should refuse an admin approving their own report', async () => {
      const report = await create('admin', 'hq', 'Laporan Admin Sendiri')
      await act('admin', report.id, { action: 'submit' })
      const own = await act('admin', report.id, { action: 'publish' })
      expect([own.status, code(own.body)]).toEqual([403, 'OWN_WORK'])
      expect((await act('editorHq', report.id, { action: 'publish' })).status).toBe(200)
    })

    it('should refuse an editor who edited the working copy during review', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Disunting Saat Review')
      await act('writerA', report.id, { action: 'submit' })
      await api.patch(`/reports/${report.id}?draft=true`, { token: as('editorA'), body: { summary: 'Disunting editor.' } })
      const own = await act('editorA', report.id, { action: 'publish' })
      expect([own.status, code(own.body)]).toEqual([403, 'OWN_WORK'])
      expect((await act('editorA2', report.id, { action: 'publish' })).status).toBe(200)
    })
  })

  describe('unit scope', () => {
    it('should hide a draft of one regional unit from the editor of another, by id, by list and by filter', async () => {
      const report = await create('writerA', 'polresA', 'Draf Rahasia Polda A')
      expect((await api.get(`/reports/${report.id}?draft=true`, { token: as('editorB') })).status).toBe(404)
      const list = await api.get<{ docs: Doc[] }>(`/reports?draft=true&where[unit][equals]=${n.units.polresA}&limit=100`, { token: as('editorB') })
      expect(list.body.docs.map((d) => d.id)).not.toContain(report.id)
      expect((await act('editorB', report.id, { action: 'submit' })).status).toBe(404)
      expect([403, 404]).toContain((await api.patch(`/reports/${report.id}`, { token: as('editorB'), body: { title: 'Diubah dari samping' } })).status)
      expect((await working(report.id)).title).toBe('Draf Rahasia Polda A')
    })

    it('should let editors above act and keep writers to their own unit', async () => {
      const report = await create('writerPolsekA', 'polsekA', 'Laporan Polsek')
      expect((await api.get(`/reports/${report.id}?draft=true`, { token: as('writerA') })).status).toBe(404)
      expect((await act('writerPolsekA', report.id, { action: 'submit' })).status).toBe(200)
      expect((await act('editorPolresA', report.id, { action: 'request_changes', note: 'Foto kurang jelas.' })).status).toBe(200)
    })

    it('should refuse a writer filing a report under another unit', async () => {
      const res = await api.post('/reports', { token: as('writerA'), body: reportData(n, 'polresB', 'Laporan Salah Satuan') })
      expect(res.status).toBe(403)
      const moved = await create('writerA', 'polresA', 'Laporan Yang Dipindah')
      expect((await api.patch(`/reports/${moved.id}?draft=true`, { token: as('writerA'), body: { unit: n.units.polresB } })).status).toBe(403)
    })
  })

  describe('no way around the workflow', () => {
    it('should keep a report a draft when a writer sets _status, state and audit fields on create', async () => {
      const res = await api.post<{ doc: Doc }>('/reports', {
        token: as('writerA'),
        body: reportData(n, 'polresA', 'Laporan Menyelundup Terbit', { _status: 'published', state: 'published', publishedAt: '2026-01-01T00:00:00.000Z', publishedBy: n.users.editorA }),
      })
      expect(res.body.doc).toMatchObject({ state: 'draft', _status: 'draft', publishedAt: null })
      expect((await publicView(res.body.doc.id)).status).toBe(404)
    })

    it('should keep a report unpublished through PATCH, bulk PATCH, GraphQL and the Local API', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Jalan Pintas')
      const patch = await api.patch(`/reports/${report.id}`, { token: as('writerA'), body: { _status: 'published', state: 'published' } })
      expect(patch.status).toBe(200)
      const bulk = await api.patch(`/reports?where[id][equals]=${report.id}`, { token: as('writerA'), body: { _status: 'published', state: 'published' } })
      expect(bulk.status).toBe(200)
      const gql = await api.graphql<{ errors?: unknown[] }>(`mutation { updateReport(id: ${JSON.stringify(report.id)}, data: { _status: published, title: "Lewat GraphQL" }) { id _status } }`, { token: as('writerA') })
      expect(gql.status).toBe(200)
      const writer = await t.payload.findByID({ collection: 'users', id: n.users.writerA as number })
      await t.payload.update({ collection: 'reports', id: report.id as number, data: { _status: 'published' }, user: { ...writer, collection: 'users' }, overrideAccess: false })

      expect((await publicView(report.id)).status).toBe(404)
      const list = await api.get<{ docs: Doc[] }>(`/reports?limit=100`)
      expect(list.body.docs.map((d) => d.id)).not.toContain(report.id)
      expect(await working(report.id)).toMatchObject({ state: 'draft', _status: 'draft' })
      expect(await events(report.id)).toHaveLength(0)
    })

    it('should never publish or unpublish by restoring a version', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Versi Lama')
      await publish(report.id)
      const versions = await t.payload.findVersions({ collection: 'reports', where: { and: [{ parent: { equals: report.id } }, { 'version._status': { equals: 'published' } }] }, limit: 1 })
      const version = versions.docs[0]
      expect(version).toBeDefined()

      // A plain restore would overwrite the public version: refused, for editors too.
      const plain = await api.post(`/reports/versions/${version?.id}`, { token: as('editorA') })
      expect([plain.status, code(plain.body)]).toEqual([400, 'RESTORE_AS_DRAFT'])
      expect((await publicView(report.id)).body.state).toBe('published')

      // Withdrawn and reopened, the report is a writer's draft again: restoring its published version
      // as a draft brings the old text back without making it public.
      expect((await act('editorA', report.id, { action: 'withdraw', note: 'Salah data.' })).status).toBe(200)
      expect((await act('admin', report.id, { action: 'reopen' })).status).toBe(200)
      const restore = await api.post(`/reports/versions/${version?.id}?draft=true`, { token: as('writerA') })
      expect(restore.status, JSON.stringify(restore.body)).toBe(200)
      expect((await publicView(report.id)).status).toBe(404)
      expect(await working(report.id)).toMatchObject({ state: 'draft', _status: 'draft', title: 'Laporan Versi Lama' })
    })

    it('should refuse a writer editing a published report', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Sudah Terbit')
      await publish(report.id)
      const res = await api.patch(`/reports/${report.id}?draft=true`, { token: as('writerA'), body: { title: 'Diubah penulis' } })
      expect([res.status, code(res.body)]).toEqual([403, 'EDIT_NOT_ALLOWED'])
      expect((await publicView(report.id)).body.title).toBe('Laporan Sudah Terbit')
    })

    it('should let nobody create, edit or delete a workflow event, admins included', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Dengan Riwayat')
      await act('writerA', report.id, { action: 'submit' })
      const [event] = await events(report.id)
      for (const user of ['admin', 'editorA', null]) {
        expect((await api.patch(`/workflow-events/${event?.id}`, { token: as(user), body: { note: 'dipalsukan' } })).status).toBeGreaterThanOrEqual(401)
        expect((await api.delete(`/workflow-events/${event?.id}`, { token: as(user) })).status).toBeGreaterThanOrEqual(401)
        expect((await api.post('/workflow-events', { token: as(user), body: { action: 'publish', at: new Date().toISOString() } })).status).toBeGreaterThanOrEqual(401)
      }
      expect(await events(report.id)).toHaveLength(1)
      expect((await events(report.id))[0]?.note).toBeNull()
    })
  })

  describe('corrections of published reports', () => {
    it('should keep the live version until the revision is approved, then show its change note', async () => {
      const report = await create('writerA', 'polresA', 'Kapolrestabes Buka Turnamen Voli')
      await publish(report.id)
      const first = await publicView(report.id)

      const edit = await api.patch(`/reports/${report.id}?draft=true`, { token: as('editorPolresA'), body: { title: 'Kapolrestabes Buka Turnamen Bola Voli Antarpelajar' } })
      expect(edit.status).toBe(200)
      expect((await publicView(report.id)).body.title).toBe('Kapolrestabes Buka Turnamen Voli')
      expect((await api.get<Doc>(`/reports/${report.id}?draft=true`)).body.title).toBe('Kapolrestabes Buka Turnamen Voli')
      expect((await working(report.id)).state).toBe('draft')

      expect((await act('editorPolresA', report.id, { action: 'submit' })).status).toBe(200)
      const noNote = await act('editorA', report.id, { action: 'publish' })
      expect([noNote.status, code(noNote.body)]).toEqual([400, 'CHANGE_NOTE_REQUIRED'])
      expect((await publicView(report.id)).body.title).toBe('Kapolrestabes Buka Turnamen Voli')

      const corrected = await act('editorA', report.id, { action: 'publish', changeNote: 'Ralat: judul dilengkapi, turnamen untuk pelajar.' })
      expect(corrected.status).toBe(200)
      const after = await publicView(report.id)
      expect(after.body.title).toBe('Kapolrestabes Buka Turnamen Bola Voli Antarpelajar')
      expect(after.body.publishedAt).toBe(first.body.publishedAt)
      expect(Date.parse(after.body.revisedAt as string)).toBeGreaterThan(Date.parse(first.body.publishedAt as string))
      const notices = await api.get<{ docs: { kind: string; note: string }[] }>(`/corrections?where[report][equals]=${report.id}`)
      expect(notices.body.docs).toEqual([expect.objectContaining({ kind: 'correction', note: 'Ralat: judul dilengkapi, turnamen untuk pelajar.' })])
    })

    it('should take a minor change live without a public note', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Salah Ketik')
      await publish(report.id)
      await api.patch(`/reports/${report.id}?draft=true`, { token: as('editorPolresA'), body: { summary: 'Ringkasan tanpa salah ketik.' } })
      await act('editorPolresA', report.id, { action: 'submit' })
      expect((await act('editorA', report.id, { action: 'publish', minor: true })).status).toBe(200)
      expect((await publicView(report.id)).body).toMatchObject({ summary: 'Ringkasan tanpa salah ketik.' })
      expect((await api.get<{ totalDocs: number }>(`/corrections?where[report][equals]=${report.id}`)).body.totalDocs).toBe(0)
    })
  })

  describe('scheduling, withdrawal and reopening', () => {
    it('should keep a scheduled report invisible, let it be unscheduled, and put it live when due', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Terjadwal')
      await act('writerA', report.id, { action: 'submit' })
      const publishAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
      const scheduled = await act('editorA', report.id, { action: 'publish', publishAt })
      expect(scheduled.body).toMatchObject({ state: 'scheduled', live: false })
      expect((await publicView(report.id)).status).toBe(404)
      expect((await api.patch(`/reports/${report.id}?draft=true`, { token: as('editorA2'), body: { title: 'Diubah saat terjadwal' } })).status).toBe(409)

      expect((await act('editorA2', report.id, { action: 'unschedule' })).body.state).toBe('in_review')
      await act('editorA', report.id, { action: 'publish', publishAt })
      const { publishDueReports } = await import('./publishDue')
      const req = { payload: t.payload, context: {}, user: null } as never
      expect((await publishDueReports(req, new Date())).published).not.toContain(report.id)
      const later = new Date(Date.parse(publishAt) + 1000)
      expect((await publishDueReports(req, later)).published).toContain(report.id)
      expect((await publicView(report.id)).body).toMatchObject({ state: 'published' })
      expect((await events(report.id)).map((e) => e.action)).toEqual(['submit', 'publish', 'unschedule', 'publish', 'scheduled_publish'])
    })

    it('should withdraw with a public reason, hide the report, and let only an admin reopen it', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Yang Ditarik')
      await publish(report.id)
      const noReason = await act('editorA', report.id, { action: 'withdraw' })
      expect([noReason.status, code(noReason.body)]).toEqual([400, 'NOTE_REQUIRED'])
      expect((await act('editorA', report.id, { action: 'withdraw', note: 'Kegiatan ternyata dibatalkan.' })).body).toMatchObject({ state: 'withdrawn', live: false })
      expect((await publicView(report.id)).status).toBe(404)
      const notice = await api.get<{ docs: { kind: string; note: string; reportTitle: string }[] }>(`/corrections?where[report][equals]=${report.id}`)
      expect(notice.body.docs).toEqual([expect.objectContaining({ kind: 'withdrawal', note: 'Kegiatan ternyata dibatalkan.', reportTitle: 'Laporan Yang Ditarik' })])
      expect((await act('editorA', report.id, { action: 'reopen' })).status).toBe(403)
      expect((await act('admin', report.id, { action: 'reopen' })).body).toMatchObject({ state: 'draft', live: false })
    })
  })

  describe('what anonymous readers get', () => {
    it('should show published reports only, without versions, events, internal fields or author e-mail', async () => {
      const report = await create('writerA', 'polresA', 'Laporan Untuk Publik')
      await act('writerA', report.id, { action: 'submit', note: 'catatan internal' })
      await act('editorA', report.id, { action: 'request_changes', note: 'catatan editor internal' })
      await act('writerA', report.id, { action: 'submit' })
      await act('editorA', report.id, { action: 'publish' })
      const view = await api.get<Record<string, unknown>>(`/reports/${report.id}?depth=2`)
      expect(view.status).toBe(200)
      const text = JSON.stringify(view.body)
      expect(text).not.toContain('@uji.warta.test')
      expect(text).not.toContain('catatan')
      for (const field of ['submittedBy', 'reviewNote', 'publishedBy', 'contributors', 'scheduledBy']) expect(view.body[field], field).toBeUndefined()
      expect(view.body.credits).toEqual({ writerName: 'Penulis Polres A', editorName: 'Editor Polda A' })

      expect((await api.get('/reports/versions')).status).toBe(403)
      expect((await api.get('/workflow-events')).status).toBe(403)
      const drafts = await api.get<{ docs: Doc[] }>('/reports?draft=true&limit=100')
      expect(drafts.body.docs.every((doc) => doc.state === 'published' && doc._status === 'published')).toBe(true)
      expect((await api.get('/payload-jobs')).status).toBe(403)
    })
  })
})
