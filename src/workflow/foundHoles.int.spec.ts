import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findCorrections } from '@/data/findCorrections'
import { findCurrentSlugFor, findReportBySlug, findWithdrawalNotice } from '@/data/findReport'
import { findTags } from '@/data/findTaxonomy'
import { codeOf, desk } from '@/testing/desk'
import { createNewsroom, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { publishDueReports } from './publishDue'

/**
 * The approval holes found from outside (issue 19), one example each: every one of these failed
 * before its fix. The rule they break is tested as a whole in src/workflow/model/.
 */
describe(`holes in "only approved versions are public" on ${process.env.TEST_DB || 'sqlite'}`, () => {
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

  const events = async (id: number | string) =>
    (await t.payload.find({ collection: 'workflow-events', where: { report: { equals: id } }, sort: 'at', limit: 0, depth: 0 })).docs.map((e) => e.action)

  it('should withdraw the approved version, not a pending revision: its title in /ralat, its notice at its own URL', async () => {
    const report = await d.create('writerA', 'polresA', 'Rakor Pengamanan Malam Natal')
    await d.publish(report.id)
    const revision = await d.edit('editorPolresA', report.id, { title: 'JUDUL REVISI BELUM DISETUJUI', slug: 'slug-revisi-belum-disetujui' })
    expect(revision.status).toBe(200)
    await d.mustAct('editorA', report.id, { action: 'withdraw', note: 'Kegiatan dibatalkan.' })

    const register = (await findCorrections(t.payload, 1)).docs.filter((c) => c.kind === 'withdrawal')
    expect(register.map((c) => [c.reportTitle, c.reportSlug])).toEqual([['Rakor Pengamanan Malam Natal', report.slug]])
    expect(await findWithdrawalNotice(t.payload, report.slug)).toMatchObject({ reportTitle: 'Rakor Pengamanan Malam Natal', note: 'Kegiatan dibatalkan.' })
    expect(await findWithdrawalNotice(t.payload, 'slug-revisi-belum-disetujui')).toBeNull()
    expect(await findReportBySlug(t.payload, 'slug-revisi-belum-disetujui')).toBeNull()
    expect(await findCurrentSlugFor(t.payload, report.slug)).toBeNull()
    // The revision is not lost: it is still the working copy, for when an admin reopens the report.
    const working = await t.payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0 })
    expect([working.title, working.state]).toEqual(['JUDUL REVISI BELUM DISETUJUI', 'withdrawn'])
  })

  it('should take an approval only for the revision the editor saw (409 STALE_REVISION)', async () => {
    const report = await d.create('writerA', 'polresA', 'Sosialisasi Tertib Lalu Lintas')
    await d.mustAct('writerA', report.id, { action: 'submit' })
    const seen = await api.get<{ revision: string }>(`/reports/${report.id}/workflow`, { token: d.token('editorA') })
    expect(seen.body.revision).toBeTruthy()
    expect((await d.edit('editorA2', report.id, { summary: 'Ringkasan diubah setelah dibaca penyetuju.' })).status).toBe(200)
    const stale = await d.act('editorA', report.id, { action: 'publish', revision: seen.body.revision })
    expect([stale.status, codeOf(stale.body)]).toEqual([409, 'STALE_REVISION'])
    expect((await api.get(`/reports/${report.id}`)).status).toBe(404)
    const fresh = await api.get<{ revision: string }>(`/reports/${report.id}/workflow`, { token: d.token('editorHq') })
    await d.mustAct('editorHq', report.id, { action: 'publish', revision: fresh.body.revision })
    expect((await findReportBySlug(t.payload, report.slug))?.summary).toBe('Ringkasan diubah setelah dibaca penyetuju.')
  })

  it('should put every other due report live when one cannot go live, and record that one back in review', async () => {
    const ids: (number | string)[] = []
    for (const title of ['Jadwal Pertama Rakor', 'Jadwal Kedua Rakor', 'Jadwal Ketiga Rakor']) {
      const report = await d.create('writerA', 'polresA', title)
      await d.mustAct('writerA', report.id, { action: 'submit' })
      await d.mustAct('editorA', report.id, { action: 'publish', publishAt: new Date(Date.now() + 60_000).toISOString() })
      ids.push(report.id)
    }
    // The second one's working copy breaks a limit after it was scheduled (as data saved before limits
    // were checked on every save would): written straight to the database, past every check.
    const [latest] = (await t.payload.db.findVersions({ collection: 'reports', where: { and: [{ parent: { equals: ids[1] } }, { latest: { equals: true } }] }, limit: 1 })).docs
    await t.payload.db.updateVersion({ collection: 'reports', id: latest!.id, versionData: { ...latest!, version: { ...(latest!.version as object), title: 'x'.repeat(300) } } as never })

    const outcome = await publishDueReports(await createLocalReq({}, t.payload), new Date(Date.now() + 120_000))
    expect(outcome.published.map(String).sort()).toEqual([ids[0], ids[2]].map(String).sort())
    expect(outcome.failed.map(String)).toEqual([String(ids[1])])
    const failed = await t.payload.findByID({ collection: 'reports', id: ids[1]!, draft: true, depth: 0 })
    expect(failed.state).toBe('in_review')
    expect(await events(ids[1]!)).toEqual(['submit', 'publish', 'publish_failed'])
    const queued = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNotification' } }, limit: 0, depth: 0 })
    const failureMail = queued.docs.find((job) => JSON.stringify(job.input).includes(`/admin/collections/reports/${ids[1]}`) && JSON.stringify(job.input).includes('Gagal terbit terjadwal'))
    expect(JSON.stringify(failureMail?.input)).toContain('editora@uji.warta.test')
  })

  it('should refuse to delete a user, unit or activity type that reports use (409 IN_USE), and leave the reports publishable', async () => {
    const report = await d.create('writerA2', 'polresA', 'Kunjungan Kerja ke Polsek')
    const admin = d.token('admin')
    for (const path of [`/users/${n.users.writerA2}`, `/units/${n.units.polresA}`, `/activity-types/${n.activityType}`]) {
      const res = await api.delete(path, { token: admin })
      expect([res.status, codeOf(res.body)], path).toEqual([409, 'IN_USE'])
    }
    await d.publish(report.id, { writer: 'writerA2' })
    await d.mustAct('editorA', report.id, { action: 'withdraw', note: 'Diganti laporan lain.' })
  })

  it('should refuse to delete an account the records name (found by the model test: on SQLite it answered 500), and delete one they do not', async () => {
    await d.upload('writerPolsekA')
    const uploader = await api.delete(`/users/${n.users.writerPolsekA}`, { token: d.token('admin') })
    expect([uploader.status, codeOf(uploader.body)]).toEqual([409, 'IN_USE'])
    const idle = await t.payload.create({ collection: 'users', data: { email: 'tanpa.jejak@uji.warta.test', password: 'uji-kata-sandi-yang-panjang', name: 'Tanpa Jejak', role: 'writer', unit: n.units.polresB as number } })
    expect((await api.delete(`/users/${idle.id}`, { token: d.token('admin') })).status).toBe(200)
  })

  it('should take a deleted report off every public surface, notices included, and leave an audit event', async () => {
    const report = await d.create('writerA', 'polresA', 'Laporan Yang Akan Dihapus')
    await d.publish(report.id)
    expect((await api.delete(`/reports/${report.id}`, { token: d.token('admin') })).status).toBe(200)
    expect(await findReportBySlug(t.payload, report.slug)).toBeNull()
    expect(await findWithdrawalNotice(t.payload, report.slug)).toBeNull()
    expect((await api.get(`/reports/${report.id}`)).status).toBe(404)
    const audit = await t.payload.find({ collection: 'workflow-events', where: { reportTitle: { equals: 'Laporan Yang Akan Dihapus' } }, sort: 'at', limit: 0, depth: 0 })
    expect(audit.docs.map((e) => e.action)).toEqual(['submit', 'publish', 'delete'])
  })

  it('should give a tag a public page, feed and sitemap entry only while a live report carries it', async () => {
    const tag = await api.post<{ doc: { id: number; slug: string } }>('/tags', { token: d.token('writerA'), body: { name: 'Tag Usulan Penulis' } })
    expect(tag.status).toBe(201)
    const listed = async () => (await findTags(t.payload)).some((x) => x.id === tag.body.doc.id)
    const anonymous = async () => (await api.get<{ docs: { id: number }[] }>('/tags?limit=100')).body.docs.some((x) => x.id === tag.body.doc.id)
    expect([await listed(), await anonymous()]).toEqual([false, false])

    const report = await d.create('writerA', 'polresA', 'Laporan Dengan Tag Baru', { tags: [tag.body.doc.id] })
    expect(await listed()).toBe(false)
    await d.publish(report.id)
    expect([await listed(), await anonymous()]).toEqual([true, true])
    await d.mustAct('editorA', report.id, { action: 'withdraw', note: 'Salah tag.' })
    expect([await listed(), await anonymous()]).toEqual([false, false])
  })
})
