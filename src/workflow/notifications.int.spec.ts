import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailOf, createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startSmtp } from '@/testing/smtpServer'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

describe(`workflow notifications on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let t: TestPayload
  let api: RestClient
  let n: Newsroom

  beforeAll(async () => {
    smtp = await startSmtp()
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    await t?.destroy()
    await smtp?.close().catch(() => {})
  })

  const runJobs = () => t.payload.jobs.run({ queue: 'notifications' })

  it('should e-mail the editors of the unit and above on submit, and the author on a send-back', async () => {
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Sosialisasi Tertib Lalu Lintas di Sekolah') })
    const id = created.body.doc.id
    expect((await api.post(`/reports/${id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })).status).toBe(200)
    await runJobs()
    const submitted = smtp.received.find((mail) => mail.raw.includes('Menunggu review'))
    expect(submitted?.to.sort()).toEqual([emailOf('editorA'), emailOf('editorA2'), emailOf('editorHq'), emailOf('editorPolresA')].sort())

    await api.post(`/reports/${id}/workflow`, { token: n.tokens.editorA, body: { action: 'request_changes', note: 'Tambahkan nama kepala sekolah.' } })
    await runJobs()
    const sentBack = smtp.received.find((mail) => mail.raw.includes('Perlu perbaikan'))
    expect(sentBack?.to).toEqual([emailOf('writerA')])
    expect(sentBack?.raw).toContain('Tambahkan nama kepala sekolah.')
  })

  it('should still take the action when the mail server is down, and keep the message for a retry', async () => {
    await smtp.close()
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Bakti Sosial Saat Server Surat Mati') })
    const id = created.body.doc.id
    const submit = await api.post(`/reports/${id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })
    expect(submit.status).toBe(200)
    await runJobs()
    const report = await t.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })
    expect(report.state).toBe('in_review')
    const { docs: jobs } = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNotification' } }, depth: 0 })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ hasError: false, processing: false })
    expect(jobs[0]?.totalTried).toBeGreaterThanOrEqual(1)
  })
})
