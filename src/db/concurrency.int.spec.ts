import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

describe(`concurrent saves on ${process.env.TEST_DB || 'sqlite'}`, () => {
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

  it('should persist 20 concurrent editor saves and workflow actions without "database is locked"', async () => {
    const reports = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', `Laporan Serentak ${i + 1}`) })),
    )
    expect(reports.map((r) => r.status)).toEqual(Array(20).fill(201))
    const ids = reports.map((r) => r.body.doc.id)

    const edits = await Promise.all(ids.map((id, i) => api.patch(`/reports/${id}?draft=true`, { token: n.tokens.writerA, body: { summary: `Ringkasan serentak ${i + 1}.` } })))
    expect(edits.map((r) => r.status)).toEqual(Array(20).fill(200))
    const submits = await Promise.all(ids.map((id) => api.post(`/reports/${id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })))
    expect(submits.map((r) => r.status)).toEqual(Array(20).fill(200))

    const saved = await t.payload.find({ collection: 'reports', draft: true, where: { id: { in: ids } }, limit: 0, depth: 0 })
    expect(saved.docs.every((doc) => doc.state === 'in_review' && /^Ringkasan serentak \d+\.$/.test(doc.summary ?? ''))).toBe(true)
    expect(saved.totalDocs).toBe(20)
    const events = await t.payload.count({ collection: 'workflow-events', where: { report: { in: ids } } })
    expect(events.totalDocs).toBe(20)
  })
})
