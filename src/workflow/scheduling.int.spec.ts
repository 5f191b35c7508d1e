import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { JOB_RUNNER_ENV } from '@/jobs/jobRunner'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe(`scheduled publishing on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let n: Newsroom

  beforeAll(async () => {
    t = await startTestPayload()
    n = await createNewsroom(t.payload, restClient(t.payload))
  })
  afterAll(async () => {
    delete process.env[JOB_RUNNER_ENV]
    await t?.destroy()
  })

  it('should put a scheduled report live within a minute after a restart that sees no request at all', async () => {
    const api = restClient(t.payload)
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Rakor Persiapan Operasi Lilin') })
    const id = created.body.doc.id
    expect((await api.post(`/reports/${id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })).status).toBe(200)
    const publishAt = new Date(Date.now() + 4_000)
    const scheduled = await api.post(`/reports/${id}/workflow`, { token: n.tokens.editorA, body: { action: 'publish', publishAt: publishAt.toISOString() } })
    expect(scheduled.body).toMatchObject({ state: 'scheduled' })

    // The server restarts the way `next start` boots it: the job runner on, and then only silence.
    process.env[JOB_RUNNER_ENV] = '1'
    const payload = await t.restart({ cron: true })
    const visible = async () => (await payload.count({ collection: 'reports', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1
    expect(await visible()).toBe(false)

    const deadline = publishAt.getTime() + 60_000
    while (!(await visible()) && Date.now() < deadline) await sleep(500)
    const lag = Date.now() - publishAt.getTime()
    expect(await visible()).toBe(true)
    expect(lag).toBeLessThan(60_000)
    const { docs } = await payload.find({ collection: 'workflow-events', where: { report: { equals: id } }, sort: 'at', depth: 0 })
    expect(docs.map((event) => event.action)).toEqual(['submit', 'publish', 'scheduled_publish'])
    expect(docs[2]).toMatchObject({ actor: n.users.editorA, to: 'published' })
  }, 90_000)
})
