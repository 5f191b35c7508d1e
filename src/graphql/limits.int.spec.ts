import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type GraphQLError = { message: string; extensions?: { code?: string } }
type GraphQLBody = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

describe(`GraphQL limits on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient

  /** Payload answers some validation failures with the bare error list instead of `{ errors }`. */
  const query = async (source: string) => {
    const res = await api.graphql<GraphQLBody | GraphQLError[]>(source)
    return { status: res.status, body: Array.isArray(res.body) ? { errors: res.body } : res.body }
  }
  const messages = (body: GraphQLBody) => (body.errors ?? []).map((error) => error.message).join(' | ')

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    const hq = await t.payload.create({ collection: 'units', data: { name: 'Divisi Humas Polri', longName: 'Divisi Humas Polri', level: 'national', timeZone: 'Asia/Jakarta' } })
    await t.payload.create({ collection: 'units', data: { name: 'Polda Sumsel', longName: 'Kepolisian Daerah Sumatera Selatan', level: 'regional', timeZone: 'Asia/Jakarta', parent: hq.id } })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should answer an ordinary query', async () => {
    const res = await query('{ Units { docs { name parent { name } } } }')
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(JSON.stringify(res.body.data)).toContain('Polda Sumsel')
  })

  it('should refuse a query nested deeper than the limit', async () => {
    const deep = `{ Units { docs { ${'parent { '.repeat(12)}name${' }'.repeat(12)} } } }`
    const res = await query(deep)
    expect(res.body.data ?? null).toBeNull()
    expect(res.body.errors?.some((error) => error.extensions?.code === 'QUERY_TOO_DEEP')).toBe(true)
  })

  it('should refuse an aliased query beyond maxComplexity', async () => {
    const aliased = `{ ${Array.from({ length: 60 }, (_, i) => `u${i}: Units { docs { parent { name } } }`).join(' ')} }`
    const res = await query(aliased)
    expect(res.body.data ?? null).toBeNull()
    expect(messages(res.body)).toMatch(/maximum complexity of 500/)
  })

  it('should limit failed GraphQL logins per address like REST ones', async () => {
    const attempt = (i: number) => query(`mutation { loginUser(email: "tebak${i}@uji.warta.test", password: "tebakan-yang-salah") { token } }`)
    for (let i = 0; i < 10; i++) expect(messages((await attempt(i)).body)).toMatch(/salah/)
    expect(messages((await attempt(10)).body)).toMatch(/Terlalu banyak percobaan/)
  })

  it('should refuse introspection in production, and allow it outside', async () => {
    expect((await query('{ __schema { queryType { name } } }')).body.errors).toBeUndefined()
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      // A different text: a query validated once is not validated again.
      const res = await query('query Schema { __schema { queryType { name } } }')
      expect(messages(res.body)).toMatch(/introspection is not allowed/)
      expect(messages((await query('{ __type(name: "Unit") { name } }')).body)).toMatch(/introspection is not allowed/)
    } finally {
      env.NODE_ENV = before
    }
  })
})
