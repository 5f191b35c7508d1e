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
  // Payload saves admin preferences straight through the adapter, outside any transaction; an upload
  // holds its transaction open while sharp makes the renditions. The preference must still be saved.
  it('should save it while another transaction holds the write lock, once that one commits', async () => {
    const { db } = t.payload
    const transactionID = await db.beginTransaction()
    expect(transactionID).toBeTruthy()
    const req = { payload: t.payload, transactionID } as unknown as Parameters<typeof db.create>[0]['req']
    await db.create({ collection: 'payload-preferences', data: { key: 'inside-transaction', value: { n: 1 } }, req })

    const outside = db.create({ collection: 'payload-preferences', data: { key: 'outside-transaction', value: { n: 2 } } })
    const settled = outside.then(
      () => 'saved',
      (error: unknown) => `failed: ${error instanceof Error ? `${error.message} ${String((error.cause as { code?: string } | undefined)?.code ?? '')}` : String(error)}`,
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    await db.commitTransaction(transactionID as string | number)

    expect(await settled).toBe('saved')
    const saved = await t.payload.find({ collection: 'payload-preferences', where: { key: { in: ['inside-transaction', 'outside-transaction'] } }, depth: 0 })
    expect(saved.docs.map((doc) => doc.key).sort()).toEqual(['inside-transaction', 'outside-transaction'])
  })

  // ../shared/SECURITY.md F47: Payload has no optimistic locking on saves (and document locks are off
  // for reports, see the README), so the later of two stale saves wins; what the other wrote is kept.
  it('should keep in the versions what an earlier save wrote when a stale save overwrites it', async () => {
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Laporan Dua Penyunting') })
    const id = created.body.doc.id
    const opened = (await api.get<Record<string, unknown>>(`/reports/${id}?draft=true&depth=0`, { token: n.tokens.writerA2 })).body
    // The first writer saves a new summary; the second, with the form opened before, saves the title.
    expect((await api.patch(`/reports/${id}?draft=true`, { token: n.tokens.writerA, body: { summary: 'Ringkasan dari penulis pertama.' } })).status).toBe(200)
    const { id: _id, createdAt: _c, updatedAt: _u, ...stale } = opened
    expect((await api.patch(`/reports/${id}?draft=true`, { token: n.tokens.writerA2, body: { ...stale, title: 'Laporan Dua Penyunting (judul baru)' } })).status).toBe(200)

    const latest = (await api.get<{ summary: string; title: string }>(`/reports/${id}?draft=true&depth=0`, { token: n.tokens.writerA })).body
    expect(latest.title).toBe('Laporan Dua Penyunting (judul baru)')
    const versions = await t.payload.findVersions({ collection: 'reports', where: { parent: { equals: id } }, limit: 0, depth: 0, sort: '-updatedAt' })
    expect(versions.docs.map((version) => (version.version as { summary?: string }).summary)).toContain('Ringkasan dari penulis pertama.')
  })
})
