import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { codeOf } from '@/testing/desk'
import { createNewsroom, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

describe(`read ceilings on ${process.env.TEST_DB || 'sqlite'}`, () => {
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

  it('should refuse a list over 100, unpaginated, or populated deeper than 2, anonymously and as staff, with a code', async () => {
    const cases: [string, string][] = [
      ['/reports?limit=100000', 'LIMIT_TOO_HIGH'],
      ['/reports?limit=0', 'LIMIT_TOO_HIGH'],
      ['/reports?pagination=false', 'PAGINATION_REQUIRED'],
      ['/reports?depth=3', 'DEPTH_TOO_HIGH'],
      ['/media?limit=101', 'LIMIT_TOO_HIGH'],
      ['/units?pagination=false', 'PAGINATION_REQUIRED'],
      ['/reports/versions?limit=1000', 'LIMIT_TOO_HIGH'],
    ]
    for (const token of [null, n.tokens.writerA, n.tokens.editorHq]) {
      for (const [query, code] of cases) {
        const res = await api.get(query, { token })
        expect([res.status, codeOf(res.body)], `${query} ${token ? 'as staff' : 'anonymously'}`).toEqual([400, code])
      }
    }
  })

  it('should answer within the ceiling, and let an administrator read a whole list unpaginated', async () => {
    expect((await api.get('/reports?limit=100&depth=2')).status).toBe(200)
    expect((await api.get('/units?limit=100&depth=0', { token: n.tokens.writerA })).status).toBe(200)
    const all = await api.get<{ docs: unknown[] }>('/units?pagination=false', { token: n.tokens.admin })
    expect([all.status, all.body.docs.length]).toEqual([200, 6])
    // Populating relationships inside an allowed read is Payload's own work, not a second read to refuse.
    expect((await api.get('/users/me?depth=2', { token: n.tokens.writerA })).status).toBe(200)
  })

  it('should put the same ceiling on GraphQL lists', async () => {
    const res = await api.graphql<{ errors?: { extensions?: { code?: string }; message: string }[] }>('{ Units(limit: 1000) { docs { id } } }')
    expect(JSON.stringify(res.body.errors)).toMatch(/limit/)
    const fine = await api.graphql<{ data?: { Units?: { docs: unknown[] } } }>('{ Units(limit: 100) { docs { id } } }')
    expect(fine.body.data?.Units?.docs).toHaveLength(6)
  })
})
