import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type List = { docs?: { id: number | string }[] }

/** A word only the unpublished report carries: it must never come back to an anonymous reader. */
const SECRET = 'RAHASIAFUZZ'

/**
 * Hostile query strings for the REST list of reports (../shared/SECURITY.md C28): SQL and NoSQL
 * metacharacters in where, sort, select, depth, paging and JSON paths, and filters on the state fields.
 */
const HOSTILE = [
  "where[title][like]=')--",
  "where[title][equals]=' OR '1'='1",
  'where[title][like]=%25',
  'where[title][like]=%25_%25',
  'where[title][like]=%5C',
  'where[$where]=1==1',
  'where[title][$gt]=',
  'where[title][equals][$gt]=',
  'where[title][$regex]=.*',
  'where[title][equals][$ne]=x',
  'where[_status][equals]=draft',
  'where[state][equals]=draft',
  'where[or][0][_status][equals]=draft&where[or][1][state][equals]=in_review',
  `where[title][like]=${SECRET}`,
  `where[summary][contains]=${SECRET}`,
  `where[searchText][like]=${SECRET}`,
  "sort=')--",
  'sort=title;DROP TABLE reports',
  'sort=-_status',
  "select[title]=true&select[')--]=true",
  'select[__proto__][x]=true',
  'where[body.root.children][like]=x',
  "where[officials.name][like]=')--",
  "where[unit.name][like]=')--",
  "where[title][in]=a,b')--",
  'where[id][equals]=1 OR 1=1',
  'where[id][in][0]=1&where[id][in][1][$gt]=',
  'where[title][exists]=yes',
  'where[title][near]=1,2',
  "depth=')--",
  'depth=100',
  'limit=-1',
  'limit=1e9',
  "page=')--",
  'draft=true',
  'draft=true&where[_status][equals]=draft',
  'where[constructor][prototype][x]=1',
  `where[${'a.'.repeat(40)}b][equals]=1`,
]

describe(`hostile queries on ${process.env.TEST_DB || 'sqlite'} (C28)`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let published: number | string

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', "Rakor Lalu Lintas ')-- 100%") })
    published = created.body.doc.id
    expect((await api.post(`/reports/${published}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })).status).toBe(200)
    expect((await api.post(`/reports/${published}/workflow`, { token: n.tokens.editorA, body: { action: 'publish' } })).status).toBe(200)
    const draft = await api.post('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', `Draf ${SECRET}`, { summary: `Ringkasan ${SECRET}.` }) })
    expect(draft.status).toBe(201)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should answer every hostile query with 200 or 400, never 500, and show an anonymous reader only the published report', async () => {
    const failures: string[] = []
    for (const query of HOSTILE) {
      const res = await api.get<List>(`/reports?${query}`)
      const text = JSON.stringify(res.body)
      if (res.status !== 200 && res.status !== 400) failures.push(`${query}: ${res.status}`)
      if (text.includes(SECRET)) failures.push(`${query}: the unpublished report came back`)
      if (res.status === 200 && (res.body.docs ?? []).some((doc) => doc.id !== published)) failures.push(`${query}: rows other than the published report`)
    }
    expect(failures).toEqual([])
  })

  it('should find the published report by a title full of metacharacters, as plain text', async () => {
    const res = await api.get<List>(`/reports?where[title][like]=${encodeURIComponent("')-- 100%")}`)
    expect(res.status).toBe(200)
    expect((res.body.docs ?? []).map((doc) => doc.id)).toEqual([published])
  })

  it('should keep a writer of another unit to what they may read under the same queries', async () => {
    for (const query of HOSTILE) {
      const res = await api.get<List>(`/reports?${query}`, { token: n.tokens.writerB })
      expect([200, 400], query).toContain(res.status)
      expect(JSON.stringify(res.body), query).not.toContain(SECRET)
    }
  })

  it('should answer hostile GraphQL filters without an error of the server and without the draft', async () => {
    for (const like of ["')--", '%', '{"$gt":""}', SECRET]) {
      const res = await api.graphql<{ data?: { Reports?: { docs: { id: number | string }[] } }; errors?: unknown[] }>(
        'query ($like: String) { Reports(where: { title: { like: $like } }) { docs { id title } } }',
        { variables: { like } },
      )
      expect(res.status, like).toBeLessThan(500)
      expect(JSON.stringify(res.body), like).not.toContain(SECRET)
    }
  })
})
