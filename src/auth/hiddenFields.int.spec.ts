import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, emailOf, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type List = { docs?: { id: number | string }[]; totalDocs?: number }

/** Fields of a user that no API reader may see or filter on. */
const SECRET_KEYS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions', 'loginAttempts', 'lockUntil', 'password']

describe(`hidden user fields on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let published: number | string

  /** What a query tells the caller: its status, and the ids it returned. */
  const signal = async (path: string, token: string | null = null) => {
    const res = await api.get<List>(path, { token })
    return { status: res.status, ids: res.status === 200 ? (res.body.docs ?? []).map((doc) => doc.id) : [] }
  }
  /** Secret values anywhere in a response, except a reader's own sessions on their own record. */
  const secretsIn = (value: unknown, self?: number | string): string[] => {
    const found: string[] = []
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return
      const own = self !== undefined && (node as { id?: unknown }).id === self && 'email' in node
      for (const [key, child] of Object.entries(node)) {
        const empty = child === null || child === undefined || (Array.isArray(child) && child.length === 0)
        if (SECRET_KEYS.includes(key) && !empty && !(own && key === 'sessions')) found.push(key)
        walk(child)
      }
    }
    walk(value)
    return found
  }

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Laporan Uji Kolom Tersembunyi') })
    published = created.body.doc.id
    expect((await api.post(`/reports/${published}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })).status).toBe(200)
    expect((await api.post(`/reports/${published}/workflow`, { token: n.tokens.editorA, body: { action: 'publish' } })).status).toBe(200)
    // Give the author a live reset token, so that there is something to find.
    await api.post('/users/forgot-password', { body: { email: emailOf('writerA') } })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should refuse filters and sorts on hidden user fields with 400, for staff who may read users', async () => {
    for (const path of [
      '/users?where[password][exists]=true',
      '/users?where[hash][exists]=true',
      '/users?where[salt][exists]=true',
      '/users?where[resetPasswordToken][exists]=true',
      '/users?where[resetPasswordToken][like]=a',
      '/users?where[resetPasswordExpiration][exists]=true',
      '/users?where[sessions.id][exists]=true',
      '/users?where[hash][like]=pbkdf2',
      '/users?sort=resetPasswordToken',
      '/users?sort=-hash',
      '/users?sort=salt',
    ]) {
      expect((await api.get(path, { token: n.tokens.editorA })).status, path).toBe(400)
    }
  })

  it('should tell an anonymous reader nothing: users are closed, and filters on the author’s hidden fields fail alike', async () => {
    expect((await api.get('/users?where[hash][exists]=true')).status).toBe(403)
    const baseline = await signal('/reports')
    expect(baseline.ids).toContain(published)
    for (const field of ['hash', 'salt', 'resetPasswordToken', 'email', 'sessions.id']) {
      const yes = await signal(`/reports?where[author.${field}][exists]=true`)
      const no = await signal(`/reports?where[author.${field}][exists]=false`)
      expect(yes, field).toEqual(no)
      expect(yes.status === 400 || yes.status === 403 || JSON.stringify(yes.ids) === JSON.stringify(baseline.ids), field).toBe(true)
    }
    const hit = await signal(`/reports?where[author.email][equals]=${encodeURIComponent(emailOf('writerA'))}`)
    const miss = await signal('/reports?where[author.email][equals]=tidak-ada%40uji.warta.test')
    expect(hit).toEqual(miss)
    expect(await signal('/reports?sort=author.email')).toEqual(await signal('/reports?sort=-author.email'))
  })

  it('should populate no e-mail and no secret of the author for anonymous readers, at any depth allowed', async () => {
    for (const depth of [0, 1, 2]) {
      const res = await api.get(`/reports/${published}?depth=${depth}`)
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain('@uji.warta.test')
      expect(secretsIn(res.body)).toEqual([])
    }
    // Deeper is over the read ceiling (src/access/readCeilings.ts).
    expect((await api.get(`/reports/${published}?depth=10`)).status).toBe(400)
    const list = await api.get('/reports?depth=2&limit=100')
    expect(JSON.stringify(list.body)).not.toContain('@uji.warta.test')
    expect(secretsIn(list.body)).toEqual([])
  })

  it('should populate no secret of other users for staff either', async () => {
    const res = await api.get(`/reports/${published}?depth=2&draft=true`, { token: n.tokens.editorA })
    expect(res.status).toBe(200)
    expect(secretsIn(res.body, n.users.editorA)).toEqual([])
    const users = await api.get('/users?depth=2&limit=100', { token: n.tokens.admin })
    expect((users.body as List).totalDocs).toBeGreaterThan(5)
    expect(secretsIn(users.body, n.users.admin)).toEqual([])
  })

  it('should not let GraphQL read the author’s e-mail anonymously', async () => {
    const res = await api.graphql<{ data?: { Reports?: { docs: { author: { email?: string } | null }[] } }; errors?: unknown[] }>(
      '{ Reports { docs { author { email hash: email } } } }',
    )
    expect(JSON.stringify(res.body)).not.toContain('@uji.warta.test')
  })
})
